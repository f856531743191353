using System.Globalization;

namespace DevPlan.Core.Units;

/// <summary>
/// A difference between two percents, in percentage points (百分点): 7.8% against a 7% target is
/// +0.8 pp, not +0.8%. Pulls on growth (拉动) are percentage points too. The <c>default</c> value is 0 pp.
/// </summary>
public readonly struct PercentagePoints : IEquatable<PercentagePoints>, IComparable<PercentagePoints>, IFormattable
{
    /// <summary>Creates a difference in percentage points.</summary>
    /// <param name="value">The number of points.</param>
    public PercentagePoints(decimal value) => Value = value;

    /// <summary>Gets the number of points.</summary>
    public decimal Value { get; }

    /// <summary>Rounds half away from zero (四舍五入), for presentation.</summary>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <returns>The rounded points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public PercentagePoints Round(int decimals) => new(Math.Round(Value, decimals, MidpointRounding.AwayFromZero));

    /// <summary>Adds two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>The sum.</returns>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.Value + right.Value);

    /// <summary>Subtracts two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The difference subtracted.</param>
    /// <returns>The difference.</returns>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.Value - right.Value);

    /// <summary>Negates a difference.</summary>
    /// <param name="value">The difference.</param>
    /// <returns>The negated difference.</returns>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.Value);

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => Value.CompareTo(other.Value);

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when the first is less.</returns>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.Value < right.Value;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when the first is greater.</returns>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.Value > right.Value;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when the first is less or equal.</returns>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.Value <= right.Value;

    /// <summary>Compares two differences.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when the first is greater or equal.</returns>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.Value >= right.Value;

    /// <summary>Compares two differences for equality.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Value == right.Value;

    /// <summary>Compares two differences for inequality.</summary>
    /// <param name="left">The first difference.</param>
    /// <param name="right">The second difference.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => left.Value != right.Value;

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Returns the full-precision value with a sign and "pp", such as <c>+0.8 pp</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats the difference with an explicit sign: <c>null</c> or <c>G</c>, full precision;
    /// <c>F1</c>, <c>F2</c>…, that many decimals rounded half away from zero.
    /// </summary>
    /// <param name="format">G, or F followed by the number of decimals.</param>
    /// <param name="formatProvider">The culture for the number (invariant when null).</param>
    /// <returns>The text, such as <c>+3.5 pp</c> or <c>-0.4 pp</c>.</returns>
    /// <exception cref="FormatException">The format is not G or Fn.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var text = PresentationFormat.Format(Value, format, formatProvider);
        return (Value > 0 && !text.StartsWith('+') ? "+" : "") + text + " pp";
    }
}
