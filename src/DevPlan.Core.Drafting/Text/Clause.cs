namespace DevPlan.Core.Drafting.Text;

/// <summary>
/// A clause: the normalised characters between two separators of a sentence. <see cref="Heading"/> is
/// set when a colon ends it (目标为：), <see cref="Malformed"/> when its brackets or quotes are unbalanced or
/// nested deeper than the reader follows.
/// </summary>
internal readonly record struct Clause(int Start, int End, bool Heading, bool Malformed)
{
    public int Length => End - Start;
}
