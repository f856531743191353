using System.Globalization;
using System.Text;
using System.Xml;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// A cell as a sheet stores it: its 1-based column, its text (numbers as decimal text), and what else
/// it says; <paramref name="Problem"/> says why its number cannot be read as the cell shows it.
/// </summary>
internal readonly record struct SheetCell(int Column, string Text, bool IsFormula, bool HasValue, bool TooLong, DiagnosticMessage? Problem = null);

/// <summary>
/// The rows of a worksheet, streamed from its XML one at a time, each cell's text resolved (shared
/// strings, inline strings, booleans, numbers normalised by <see cref="NumberText"/>), within the
/// limits on rows, columns, cell length and the characters of a row.
/// </summary>
internal sealed class SheetRows(XmlReader xml, IReadOnlyList<string> sharedStrings, IReadOnlyList<NumberShown> styles, string sheet, string? sourceName, XlsxReadOptions options) : IDisposable
{
    private readonly List<SheetCell> _cells = [];
    private readonly StringBuilder _text = new();
    private long _lastRow;
    private long _rowCharacters;

    /// <summary>Gets the current row's number (1-based).</summary>
    public long Number { get; private set; }

    /// <summary>Gets the current row's cells that hold something, in column order.</summary>
    public IReadOnlyList<SheetCell> Cells => _cells;

    public string Sheet => sheet;

    /// <summary>Moves to the next row that the sheet stores; false at the end of the sheet.</summary>
    public bool MoveNext()
    {
        try
        {
            return ReadNext();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            // Damaged XML or a damaged zip entry (its checksum or its length): the rest of the sheet cannot be read.
            throw new DevPlanFormatException($"Expected the sheet's XML, but it is damaged after row {Number}: {e.Message}", new DiagnosticLocation(sourceName, line: Number) { Cell = CellReference.RowOnSheet(sheet, Number + 1) }, innerException: e);
        }
    }

    private bool ReadNext()
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "row")
            {
                ReadRow();
                return true;
            }
            if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "sheetData")
            {
                return false;
            }
        }
        return false;
    }

    public void Dispose() => xml.Dispose();

    private void ReadRow()
    {
        _cells.Clear();
        _rowCharacters = 0;
        Number = long.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : _lastRow + 1;
        if (Number <= _lastRow)
        {
            throw Fail($"Expected rows in ascending order, but row {Number} follows row {_lastRow}.", null);
        }
        if (Number > options.MaxRows)
        {
            throw Fail($"Expected at most {options.MaxRows} rows (XlsxReadOptions.MaxRows), but the sheet has a row {Number}.", null);
        }
        _lastRow = Number;
        if (xml.IsEmptyElement)
        {
            return;
        }
        var depth = xml.Depth;
        var column = 0;
        while (xml.Read() && !(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth))
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "c")
            {
                column = ReadCell(column);
            }
        }
    }

    private int ReadCell(int previous)
    {
        var reference = xml.GetAttribute("r");
        long column = previous + 1;
        if (reference is not null && !CellReference.TryColumn(reference, out column))
        {
            throw Fail($"Expected a cell reference such as C7, but found \"{reference}\".", null);
        }
        if (column > options.MaxColumns)
        {
            throw Fail($"Expected at most {options.MaxColumns} columns (XlsxReadOptions.MaxColumns), but the sheet has a cell in column {column}.", reference);
        }
        if (column <= previous)
        {
            throw Fail($"Expected the cells of a row in ascending columns, but {reference} follows column {CellReference.Letters(previous)}.", reference);
        }
        var type = xml.GetAttribute("t");
        var style = int.TryParse(xml.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s < styles.Count ? styles[s] : NumberShown.General;
        if (xml.IsEmptyElement)
        {
            return (int)column;
        }
        var depth = xml.Depth;
        var formula = false;
        var hasValue = false;
        var tooLong = false;
        string? text = null;
        xml.Read();
        while (!(xml.NodeType == XmlNodeType.EndElement && xml.Depth == depth) && !xml.EOF)
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                xml.Read();
                continue;
            }
            switch (xml.LocalName)
            {
                case "f":
                    formula = true;
                    xml.Skip();
                    break;
                case "v":
                    _text.Clear();
                    XmlCells.ReadValue(xml, _text, options.MaxCellLength, ref tooLong);
                    text = _text.ToString();
                    hasValue = true;
                    break;
                case "is":
                    text = XmlCells.ReadText(xml, options.MaxCellLength, stopWhenTooLong: false, out tooLong);
                    hasValue = true;
                    break;
                default:
                    xml.Skip();
                    break;
            }
        }
        if (hasValue || formula)
        {
            DiagnosticMessage? problem = null;
            var resolved = hasValue ? Resolve(type, text ?? "", style, reference, ref problem) : "";
            _rowCharacters += resolved.Length;
            if (_rowCharacters > options.MaxRowCharacters)
            {
                var at = reference ?? string.Create(CultureInfo.InvariantCulture, $"{CellReference.Letters((int)column)}{Number}");
                throw Fail($"Expected a row of at most {options.MaxRowCharacters} characters in all its cells (XlsxReadOptions.MaxRowCharacters), but its cells up to {at} hold more.", at);
            }
            _cells.Add(new SheetCell((int)column, resolved, formula, hasValue, tooLong, problem));
        }
        return (int)column;
    }

    private string Resolve(string? type, string stored, NumberShown style, string? reference, ref DiagnosticMessage? problem)
    {
        switch (type)
        {
            case null or "n":
                return stored.Length == 0 ? "" : NumberText.Normalise(stored, style, out problem);
            case "s":
                return int.TryParse(stored, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                    ? sharedStrings[index]
                    : throw Fail($"Expected the index of a shared string, but found \"{stored}\".", reference);
            case "b":
                return stored == "1" ? "true" : stored == "0" ? "false" : stored;
            case "str":
                return XmlCells.Unescape(stored); // a formula's text result
            default:
                // inlineStr (read with its escapes undone), e (an error such as #DIV/0!), d (an ISO date): the text as stored.
                return stored;
        }
    }

    private DevPlanFormatException Fail(DiagnosticMessage reason, string? reference) =>
        new(reason, new DiagnosticLocation(sourceName, line: Number) { Cell = reference is null ? CellReference.RowOnSheet(sheet, Number) : $"{CellReference.Quote(sheet)}!{reference}" });

}
