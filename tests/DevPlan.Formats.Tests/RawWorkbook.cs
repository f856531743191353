using System.IO.Compression;
using System.Security;
using System.Text;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Workbooks made by hand, part by part, so that a test can say exactly what a sheet holds: a
/// title row above the header, a formula with or without its cached value, a styled number, or a
/// hostile package (a zip bomb, a million columns, a gigabyte of XML in any part, written as a stream
/// and compressed to about a megabyte).
/// </summary>
internal static class RawWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>
    /// A workbook of one or more sheets, each given by the XML of its rows (sheet n's part is related
    /// as <c>rIdn</c>); <paramref name="sheetList"/> replaces the workbook's list of sheets (to hide
    /// one, say), and <paramref name="parts"/> writes any part in place of the one made here (or adds
    /// it), as a stream.
    /// </summary>
    public static byte[] Create(IReadOnlyList<(string Name, string Rows)> sheets, string? sharedStrings = null, string? styles = null, string? mergeCells = null, Action<ZipArchive>? extra = null,
        IReadOnlyDictionary<string, Action<Stream>>? parts = null, string? sheetList = null)
    {
        void Add(ZipArchive zip, string name, string text)
        {
            if (parts?.ContainsKey(name) != true)
            {
                RawWorkbook.Add(zip, name, text);
            }
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>");
            var rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            var list = new StringBuilder();
            for (var i = 0; i < sheets.Count; i++)
            {
                var n = i + 1;
                types.Append($"<Override PartName=\"/xl/worksheets/sheet{n}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                rels.Append($"<Relationship Id=\"rId{n}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet{n}.xml\"/>");
                list.Append($"<sheet name=\"{SecurityElement.Escape(sheets[i].Name)}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>");
                Add(zip, $"xl/worksheets/sheet{n}.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>{sheets[i].Rows}</sheetData>{(i == 0 ? mergeCells : null)}</worksheet>");
            }
            if (sharedStrings is not null)
            {
                types.Append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
                rels.Append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>");
                Add(zip, "xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\">{sharedStrings}</sst>");
            }
            if (styles is not null)
            {
                types.Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
                rels.Append("<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
                Add(zip, "xl/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{Main}\">{styles}</styleSheet>");
            }
            Add(zip, "[Content_Types].xml", types.Append("</Types>").ToString());
            Add(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Add(zip, "xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{sheetList ?? list.ToString()}</sheets></workbook>");
            Add(zip, "xl/_rels/workbook.xml.rels", rels.Append("</Relationships>").ToString());
            extra?.Invoke(zip);
            foreach (var (name, write) in parts ?? new Dictionary<string, Action<Stream>>())
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                write(stream);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>A workbook of one sheet named Sheet1.</summary>
    public static byte[] Create(string rows, string? sharedStrings = null, string? styles = null, string? mergeCells = null) =>
        Create([("Sheet1", rows)], sharedStrings, styles, mergeCells);

    /// <summary>
    /// Writes <paramref name="head"/>, then <paramref name="unit"/> <paramref name="count"/> times, then
    /// <paramref name="tail"/>, as UTF-8: a gigabyte of XML without holding it.
    /// </summary>
    public static void Repeat(Stream stream, string head, string unit, long count, string tail)
    {
        stream.Write(Encoding.UTF8.GetBytes(head));
        var perBlock = (int)Math.Clamp(count, 1, Math.Max(1, (1 << 20) / unit.Length));
        var block = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(unit, perBlock)));
        var unitBytes = block.Length / perBlock;
        for (long written = 0; written < count; written += perBlock)
        {
            stream.Write(block, 0, (int)Math.Min(perBlock, count - written) * unitBytes);
        }
        stream.Write(Encoding.UTF8.GetBytes(tail));
    }

    /// <summary>Writes text as UTF-8.</summary>
    public static void Write(Stream stream, string text) => stream.Write(Encoding.UTF8.GetBytes(text));

    /// <summary>A part of the workbook written by <see cref="Repeat"/>.</summary>
    public static Action<Stream> Repeated(string head, string unit, long count, string tail) => stream => Repeat(stream, head, unit, count, tail);

    /// <summary>The opening of a part of SpreadsheetML, with its namespace.</summary>
    public static string Root(string element) => $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><{element} xmlns=\"{Main}\">";

    /// <summary>A row of cells.</summary>
    public static string Row(int number, params string[] cells) => $"<row r=\"{number}\">{string.Concat(cells)}</row>";

    /// <summary>A text cell, as an inline string.</summary>
    public static string Text(string reference, string text) =>
        $"<c r=\"{reference}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{SecurityElement.Escape(text)}</t></is></c>";

    /// <summary>A text cell that refers to a shared string.</summary>
    public static string Shared(string reference, int index) => $"<c r=\"{reference}\" t=\"s\"><v>{index}</v></c>";

    /// <summary>A number cell, its value as the workbook stores it, with a style or none.</summary>
    public static string Number(string reference, string stored, int? style = null) =>
        $"<c r=\"{reference}\"{(style is { } s ? $" s=\"{s}\"" : "")}><v>{stored}</v></c>";

    /// <summary>A formula cell, with its cached value or without one.</summary>
    public static string Formula(string reference, string formula, string? cached) =>
        $"<c r=\"{reference}\"><f>{SecurityElement.Escape(formula)}</f>{(cached is null ? "" : $"<v>{cached}</v>")}</c>";

    /// <summary>Adds an entry of text to a package.</summary>
    public static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }
}
