using System.Collections.Immutable;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Units;

/// <summary>
/// The units a reader accepts: the built-in ones (<see cref="Unit"/>) and those declared beside them
/// (<see cref="UnitDefinition"/>, as a plan declares its own), by code (<c>10^4 patent-per-10k</c>), by
/// Chinese name with a magnitude (万件/万人) or by English name. Immutable; in DevPlan.Core,
/// <c>Plan.UnitSystem</c> gives a plan's own.
/// </summary>
public sealed class UnitSystem
{
    private static readonly HashSet<string> BuiltInCodes = new(StringComparer.Ordinal)
    {
        "1", "percent", "person", "tce", "jin", "kg", "t", "mu", "ha", "km2", "kW", "MW", "piece", "count", "firm", "year",
    };

    private static readonly (string Prefix, int Exponent)[] Magnitudes =
        [("", 0), ("万亿", 12), ("千万", 7), ("百万", 6), ("十万", 5), ("亿", 8), ("万", 4), ("千", 3), ("百", 2), ("十", 1)];

    private readonly ImmutableDictionary<string, UnitDefinition> _byCode;

    private UnitSystem(ImmutableArray<UnitDefinition> declared)
    {
        Declared = declared;
        _byCode = declared.ToImmutableDictionary(d => d.Code, StringComparer.Ordinal);
    }

    /// <summary>Gets the built-in units only.</summary>
    public static UnitSystem BuiltIn { get; } = new([]);

    /// <summary>Gets the units declared on top of the built-in ones, in the order given.</summary>
    public ImmutableArray<UnitDefinition> Declared { get; }

    /// <summary>Returns a system with more declared units.</summary>
    /// <param name="definitions">The definitions.</param>
    /// <returns>The new system; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> is null.</exception>
    /// <exception cref="ArgumentException">A code or a name is declared twice.</exception>
    public UnitSystem With(IEnumerable<UnitDefinition> definitions)
    {
        Preconditions.CheckNotNull(definitions);
        var all = Declared.AddRange(definitions);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var definition in all)
        {
            if (!codes.Add(definition.Code))
            {
                throw new Internal.WordedArgumentException($"Expected each unit code once, but \"{definition.Code}\" is declared twice.", nameof(definitions));
            }
        }
        return new UnitSystem(all);
    }

    /// <summary>Gets whether a code is one of the built-in dimensions (besides currencies).</summary>
    internal static bool IsBuiltIn(string code) => BuiltInCodes.Contains(code);

    /// <summary>Finds a declared unit by code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The definition, or null.</returns>
    public UnitDefinition? Find(string code) => _byCode.GetValueOrDefault(Preconditions.CheckNotNull(code));

    /// <summary>Gives a unit the dimension its code is declared with, so that it converts as declared; any other unit is returned as it is.</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The unit with its declared dimension.</returns>
    public Unit Resolve(Unit unit) =>
        _byCode.Count > 0 && _byCode.TryGetValue(unit.Dimension.Code, out var definition) ? new Unit(definition.Dimension, unit.Exponent) : unit;

    /// <summary>Parses a unit: a built-in form, or a declared unit by code (<c>10^4 patent-per-10k</c>), Chinese name with a magnitude (万件/万人) or English name.</summary>
    /// <param name="text">The text.</param>
    /// <param name="unit">The unit.</param>
    /// <returns>True when the text is a unit.</returns>
    public bool TryParse(ReadOnlySpan<char> text, out Unit unit)
    {
        foreach (var definition in Declared)
        {
            foreach (var (prefix, exponent) in Magnitudes)
            {
                if (text.StartsWith(prefix, StringComparison.Ordinal) && text[prefix.Length..].SequenceEqual(definition.Name.ZhCN))
                {
                    unit = new Unit(definition.Dimension, exponent);
                    return true;
                }
            }
            if (text.SequenceEqual(definition.Name.En))
            {
                unit = new Unit(definition.Dimension, 0);
                return true;
            }
        }
        if (Unit.TryParse(text, null, out unit))
        {
            unit = Resolve(unit);
            return true;
        }
        return false;
    }

    /// <summary>Parses a unit (see <see cref="TryParse"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a unit; the message lists the accepted forms, declared units included.</exception>
    public Unit Parse(string text) =>
        TryParse(Preconditions.CheckNotNull(text), out var unit) ? unit : throw new Internal.WordedFormatException(
            $"Expected a unit such as {AcceptedForms}, but found \"{Preconditions.Truncate(text)}\".");

    /// <summary>Gets examples of every accepted form, declared units included, for messages.</summary>
    public string AcceptedForms => Declared.IsEmpty
        ? Unit.AcceptedForms
        : $"{Unit.AcceptedForms}, or a unit the plan declares: {string.Join(", ", Declared.Select(d => $"{d.Code} ({d.Name.ZhCN})"))}";
}
