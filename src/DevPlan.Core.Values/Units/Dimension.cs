using DevPlan.Core.Internal;

namespace DevPlan.Core.Units;

/// <summary>
/// What a quantity measures: a currency (an ISO 4217 code such as <c>CNY</c>), persons, energy in
/// tonnes of standard coal equivalent, percent, or another named dimension. Values of different
/// dimensions never mix, and currencies never convert into one another implicitly.
/// </summary>
/// <remarks>
/// <para>A code of exactly three upper-case ASCII letters is a currency. Other codes are 1 to 32
/// characters of ASCII letters, digits, '-', '_' and '/' (for ratios such as <c>tce/CNY</c>).</para>
/// <para>The <c>default</c> value is <see cref="Dimensionless"/>, a pure number (code <c>1</c>), for an
/// index or a ratio.</para>
/// <para>Some dimensions convert into one another by an exact factor: mass in 斤 (<c>jin</c>), 公斤
/// (<c>kg</c>, 2 斤) and 吨 (<c>t</c>, 2,000 斤); area in 亩 (<c>mu</c>), 公顷 (<c>ha</c>, 15 亩) and
/// 平方公里 (<c>km2</c>, 1,500 亩); power in 千瓦 (<c>kW</c>) and 兆瓦 (<c>MW</c>, 1,000 千瓦). A plan
/// may declare more (<see cref="UnitDefinition"/>). Counts have their own dimensions: <c>person</c>
/// (人), <c>piece</c> (件), <c>count</c> (个), <c>firm</c> (家), <c>year</c> (岁, years of age).</para>
/// </remarks>
public readonly struct Dimension : IEquatable<Dimension>
{
    private const int MaxCodeLength = 32;

    /// <summary>The built-in families of convertible dimensions: each code's factor to its family's finest dimension.</summary>
    private static readonly Dictionary<string, Conversion> Conversions = new(StringComparer.Ordinal)
    {
        ["jin"] = new("jin", 1m, null),
        ["kg"] = new("jin", 2m, null),
        ["t"] = new("jin", 2000m, null),
        ["mu"] = new("mu", 1m, null),
        ["ha"] = new("mu", 15m, null),
        ["km2"] = new("mu", 1500m, null),
        ["kW"] = new("kW", 1m, null),
        ["MW"] = new("kW", 1000m, null),
    };

    private readonly string? _code;
    private readonly Conversion? _conversion;

    private Dimension(string code)
    {
        _code = code == DimensionlessCode ? null : code;
        _conversion = Conversions.GetValueOrDefault(code);
    }

    private Dimension(string code, Conversion conversion)
    {
        _code = code;
        _conversion = conversion;
    }

    /// <summary>How a dimension converts into the finest of its family, and the name a plan gave it.</summary>
    private sealed record Conversion(string? Root, decimal Factor, Text.LocalizedText? Name);

    /// <summary>Gets the names a plan declared for this dimension (<see cref="UnitDefinition"/>), or null for a built-in one.</summary>
    internal Text.LocalizedText? DeclaredName => _conversion?.Name;

    private const string DimensionlessCode = "1";

    /// <summary>A pure number without dimension (the default value).</summary>
    public static Dimension Dimensionless => default;

    /// <summary>Percent: a value of 7 means 7%.</summary>
    public static Dimension Percent { get; } = new("percent");

    /// <summary>A count of persons (人).</summary>
    public static Dimension Persons { get; } = new("person");

    /// <summary>Energy in tonnes of standard coal equivalent (吨标准煤, tce).</summary>
    public static Dimension TonnesOfCoalEquivalent { get; } = new("tce");

    /// <summary>Chinese yuan renminbi (元).</summary>
    public static Dimension Cny { get; } = new("CNY");

    /// <summary>United States dollar (美元).</summary>
    public static Dimension Usd { get; } = new("USD");

    /// <summary>Gets the code: an ISO 4217 currency code, or a named dimension such as <c>person</c>; <c>1</c> for a pure number.</summary>
    public string Code => _code ?? DimensionlessCode;

    /// <summary>Gets the code of the finest dimension this one converts to (<c>jin</c> for <c>t</c>), or its own code when it converts to none.</summary>
    internal string Root => _conversion?.Root ?? Code;

    /// <summary>Gets how many of <see cref="Root"/> one of this dimension is (2,000 for a tonne in 斤); 1 when it converts to none.</summary>
    internal decimal Factor => _conversion?.Root is null ? 1m : _conversion.Factor;

    /// <summary>Gets whether values of this dimension convert exactly into values of <paramref name="other"/>: the same dimension, or two of one family (斤 and 吨, 亩 and 公顷).</summary>
    /// <param name="other">The other dimension.</param>
    /// <returns>True when a conversion exists.</returns>
    public bool IsConvertibleTo(Dimension other) => Equals(other) || (_conversion?.Root is { } root && root == other._conversion?.Root);

    /// <summary>A dimension a plan declares: with its names, and converting to another family member by an exact factor when given.</summary>
    internal static Dimension Declared(string code, Text.LocalizedText name, Dimension? equivalentDimension, decimal factor) =>
        new(code, equivalentDimension is { } d
            ? new Conversion(d.Root, factor * d.Factor, name)
            : new Conversion(null, 1m, name));

    /// <summary>Gets whether this dimension is a currency (an ISO 4217 code).</summary>
    public bool IsCurrency => _code is { Length: 3 } c && char.IsAsciiLetterUpper(c[0]) && char.IsAsciiLetterUpper(c[1]) && char.IsAsciiLetterUpper(c[2]);

    /// <summary>Gets a currency dimension.</summary>
    /// <param name="isoCode">Three upper-case ASCII letters, such as <c>CNY</c> or <c>USD</c>.</param>
    /// <returns>The currency dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="isoCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="isoCode"/> is not three upper-case ASCII letters.</exception>
    public static Dimension Currency(string isoCode)
    {
        Preconditions.CheckNotNull(isoCode);
        var dimension = Of(isoCode);
        if (!dimension.IsCurrency)
        {
            throw new Internal.WordedArgumentException($"Expected an ISO 4217 currency code of three upper-case letters, but found \"{Preconditions.Truncate(isoCode)}\".", nameof(isoCode));
        }
        return dimension;
    }

    /// <summary>Gets the dimension with a code.</summary>
    /// <param name="code">The code (see the remarks on <see cref="Dimension"/>).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid dimension code.</exception>
    public static Dimension Of(string code)
    {
        Preconditions.CheckNotNull(code);
        if (!IsValidCode(code))
        {
            throw new Internal.WordedArgumentException(
                $"Expected a dimension code of 1 to {MaxCodeLength} ASCII letters, digits, '-', '_' or '/', such as \"CNY\" or \"person\", but found \"{Preconditions.Truncate(code)}\".",
                nameof(code));
        }
        return new Dimension(code);
    }

    internal static bool IsValidCode(ReadOnlySpan<char> code)
    {
        if (code.Length is 0 or > MaxCodeLength || !char.IsAsciiLetterOrDigit(code[0]))
        {
            return false;
        }
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '/'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Returns <see cref="Code"/>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => Code;

    /// <inheritdoc />
    public bool Equals(Dimension other) => string.Equals(_code, other._code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Dimension other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _code is null ? 0 : StringComparer.Ordinal.GetHashCode(_code);

    /// <summary>Compares two dimensions for equality.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns>True when the codes are equal.</returns>
    public static bool operator ==(Dimension left, Dimension right) => left.Equals(right);

    /// <summary>Compares two dimensions for inequality.</summary>
    /// <param name="left">The first dimension.</param>
    /// <param name="right">The second dimension.</param>
    /// <returns>True when the codes differ.</returns>
    public static bool operator !=(Dimension left, Dimension right) => !left.Equals(right);
}
