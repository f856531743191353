using System.Globalization;
using System.Xml;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// A workbook being written: its styles, then its sheets one after another, each streamed by a
/// <see cref="SheetWriter"/> into its part, then the workbook part, the document properties (title,
/// creator, created) and the package's relationships. The package is written as it is made (see
/// <see cref="PackageWriter"/>), so an output that cannot seek (a pipe) takes it directly.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string WorkbookPart = "xl/workbook.xml";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly Stream _output;
    private readonly PackageWriter _package;
    private readonly string _title;
    private readonly DateTimeOffset _created;
    private readonly List<(string Name, string RelationshipId)> _sheets = [];
    private readonly List<(int Sheet, uint HeaderRow, uint LastRow, int Columns)> _filters = [];
    private bool _finished;

    /// <param name="output">Where the package goes.</param>
    /// <param name="pointsSuffix">The suffix of percentage points in the language of the workbook (pp, 个百分点).</param>
    /// <param name="title">The document's title, shown by a file's properties.</param>
    /// <param name="clock">The clock the created date is read from; the system's when null.</param>
    public WorkbookWriter(Stream output, string pointsSuffix, string title, TimeProvider? clock = null)
    {
        _output = output;
        _title = title;
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        _created = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero);
        _package = new PackageWriter(output, _created);
        _package.Relate("", OfficeRelationships + "officeDocument", WorkbookPart);
        _package.Relate(WorkbookPart, OfficeRelationships + "styles", "xl/styles.xml");
        using var styles = _package.OpenXmlPart("xl/styles.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
        new WorkbookStyles(pointsSuffix).Write(styles);
    }

    /// <summary>Starts a sheet; write it, then <see cref="EndSheet"/> it before the next.</summary>
    public SheetWriter AddSheet(string name, IReadOnlyList<double> widths, uint frozenRows)
    {
        var part = string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{_sheets.Count + 1}.xml");
        _sheets.Add((name, _package.Relate(WorkbookPart, OfficeRelationships + "worksheet", part)));
        return new SheetWriter(_package.OpenPart(part, "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"), widths, frozenRows);
    }

    /// <summary>Ends a sheet with a filter over its table.</summary>
    public void EndSheet(SheetWriter sheet, uint headerRow, int columns, uint? lastRow = null)
    {
        var last = Math.Max(lastRow ?? sheet.Row, headerRow);
        sheet.Finish(headerRow, columns, last);
        sheet.Dispose();
        if (headerRow > 0 && columns > 0)
        {
            _filters.Add((_sheets.Count - 1, headerRow, last, columns));
        }
    }

    /// <summary>Completes the package: the workbook part, the document properties, the relationships and content types.</summary>
    public void Finish()
    {
        using (var xml = _package.OpenXmlPart(WorkbookPart, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"))
        {
            WriteWorkbook(xml);
        }
        _package.Relate("", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml");
        using (var xml = _package.OpenXmlPart("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"))
        {
            WriteCoreProperties(xml);
        }
        _package.Relate("", OfficeRelationships + "extended-properties", "docProps/app.xml");
        using (var xml = _package.OpenXmlPart("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Properties", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
            xml.WriteElementString("Application", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties", "DevPlan.Core");
            xml.WriteEndElement();
        }
        _package.Finish();
        _finished = true;
        _output.Flush();
    }

    public void Dispose()
    {
        if (!_finished)
        {
            _package.Dispose();
        }
    }

    private void WriteWorkbook(XmlWriter xml)
    {
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("workbook", Main);
        xml.WriteAttributeString("xmlns", "r", null, PackageWriter.RelationshipsNamespace);
        xml.WriteStartElement("bookViews", Main);
        xml.WriteStartElement("workbookView", Main);
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteStartElement("sheets", Main);
        for (var i = 0; i < _sheets.Count; i++)
        {
            xml.WriteStartElement("sheet", Main);
            xml.WriteAttributeString("name", _sheets[i].Name);
            xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("id", PackageWriter.RelationshipsNamespace, _sheets[i].RelationshipId);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        if (_filters.Count > 0)
        {
            // Excel keeps a sheet's filter range as a hidden name as well; LibreOffice reads the filter from it.
            xml.WriteStartElement("definedNames", Main);
            foreach (var (sheet, header, last, columns) in _filters)
            {
                xml.WriteStartElement("definedName", Main);
                xml.WriteAttributeString("name", "_xlnm._FilterDatabase");
                xml.WriteAttributeString("localSheetId", sheet.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("hidden", "1");
                xml.WriteString($"{CellReference.Quote(_sheets[sheet].Name)}!$A${header}:${CellReference.Letters(columns)}${last}");
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private void WriteCoreProperties(XmlWriter xml)
    {
        const string Core = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
        const string Elements = "http://purl.org/dc/elements/1.1/";
        const string Terms = "http://purl.org/dc/terms/";
        const string Schema = "http://www.w3.org/2001/XMLSchema-instance";
        var created = _created.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("cp", "coreProperties", Core);
        xml.WriteAttributeString("xmlns", "dc", null, Elements);
        xml.WriteAttributeString("xmlns", "dcterms", null, Terms);
        xml.WriteAttributeString("xmlns", "xsi", null, Schema);
        xml.WriteElementString("dc", "title", Elements, _title);
        xml.WriteElementString("dc", "creator", Elements, "DevPlan.Core");
        foreach (var name in (ReadOnlySpan<string>)["created", "modified"])
        {
            xml.WriteStartElement("dcterms", name, Terms);
            xml.WriteAttributeString("xsi", "type", Schema, "dcterms:W3CDTF");
            xml.WriteString(created);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}
