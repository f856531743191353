using System.Collections.Frozen;
using System.Collections.Immutable;
using DevPlan.Core.Internal;

namespace DevPlan.Core;

/// <summary>
/// A catalogue of indicators with their definitions: the <see cref="Standard"/> one holds the
/// indicators of Chinese government work reports, five-year plan outlines and statistical
/// communiqués. A plan may reference its indicators by code (<see cref="Plan.StandardIndicators"/>)
/// instead of declaring them, and the validator warns where a declared indicator contradicts it
/// (DP1701).
/// </summary>
/// <remarks>Instances are immutable and safe to share between threads.</remarks>
public sealed class IndicatorCatalogue
{
    private static readonly Lazy<IndicatorCatalogue> StandardCatalogue = new(IndicatorCatalogueData.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, CatalogueEntry> _byCode;
    private readonly FrozenDictionary<string, CatalogueEntry> _byName;

    /// <summary>Creates a catalogue.</summary>
    /// <param name="entries">The entries, in catalogue order.</param>
    /// <exception cref="ArgumentException">An entry is null, or two entries share a code or a synonym.</exception>
    public IndicatorCatalogue(ImmutableArray<CatalogueEntry> entries)
    {
        Entries = Preconditions.CheckElements(entries);
        var byCode = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        var byName = new Dictionary<string, CatalogueEntry>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            if (!byCode.TryAdd(entry.Code, entry))
            {
                throw new ArgumentException($"Expected unique codes, but \"{entry.Code}\" appears twice.", nameof(entries));
            }
            foreach (var name in entry.Synonyms)
            {
                if (!byName.TryAdd(name, entry) && !ReferenceEquals(byName[name], entry))
                {
                    throw new ArgumentException($"Expected every name to belong to one indicator, but \"{name}\" names both \"{byName[name].Code}\" and \"{entry.Code}\".", nameof(entries));
                }
            }
        }
        _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);
        _byName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// Gets the standard catalogue, shipped with the library (<c>Catalogue/indicators.json</c>):
    /// national accounts, industry, investment, consumption, trade, foreign capital, public finance,
    /// R&amp;D, employment, prices, income, grain, energy, environment, population and the main
    /// indicators of the 14th Five-Year Plan, each with its definition and sources.
    /// </summary>
    public static IndicatorCatalogue Standard => StandardCatalogue.Value;

    /// <summary>Gets the entries, in catalogue order.</summary>
    public ImmutableArray<CatalogueEntry> Entries { get; }

    /// <summary>Finds an entry by the indicator's code (ordinal).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The entry, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public CatalogueEntry? Find(string code) => _byCode.GetValueOrDefault(Preconditions.CheckNotNull(code));

    /// <summary>Finds an entry by one of its Chinese names or abbreviations, exactly as written (ordinal).</summary>
    /// <param name="name">The name (国内生产总值, 规上工业增加值, CPI).</param>
    /// <returns>The entry, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public CatalogueEntry? FindByName(string name) => _byName.GetValueOrDefault(Preconditions.CheckNotNull(name));
}
