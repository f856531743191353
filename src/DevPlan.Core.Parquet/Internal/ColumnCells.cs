using DevPlan.Core.Diagnostics;
namespace DevPlan.Core.Parquet.Internal;

/// <summary>A problem with a single cell, found as its column was read: reported at the cell, its row read no further.</summary>
/// <param name="Text">The offending text, shortened.</param>
/// <param name="Reason">What was expected, and what was found.</param>
internal readonly record struct CellProblem(string Text, DiagnosticMessage Reason);

/// <summary>
/// A row group's column as the table grammar reads it: each row's text (blank for a null), kept in
/// a few large character blocks rather than a string a cell, and the cells that could not be read.
/// </summary>
internal sealed class ColumnCells
{
    /// <summary>The first block's length, and the most a block grows to: blocks double, so that a column of a few rows takes little.</summary>
    private const int FirstBlockLength = 256, MaxBlockLength = 1 << 16;

    private char[] _block = [];
    private int _used;

    public ColumnCells(int rows) => Cells = new ReadOnlyMemory<char>[rows];

    public static ColumnCells Empty { get; } = new(0);

    /// <summary>Gets each row's text.</summary>
    public ReadOnlyMemory<char>[] Cells { get; }

    /// <summary>Gets the cells that could not be read, by row; null when there are none.</summary>
    public Dictionary<int, CellProblem>? Problems { get; private set; }

    /// <summary>Gets room for a cell's text of up to <paramref name="length"/> characters.</summary>
    public Span<char> Reserve(int length)
    {
        if (_block.Length - _used < length)
        {
            // Earlier blocks stay alive through the cells that refer to them.
            _block = new char[Math.Max(length, Math.Clamp(_block.Length * 2, FirstBlockLength, MaxBlockLength))];
            _used = 0;
        }
        return _block.AsSpan(_used, length);
    }

    /// <summary>Keeps the first <paramref name="length"/> characters of the room last reserved as a row's text.</summary>
    public ReadOnlyMemory<char> Commit(int row, int length)
    {
        var text = _block.AsMemory(_used, length);
        _used += length;
        Cells[row] = text;
        return text;
    }

    public void Fail(int row, string text, DiagnosticMessage reason) => (Problems ??= [])[row] = new CellProblem(text, reason);
}
