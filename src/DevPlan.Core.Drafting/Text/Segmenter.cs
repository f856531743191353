namespace DevPlan.Core.Drafting.Text;

/// <summary>
/// Splits the normalised text into sentences (at 。！？) and sentences into clauses (at ，；：、bullets ●◆■
/// and their ASCII forms), never inside brackets or quotes: （）【】〔〕《》“”‘’ and their ASCII forms. The
/// enumeration comma 、 joins the parts of one clause (固定资产投资、社会消费品零售总额分别增长4.1%、8.8%).
/// Both enumerate lazily, so that a large text is never held as clauses.
/// </summary>
internal static class Segmenter
{
    /// <summary>The deepest nesting of brackets and quotes followed; deeper makes the clause malformed.</summary>
    public const int MaxDepth = 8;

    private const string SentenceEnds = "。!?";
    private const string ClauseEnds = ",;:●◆■□▪•◇○★☆※♦";
    private const string Opening = "([{【〔《〈「『“‘";
    private const string Closing = ")]}】〕》〉」』”’";

    /// <summary>The sentences, as [start, end) ranges of normalised characters, each ending after its terminator.</summary>
    public static IEnumerable<(int Start, int End)> Sentences(NormalizedText text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (SentenceEnds.Contains(text.Chars[i], StringComparison.Ordinal))
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        }
        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }

    /// <summary>Whether the comma at <paramref name="i"/> stands between a digit and exactly three digits.</summary>
    internal static bool GroupsThousands(NormalizedText text, int i, int end) =>
        i > 0 && char.IsAsciiDigit(text.Chars[i - 1]) && Digit(text, i + 1, end) && Digit(text, i + 2, end) && Digit(text, i + 3, end) && !Digit(text, i + 4, end);

    private static bool Digit(NormalizedText text, int i, int end) => i < end && char.IsAsciiDigit(text.Chars[i]);

    /// <summary>The clauses of a sentence that hold any character, in order.</summary>
    public static IEnumerable<Clause> Clauses(NormalizedText text, int sentenceStart, int sentenceEnd)
    {
        var (start, depth, malformed, quote) = (sentenceStart, 0, false, false);
        for (var i = sentenceStart; i < sentenceEnd; i++)
        {
            var c = text.Chars[i];
            if (c == '"')
            {
                // The ASCII quote opens and closes itself.
                quote = !quote;
                depth += quote ? 1 : -1;
                malformed |= depth > MaxDepth;
            }
            else if (Opening.Contains(c, StringComparison.Ordinal))
            {
                depth++;
                malformed |= depth > MaxDepth;
            }
            else if (Closing.Contains(c, StringComparison.Ordinal))
            {
                malformed |= depth == 0;
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '.' && depth == 0 && i > sentenceStart && !char.IsAsciiDigit(text.Chars[i - 1]))
            {
                // An ASCII full stop after a word ends a clause (增长7%左右.); after a digit it is a decimal point or a list number (1.).
                if (i > start)
                {
                    yield return new Clause(start, i, false, malformed);
                }
                (start, malformed) = (i + 1, false);
            }
            else if (c == ',' && GroupsThousands(text, i, sentenceEnd))
            {
                // 1,206万人: a comma inside a number is no separator.
            }
            else if (depth == 0 && (ClauseEnds.Contains(c, StringComparison.Ordinal) || SentenceEnds.Contains(c, StringComparison.Ordinal)))
            {
                if (i > start)
                {
                    yield return new Clause(start, i, c == ':', malformed);
                }
                (start, malformed) = (i + 1, false);
            }
        }
        // What a sentence leaves open (an unclosed bracket) ends with it, malformed.
        var end = sentenceEnd > start && SentenceEnds.Contains(text.Chars[sentenceEnd - 1], StringComparison.Ordinal) ? sentenceEnd - 1 : sentenceEnd;
        if (end > start)
        {
            yield return new Clause(start, end, false, malformed || depth != 0);
        }
    }
}
