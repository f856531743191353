using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Units;

/// <summary>
/// A unit of measure: a <see cref="Dimension"/> scaled by a power of ten (the SDMX unit
/// multiplier). 亿元 is CNY × 10^8, 万人 is persons × 10^4, 亿美元 is USD × 10^8.
/// </summary>
/// <remarks>
/// <para>
/// The invariant text form is <c>10^8 CNY</c> (the exponent is omitted when it is 0, as in
/// <c>percent</c> or <c>CNY</c>). <see cref="Parse(string)"/> also accepts the common Chinese forms:
/// a magnitude prefix (十, 百, 千, 万, 十万, 百万, 千万, 亿, 万亿) before 元, 美元, 欧元, 港元,
/// 日元, 人, 吨标准煤 or 吨标煤, 斤, 公斤 or 千克, 吨, 亩, 公顷, 平方公里, 千瓦, 兆瓦, 件, 个, 家 or 岁,
/// and <c>%</c>.
/// </para>
/// <para>The <c>default</c> value is a pure number (<see cref="Dimension.Dimensionless"/>, exponent 0).</para>
/// </remarks>
public readonly struct Unit : IEquatable<Unit>, ISpanParsable<Unit>
{
    /// <summary>The smallest exponent (power of ten) a unit may have.</summary>
    public const int MinExponent = -12;

    /// <summary>The largest exponent (power of ten) a unit may have.</summary>
    public const int MaxExponent = 18;

    private static readonly (string Prefix, int Exponent)[] ChinesePrefixes =
        [("万亿", 12), ("千万", 7), ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4), ("千", 3), ("百", 2), ("十", 1)];

    private static readonly (string Name, Dimension Dimension)[] ChineseNames =
        [("吨标准煤", Dimension.TonnesOfCoalEquivalent), ("吨标煤", Dimension.TonnesOfCoalEquivalent), ("美元", Dimension.Usd),
         ("欧元", Dimension.Of("EUR")), ("港元", Dimension.Of("HKD")), ("日元", Dimension.Of("JPY")), ("元", Dimension.Cny), ("人", Dimension.Persons),
         ("斤", Dimension.Of("jin")), ("公斤", Dimension.Of("kg")), ("千克", Dimension.Of("kg")), ("吨", Dimension.Of("t")),
         ("亩", Dimension.Of("mu")), ("公顷", Dimension.Of("ha")), ("平方公里", Dimension.Of("km2")), ("平方千米", Dimension.Of("km2")),
         ("千瓦", Dimension.Of("kW")), ("兆瓦", Dimension.Of("MW")),
         ("件", Dimension.Of("piece")), ("个", Dimension.Of("count")), ("家", Dimension.Of("firm")), ("岁", Dimension.Of("year"))];

    /// <summary>Examples of the accepted forms, for messages.</summary>
    internal const string AcceptedForms = "\"10^8 CNY\", \"10^4 person\", \"percent\", \"1\" (an index), \"10^8 jin\", or a Chinese form: 亿元, 万人, 万吨标准煤, 亿斤, 万吨, 万亩, 公顷, 平方公里, 万千瓦, 件, 个, 家, 岁, %";

    /// <summary>Creates a unit.</summary>
    /// <param name="dimension">What the unit measures.</param>
    /// <param name="exponent">The power of ten, from <see cref="MinExponent"/> to <see cref="MaxExponent"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is out of range.</exception>
    public Unit(Dimension dimension, int exponent = 0)
    {
        Dimension = dimension;
        Exponent = Preconditions.CheckRange(exponent, MinExponent, MaxExponent);
    }

    /// <summary>Gets what the unit measures.</summary>
    public Dimension Dimension { get; }

    /// <summary>Gets the power of ten (SDMX UNIT_MULT): 4 for 万, 8 for 亿.</summary>
    public int Exponent { get; }

    /// <summary>Percent (%), the unit of growth rates and shares.</summary>
    public static Unit Percent => new(Dimension.Percent);

    /// <summary>亿元: CNY × 10^8.</summary>
    public static Unit HundredMillionYuan => new(Dimension.Cny, 8);

    /// <summary>万元: CNY × 10^4.</summary>
    public static Unit TenThousandYuan => new(Dimension.Cny, 4);

    /// <summary>亿美元: USD × 10^8.</summary>
    public static Unit HundredMillionUsd => new(Dimension.Usd, 8);

    /// <summary>万人: persons × 10^4.</summary>
    public static Unit TenThousandPersons => new(Dimension.Persons, 4);

    /// <summary>万吨标准煤: tonnes of standard coal equivalent × 10^4.</summary>
    public static Unit TenThousandTce => new(Dimension.TonnesOfCoalEquivalent, 4);

    /// <summary>Returns this unit's dimension with another exponent.</summary>
    /// <param name="exponent">The new power of ten.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="exponent"/> is out of range.</exception>
    public Unit WithExponent(int exponent) => new(Dimension, exponent);

    /// <summary>Gets whether values in this unit can be converted to <paramref name="other"/>: the same dimension, or two of one family (亿斤 and 万吨).</summary>
    /// <param name="other">The other unit.</param>
    /// <returns>True when a conversion exists.</returns>
    public bool IsCompatibleWith(Unit other) => Dimension.IsConvertibleTo(other.Dimension);

    /// <summary>Parses the invariant form (<c>10^8 CNY</c>) or a Chinese form (<c>亿元</c>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a unit; the message names it and the accepted forms.</exception>
    public static Unit Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan(), null);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: units have one invariant form.</param>
    public static Unit Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <summary>Parses the invariant form (<c>10^8 CNY</c>) or a Chinese form (<c>亿元</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: units have one invariant form.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="FormatException">The text is not a unit.</exception>
    public static Unit Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (!TryParse(s, provider, out var unit))
        {
            throw new Internal.WordedFormatException($"Expected a unit such as {AcceptedForms}, but found \"{Preconditions.Truncate(s.ToString())}\".");
        }
        return unit;
    }

    /// <summary>Tries to parse a unit.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The unit, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Unit result) => TryParse(text.AsSpan(), null, out result);

    /// <summary>Tries to parse a unit.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored: units have one invariant form.</param>
    /// <param name="result">The unit, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a unit.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Unit result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a unit.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: units have one invariant form.</param>
    /// <param name="result">The unit, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a unit.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Unit result)
    {
        result = default;
        if (s.Length == 0 || s.Length > 64)
        {
            return false;
        }
        if (s is "%")
        {
            result = Percent;
            return true;
        }
        var exponent = 0;
        if (s.StartsWith("10^"))
        {
            var space = s.IndexOf(' ');
            var digits = space < 0 ? s[3..] : s[3..space];
            if (!int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
                || exponent is < MinExponent or > MaxExponent || digits.Length > 3)
            {
                return false;
            }
            if (space < 0)
            {
                result = new Unit(Dimension.Dimensionless, exponent);
                return true;
            }
            s = s[(space + 1)..];
        }
        else if (TryParseChinese(s, out result))
        {
            return true;
        }
        if (!Dimension.IsValidCode(s))
        {
            return false;
        }
        result = new Unit(Dimension.Of(s.ToString()), exponent);
        return true;
    }

    private static bool TryParseChinese(ReadOnlySpan<char> s, out Unit result)
    {
        // A name alone first (千瓦 is a name, not 千 × 瓦), then each magnitude before a name (万千瓦).
        if (TryChineseName(s, 0, out result))
        {
            return true;
        }
        foreach (var (prefix, value) in ChinesePrefixes)
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && TryChineseName(s[prefix.Length..], value, out result))
            {
                return true;
            }
        }
        return false;
    }

    private static bool TryChineseName(ReadOnlySpan<char> name, int exponent, out Unit result)
    {
        foreach (var (candidate, dimension) in ChineseNames)
        {
            if (name.SequenceEqual(candidate))
            {
                result = new Unit(dimension, exponent);
                return true;
            }
        }
        result = default;
        return false;
    }

    /// <summary>Returns the invariant text form, such as <c>10^8 CNY</c>, <c>10^4 person</c> or <c>percent</c>.</summary>
    /// <returns>The text form that <see cref="Parse(string)"/> reads back.</returns>
    public override string ToString() => Exponent == 0
        ? Dimension.Code
        : Dimension == Dimension.Dimensionless
            ? string.Create(CultureInfo.InvariantCulture, $"10^{Exponent}")
            : string.Create(CultureInfo.InvariantCulture, $"10^{Exponent} {Dimension.Code}");

    /// <inheritdoc />
    public bool Equals(Unit other) => Dimension == other.Dimension && Exponent == other.Exponent;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Unit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Exponent);

    /// <summary>Compares two units for equality (same dimension and exponent).</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(Unit left, Unit right) => left.Equals(right);

    /// <summary>Compares two units for inequality.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(Unit left, Unit right) => !left.Equals(right);
}
