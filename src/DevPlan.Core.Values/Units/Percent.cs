using System.Globalization;

namespace DevPlan.Core.Units;

/// <summary>
/// A rate or share in percent: <c>7.3</c> is 7.3%. Growth rates, contribution shares and completion
/// ratios are percents; the difference of two percents is <see cref="PercentagePoints"/>, never a percent.
/// </summary>
/// <remarks>
/// Values keep full <see cref="decimal"/> precision; rounding (half away from zero, 四舍五入) happens
/// only when formatting with a number of decimals. The <c>default</c> value is 0%.
/// </remarks>
public readonly struct Percent : IEquatable<Percent>, IComparable<Percent>, IFormattable
{
    /// <summary>Creates a percent.</summary>
    /// <param name="value">The value in percent: 7.3 means 7.3%.</param>
    public Percent(decimal value) => Value = value;

    /// <summary>Gets the value in percent.</summary>
    public decimal Value { get; }

    /// <summary>Gets the value as a fraction: 7.3% is 0.073.</summary>
    public decimal Fraction => Value / 100m;

    /// <summary>Gets the growth factor 1 + g: 7.3% growth is 1.073.</summary>
    public decimal Factor => 1m + Value / 100m;

    /// <summary>Zero percent.</summary>
    public static Percent Zero => default;

    /// <summary>Creates a percent from a fraction: 0.073 is 7.3%.</summary>
    /// <param name="fraction">The fraction.</param>
    /// <returns>The percent.</returns>
    public static Percent FromFraction(decimal fraction) => new(fraction * 100m);

    /// <summary>Creates a percent from a growth factor: 1.073 is 7.3% growth.</summary>
    /// <param name="factor">The factor 1 + g.</param>
    /// <returns>The percent.</returns>
    public static Percent FromFactor(decimal factor) => new((factor - 1m) * 100m);

    /// <summary>Rounds half away from zero (四舍五入), for presentation.</summary>
    /// <param name="decimals">The number of decimals, 0 to 28.</param>
    /// <returns>The rounded percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range.</exception>
    public Percent Round(int decimals) => new(Math.Round(Value, decimals, MidpointRounding.AwayFromZero));

    /// <summary>The difference of two percents, in percentage points.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The percent subtracted.</param>
    /// <returns>left − right in percentage points.</returns>
    public static PercentagePoints operator -(Percent left, Percent right) => new(left.Value - right.Value);

    /// <summary>Adds percentage points to a percent.</summary>
    /// <param name="left">The percent.</param>
    /// <param name="right">The points added.</param>
    /// <returns>The percent.</returns>
    public static Percent operator +(Percent left, PercentagePoints right) => new(left.Value + right.Value);

    /// <summary>Subtracts percentage points from a percent.</summary>
    /// <param name="left">The percent.</param>
    /// <param name="right">The points subtracted.</param>
    /// <returns>The percent.</returns>
    public static Percent operator -(Percent left, PercentagePoints right) => new(left.Value - right.Value);

    /// <summary>Negates a percent (a change of −2% is a reduction of 2%).</summary>
    /// <param name="value">The percent.</param>
    /// <returns>The negated percent.</returns>
    public static Percent operator -(Percent value) => new(-value.Value);

    /// <inheritdoc />
    public int CompareTo(Percent other) => Value.CompareTo(other.Value);

    /// <summary>Compares two percents.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when the first is less.</returns>
    public static bool operator <(Percent left, Percent right) => left.Value < right.Value;

    /// <summary>Compares two percents.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when the first is greater.</returns>
    public static bool operator >(Percent left, Percent right) => left.Value > right.Value;

    /// <summary>Compares two percents.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when the first is less or equal.</returns>
    public static bool operator <=(Percent left, Percent right) => left.Value <= right.Value;

    /// <summary>Compares two percents.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when the first is greater or equal.</returns>
    public static bool operator >=(Percent left, Percent right) => left.Value >= right.Value;

    /// <summary>Compares two percents for equality (numerically: 7.3 equals 7.30).</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Percent left, Percent right) => left.Value == right.Value;

    /// <summary>Compares two percents for inequality.</summary>
    /// <param name="left">The first percent.</param>
    /// <param name="right">The second percent.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Percent left, Percent right) => left.Value != right.Value;

    /// <inheritdoc />
    public bool Equals(Percent other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percent other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Returns the full-precision value with a percent sign, such as <c>7.3%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>
    /// Formats the percent. <c>null</c> or <c>G</c>: full precision; <c>F1</c>, <c>F2</c>…: that many
    /// decimals, rounded half away from zero. The number uses <paramref name="formatProvider"/> (invariant when null).
    /// </summary>
    /// <param name="format">G, or F followed by the number of decimals.</param>
    /// <param name="formatProvider">The culture for the number.</param>
    /// <returns>The text, such as <c>6.54%</c>.</returns>
    /// <exception cref="FormatException">The format is not G or Fn.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        PresentationFormat.Format(Value, format, formatProvider) + "%";
}
