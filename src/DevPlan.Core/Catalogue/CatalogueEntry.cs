using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>
/// One indicator of an <see cref="IndicatorCatalogue"/>: the indicator itself (code, names, unit,
/// better direction, growth basis, accumulation, change verb), the Chinese names it is published
/// under, the usual nature of its targets, its definition and the sources of that definition.
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class CatalogueEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="indicator">The indicator, as a plan referencing the entry gets it.</param>
    /// <param name="synonyms">The Chinese names (and abbreviations) under which published text names the indicator; at least one.</param>
    /// <param name="nature">The usual nature of the indicator's targets (binding for the 14th Five-Year Plan's binding indicators).</param>
    /// <param name="definition">What the indicator measures, with its price basis and scope.</param>
    /// <param name="sources">Where the definition comes from (a document and its issuer, an address); at least one.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">There is no synonym or no source, or one is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="nature"/> is not defined.</exception>
    public CatalogueEntry(Indicator indicator, ImmutableArray<string> synonyms, TargetNature nature, LocalizedText definition, ImmutableArray<string> sources)
    {
        Indicator = Preconditions.CheckNotNull(indicator);
        Synonyms = CheckTexts(synonyms, nameof(synonyms));
        Nature = Preconditions.CheckDefined(nature);
        Definition = Preconditions.CheckNotNull(definition);
        Sources = CheckTexts(sources, nameof(sources));
    }

    /// <summary>Gets the indicator's code.</summary>
    public string Code => Indicator.Code;

    /// <summary>Gets the indicator as a plan that references the entry gets it.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the Chinese names and abbreviations published text uses for the indicator, the standard name first.</summary>
    public ImmutableArray<string> Synonyms { get; }

    /// <summary>
    /// Gets words for the indicator's own unit that the unit system does not know (年 for years of
    /// schooling, ‰ for a rate per mille); empty for most indicators.
    /// </summary>
    /// <exception cref="ArgumentException">Set with a blank element.</exception>
    public ImmutableArray<string> UnitWords
    {
        get;
        init => field = value.IsDefault ? [] : CheckTexts(value, nameof(UnitWords), allowEmpty: true);
    } = [];

    /// <summary>Gets the usual nature of the indicator's targets: what a target is when its text does not say.</summary>
    public TargetNature Nature { get; }

    /// <summary>Gets what the indicator measures.</summary>
    public LocalizedText Definition { get; }

    /// <summary>Gets the sources of the definition.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>Returns the code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Indicator.ToString();

    private static ImmutableArray<string> CheckTexts(ImmutableArray<string> values, string name, bool allowEmpty = false)
    {
        if (values.IsDefault || (!allowEmpty && values.IsEmpty))
        {
            throw new ArgumentException($"Expected at least one element in {name}, but there is none.", name);
        }
        foreach (var value in values)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException($"Expected no blank elements in {name}.", name);
            }
        }
        return values;
    }
}
