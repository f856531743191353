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
/// <para>The <c>default</c> value is <see cref="Dimensionless"/>, a pure number (code <c>1</c>).</para>
/// </remarks>
public readonly struct Dimension : IEquatable<Dimension>
{
    private const int MaxCodeLength = 32;
    private readonly string? _code;

    private Dimension(string code) => _code = code == DimensionlessCode ? null : code;

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
            throw new ArgumentException($"Expected an ISO 4217 currency code of three upper-case letters, but found \"{Preconditions.Truncate(isoCode)}\".", nameof(isoCode));
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
            throw new ArgumentException(
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
