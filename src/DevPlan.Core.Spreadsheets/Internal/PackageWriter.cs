using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// Writes an Open Packaging Conventions package (the zip of an .xlsx) as Excel writes one: each part
/// named in the relationships relative to the part that names it (<c>xl/workbook.xml</c> from the
/// package, <c>worksheets/sheet1.xml</c> from the workbook), every part's content type declared, and
/// the parts written one after another, so that an output that cannot seek (a pipe) takes the package
/// as it is made. Readers that follow the part names strictly (exceljs among them) open it.
/// </summary>
internal sealed class PackageWriter : IDisposable
{
    public const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _stamp;
    private readonly List<(string Part, string ContentType)> _parts = [];
    private readonly Dictionary<string, List<(string Id, string Type, string Target)>> _relationships = new(StringComparer.Ordinal);

    public PackageWriter(Stream output, DateTimeOffset stamp)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _stamp = stamp;
    }

    /// <summary>Opens a new part for writing; dispose the stream before opening the next.</summary>
    /// <param name="name">The part's name within the package, without a leading slash (<c>xl/workbook.xml</c>).</param>
    /// <param name="contentType">The part's content type.</param>
    public Stream OpenPart(string name, string contentType)
    {
        _parts.Add((name, contentType));
        return Entry(name);
    }

    /// <summary>Opens a new part for writing as XML (UTF-8, no byte order mark); dispose the writer before opening the next.</summary>
    public XmlWriter OpenXmlPart(string name, string contentType) =>
        XmlWriter.Create(OpenPart(name, contentType), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });

    /// <summary>Relates <paramref name="target"/> to <paramref name="source"/> (the package itself when empty) and returns the relationship's id.</summary>
    public string Relate(string source, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var list))
        {
            _relationships[source] = list = [];
        }
        var id = "rId" + (list.Count + 1).ToString(CultureInfo.InvariantCulture);
        list.Add((id, type, Relative(source, target)));
        return id;
    }

    /// <summary>The name of <paramref name="target"/> as <paramref name="source"/> names it: relative to the source's folder.</summary>
    internal static string Relative(string source, string target)
    {
        var folder = source.LastIndexOf('/') is var slash and >= 0 ? source[..(slash + 1)] : "";
        return target.StartsWith(folder, StringComparison.Ordinal) ? target[folder.Length..] : "/" + target;
    }

    /// <summary>Writes the relationships and the content types, and closes the package.</summary>
    public void Finish()
    {
        foreach (var (source, list) in _relationships)
        {
            var folder = source.LastIndexOf('/') is var slash and >= 0 ? source[..(slash + 1)] : "";
            using var xml = XmlWriter.Create(Entry($"{folder}_rels/{source[folder.Length..]}.rels"), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true });
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Relationships", PackageRelationships);
            foreach (var (id, type, target) in list)
            {
                xml.WriteStartElement("Relationship", PackageRelationships);
                xml.WriteAttributeString("Id", id);
                xml.WriteAttributeString("Type", type);
                xml.WriteAttributeString("Target", target);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        using (var xml = XmlWriter.Create(Entry("[Content_Types].xml"), new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = true }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("Types", ContentTypes);
            foreach (var (extension, type) in (ReadOnlySpan<(string, string)>)[("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")])
            {
                xml.WriteStartElement("Default", ContentTypes);
                xml.WriteAttributeString("Extension", extension);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }
            foreach (var (part, type) in _parts)
            {
                xml.WriteStartElement("Override", ContentTypes);
                xml.WriteAttributeString("PartName", "/" + part);
                xml.WriteAttributeString("ContentType", type);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        _zip.Dispose();
    }

    public void Dispose() => _zip.Dispose();

    private Stream Entry(string name)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = _stamp;
        return entry.Open();
    }
}
