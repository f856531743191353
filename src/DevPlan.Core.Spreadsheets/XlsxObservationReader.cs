using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets.Internal;

namespace DevPlan.Core.Spreadsheets;

/// <summary>
/// Reads observations from a worksheet of an .xlsx workbook, tidy or wide, with the grammar every
/// table shares (<see cref="TableObservationReader"/>). The header is the first row with a cell
/// <c>indicator</c>, so that a title above it (merged or not) is passed over; blank rows are
/// skipped; the table ends at its first note, a row whose only cell is text that is not a code
/// (<c>注：…</c>, <c>Source: …</c>), and a figure below a note is a problem. Every problem names its
/// cell, such as <c>Sheet1!C7</c>. <see cref="XlsxObservationFormat.OpenReader"/> returns one; it
/// says which sheet it reads (<see cref="Sheet"/>), of which (<see cref="Sheets"/>).
/// </summary>
public sealed class XlsxObservationReader : TableObservationReader
{
    private readonly WorkbookPackage _package;
    private readonly SheetRows _rows;
    private readonly int[] _sheetColumns;
    private readonly int[] _indexOfSheetColumn;
    private readonly bool[] _figureColumns;
    private readonly string?[] _cells;
    private readonly XlsxReadOptions _options;
    private readonly Stream? _ownedStream;
    private ObservationProblem? _rowProblem;
    private long _notesRow;

    private XlsxObservationReader(WorkbookPackage package, SheetRows rows, Header header, XlsxReadOptions options, Stream? ownedStream)
        : base(header.Names, options.Units, package.SourceName, header.Row)
    {
        _package = package;
        Sheet = rows.Sheet;
        Sheets = [.. package.Sheets.Select(s => new WorkbookSheet(s.Name, s.Hidden))];
        _rows = rows;
        _options = options;
        _ownedStream = ownedStream;
        _sheetColumns = header.Columns;
        _indexOfSheetColumn = new int[header.Columns.Max() + 1];
        Array.Fill(_indexOfSheetColumn, -1);
        for (var i = 0; i < header.Columns.Length; i++)
        {
            _indexOfSheetColumn[header.Columns[i]] = i;
        }
        _cells = new string?[header.Names.Length];
        _figureColumns = [.. header.Names.Select(IsFigure)];
    }

    /// <summary>Gets the name of the sheet read: the one <see cref="XlsxReadOptions.Sheet"/> names, or else the workbook's first visible sheet.</summary>
    public string Sheet { get; }

    /// <summary>Gets every sheet of the workbook, in order, hidden ones included.</summary>
    public ImmutableArray<WorkbookSheet> Sheets { get; }

