using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;
using Parquet;
using Parquet.Schema;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// Reads a row group's column through Parquet.Net as its physical values (raw integers, floats,
/// booleans, byte strings) and makes each into the invariant text the table grammar reads, counting
/// each cell's text against the budget as it is made. Text is read as bytes and decoded here, so
/// that a dictionary value repeated in every row is decoded once and referenced, never copied a
/// row (Parquet.Net's own string reading makes a string a row: a 30,000-character value in 100,000
/// rows is 6 GB), and so that text that is not UTF-8, or longer than
/// <see cref="ParquetReadOptions.MaxCellLength"/>, is a problem at its cell.
/// </summary>
internal sealed class ColumnLoader(ParquetReadOptions options, ReadBudget budget, int groupIndex)
{

    /// <summary>The distinct dictionary values remembered per column, so that each is decoded once.</summary>
    private const int MaxRemembered = 1 << 16;

    /// <summary>Days from 0001-01-01 to 1970-01-01, Parquet's DATE epoch.</summary>
    private const int EpochDayNumber = 719_162;

    /// <summary>What a problem kept at a cell counts for besides its text, in characters (its entry and reference).</summary>
    private const int ProblemCharacters = 32;

    private static readonly ReadOnlyMemory<char> True = "true".AsMemory(), False = "false".AsMemory();

