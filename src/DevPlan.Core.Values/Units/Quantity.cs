using System.Globalization;

namespace DevPlan.Core.Units;

/// <summary>
/// An exact amount in a unit: a <see cref="decimal"/> value as published (its scale is kept, so
/// <c>1767.3</c> stays <c>1767.3</c>) together with a <see cref="Units.Unit"/>.
/// </summary>
/// <remarks>
/// <para>
/// Conversion between magnitudes of one dimension is exact (<see cref="ConvertTo"/>); combining or
/// comparing quantities of different dimensions, including two currencies, throws
/// <see cref="UnitMismatchException"/>.
/// </para>
/// <para>
/// Equality is structural: the same unit and numerically equal values (<c>7.7</c> equals <c>7.70</c>,
/// but 1 亿元 does not equal 10000 万元; use <see cref="IsEquivalentTo"/> or <see cref="CompareTo(Quantity)"/>
/// to compare across magnitudes). The <c>default</c> value is zero of a pure number.
/// </para>
/// </remarks>
public readonly struct Quantity : IEquatable<Quantity>, IComparable<Quantity>, IFormattable
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The value, as published.</param>
    /// <param name="unit">The unit.</param>
    public Quantity(decimal value, Unit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets the value, with the scale it was given.</summary>
    public decimal Value { get; }

    /// <summary>Gets the unit.</summary>
    public Unit Unit { get; }

    /// <summary>Creates a quantity in percent.</summary>
    /// <param name="value">The percentage: 7 means 7%.</param>
    /// <returns>The quantity.</returns>
    public static Quantity Percent(decimal value) => new(value, Unit.Percent);

    /// <summary>
    /// Converts to another magnitude of the same dimension, exactly.
    /// </summary>
    /// <param name="target">The unit to convert to; its dimension must equal this quantity's.</param>
    /// <returns>The same amount in <paramref name="target"/>.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ (for example CNY and USD).</exception>
    /// <exception cref="OverflowException">The result is too large for <see cref="decimal"/>.</exception>
    /// <exception cref="ArithmeticException">The result cannot be represented exactly (more than 28 decimal places).</exception>
    public Quantity ConvertTo(Unit target)
    {
        if (!Unit.IsCompatibleWith(target))
        {
            throw new UnitMismatchException(target, Unit);
        }
        if (Unit.Dimension == target.Dimension)
        {
            return new Quantity(Scale(Value, Unit.Exponent - target.Exponent), target);
        }
        // Across a family (万吨 to 亿斤): a whole factor multiplies exactly; another (亩 to 公顷) divides to decimal's precision.
        var (from, to) = (Unit.Dimension.Factor, target.Dimension.Factor);
        var value = from % to == 0m
            ? Scale(Value * (from / to), Unit.Exponent - target.Exponent)
            : Scale(Value, Unit.Exponent - target.Exponent) * from / to;
        return new Quantity(value, target);
    }

    /// <summary>Gets whether this quantity denotes the same amount as <paramref name="other"/>, across magnitudes.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>True when the dimensions are equal and the amounts are equal.</returns>
    public bool IsEquivalentTo(Quantity other) => Unit.IsCompatibleWith(other.Unit) && CompareTo(other) == 0;

    /// <summary>Compares amounts across magnitudes of one dimension.</summary>
    /// <param name="other">The other quantity.</param>
    /// <returns>Negative, zero or positive as this amount is less than, equal to or greater than the other.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public int CompareTo(Quantity other)
    {
        if (!Unit.IsCompatibleWith(other.Unit))
        {
            throw new UnitMismatchException(Unit, other.Unit);
        }
        // Compared in scaled form, so that magnitudes far apart (1e22 亿元 and 7e28 元) never overflow.
        return Unit == other.Unit
            ? Value.CompareTo(other.Value)
            : InRoot(this).CompareTo(InRoot(other));
    }

    /// <summary>Adds two quantities of one dimension; the result is in the finer of the two magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static Quantity operator +(Quantity left, Quantity right)
    {
        var (a, b) = Align(left, right);
        return new Quantity(a + b, left.Unit.WithExponent(Math.Min(left.Unit.Exponent, right.Unit.Exponent)));
    }

    /// <summary>Subtracts two quantities of one dimension; the result is in the finer of the two magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The quantity to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static Quantity operator -(Quantity left, Quantity right)
    {
        var (a, b) = Align(left, right);
        return new Quantity(a - b, left.Unit.WithExponent(Math.Min(left.Unit.Exponent, right.Unit.Exponent)));
    }

    /// <summary>Multiplies a quantity by a number.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product, in the quantity's unit.</returns>
    public static Quantity operator *(Quantity quantity, decimal factor) => new(quantity.Value * factor, quantity.Unit);

    /// <summary>Divides a quantity by a number.</summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient, in the quantity's unit.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public static Quantity operator /(Quantity quantity, decimal divisor) => new(quantity.Value / divisor, quantity.Unit);

    /// <summary>Divides two quantities of one dimension, giving their ratio; the magnitudes may lie far apart.</summary>
    /// <param name="left">The dividend.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The ratio, a pure number (28 significant digits; a ratio below 10^-28 is zero).</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The ratio is beyond the range of <see cref="decimal"/> (about 7.9 × 10^28).</exception>
    public static decimal operator /(Quantity left, Quantity right) => Ratio(left, right).ToDecimal();

    /// <summary>The ratio of two quantities of one dimension in scaled form, which neither overflows nor loses digits.</summary>
    internal static ScaledDecimal Ratio(Quantity left, Quantity right)
    {
        if (!left.Unit.IsCompatibleWith(right.Unit))
        {
            throw new UnitMismatchException(left.Unit, right.Unit);
        }
        return InRoot(left) / InRoot(right);
    }

    /// <summary>The value in the finest dimension of its family (斤 for 吨), scaled: exact, since factors to the finest are whole.</summary>
    private static ScaledDecimal InRoot(Quantity quantity)
    {
        var scaled = ScaledDecimal.Of(quantity.Value, quantity.Unit.Exponent);
        var factor = quantity.Unit.Dimension.Factor;
        return factor == 1m ? scaled : scaled * ScaledDecimal.Of(factor);
    }

    /// <summary>Compares two quantities across magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when the first amount is less.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static bool operator <(Quantity left, Quantity right) => left.CompareTo(right) < 0;

    /// <summary>Compares two quantities across magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when the first amount is greater.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static bool operator >(Quantity left, Quantity right) => left.CompareTo(right) > 0;

    /// <summary>Compares two quantities across magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when the first amount is less or equal.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static bool operator <=(Quantity left, Quantity right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two quantities across magnitudes.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when the first amount is greater or equal.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    public static bool operator >=(Quantity left, Quantity right) => left.CompareTo(right) >= 0;

    /// <summary>Compares two quantities structurally (same unit, equal value).</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Quantity left, Quantity right) => left.Equals(right);

    /// <summary>Compares two quantities structurally.</summary>
    /// <param name="left">The first quantity.</param>
    /// <param name="right">The second quantity.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Quantity left, Quantity right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(Quantity other) => Unit == other.Unit && Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Quantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Returns the invariant form, such as <c>1767.3 [10^8 CNY]</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the quantity in its invariant form (<c>1767.3 [10^8 CNY]</c>), the only format
    /// (<c>G</c> or null). Words for people, such as <c>1767.3亿元</c> or <c>CNY 176.73 billion</c>,
    /// come from <c>DevPlan.Core.Reporting.Catalogue.Format(Quantity)</c>.
    /// </summary>
    /// <param name="format">G or null.</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => string.Create(CultureInfo.InvariantCulture, $"{Value} [{Unit}]"),
        _ => throw new FormatException($"Expected the format \"G\", but found \"{format}\"; words for people come from Catalogue.Format."),
    };

    private static (decimal Left, decimal Right) Align(Quantity left, Quantity right)
    {
        if (!left.Unit.IsCompatibleWith(right.Unit))
        {
            throw new UnitMismatchException(left.Unit, right.Unit);
        }
        if (left.Unit.Dimension != right.Unit.Dimension)
        {
            // Across a family, in the left's dimension: the result's unit is the left's.
            right = right.ConvertTo(new Unit(left.Unit.Dimension, right.Unit.Exponent));
        }
        var exponent = Math.Min(left.Unit.Exponent, right.Unit.Exponent);
        return (Scale(left.Value, left.Unit.Exponent - exponent), Scale(right.Value, right.Unit.Exponent - exponent));
    }

    /// <summary>Multiplies by 10^<paramref name="power"/> exactly, or throws.</summary>
    internal static decimal Scale(decimal value, int power)
    {
        if (power == 0)
        {
            return value;
        }
        if (power > 0)
        {
            return value * ScaledDecimal.Pow10(power);
        }
        var divisor = ScaledDecimal.Pow10(-power);
        var result = value / divisor;
        if (result * divisor != value)
        {
            throw new ArithmeticException($"{value.ToString(CultureInfo.InvariantCulture)} × 10^{power} cannot be represented exactly in decimal (more than 28 decimal places).");
        }
        return result;
    }
}