    /// <summary>Opens a sheet of a workbook and finds its header.</summary>
    internal static XlsxObservationReader Open(Stream input, bool ownsStream, string? sourceName, XlsxReadOptions options)
    {
        WorkbookPackage? package = null;
        SheetRows? rows = null;
        try
        {
            package = WorkbookPackage.Open(input, sourceName, options);
            var sheet = Choose(package.Sheets, sourceName, options);
            rows = new SheetRows(package.OpenSheet(sheet), package.SharedStrings(), package.StyleDecimals(), sheet.Name, sourceName, options);
            var header = FindHeader(rows, sourceName, options);
            return new XlsxObservationReader(package, rows, header, options, ownsStream ? input : null);
        }
        catch
        {
            rows?.Dispose();
            package?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override bool MoveToNextRow()
    {
        while (_rows.MoveNext())
        {
            var cells = _rows.Cells;
            if (IsBlank(cells))
            {
                continue;
            }
            if (_notesRow > 0)
            {
                if (HasFigure(cells))
                {
                    _rowProblem = RowFail(null, null, $"Expected no figures below the table's notes, which begin at row {_notesRow}; a table ends at its first note (a row of text only).");
                    Array.Clear(_cells);
                    return true;
                }
                continue;
            }
            if (cells.Count == 1 && !IsFigureColumn(cells[0].Column) && !IsCode(cells[0].Text))
            {
                _notesRow = _rows.Number; // 注：…, Source: …; the table ends here
                continue;
            }
            Fill(cells);
            return true;
        }
        return false;
    }

    /// <inheritdoc />
    protected override ReadOnlySpan<char> GetCell(int column) => _cells[column];

    /// <inheritdoc />
    protected override long RowNumber => _rows.Number;

    /// <inheritdoc />
    protected override DiagnosticLocation LocateRow(long row, string? column)
    {
        var index = column is null ? -1 : Names.IndexOf(column);
        return new DiagnosticLocation(SourceName, line: row, column: column)
        {
            Cell = index < 0 ? CellReference.RowOnSheet(_rows.Sheet, row) : CellReference.OnSheet(_rows.Sheet, _sheetColumns[index], row),
        };
    }

    /// <inheritdoc />
    protected override ObservationProblem? CheckRow() => _rowProblem;

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _rows.Dispose();
            _package.Dispose();
            _ownedStream?.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Fill(IReadOnlyList<SheetCell> cells)
    {
        Array.Clear(_cells);
        _rowProblem = null;
        foreach (var cell in cells)
        {
            var index = IndexOf(cell.Column);
            if (_rowProblem is not null)
            {
                break;
            }
            if (index < 0)
            {
                if (cell.Text.Length > 0)
                {
                    _rowProblem = AtCell(cell.Column, Shorten(cell.Text), "Expected cells only under the header's columns, but this one is under a blank header cell.");
                }
                continue;
            }
            if (cell.TooLong || cell.Text.Length > _options.MaxCellLength)
            {
                _rowProblem = RowFail(Names[index], null, $"Expected a cell of at most {_options.MaxCellLength} characters (XlsxReadOptions.MaxCellLength), but this one has more.");
            }
            else if (cell.IsFormula && _options.RefuseFormulas)
            {
                _rowProblem = RowFail(Names[index], Shorten(cell.Text), "Expected a value, not a formula (XlsxReadOptions.RefuseFormulas is set): formulas are never evaluated.");
            }
            else if (cell.IsFormula && !cell.HasValue)
            {
                _rowProblem = RowFail(Names[index], null, "Expected the value of this formula as the workbook cached it, but it has none (formulas are never evaluated): open and save the workbook in Excel or LibreOffice, or paste the values.");
            }
            else if (cell.Problem is not null)
            {
                _rowProblem = RowFail(Names[index], Shorten(cell.Text), cell.Problem);
            }
            _cells[index] = cell.Text;
        }
    }

    /// <inheritdoc />
    protected override DiagnosticRule FieldInvalidRule => DiagnosticRule.WorkbookCellInvalid;

    /// <inheritdoc />
    protected override DiagnosticRule ColumnUnknownRule => DiagnosticRule.WorkbookColumnUnknown;

    /// <inheritdoc />
    protected override DiagnosticRule RowWithoutFigureRule => DiagnosticRule.WorkbookRowWithoutFigure;

    private ObservationProblem RowFail(string? column, string? text, DiagnosticMessage reason) => Fail(DiagnosticRule.WorkbookCellInvalid, column, text, reason);

    private ObservationProblem AtCell(int sheetColumn, string text, DiagnosticMessage reason) =>
        new(DiagnosticRule.WorkbookCellInvalid, reason, new DiagnosticLocation(SourceName, line: _rows.Number)
        {
            Cell = CellReference.OnSheet(_rows.Sheet, sheetColumn, _rows.Number),
        }, text);

    private bool HasFigure(IReadOnlyList<SheetCell> cells) => cells.Any(c => c.Text.Length > 0 && IsFigureColumn(c.Column));

    private bool IsFigureColumn(int sheetColumn) => IndexOf(sheetColumn) is var i and >= 0 && _figureColumns[i];

    /// <summary>The header column a sheet column holds, or -1.</summary>
    private int IndexOf(int sheetColumn) => sheetColumn < _indexOfSheetColumn.Length ? _indexOfSheetColumn[sheetColumn] : -1;

    /// <summary>Whether a row holds nothing: no text and no formula (a loop, as this runs for every row).</summary>
    private static bool IsBlank(IReadOnlyList<SheetCell> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Text.Length > 0 || cells[i].IsFormula)
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsCode(string text) => text.Length > 0 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    /// <summary>
    /// The sheet to read: the one the options name (as Excel compares names, ignoring case), or the
    /// first visible one; a name the workbook lacks, or a workbook with no visible sheet, is refused
    /// with the list of its sheets.
    /// </summary>
    private static SheetEntry Choose(IReadOnlyList<SheetEntry> sheets, string? sourceName, XlsxReadOptions options)
    {
        if (sheets.Count == 0)
        {
            throw new DevPlanFormatException("Expected a workbook with at least one sheet, but it has none.", new DiagnosticLocation(sourceName));
        }
        var list = string.Join(", ", sheets.Select(s => new WorkbookSheet(s.Name, s.Hidden)));
        if (options.Sheet is not { } name)
        {
            return sheets.FirstOrDefault(s => !s.Hidden)
                ?? throw new DevPlanFormatException($"Expected a visible sheet, but every sheet of the workbook is hidden: {list}. Name the one to read (XlsxReadOptions.Sheet).", new DiagnosticLocation(sourceName));
        }
        return sheets.FirstOrDefault(s => s.Name == name)
            ?? sheets.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new DevPlanFormatException($"Expected a sheet named \"{name}\" (XlsxReadOptions.Sheet), but the workbook has only: {list}.", new DiagnosticLocation(sourceName));
    }

    private static Header FindHeader(SheetRows rows, string? sourceName, XlsxReadOptions options)
    {
        while (rows.MoveNext() && rows.Number <= options.HeaderSearchRows)
        {
            var cells = rows.Cells;
            if (!cells.Any(c => c.Text == "indicator"))
            {
                continue;
            }
            var named = cells.Where(c => c.Text.Length > 0).ToArray();
            return new Header(rows.Number, [.. named.Select(c => c.Text)], [.. named.Select(c => c.Column)]);
        }
        throw new DevPlanFormatException($"Expected a header row with a cell \"indicator\" in the first {options.HeaderSearchRows} rows (then \"period\" and the other columns of a tidy table, or periods such as 2023 for a wide one), but found none: the sheet is not a table of observations.",
            new DiagnosticLocation(sourceName) { Cell = CellReference.OnSheet(rows.Sheet, 1, 1) });
    }

    private sealed record Header(long Row, string[] Names, int[] Columns);
}
