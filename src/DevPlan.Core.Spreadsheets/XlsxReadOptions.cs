using DevPlan.Core.Units;

namespace DevPlan.Core.Spreadsheets;

/// <summary>
/// How a workbook of observations is read: which sheet, the units it may use, and the limits that
/// keep reading an untrusted file safe. A limit that is reached is an
/// <see cref="Diagnostics.ObservationFormatException"/> naming it, never an out-of-memory.
/// </summary>
public sealed record XlsxReadOptions
{
    /// <summary>Gets the default options: the first sheet, the built-in units, the limits below.</summary>
    public static XlsxReadOptions Default { get; } = new();

    /// <summary>Gets the name of the sheet to read; null (the default) for the workbook's first sheet.</summary>
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

    /// <summary>Gets how many rows from the top are searched for the header (the row with a cell <c>indicator</c>), below a title: 100 by default.</summary>
    public int HeaderSearchRows { get; init; } = 100;
}
