using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// The indicator names of a catalogue, for the longest match at a position of a clause
/// (规模以上工业增加值 before 工业增加值), and the words of indicators' own units (年, ‰).
/// </summary>
internal sealed class Lexicon
{
    private static readonly ConditionalWeakTable<IndicatorCatalogue, Lexicon> Built = new();

    /// <summary>The longest name of any indicator; no name is looked for beyond it.</summary>
    private readonly int _longest;
    private readonly FrozenDictionary<char, string[]> _byFirst;

    private Lexicon(IndicatorCatalogue catalogue)
    {
        Catalogue = catalogue;
        var names = catalogue.Entries.SelectMany(e => e.Synonyms).Distinct(StringComparer.Ordinal).ToList();
        _longest = names.Count == 0 ? 0 : names.Max(n => n.Length);
        _byFirst = names.GroupBy(n => n[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray());
        UnitWords = catalogue.Entries.SelectMany(e => e.UnitWords.Select(w => (Word: w, e.Indicator.Unit)))
            .GroupBy(w => w.Word, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First().Unit, StringComparer.Ordinal);
        UnitWordList = new WordList([.. UnitWords.Keys]);
    }

    public IndicatorCatalogue Catalogue { get; }

    /// <summary>The words of indicators' own units, with the unit each stands for.</summary>
    public FrozenDictionary<string, Unit> UnitWords { get; }

    public WordList UnitWordList { get; }

    public int LongestName => _longest;

    public static Lexicon For(IndicatorCatalogue catalogue) => Built.GetValue(catalogue, c => new Lexicon(c));

    /// <summary>The entry whose name is longest among those starting at <paramref name="position"/>, and the name's length.</summary>
    public (CatalogueEntry Entry, int Length)? LongestAt(string text, int position)
    {
        if (position >= text.Length || !_byFirst.TryGetValue(text[position], out var candidates))
        {
            return null;
        }
        foreach (var name in candidates)
        {
            if (text.AsSpan(position).StartsWith(name, StringComparison.Ordinal))
            {
                return (Catalogue.FindByName(name)!, name.Length);
            }
        }
        return null;
    }

    /// <summary>The entry named exactly <paramref name="name"/>.</summary>
    public CatalogueEntry? Exact(string name) => Catalogue.FindByName(name);
}
