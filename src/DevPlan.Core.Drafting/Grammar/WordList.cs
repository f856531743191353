using System.Collections.Immutable;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>Words of one role in the grammar, tried longest first so that 提高到 is read before 提高.</summary>
internal sealed class WordList
{
    /// <exception cref="ArgumentException">A word is empty: it would be read at every position without moving on.</exception>
    public WordList(params string[] words)
    {
        if (words.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("Expected words of at least one character: an empty word is read at every position without moving on.", nameof(words));
        }
        LongestFirst = [.. words.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];
    }

    public ImmutableArray<string> LongestFirst { get; }

    public bool Contains(string word) => LongestFirst.Contains(word);
}
