namespace DevPlan.Core.Internal;

/// <summary>
/// Neutralises text that a spreadsheet would run as a formula (CSV injection), reversibly: a text
/// that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return after any
/// number of apostrophes gets one more leading apostrophe, and restoring removes exactly one from
/// such a text. Every other text is left as it is, so restore(neutralise(x)) == x for every x.
/// </summary>
internal static class SpreadsheetText
{
    public static string Neutralise(string text) => IsRisky(text, 0) ? "'" + text : text;

    public static string Restore(string text) => text.Length > 1 && text[0] == '\'' && IsRisky(text, 1) ? text[1..] : text;

    /// <summary><see cref="Restore(string)"/> on a span, without allocating.</summary>
    public static ReadOnlySpan<char> Restore(ReadOnlySpan<char> text) => text.Length > 1 && text[0] == '\'' && IsRisky(text, 1) ? text[1..] : text;

    /// <summary>Whether the text from <paramref name="start"/> is apostrophes followed by a formula trigger.</summary>
    private static bool IsRisky(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] == '\'')
        {
            i++;
        }
        return i < text.Length && text[i] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
