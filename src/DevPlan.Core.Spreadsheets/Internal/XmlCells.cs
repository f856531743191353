using System.Globalization;
using System.Text;
using System.Xml;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>The few pieces of SpreadsheetML read here, streaming: texts (of cells, shared strings) and the number formats of cell styles.</summary>
internal static class XmlCells
{
    /// <summary>The chunk buffer of this thread: a cell's text is read through it, so that no cell allocates one.</summary>
    [ThreadStatic]
    private static char[]? Buffer;

    /// <summary>The text builder of this thread: a string item is gathered in it, so that only its string is allocated.</summary>
    [ThreadStatic]
    private static StringBuilder? Builder;

    /// <summary>
    /// The text of a string item (<c>si</c>) or inline string (<c>is</c>): its <c>t</c> runs, without
    /// phonetic runs, cut at <paramref name="cap"/> characters (then <paramref name="tooLong"/> is true).
    /// Leaves the reader after the element, or, when <paramref name="stopWhenTooLong"/> is set and the
    /// text is too long, where it found so (the caller refuses the part).
    /// </summary>
    public static string ReadText(XmlReader xml, int cap, bool stopWhenTooLong, out bool tooLong)
    {
        tooLong = false;
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return "";
        }
        var depth = xml.Depth;
        var text = Builder ??= new StringBuilder();
        text.Clear();
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "t")
            {
                ReadValue(xml, text, cap, ref tooLong, stopWhenTooLong);
                if (tooLong && stopWhenTooLong)
                {
                    return "";
                }
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName is "rPh" or "phoneticPr")
            {
                xml.Skip();
            }
            else
            {
                xml.Read();
            }
        }
        xml.Read();
        var read = Unescape(text.ToString());
        if (text.Capacity > 4 * 4096)
        {
            text.Clear().Capacity = 4096; // a long item's buffer is not kept for the next, short one
        }
        return read;
    }

    /// <summary>
    /// Appends the text content of a simple element (<c>t</c>, <c>v</c>) within a cap; leaves the
    /// reader after the element, or, when <paramref name="stopWhenTooLong"/> is set, as soon as the
    /// text is too long.
    /// </summary>
    public static void ReadValue(XmlReader xml, StringBuilder text, int cap, ref bool tooLong, bool stopWhenTooLong = false)
    {
        if (xml.IsEmptyElement)
        {
            xml.Read();
            return;
        }
        var depth = xml.Depth;
        xml.Read();
        var buffer = Buffer ??= new char[4096];
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = xml.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    if (text.Length + read > cap)
                    {
                        tooLong = true;
                        if (stopWhenTooLong)
                        {
                            return;
                        }
                    }
                    else if (!tooLong)
                    {
                        text.Append(buffer, 0, read);
                    }
                }
            }
            xml.Read();
        }
        xml.Read();
    }

    /// <summary>Whether text begins with an escape <c>_xHHHH_</c> (four hexadecimal digits).</summary>
    public static bool IsEscape(ReadOnlySpan<char> text) =>
        text.Length >= 7 && text[0] == '_' && text[1] == 'x' && text[6] == '_' && char.IsAsciiHexDigit(text[2]) && char.IsAsciiHexDigit(text[3]) && char.IsAsciiHexDigit(text[4]) && char.IsAsciiHexDigit(text[5]);

    /// <summary>Text as SpreadsheetML escapes it, read back: <c>_x000B_</c> is the character U+000B.</summary>
    public static string Unescape(string text)
    {
        if (!text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }
        var plain = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEscape(text.AsSpan(i)))
            {
                plain.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 6;
            }
            else
            {
                plain.Append(text[i]);
            }
        }
        return plain.ToString();
    }

    /// <summary>
    /// Reads the cell styles (<c>cellXfs</c>) of a styles part: what each shows of a number. At most
    /// <paramref name="limit"/> number formats and as many cell formats are kept; one more is refused
    /// with the exception <paramref name="refuse"/> makes of what was counted.
    /// </summary>
    public static IReadOnlyList<NumberShown> ReadStyleDecimals(XmlReader xml, int limit, Func<string, Exception> refuse)
    {
        var formats = new Dictionary<int, NumberShown>
        {
            [1] = new(0, false),
            [2] = new(2, false),
            [3] = new(0, false),
            [4] = new(2, false),
            [9] = new(0, true),
            [10] = new(2, true),
            // The built-in dates (m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy) and date with time (m/d/yyyy h:mm).
            [14] = NumberShown.DateShown,
            [15] = NumberShown.DateShown,
            [16] = NumberShown.DateShown,
            [17] = NumberShown.DateShown,
            [22] = NumberShown.DateShown,
        };
        var numberFormats = 0;
        var styles = new List<NumberShown>();
        var inCellXfs = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "numFmt"
                && int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                if (++numberFormats > limit)
                {
                    throw refuse("number formats");
                }
                formats[id] = Parse(xml.GetAttribute("formatCode") ?? "");
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "cellXfs")
            {
                inCellXfs = !xml.IsEmptyElement;
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "cellXfs")
            {
                break; // the cell formats are all that is kept; the rest of the part is not needed
            }
            else if (inCellXfs && xml.NodeType == XmlNodeType.Element && xml.LocalName == "xf")
            {
                if (styles.Count == limit)
                {
                    throw refuse("cell formats");
                }
                var format = int.TryParse(xml.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var formatId)
                    && formats.TryGetValue(formatId, out var known) ? known : NumberShown.General;
                styles.Add(format);
            }
        }
        return styles;
    }

    /// <summary>
    /// What a number format code shows: its fixed decimals (the zeros after the point; <c>0.0</c> shows
    /// one, <c>#,##0.00%</c> two), and whether it shows a percentage; or that it shows a date (a code
    /// with years, months or days: <c>yyyy-mm-dd</c>, <c>m/d/yyyy</c>, <c>yyyy"年"m"月"d"日"</c>); General
    /// and scientific formats show no fixed decimals.
    /// </summary>
    public static NumberShown Parse(string code)
    {
        var plain = new StringBuilder();
        var section = code.AsSpan();
        var end = section.IndexOf(';');
        section = end >= 0 ? section[..end] : section;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"')
            {
                var close = section[(i + 1)..].IndexOf('"');
                i = close < 0 ? section.Length : i + 1 + close;
            }
            else if (c == '[')
            {
                var close = section[(i + 1)..].IndexOf(']');
                i = close < 0 ? section.Length : i + 1 + close;
            }
            else if (c is '\\' or '_' or '*')
            {
                i++;
            }
            else if (c != ' ')
            {
                plain.Append(c);
            }
        }
        var text = plain.ToString();
        if (text.Any(c => c is 'y' or 'Y' or 'd' or 'D') || (text.Contains('m', StringComparison.OrdinalIgnoreCase) && !text.Contains('0') && !text.Contains('#')))
        {
            // Years, days or months (and no digit placeholders, which a minute beside hours would lack too): a date.
            return NumberShown.DateShown;
        }
        var percent = text.EndsWith('%');
        var number = percent ? text[..^1] : text;
        if (number.Length == 0 || number.Any(c => c is not ('0' or '#' or ',' or '.')) || number.Count(c => c == '.') > 1 || !number.Contains('0'))
        {
            return NumberShown.General;
        }
        var point = number.IndexOf('.');
        var decimals = point < 0 ? 0 : number[(point + 1)..].Count(c => c == '0');
        return new NumberShown(decimals, percent);
    }
}

/// <summary>What a cell style shows of a number: its fixed decimals, if any, and whether as a percentage.</summary>
internal readonly record struct NumberShown(int? Decimals, bool Percent, bool Date = false)
{
    public static NumberShown General { get; } = new(null, false);

    /// <summary>A date format: the number is a day count (with a time as its fraction), shown as a date.</summary>
    public static NumberShown DateShown { get; } = new(null, false, Date: true);
}
