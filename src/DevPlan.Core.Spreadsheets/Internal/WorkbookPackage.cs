using System.Globalization;
using System.IO.Compression;
using System.Xml;
using DevPlan.Core.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// An .xlsx package opened for reading with the limits of an untrusted file: the zip's entries and
/// declared sizes checked before anything is decompressed, every part read through the shared
/// <see cref="ByteBudget"/>, XML without DTDs. The Open XML SDK resolves the parts; their XML is
/// read here, streaming.
/// </summary>
internal sealed class WorkbookPackage : IDisposable
{
    private readonly SpreadsheetDocument _document;
    private readonly Stream? _ownedCopy;
    private readonly ByteBudget _budget;

    private WorkbookPackage(SpreadsheetDocument document, Stream? ownedCopy, ByteBudget budget, string? sourceName)
    {
        _document = document;
        _ownedCopy = ownedCopy;
        _budget = budget;
        SourceName = sourceName;
    }

    public string? SourceName { get; }

    public static WorkbookPackage Open(Stream input, string? sourceName, XlsxReadOptions options)
    {
        Stream? copy = null;
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
            var start = stream.Position;
            CheckZip(stream, sourceName, options);
            stream.Position = start;
            var budget = new ByteBudget(options.MaxUncompressedBytes, sourceName);
            var document = SpreadsheetDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = options.MaxUncompressedBytes });
            return new WorkbookPackage(document, copy, budget, sourceName);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or XmlException or InvalidOperationException or ArgumentException)
        {
            copy?.Dispose();
            throw new ObservationFormatException($"Expected an Excel workbook (.xlsx, an Office Open XML package), but the file cannot be opened as one: {e.Message}", sourceName: sourceName, innerException: e);
        }
        catch
        {
            copy?.Dispose();
            throw;
        }
    }

    /// <summary>The workbook's sheets, in order: their names and the ids of their parts.</summary>
    public IReadOnlyList<(string Name, string PartId)> Sheets() => Guard(ReadSheets);

    /// <summary>Opens the XML of a sheet's part, watched by the budget.</summary>
    public XmlReader OpenSheet(string partId) => Guard(() => OpenSheetPart(partId));

    /// <summary>The shared strings, read whole (a cell of type <c>s</c> refers to them by index), within the budget.</summary>
    public IReadOnlyList<string> SharedStrings() => Guard(ReadSharedStrings);

    /// <summary>The fixed decimals each cell style shows (0.0 shows one), or null for a style that shows no fixed number of decimals.</summary>
    public IReadOnlyList<NumberShown> StyleDecimals() => Guard(ReadStyleDecimals);

    private T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or InvalidOperationException or FormatException or KeyNotFoundException or ArgumentException)
        {
            throw Broken($"a part cannot be read: {e.Message}", e);
        }
    }

    private IReadOnlyList<(string Name, string PartId)> ReadSheets()
    {
        var workbook = _document.WorkbookPart ?? throw Broken("it has no workbook part");
        var sheets = workbook.Workbook?.Sheets?.Elements<Sheet>() ?? throw Broken("its workbook lists no sheets");
        return [.. sheets.Where(s => s.Id?.Value is not null).Select(s => (s.Name?.Value ?? "", s.Id!.Value!))];
    }

    private XmlReader OpenSheetPart(string partId)
    {
        var part = _document.WorkbookPart!.GetPartById(partId) as WorksheetPart ?? throw Broken($"its sheet part \"{partId}\" is not a worksheet (a chart sheet?)");
        return Xml(part.GetStream(FileMode.Open, FileAccess.Read));
    }

    private List<string> ReadSharedStrings()
    {
        var part = _document.WorkbookPart!.SharedStringTablePart;
        if (part is null)
        {
            return [];
        }
        var strings = new List<string>();
        using var xml = Xml(part.GetStream(FileMode.Open, FileAccess.Read));
        xml.Read();
        while (!xml.EOF)
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "si")
            {
                strings.Add(XmlCells.ReadText(xml)); // leaves the reader after the item
            }
            else
            {
                xml.Read();
            }
        }
        return strings;
    }

    private IReadOnlyList<NumberShown> ReadStyleDecimals()
    {
        var part = _document.WorkbookPart!.WorkbookStylesPart;
        if (part is null)
        {
            return [];
        }
        using var xml = Xml(part.GetStream(FileMode.Open, FileAccess.Read));
        return XmlCells.ReadStyleDecimals(xml);
    }

    public void Dispose()
    {
        _document.Dispose();
        _ownedCopy?.Dispose();
    }

    private XmlReader Xml(Stream part) => XmlReader.Create(new BufferedStream(_budget.Watch(part), 1 << 16), new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    });

    private ObservationFormatException Broken(string what, Exception? inner = null) =>
        new($"Expected an Excel workbook (.xlsx), but {what}.", sourceName: SourceName, innerException: inner);

    private static void CheckZip(Stream stream, string? sourceName, XlsxReadOptions options)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        if (zip.Entries.Count > options.MaxEntries)
        {
            throw new ObservationFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Expected a workbook of at most {options.MaxEntries} parts (XlsxReadOptions.MaxEntries), but the package has {zip.Entries.Count}."), sourceName: sourceName);
        }
        long total = 0;
        foreach (var entry in zip.Entries)
        {
            total += entry.Length;
            if (entry.Length < 0 || total > options.MaxUncompressedBytes)
            {
                throw new ObservationFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Expected a workbook whose parts hold at most {options.MaxUncompressedBytes} bytes decompressed (XlsxReadOptions.MaxUncompressedBytes), but its parts declare {total} bytes or more ({entry.FullName} alone {entry.Length} bytes from {entry.CompressedLength} compressed): it may be a zip bomb."),
                    sourceName: sourceName);
            }
        }
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
                throw new ObservationFormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Expected a workbook of at most {limit} bytes (XlsxReadOptions.MaxUncompressedBytes), but the input is longer."), sourceName: sourceName);
            }
            copy.Write(buffer, 0, read);
        }
    }
}
