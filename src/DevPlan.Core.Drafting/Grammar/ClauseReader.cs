namespace DevPlan.Core.Drafting.Grammar;

/// <summary>A position in a clause's normalised text, and the words read from it, longest first.</summary>
internal sealed class ClauseReader(string text)
{
    public string Text { get; } = text;

    public int Position { get; set; }

    public bool AtEnd => Position >= Text.Length;

    public string Rest => Text[Position..];

    public char Peek(int ahead = 0) => Position + ahead < Text.Length ? Text[Position + ahead] : '\0';

    /// <summary>Reads <paramref name="word"/> if it is next.</summary>
    public bool Take(string word)
    {
        if (Text.AsSpan(Position).StartsWith(word, StringComparison.Ordinal))
        {
            Position += word.Length;
            return true;
        }
        return false;
    }

    /// <summary>Reads the longest of <paramref name="words"/> that is next (the list is ordered longest first), or returns null.</summary>
    public string? TakeAny(WordList words)
    {
        foreach (var word in words.LongestFirst)
        {
            if (Take(word))
            {
                return word;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="word"/> is next, without reading it.</summary>
    public bool Sees(string word) => Text.AsSpan(Position).StartsWith(word, StringComparison.Ordinal);
}
