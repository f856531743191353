using DevPlan.Core.Units;

namespace DevPlan.Core.Spreadsheets;

/// <summary>
/// How a workbook of observations is read: which sheet, the units it may use, and the limits that
/// keep reading an untrusted file safe. A limit that is reached is an
/// <see cref="Diagnostics.DevPlanFormatException"/> naming it, never an out-of-memory.
/// </summary>
public sealed record XlsxReadOptions
{
    /// <summary>Gets the default options: the first visible sheet, the built-in units, the limits below.</summary>
    public static XlsxReadOptions Default { get; } = new();

    /// <summary>
    /// Gets the name of the sheet to read, hidden or not; null (the default) for the workbook's first
    /// visible sheet (a hidden sheet before it is passed over; <see cref="XlsxObservationReader.Sheet"/>
    /// says which was read).
    /// </summary>
    public string? Sheet { get; init; }

    /// <summary>Gets the units the sheet may use (a plan's <c>UnitSystem</c>); <see cref="UnitSystem.BuiltIn"/> when null.</summary>
    public UnitSystem? Units { get; init; }

    /// <summary>
    /// Gets whether a cell that holds a formula is refused (a problem at the cell) rather than read
    /// as the value the workbook cached when it was last saved; false by default. A formula is never
    /// evaluated, and one without a cached value is always a problem.
    /// </summary>
    public bool RefuseFormulas { get; init; }

    /// <summary>
    /// Gets the most bytes the workbook's parts may hold once decompressed, all parts together:
    /// 1 GiB by default (a tidy sheet of a million observations holds about 500 MB). A zip bomb is
    /// refused before anything is decompressed, from the sizes the package declares, and a part
    /// that holds more than it declares is refused as it is read.
    /// </summary>
    public long MaxUncompressedBytes { get; init; } = 1L << 30;

    /// <summary>Gets the most entries (parts) the package may have: 10,000 by default.</summary>
    public int MaxEntries { get; init; } = 10_000;

    /// <summary>Gets the highest row number the sheet may use: 1,048,576 by default, Excel's own limit.</summary>
    public int MaxRows { get; init; } = 1_048_576;

    /// <summary>Gets the highest column the sheet may use: 16,384 (column XFD) by default, Excel's own limit.</summary>
    public int MaxColumns { get; init; } = 16_384;

    /// <summary>Gets the most characters a cell may hold: 32,767 by default, Excel's own limit.</summary>
    public int MaxCellLength { get; init; } = 32_767;

    /// <summary>
    /// Gets the most characters the cells of one row may hold together: 1,048,576 by default (a row
    /// holds its cells at once, so 16,384 cells of 32,767 characters would otherwise take a gigabyte).
    /// </summary>
    public int MaxRowCharacters { get; init; } = 1_048_576;

    /// <summary>
    /// Gets the most shared strings (the workbook's table of texts that cells refer to) the workbook
    /// may hold: 1,048,576 by default, one for every row of a full sheet. Each may hold at most
    /// <see cref="MaxCellLength"/> characters, as a cell may.
    /// </summary>
    public int MaxSharedStrings { get; init; } = 1_048_576;

    /// <summary>
    /// Gets the most characters the shared strings may hold in all (they are held while the sheet is
    /// read): 33,554,432 (32 Mi, 64 MB of text) by default.
    /// </summary>
    public int MaxSharedStringCharacters { get; init; } = 33_554_432;

    /// <summary>
    /// Gets the most number formats, and the most cell formats, the styles part may define: 65,536
    /// each by default (Excel allows 64,000 cell formats).
    /// </summary>
    public int MaxCellFormats { get; init; } = 65_536;

    /// <summary>
    /// Gets how deep the elements of any part of the package (the workbook, the sheet, the shared
    /// strings, the styles, the relationships) may be nested, the root element being 1: 64 by default
    /// (SpreadsheetML needs fewer than 10).
    /// </summary>
    public int MaxXmlDepth { get; init; } = 64;

    /// <summary>
    /// Gets the most bytes one piece of XML in any part may take: a tag with its attributes, a run of
    /// text between two tags, a comment, a CDATA section or a processing instruction; 1,048,576
    /// (1 MiB) by default, room for a cell of 32,767 characters however it is escaped.
    /// </summary>
    public int MaxXmlTokenBytes { get; init; } = 1_048_576;

    /// <summary>
    /// Gets the most distinct names (of elements, attributes, prefixes and namespaces) any part may
    /// use: 10,000 by default (SpreadsheetML has a few hundred).
    /// </summary>
    public int MaxXmlNames { get; init; } = 10_000;

    /// <summary>Gets how many rows from the top are searched for the header (the row with a cell <c>indicator</c>), below a title: 100 by default.</summary>
    public int HeaderSearchRows { get; init; } = 100;
}
