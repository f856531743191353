using System.Globalization;
using System.Text;
using System.Xml;
using NodaTime;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// Writes one worksheet's XML, streaming, row by row, straight to its part: texts as inline
/// strings, numbers as numbers (the decimal's own text, so that 1767.3 is stored as 1767.3), each
/// with its style; then the frozen header and the filter. A number of more than 15 significant
/// digits, which a spreadsheet would round, is written as text so that no digit is lost; a control
/// character, which XML cannot hold, is written as SpreadsheetML's <c>_xHHHH_</c> escape.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private const string Main = WorkbookWriter.Main;
    private readonly XmlWriter _xml;
    private static readonly string[] Styles = [.. Enumerable.Range(0, 64).Select(i => i.ToString(CultureInfo.InvariantCulture))];
    private readonly char[] _reference = new char[16];
    private readonly char[] _digits = new char[40];
    private uint _row;
    private int _column;
    private bool _inRow;

    public SheetWriter(Stream part, IReadOnlyList<double> widths, uint frozenRows)
    {
        _xml = XmlWriter.Create(part, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(false),
            CloseOutput = true,
        });
        _xml.WriteStartDocument(standalone: true);
        _xml.WriteStartElement("worksheet", Main);
        // Printed (or saved as PDF) one page wide, in landscape: a planner's table is wider than it is long.
        _xml.WriteStartElement("sheetPr", Main);
        _xml.WriteStartElement("pageSetUpPr", Main);
        _xml.WriteAttributeString("fitToPage", "1");
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        if (frozenRows > 0)
        {
            _xml.WriteStartElement("sheetViews", Main);
            _xml.WriteStartElement("sheetView", Main);
            _xml.WriteAttributeString("workbookViewId", "0");
            _xml.WriteStartElement("pane", Main);
            _xml.WriteAttributeString("ySplit", frozenRows.ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("topLeftCell", "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("activePane", "bottomLeft");
            _xml.WriteAttributeString("state", "frozen");
            _xml.WriteEndElement();
            _xml.WriteStartElement("selection", Main);
            _xml.WriteAttributeString("pane", "bottomLeft");
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }
        if (widths.Count > 0)
        {
            _xml.WriteStartElement("cols", Main);
            for (var i = 0; i < widths.Count; i++)
            {
                var column = (i + 1).ToString(CultureInfo.InvariantCulture);
                _xml.WriteStartElement("col", Main);
                _xml.WriteAttributeString("min", column);
                _xml.WriteAttributeString("max", column);
                _xml.WriteAttributeString("width", widths[i].ToString(CultureInfo.InvariantCulture));
                _xml.WriteAttributeString("customWidth", "1");
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }
        _xml.WriteStartElement("sheetData", Main);
    }

    /// <summary>Gets the number of the last row started.</summary>
    public uint Row => _row;

    /// <summary>Starts a row, of a height in points when given (a row of wrapped text, a header), else of the application's choosing.</summary>
    public void StartRow(double? height = null)
    {
        EndRow();
        _row++;
        _column = 0;
        _xml.WriteStartElement("row", Main);
        _xml.WriteAttributeString("r", _row.ToString(CultureInfo.InvariantCulture));
        if (height is { } points)
        {
            _xml.WriteAttributeString("ht", points.ToString("0.##", CultureInfo.InvariantCulture));
            _xml.WriteAttributeString("customHeight", "1");
        }
        _inRow = true;
    }

    /// <summary>
    /// The height, in points, of a row whose wrapped cells hold these texts in columns of these widths (in
    /// characters of the default font; a CJK character takes two): 15 points a line, as LibreOffice and
    /// Excel draw 11-point text, so that no application lays one row over the next.
    /// </summary>
    public static double RowHeight(params ReadOnlySpan<(string? Text, double Width)> cells)
    {
        var lines = 1;
        foreach (var (text, width) in cells)
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }
            var used = 0;
            foreach (var rune in text.EnumerateRunes())
            {
                used += rune.Value >= 0x2E80 ? 2 : 1;
            }
            lines = Math.Max(lines, (int)Math.Ceiling(used / Math.Max(1d, width - 1)));
        }
        return lines * 15d + 3d;
    }

    public void Text(string? text, uint style = 0)
    {
        _column++;
        if (string.IsNullOrEmpty(text))
        {
            if (style != 0)
            {
                StartCell(style, null);
                _xml.WriteEndElement();
            }
            return;
        }
        StartCell(style, "inlineStr");
        _xml.WriteStartElement("is", Main);
        _xml.WriteStartElement("t", Main);
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            _xml.WriteAttributeString("xml", "space", null, "preserve"); // only where there is whitespace to keep: it costs every reader
        }
        _xml.WriteString(Escape(text));
        _xml.WriteEndElement();
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Number(decimal? value, uint style)
    {
        if (value is not { } number)
        {
            _column++;
            return;
        }
        if (SignificantDigits(number) > 15)
        {
            Text(number.ToString(CultureInfo.InvariantCulture));
            return;
        }
        _column++;
        StartCell(style, null);
        number.TryFormat(_digits, out var length, provider: CultureInfo.InvariantCulture);
        _xml.WriteStartElement("v", Main);
        _xml.WriteRaw(_digits, 0, length);
        _xml.WriteEndElement();
        _xml.WriteEndElement();
    }

    public void Boolean(bool? value)
    {
        _column++;
        if (value is { } flag)
        {
            StartCell(0, "b");
            _xml.WriteElementString("v", Main, flag ? "1" : "0");
            _xml.WriteEndElement();
        }
    }

    /// <summary>A date as a spreadsheet holds one: the days since 1899-12-30, shown as 2024-01-17.</summary>
    public void Date(LocalDate? value)
    {
        if (value is { } date)
        {
            Number(Period.Between(SerialEpoch, date, PeriodUnits.Days).Days, WorkbookStyles.DateStyle);
        }
        else
        {
            _column++;
        }
    }

    /// <summary>Day 0 of a spreadsheet's dates (1900 date system, counting the 1900 leap day it wrongly has, so that 1900-03-01 is 61).</summary>
    internal static readonly LocalDate SerialEpoch = new(1899, 12, 30);

    public void Skip() => _column++;

    /// <summary>Ends the sheet, with a filter over the table from <paramref name="headerRow"/> to <paramref name="lastRow"/>, <paramref name="columns"/> wide.</summary>
    public void Finish(uint headerRow, int columns, uint lastRow)
    {
        EndRow();
        _xml.WriteEndElement(); // sheetData
        if (headerRow > 0 && columns > 0)
        {
            _xml.WriteStartElement("autoFilter", Main);
            _xml.WriteAttributeString("ref", string.Create(CultureInfo.InvariantCulture, $"A{headerRow}:{CellReference.Letters(columns)}{lastRow}"));
            _xml.WriteEndElement();
        }
        _xml.WriteStartElement("pageMargins", Main);
        foreach (var (side, inches) in (ReadOnlySpan<(string, string)>)[("left", "0.5"), ("right", "0.5"), ("top", "0.6"), ("bottom", "0.6"), ("header", "0.3"), ("footer", "0.3")])
        {
            _xml.WriteAttributeString(side, inches);
        }
        _xml.WriteEndElement();
        _xml.WriteStartElement("pageSetup", Main);
        _xml.WriteAttributeString("orientation", "landscape");
        _xml.WriteAttributeString("fitToWidth", "1");
        _xml.WriteAttributeString("fitToHeight", "0");
        _xml.WriteEndElement();
        _xml.WriteEndElement(); // worksheet
        _xml.WriteEndDocument();
    }

    public void Dispose() => _xml.Dispose();

    /// <summary>The significant digits of a decimal: 1767.3 has 5, 0.0012 has 2.</summary>
    public static int SignificantDigits(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var unscaled = ((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0];
        var digits = 1;
        while (unscaled >= 10)
        {
            unscaled /= 10;
            digits++;
        }
        return digits;
    }

    /// <summary>
    /// Text as SpreadsheetML holds it: a control character XML cannot carry as <c>_xHHHH_</c>, and
    /// the underscore of a literal <c>_xHHHH_</c> as <c>_x005F_</c>, so that reading undoes exactly this.
    /// </summary>
    internal static string Escape(string text)
    {
        var clean = true;
        foreach (var c in text)
        {
            clean &= c >= ' ' || c is '\t' or '\n' or '\r';
        }
        if (clean && !text.Contains("_x", StringComparison.Ordinal))
        {
            return text;
        }
        var escaped = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                escaped.Append(CultureInfo.InvariantCulture, $"_x{(int)c:X4}_");
            }
            else if (c == '_' && XmlCells.IsEscape(text.AsSpan(i)))
            {
                escaped.Append("_x005F_");
            }
            else
            {
                escaped.Append(c);
            }
        }
        return escaped.ToString();
    }

    private void StartCell(uint style, string? type)
    {
        _xml.WriteStartElement("c", Main);
        _xml.WriteStartAttribute("r");
        var letters = CellReference.Letters(_column);
        letters.CopyTo(_reference);
        _row.TryFormat(_reference.AsSpan(letters.Length), out var digits, provider: CultureInfo.InvariantCulture);
        _xml.WriteChars(_reference, 0, letters.Length + digits);
        _xml.WriteEndAttribute();
        if (style != 0)
        {
            _xml.WriteAttributeString("s", style < Styles.Length ? Styles[style] : style.ToString(CultureInfo.InvariantCulture));
        }
        if (type is not null)
        {
            _xml.WriteAttributeString("t", type);
        }
    }

    private void EndRow()
    {
        if (_inRow)
        {
            _xml.WriteEndElement();
            _inRow = false;
        }
    }
}
