using System.Collections.Immutable;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>Words of one role in the grammar, tried longest first so that 提高到 is read before 提高.</summary>
internal sealed class WordList
{
    public WordList(params string[] words) => LongestFirst = [.. words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    public ImmutableArray<string> LongestFirst { get; }

    public bool Contains(string word) => LongestFirst.Contains(word);
}
