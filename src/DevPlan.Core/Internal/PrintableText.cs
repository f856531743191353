using System.Globalization;
using System.Text;

namespace DevPlan.Core.Internal;

/// <summary>
/// Text from a file made safe to print in a message: control characters (a terminal's escape sequences,
/// line breaks, NUL) and the marks that reorder text on screen (bidirectional overrides and isolates) are
/// written as <c>\u001B</c> escapes, so that a message shows what the file holds and can neither move the
/// cursor nor disguise itself. Text without them is returned as it is, with nothing allocated.
/// </summary>
internal static class PrintableText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001F');
        for (var i = 0; i < text.Length && first < 0; i++)
        {
            if (NeedsEscape(text[i]))
            {
                first = i;
            }
        }
        if (first < 0)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var ch = text[i];
            if (NeedsEscape(ch))
            {
                builder.Append("\\u").Append(((int)ch).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(ch);
            }
        }
        return builder.ToString();
    }

    /// <summary>Controls (C0, DEL, C1) and the bidirectional marks that reorder what a terminal shows.</summary>
    private static bool NeedsEscape(char ch) =>
        ch < ' ' || ch is >= '\u007F' and <= '\u009F' || ch is >= '\u202A' and <= '\u202E' || ch is >= '\u2066' and <= '\u2069' || ch is '\u200E' or '\u200F' or '\u061C';
}
