using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// An .xlsx package opened for reading with the limits of an untrusted file. The zip's entries and
/// declared sizes are checked before anything is decompressed; the parts are found through the
/// package's relationships (<c>_rels/.rels</c>, then the workbook's); and every part, the workbook
/// part with its list of sheets included, is read by one bounded, streaming XmlReader: through the
/// shared <see cref="ByteBudget"/>, the <see cref="XmlPartGuard"/> (token length, depth) and a
/// <see cref="BoundedNameTable"/>, without DTDs. No part is ever loaded whole as a document.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    private const string RelationshipsTransitional = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string RelationshipsStrict = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private readonly ZipArchive _zip;
    private readonly Dictionary<string, ZipArchiveEntry> _parts;
    private readonly Stream? _ownedCopy;
    private readonly ByteBudget _budget;
    private readonly XlsxReadOptions _options;
    private readonly string _workbookPart;
    private readonly List<PartRelationship> _workbookRelationships;

    private WorkbookPackage(ZipArchive zip, Dictionary<string, ZipArchiveEntry> parts, Stream? ownedCopy, XlsxReadOptions options, string? sourceName)
    {
        _zip = zip;
        _parts = parts;
        _ownedCopy = ownedCopy;
        _options = options;
        SourceName = sourceName;
        _budget = new ByteBudget(options.MaxUncompressedBytes, sourceName);
        var main = ReadRelationships("").FirstOrDefault(r => r.Is("officeDocument") && r.Part is not null)
            ?? throw Broken("it has no main part (no officeDocument relationship in _rels/.rels)");
        _workbookPart = main.Part!;
        if (!_parts.ContainsKey(_workbookPart))
        {
            throw Broken($"its main part {_workbookPart} is missing");
        }
        _workbookRelationships = ReadRelationships(_workbookPart);
        Sheets = ReadSheets();
    }

    public string? SourceName { get; }

    /// <summary>Gets the workbook's sheets, in order.</summary>
    public IReadOnlyList<SheetEntry> Sheets { get; }

    public static WorkbookPackage Open(Stream input, string? sourceName, XlsxReadOptions options)
    {
        Stream? copy = null;
        ZipArchive? zip = null;
        var stream = input;
        try
        {
            if (!input.CanSeek)
            {
                // A zip is read from its end: a pipe is copied to a temporary file first, within the limit.
                copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                CopyWithin(input, copy, options.MaxUncompressedBytes, sourceName);
                copy.Position = 0;
                stream = copy;
            }
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var parts = CheckZip(zip, sourceName, options);
            return new WorkbookPackage(zip, parts, copy, options, sourceName);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException)
        {
            zip?.Dispose();
            copy?.Dispose();
            throw new DevPlanFormatException($"Expected an Excel workbook (.xlsx, an Office Open XML package), but the file cannot be opened as one: {e.Message}", new DiagnosticLocation(sourceName), innerException: e);
        }
        catch
        {
            zip?.Dispose();
            copy?.Dispose();
            throw;
        }
    }

    /// <summary>Opens the XML of a sheet's part, bounded like every part.</summary>
    public XmlReader OpenSheet(SheetEntry sheet)
    {
        var relationship = _workbookRelationships.FirstOrDefault(r => r.Id == sheet.RelationshipId)
            ?? throw Broken($"its sheet \"{sheet.Name}\" refers to a relationship \"{sheet.RelationshipId}\" that {_workbookPart} does not have");
        if (!relationship.Is("worksheet"))
        {
            throw Broken($"its sheet \"{sheet.Name}\" is not a worksheet (a chart sheet?): {relationship.Type}");
        }
        var part = relationship.Part is { } name && _parts.ContainsKey(name) ? name : throw Broken($"the part of its sheet \"{sheet.Name}\" ({relationship.Part ?? "external"}) is missing");
        return Guard(part, () => Xml(part));
    }

    /// <summary>
    /// The shared strings (a cell of type <c>s</c> refers to them by index), read whole within their
    /// limits: each at most <see cref="XlsxReadOptions.MaxCellLength"/> characters, at most
    /// <see cref="XlsxReadOptions.MaxSharedStrings"/> of them and
    /// <see cref="XlsxReadOptions.MaxSharedStringCharacters"/> characters in all.
    /// </summary>
    public IReadOnlyList<string> SharedStrings()
    {
        if (PartOf("sharedStrings") is not { } part)
        {
            return [];
        }
        return Guard(part, () =>
        {
            var strings = new List<string>();
            long characters = 0;
            using var xml = Xml(part);
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "si")
                {
                    xml.Read();
                    continue;
                }
                if (strings.Count == _options.MaxSharedStrings)
                {
                    throw Limit($"at most {_options.MaxSharedStrings} shared strings (XlsxReadOptions.MaxSharedStrings), but the part {part} holds more");
                }
                var text = XmlCells.ReadText(xml, _options.MaxCellLength, stopWhenTooLong: true, out var tooLong); // leaves the reader after the item
                if (tooLong)
                {
                    throw Limit($"shared strings of at most {_options.MaxCellLength} characters (XlsxReadOptions.MaxCellLength), but string {strings.Count} of the part {part} is longer");
                }
                characters += text.Length;
                if (characters > _options.MaxSharedStringCharacters)
                {
                    throw Limit($"shared strings of at most {_options.MaxSharedStringCharacters} characters in all (XlsxReadOptions.MaxSharedStringCharacters), but the part {part} holds more");
                }
                strings.Add(text);
            }
            return strings;
        });
    }

    /// <summary>The fixed decimals each cell style shows (0.0 shows one), or null for a style that shows no fixed number of decimals.</summary>
    public IReadOnlyList<NumberShown> StyleDecimals()
    {
        if (PartOf("styles") is not { } part)
        {
            return [];
        }
        return Guard(part, () =>
        {
            using var xml = Xml(part);
            return XmlCells.ReadStyleDecimals(xml, _options.MaxCellFormats, what => Limit($"at most {_options.MaxCellFormats} {what} (XlsxReadOptions.MaxCellFormats), but the part {part} defines more"));
        });
    }

    public void Dispose()
    {
        _zip.Dispose();
        _ownedCopy?.Dispose();
    }

    /// <summary>The part a relationship of the workbook of a type targets, if there is one in the package.</summary>
    private string? PartOf(string kind) =>
        _workbookRelationships.FirstOrDefault(r => r.Is(kind) && r.Part is not null && _parts.ContainsKey(r.Part))?.Part;

    private List<SheetEntry> ReadSheets() => Guard(_workbookPart, () =>
    {
        using var xml = Xml(_workbookPart);
        if (xml.MoveToContent() != XmlNodeType.Element || xml.LocalName != "workbook")
        {
            throw Broken($"its main part {_workbookPart} is not a workbook but <{xml.LocalName}> (a document or a presentation?)");
        }
        var sheets = new List<SheetEntry>();
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.Depth == 2 && xml.LocalName == "sheet")
            {
                if (sheets.Count == _options.MaxEntries)
                {
                    throw Limit($"at most {_options.MaxEntries} sheets, one a part (XlsxReadOptions.MaxEntries), but the part {_workbookPart} lists more");
                }
                var state = xml.GetAttribute("state");
                sheets.Add(new SheetEntry(xml.GetAttribute("name") ?? "", state is "hidden" or "veryHidden",
                    xml.GetAttribute("id", RelationshipsTransitional) ?? xml.GetAttribute("id", RelationshipsStrict)));
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == 1 && xml.LocalName == "sheets")
            {
                break; // the rest of the workbook part (names, views, calculation) is not needed
            }
        }
        return sheets;
    });

    /// <summary>The relationships of a part (of the package itself for ""), none when it has no relationships part.</summary>
    private List<PartRelationship> ReadRelationships(string source)
    {
        var slash = source.LastIndexOf('/');
        var relationshipsPart = $"{source[..(slash + 1)]}_rels/{source[(slash + 1)..]}.rels";
        if (!_parts.ContainsKey(relationshipsPart))
        {
            return [];
        }
        return Guard(relationshipsPart, () =>
        {
            var relationships = new List<PartRelationship>();
            using var xml = Xml(relationshipsPart);
            while (xml.Read())
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Relationship")
                {
                    continue;
                }
                if (relationships.Count == _options.MaxEntries)
                {
                    throw Limit($"at most {_options.MaxEntries} relationships of a part, one a part (XlsxReadOptions.MaxEntries), but the part {relationshipsPart} lists more");
                }
                var target = xml.GetAttribute("Target") ?? "";
                var external = string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                relationships.Add(new PartRelationship(xml.GetAttribute("Id") ?? "", xml.GetAttribute("Type") ?? "", external ? null : Resolve(source, target)));
            }
            return relationships;
        });
    }

    /// <summary>A relationship's target as a part name: relative to the folder of its source part, or from the root when it begins with '/'.</summary>
    private static string Resolve(string source, string target)
    {
        var segments = new List<string>();
        if (!target.StartsWith('/'))
        {
            segments.AddRange(source.Split('/')[..^1]);
        }
        foreach (var segment in Uri.UnescapeDataString(target).Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }
        return string.Join('/', segments);
    }

    /// <summary>Reads a part, turning damage (malformed XML, a damaged zip entry) into a problem that names it.</summary>
    private T Guard<T>(string part, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is XmlException or InvalidDataException or NotSupportedException)
        {
            throw Broken($"its part {part} is damaged: {e.Message}", e);
        }
    }

    /// <summary>Opens the XML of a part: decompressed within the budget, its tokens and depth guarded, its names counted, no DTD.</summary>
    private XmlReader Xml(string part)
    {
        var stream = _parts[part].Open();
        try
        {
            var guarded = new XmlPartGuard(_budget.Watch(stream), part, SourceName, _options);
            return XmlReader.Create(new BufferedStream(guarded, 1 << 16), new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersFromEntities = 1024,
                MaxCharactersInDocument = _options.MaxUncompressedBytes,
                NameTable = new BoundedNameTable(part, SourceName, _options.MaxXmlNames),
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = false,
                CloseInput = true,
            });
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private DevPlanFormatException Broken(DiagnosticMessage what, Exception? inner = null) =>
        new($"Expected an Excel workbook (.xlsx), but {what}.", new DiagnosticLocation(SourceName), innerException: inner);

    private DevPlanFormatException Limit(DiagnosticMessage what) =>
        new($"Expected {what}.", new DiagnosticLocation(SourceName));

    /// <summary>Checks the entries before anything is decompressed (their count, their declared sizes) and indexes the parts by name.</summary>
    private static Dictionary<string, ZipArchiveEntry> CheckZip(ZipArchive zip, string? sourceName, XlsxReadOptions options)
    {
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new DevPlanFormatException($"Expected a workbook of at most {options.MaxEntries} parts (XlsxReadOptions.MaxEntries), but the package has {zip.Entries.Count}.", new DiagnosticLocation(sourceName));
        }
        long total = 0;
        var parts = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > options.MaxUncompressedBytes)
            {
                throw new DevPlanFormatException($"Expected a workbook whose parts hold at most {options.MaxUncompressedBytes} bytes decompressed (XlsxReadOptions.MaxUncompressedBytes), but its parts declare {total} bytes or more ({entry.FullName} alone {entry.Length} bytes from {entry.CompressedLength} compressed): it may be a zip bomb.",
                    new DiagnosticLocation(sourceName));
            }
            // Part names are case-insensitive and may be written percent-encoded; a folder's entry is no part.
            var name = Uri.UnescapeDataString(entry.FullName.Replace('\\', '/').TrimStart('/'));
            if (name.Length == 0 || name.EndsWith('/'))
            {
                continue;
            }
            if (!parts.TryAdd(name, entry))
            {
                throw new DevPlanFormatException($"Expected an Excel workbook (.xlsx), but its package holds the part {name} twice.", new DiagnosticLocation(sourceName));
            }
        }
        return parts;
    }

    private static void CopyWithin(Stream input, Stream copy, long limit, string? sourceName)
    {
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        while ((read = input.Read(buffer)) > 0)
        {
            total += read;
            if (total > limit)
            {
                throw new DevPlanFormatException($"Expected a workbook of at most {limit} bytes (XlsxReadOptions.MaxUncompressedBytes), but the input is longer.", new DiagnosticLocation(sourceName));
            }
            copy.Write(buffer, 0, read);
        }
    }
}
