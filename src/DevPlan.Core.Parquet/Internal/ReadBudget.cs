using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The bytes a read decodes, counted as it decodes them against
/// <see cref="ParquetReadOptions.MaxRowGroupBytes"/> (each row group's) and
/// <see cref="ParquetReadOptions.MaxDecodedBytes"/> (the file's): what Parquet.Net will allocate to
/// decode a column chunk's pages (from the page headers it allocates by, checked before it reads
/// them), <see cref="CellBytes"/> a cell, and two bytes a character of each cell's text, measured
/// cell by cell as the text is made (a dictionary value counts in every row that holds it).
/// </summary>
internal sealed class ReadBudget(ParquetReadOptions options, string? sourceName)
{
    /// <summary>
    /// The bytes of a cell besides its text: its reference to the text (16) and, while its column is
    /// read, the value Parquet.Net reads it into (up to 16) and its definition level (4).
    /// </summary>
    public const int CellBytes = 36;

    private long _group;
    private int _groupIndex;

    /// <summary>Gets the bytes decoded so far in the whole file.</summary>
    public long Total { get; private set; }

    /// <summary>Gets the bytes decoded so far in the current row group.</summary>
    public long Group => _group;

    /// <summary>Starts counting a row group.</summary>
    public void StartGroup(int index)
    {
        _groupIndex = index;
        _group = 0;
    }

    /// <summary>Counts the cells of a row group's columns, before they are read.</summary>
    /// <exception cref="DevPlanFormatException">A limit is passed.</exception>
    public void ChargeCells(long rows, int columns)
    {
        if (Add(rows * columns * CellBytes))
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"its {rows} rows of {columns} columns read at {CellBytes} bytes a cell"), null, null);
        }
    }

    /// <summary>Counts what decoding a column chunk's pages allocates, before Parquet.Net decodes them.</summary>
    /// <exception cref="DevPlanFormatException">A limit is passed.</exception>
    public void ChargePages(long bytes, string column)
    {
        if (Add(bytes))
        {
            throw Refuse($"decoding the pages of column \"{column}\"", null, column);
        }
    }

    /// <summary>Counts a cell's text, two bytes a character.</summary>
    /// <exception cref="DevPlanFormatException">A limit is passed.</exception>
    public void ChargeText(int characters, string column, long row)
    {
        if (Add(characters * 2L))
        {
            throw Refuse(string.Create(CultureInfo.InvariantCulture, $"the text of column \"{column}\" at row {row}"), row, column);
        }
    }

    private bool Add(long bytes)
    {
        _group += bytes;
        Total += bytes;
        return _group > options.MaxRowGroupBytes || Total > options.MaxDecodedBytes;
    }

    private DevPlanFormatException Refuse(string what, long? row, string? column) => _group > options.MaxRowGroupBytes
        ? new DevPlanFormatException($"Expected row group {_groupIndex} to decode to at most {options.MaxRowGroupBytes} bytes (ParquetReadOptions.MaxRowGroupBytes), but {what} brings it to {_group}.",
            new DiagnosticLocation(sourceName, line: row, column: column))
        : new DevPlanFormatException($"Expected the file to decode to at most {options.MaxDecodedBytes} bytes (ParquetReadOptions.MaxDecodedBytes), but {what} in row group {_groupIndex} brings it to {Total}.",
            new DiagnosticLocation(sourceName, line: row, column: column));
}
