using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// Writes one worksheet, streaming, row by row: texts as inline strings, numbers as numbers (the
/// decimal's own text, so that 1767.3 is stored as 1767.3), each with its style; then the frozen
/// header and the filter. A number of more than 15 significant digits, which a spreadsheet would
/// round, is written as text so that no digit is lost.
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private readonly OpenXmlWriter _writer;
    private uint _row;
    private int _column;
    private bool _inRow;

    public SheetWriter(WorksheetPart part, IReadOnlyList<double> widths, uint frozenRows)
    {
        _writer = OpenXmlWriter.Create(part);
        _writer.WriteStartElement(new Worksheet());
        if (frozenRows > 0)
        {
            _writer.WriteElement(new SheetViews(new SheetView(
                new Pane { VerticalSplit = frozenRows, TopLeftCell = "A" + (frozenRows + 1).ToString(CultureInfo.InvariantCulture), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft })
            { WorkbookViewId = 0 }));
        }
        if (widths.Count > 0)
        {
            var columns = new Columns();
            for (var i = 0; i < widths.Count; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }
            _writer.WriteElement(columns);
        }
        _writer.WriteStartElement(new SheetData());
    }

    /// <summary>Gets the number of the last row started.</summary>
    public uint Row => _row;

    public void StartRow()
    {
        EndRow();
        _row++;
        _column = 0;
        _writer.WriteStartElement(new Row { RowIndex = _row });
        _inRow = true;
    }

    public void Text(string? text, uint style = 0)
    {
        _column++;
        if (string.IsNullOrEmpty(text))
        {
            if (style != 0)
            {
                _writer.WriteElement(new Cell { CellReference = Reference(), StyleIndex = style });
            }
            return;
        }
        _writer.WriteElement(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = Reference(),
            DataType = CellValues.InlineString,
            StyleIndex = style == 0 ? null : style,
        });
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
        _writer.WriteElement(new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { CellReference = Reference(), StyleIndex = style });
    }

    public void Boolean(bool? value)
    {
        _column++;
        if (value is { } flag)
        {
            _writer.WriteElement(new Cell(new CellValue(flag ? "1" : "0")) { CellReference = Reference(), DataType = CellValues.Boolean });
        }
    }

    public void Skip() => _column++;

    /// <summary>Ends the sheet, with a filter over the table from <paramref name="headerRow"/> to <paramref name="lastRow"/>, <paramref name="columns"/> wide.</summary>
    public void Finish(uint headerRow, int columns, uint lastRow)
    {
        EndRow();
        _writer.WriteEndElement(); // sheetData
        if (headerRow > 0 && columns > 0)
        {
            var last = lastRow;
            _writer.WriteElement(new AutoFilter
            {
                Reference = string.Create(CultureInfo.InvariantCulture, $"A{headerRow}:{CellReference.Letters(columns)}{last}"),
            });
        }
        _writer.WriteEndElement(); // worksheet
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The significant digits of a decimal: 1767.3 has 5, 0.0012 has 2.</summary>
    public static int SignificantDigits(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture).Replace(".", "", StringComparison.Ordinal).TrimStart('0');
        return Math.Max(text.Length, 1);
    }

    private void EndRow()
    {
        if (_inRow)
        {
            _writer.WriteEndElement();
            _inRow = false;
        }
    }

    private string Reference() => CellReference.Letters(_column) + _row.ToString(CultureInfo.InvariantCulture);
}
