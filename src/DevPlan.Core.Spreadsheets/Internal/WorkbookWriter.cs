using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// A workbook being written: its styles, then its sheets one after another, each streamed by a
/// <see cref="SheetWriter"/>. A zip package is finished by seeking back, so an output that cannot
/// seek (a pipe) receives a copy of a temporary file once the workbook is complete.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    private readonly Stream _output;
    private readonly Stream _target;
    private readonly SpreadsheetDocument _document;
    private readonly WorkbookPart _workbook;
    private readonly Sheets _sheets = new();
    private readonly List<(string Sheet, uint HeaderRow, uint LastRow, int Columns)> _filters = [];
    private bool _finished;

    public WorkbookWriter(Stream output, string pointsSuffix)
    {
        _output = output;
        _target = output.CanSeek && output.CanRead
            ? output
            : new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _document = SpreadsheetDocument.Create(_target, SpreadsheetDocumentType.Workbook);
        _workbook = _document.AddWorkbookPart();
        var styles = _workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new WorkbookStyles(pointsSuffix).Build();
        styles.Stylesheet.Save();
    }

    /// <summary>Starts a sheet; write it, then <see cref="EndSheet"/> it before the next.</summary>
    public SheetWriter AddSheet(string name, IReadOnlyList<double> widths, uint frozenRows)
    {
        var part = _workbook.AddNewPart<WorksheetPart>();
        _sheets.Append(new Sheet { Name = name, SheetId = (uint)(_sheets.ChildElements.Count + 1), Id = _workbook.GetIdOfPart(part) });
        return new SheetWriter(part, widths, frozenRows);
    }

    /// <summary>Ends a sheet with a filter over its table.</summary>
    public void EndSheet(SheetWriter sheet, uint headerRow, int columns, uint? lastRow = null)
    {
        var last = Math.Max(lastRow ?? sheet.Row, headerRow);
        sheet.Finish(headerRow, columns, last);
        sheet.Dispose();
        if (headerRow > 0 && columns > 0)
        {
            _filters.Add((((Sheet)_sheets.LastChild!).Name!.Value!, headerRow, last, columns));
        }
    }

    /// <summary>Completes the package and, for an output that cannot seek, copies it there.</summary>
    public void Finish()
    {
        var workbook = new Workbook(new BookViews(new WorkbookView()), _sheets);
        if (_filters.Count > 0)
        {
            // Excel keeps a sheet's filter range as a hidden name as well; LibreOffice reads the filter from it.
            var names = new DefinedNames();
            for (var i = 0; i < _filters.Count; i++)
            {
                var (sheet, header, last, columns) = _filters[i];
                names.Append(new DefinedName($"{CellReference.Quote(sheet)}!$A${header}:${CellReference.Letters(columns)}${last}")
                {
                    Name = "_xlnm._FilterDatabase",
                    LocalSheetId = (uint)_sheets.Elements<Sheet>().ToList().FindIndex(s => s.Name == sheet),
                    Hidden = true,
                });
            }
            workbook.Append(names);
        }
        _workbook.Workbook = workbook;
        _workbook.Workbook.Save();
        _document.Dispose();
        _finished = true;
        if (!ReferenceEquals(_target, _output))
        {
            _target.Position = 0;
            _target.CopyTo(_output);
        }
        _output.Flush();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _document.Dispose();
        }
        if (!ReferenceEquals(_target, _output))
        {
            _target.Dispose();
        }
    }
}