    /// <summary>Reads a column as the grammar's text.</summary>
    /// <param name="group">The row group.</param>
    /// <param name="field">The field Parquet.Net reads, of the plan's physical type.</param>
    /// <param name="plan">How the column's values become text.</param>
    /// <param name="rows">The row group's rows.</param>
    /// <param name="firstRow">The file's row number (from 1) of the group's first row.</param>
    /// <param name="scales">The decimals each figure was published with (<c>value_scale</c>), if the file has them.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<ColumnCells> ReadCellsAsync(ParquetRowGroupReader group, DataField field, ColumnPlan plan, int rows, long firstRow, int?[]? scales, CancellationToken cancellationToken)
    {
        var cells = new ColumnCells(rows);
        var name = plan.Column.Name;
        switch (plan.Kind)
        {
            case CellKind.Text:
                await ReadText(group, field, cells, firstRow, cancellationToken).ConfigureAwait(false);
                break;
            case CellKind.DecimalBytes:
                await Read<ReadOnlyMemory<byte>>(group, field, rows, cancellationToken, (row, bytes) =>
                {
                    if (ExactNumber.TryDecimal(bytes.Span, plan.Scale, out var value))
                    {
                        Format(cells, row, WithScale(value, scales?[row]), name, firstRow);
                    }
                    else
                    {
                        NotDecimal(cells, row, bytes.Length is > 0 and <= 64 ? UnscaledText(new BigInteger(bytes.Span, isUnsigned: false, isBigEndian: true), plan.Scale) : $"({bytes.Length} bytes)", plan, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            case CellKind.DecimalInt32:
                await Read<int>(group, field, rows, cancellationToken, (row, unscaled) =>
                {
                    if (ExactNumber.TryDecimal(unscaled, plan.Scale, out var value))
                    {
                        Format(cells, row, WithScale(value, scales?[row]), name, firstRow);
                    }
                    else
                    {
                        NotDecimal(cells, row, UnscaledText(unscaled, plan.Scale), plan, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            case CellKind.DecimalInt64:
                await Read<long>(group, field, rows, cancellationToken, (row, unscaled) =>
                {
                    if (ExactNumber.TryDecimal(unscaled, plan.Scale, out var value))
                    {
                        Format(cells, row, WithScale(value, scales?[row]), name, firstRow);
                    }
                    else
                    {
                        NotDecimal(cells, row, UnscaledText(unscaled, plan.Scale), plan, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            case CellKind.Double:
                await Read<double>(group, field, rows, cancellationToken, (row, d) =>
                {
                    if (ExactNumber.TryDecimal(d, out var value))
                    {
                        Format(cells, row, WithScale(value, scales?[row]), name, firstRow);
                    }
                    else
                    {
                        NotDecimal(cells, row, d.ToString("R", CultureInfo.InvariantCulture), plan, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            case CellKind.Float:
                await Read<float>(group, field, rows, cancellationToken, (row, f) =>
                {
                    if (ExactNumber.TryDecimal(f, out var value))
                    {
                        Format(cells, row, WithScale(value, scales?[row]), name, firstRow);
                    }
                    else
                    {
                        NotDecimal(cells, row, f.ToString("R", CultureInfo.InvariantCulture), plan, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            case CellKind.Int32:
                await Read<int>(group, field, rows, cancellationToken, (row, v) => Format(cells, row, v, name, firstRow)).ConfigureAwait(false);
                break;
            case CellKind.UInt32:
                await Read<int>(group, field, rows, cancellationToken, (row, v) => Format(cells, row, (uint)v, name, firstRow)).ConfigureAwait(false);
                break;
            case CellKind.Int64:
                await Read<long>(group, field, rows, cancellationToken, (row, v) => Format(cells, row, v, name, firstRow)).ConfigureAwait(false);
                break;
            case CellKind.UInt64:
                await Read<long>(group, field, rows, cancellationToken, (row, v) => Format(cells, row, (ulong)v, name, firstRow)).ConfigureAwait(false);
                break;
            case CellKind.Boolean:
                await Read<bool>(group, field, rows, cancellationToken, (row, v) =>
                {
                    cells.Cells[row] = v ? True : False;
                    budget.ChargeText(cells.Cells[row].Length, name, firstRow + row);
                }).ConfigureAwait(false);
                break;
            case CellKind.Date:
                await Read<int>(group, field, rows, cancellationToken, (row, days) =>
                {
                    if (ToDate(days) is { } date)
                    {
                        Format(cells, row, date, name, firstRow);
                    }
                    else
                    {
                        Fail(cells, row, new CellProblem(days.ToString(CultureInfo.InvariantCulture), "Expected a date from 0001-01-01 to 9999-12-31, but found a day number beyond them (days from 1970-01-01)."), name, firstRow);
                    }
                }).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException(plan.Description);
        }
        return cells;
    }

    /// <summary>Reads a column of integers (<c>value_scale</c>), a null where a value does not fit an int.</summary>
    public async Task<int?[]> ReadIntegersAsync(ParquetRowGroupReader group, DataField field, ColumnPlan plan, int rows, CancellationToken cancellationToken)
    {
        var values = new int?[rows];
        if (plan.Kind is CellKind.Int64 or CellKind.UInt64)
        {
            await Read<long>(group, field, rows, cancellationToken, (row, v) => values[row] = v is >= int.MinValue and <= int.MaxValue && !(plan.Kind == CellKind.UInt64 && v < 0) ? (int)v : null).ConfigureAwait(false);
        }
        else
        {
            await Read<int>(group, field, rows, cancellationToken, (row, v) => values[row] = plan.Kind == CellKind.UInt32 && v < 0 ? null : v).ConfigureAwait(false);
        }
        return values;
    }

    /// <summary>Reads a column of dates (<c>period_start</c>), a null where a day is out of range.</summary>
    public async Task<DateOnly?[]> ReadDatesAsync(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken)
    {
        var values = new DateOnly?[rows];
        await Read<int>(group, field, rows, cancellationToken, (row, days) => values[row] = ToDate(days)).ConfigureAwait(false);
        return values;
    }

    private static DateOnly? ToDate(int days) =>
        (long)days + EpochDayNumber is var number and >= 0 and <= 3_652_058 ? DateOnly.FromDayNumber((int)number) : null;

    /// <summary>
    /// Reads a column's physical values and hands each row's to <paramref name="each"/>; a null row
    /// is left blank. The buffers are cleared before the read, so that a page that decodes fewer
    /// values than its levels promise gives zeros, not another column's values or levels.
    /// </summary>
    private static async Task Read<T>(ParquetRowGroupReader group, DataField field, int rows, CancellationToken cancellationToken, Action<int, T> each)
        where T : struct
    {
        var values = ArrayPool<T>.Shared.Rent(Math.Max(rows, 1));
        var levels = field.IsNullable ? ArrayPool<int>.Shared.Rent(Math.Max(rows, 1)) : null;
        try
        {
            Array.Clear(values, 0, rows);
            if (levels is not null)
            {
                Array.Clear(levels, 0, rows);
            }
            await group.ReadRawAsync(field, values.AsMemory(0, rows), levels?.AsMemory(0, rows), null, cancellationToken).ConfigureAwait(false);
            var next = 0;
            for (var row = 0; row < rows; row++)
            {
                if (levels is null || levels[row] == field.MaxDefinitionLevel)
                {
                    each(row, values[next++]);
                }
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(values, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            if (levels is not null)
            {
                ArrayPool<int>.Shared.Return(levels);
            }
        }
    }

    private async Task ReadText(ParquetRowGroupReader group, DataField field, ColumnCells cells, long firstRow, CancellationToken cancellationToken)
    {
        var name = field.Name;
        var remembered = new Dictionary<byte[], Decoded>(ReferenceEqualityComparer.Instance);
        await Read<ReadOnlyMemory<byte>>(group, field, cells.Cells.Length, cancellationToken, (row, bytes) =>
        {
            // A dictionary value is one array, referenced by every row that holds it.
            var whole = MemoryMarshal.TryGetArray(bytes, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length ? segment.Array : null;
            if (whole is null || !remembered.TryGetValue(whole, out var decoded))
            {
                decoded = Decode(bytes.Span, cells, row);
                if (whole is not null && remembered.Count < MaxRemembered)
                {
                    remembered[whole] = decoded;
                }
            }
            budget.ChargeText(decoded.Characters, name, firstRow + row);
            if (decoded.Problem is { } problem)
            {
                Fail(cells, row, problem, name, firstRow);
            }
            else
            {
                cells.Cells[row] = decoded.Text;
            }
        }).ConfigureAwait(false);
    }

    /// <summary>Decodes a cell's UTF-8 bytes, refusing text that is not UTF-8 or is longer than the limit.</summary>
    private Decoded Decode(ReadOnlySpan<byte> bytes, ColumnCells cells, int row)
    {
        var max = options.MaxCellLength;
        // UTF-8 takes at most three bytes a UTF-16 character: more bytes than that are more characters than the limit.
        if (bytes.Length > 3L * max)
        {
            return TooLong(bytes, Encoding.UTF8.GetCharCount(bytes));
        }
        var room = cells.Reserve(bytes.Length);
        var status = Utf8.ToUtf16(bytes, room, out _, out var written, replaceInvalidSequences: false);
        if (status != System.Buffers.OperationStatus.Done)
        {
            return new Decoded(default, 0, new CellProblem(Shorten(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 320)])), "Expected text in UTF-8, but the bytes are not valid UTF-8."));
        }
        if (written > max)
        {
            return TooLong(bytes, written);
        }
        return new Decoded(cells.Commit(row, written), written, null);
    }

    private Decoded TooLong(ReadOnlySpan<byte> bytes, int characters) =>
        new(default, characters, new CellProblem(Shorten(Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 320)])), $"Expected a cell of at most {options.MaxCellLength} characters (ParquetReadOptions.MaxCellLength), but this one in row group {groupIndex} has {characters}."));

    private void NotDecimal(ColumnCells cells, int row, string text, ColumnPlan plan, long firstRow)
    {
        Fail(cells, row, new CellProblem(Shorten(text), plan.NotExact), plan.Column.Name, firstRow);
    }

    /// <summary>Keeps a problem at a cell, counting it as text: a problem is kept for every row that has it.</summary>
    private void Fail(ColumnCells cells, int row, CellProblem problem, string column, long firstRow)
    {
        budget.ChargeText(problem.Text.Length + ProblemCharacters, column, firstRow + row);
        cells.Fail(row, problem.Text, problem.Reason);
    }

    private void Format<T>(ColumnCells cells, int row, T value, string column, long firstRow)
        where T : ISpanFormattable
    {
        var room = cells.Reserve(64);
        var format = typeof(T) == typeof(DateOnly) ? "yyyy-MM-dd" : null;
        if (!value.TryFormat(room, out var written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"A {typeof(T).Name} takes more than 64 characters.");
        }
        budget.ChargeText(written, column, firstRow + row);
        cells.Commit(row, written);
    }

    /// <summary>A decimal read from a column of a fixed scale, given back the scale it was published with (4.1000000000 with scale 3 is 4.100); never rounded.</summary>
    public static decimal WithScale(decimal value, int? scale)
    {
        if (scale is not (>= 0 and <= ExactNumber.MaxScale) || scale == value.Scale)
        {
            return value;
        }
        if (value.Scale > scale)
        {
            var rounded = Math.Round(value, scale.Value);
            return rounded == value ? rounded : value;
        }
        var padded = value;
        for (var i = value.Scale; i < scale; i++)
        {
            padded *= 1.0m;
        }
        return padded;
    }

    /// <summary>The exact text of an unscaled integer at a scale, for a message about a figure decimal cannot hold.</summary>
    public static string UnscaledText(BigInteger unscaled, int scale)
    {
        var digits = BigInteger.Abs(unscaled).ToString(CultureInfo.InvariantCulture);
        if (scale > 0)
        {
            digits = digits.PadLeft(scale + 1, '0');
            digits = digits[..^scale] + "." + digits[^scale..];
        }
        return unscaled.Sign < 0 ? "-" + digits : digits;
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");

    /// <summary>A text value decoded once: its characters, or the problem it is.</summary>
    private readonly record struct Decoded(ReadOnlyMemory<char> Text, int Characters, CellProblem? Problem);
}
