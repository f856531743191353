using DevPlan.Core.Units;

namespace DevPlan.Core.Parquet;

/// <summary>
/// How a Parquet file of observations is read: the units it may use, and the limits that keep
/// reading an untrusted file safe. The footer is checked against the file and
/// <see cref="MaxFooterBytes"/> before anything is decoded; a row group is read whole, one at a time,
/// its pages checked against <see cref="MaxPageBytes"/> before they are decompressed, and the bytes
/// it decodes counted as they are decoded against <see cref="MaxRowGroupBytes"/> and, for the whole
/// file, <see cref="MaxDecodedBytes"/>. A limit that is reached is an
/// <see cref="Diagnostics.DevPlanFormatException"/> naming it and where it was reached; a cell
/// longer than <see cref="MaxCellLength"/> is a problem at its cell.
/// </summary>
public sealed record ParquetReadOptions
{
    /// <summary>Gets the default options: the built-in units and the limits below.</summary>
    public static ParquetReadOptions Default { get; } = new();

    /// <summary>Gets the units the file may use (a plan's <c>UnitSystem</c>); <see cref="UnitSystem.BuiltIn"/> when null.</summary>
    public UnitSystem? Units { get; init; }

    /// <summary>
    /// Gets the most bytes the file's footer (its metadata: schema, row groups, statistics) may take:
    /// 512 KiB by default, the footer DuckDB writes for some 800 row groups of 8 columns (100 million
    /// rows). The footer is read whole, Parquet.Net makes objects of about 15 times its size from it,
    /// and each column chunk it lists takes Parquet.Net some 40 microseconds to read, however little
    /// it holds: a footer of this size lists at most some 14,000.
    /// </summary>
    public int MaxFooterBytes { get; init; } = 512 << 10;

    /// <summary>Gets the most columns the file's schema may have: 4,096 by default.</summary>
    public int MaxColumns { get; init; } = 4096;

    /// <summary>
    /// Gets the most row groups the file may have: 10,000 by default, a billion rows in DuckDB's
    /// row groups of 122,880. Each costs some kilobytes to open and read, whatever it holds.
    /// </summary>
    public int MaxRowGroups { get; init; } = 10_000;

    /// <summary>Gets the most rows a row group may have: 10,000,000 by default.</summary>
    public long MaxRowGroupRows { get; init; } = 10_000_000;

    /// <summary>
    /// Gets the most bytes a row group may decode to: 128 MiB by default, which holds row groups of
    /// 100,000 observations (this library's) or 122,880 (DuckDB's) several times over. Counted as the
    /// row group is decoded: what decompressing and decoding each page of the columns read takes
    /// (checked from the page headers before Parquet.Net decodes the page), 36 bytes a cell, and two
    /// bytes a character of each cell's text, measured cell by cell (a dictionary value counts in
    /// every row that holds it).
    /// </summary>
    public long MaxRowGroupBytes { get; init; } = 128L << 20;

    /// <summary>
    /// Gets the most bytes the whole file may decode to, counted as for <see cref="MaxRowGroupBytes"/>
    /// across its row groups: 4 GiB by default, some 15 million observations.
    /// </summary>
    public long MaxDecodedBytes { get; init; } = 4L << 30;

    /// <summary>
    /// Gets the most bytes a page may take, as stored (its header and compressed bytes) or
    /// decompressed (what Parquet.Net allocates to decompress it, as its header or, for Snappy and
    /// Zstandard, its compressed bytes declare), and the most a delta block's miniblock may take:
    /// 64 MiB by default; writers make pages of about 1 MiB.
    /// </summary>
    public int MaxPageBytes { get; init; } = 64 << 20;

    /// <summary>Gets the most characters a cell may hold, as for a CSV field: 4,096 by default. A longer cell is a problem at the cell.</summary>
    public int MaxCellLength { get; init; } = 4096;
}
