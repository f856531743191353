using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Parquet.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using Parquet;
using Parquet.Schema;

namespace DevPlan.Core.Parquet;

/// <summary>
/// Reads observations from a Parquet file, one row group at a time, with the grammar every table
/// shares (<see cref="TableObservationReader"/>): each typed value is turned into the invariant text
/// the grammar reads (a decimal exactly, with its published scale restored; a float or double
/// through its shortest round-trip text), so that a file's codes, periods, units and statuses obey
/// the same rules as a CSV file's. A problem names the row (counted from 1 across row groups) and the
/// column.
/// </summary>
/// <remarks>
/// <para>An untrusted file never reaches Parquet.Net unchecked. Parquet.Net 6.1 trusts what a file
/// declares: a footer that runs off its end makes its Thrift reader loop for ever, a list or a binary
/// makes it allocate the length it declares, a page header's sizes, a dictionary's entries or a delta
/// stream's block size make it allocate gigabytes from a few bytes, and its string reading copies a
/// dictionary value into every row that holds it. So this reader:</para>
/// <list type="bullet">
/// <item>checks the footer itself first (<see cref="FooterReader"/>, with a bounded Thrift compact
/// reader that reads exactly what Parquet.Net's would and refuses what it would mishandle): its
/// length against the file and <see cref="ParquetReadOptions.MaxFooterBytes"/>, a flat schema of at
/// most <see cref="ParquetReadOptions.MaxColumns"/> columns, and every column chunk inside the data;</item>
/// <item>walks each column chunk's pages before Parquet.Net reads them (<see cref="ChunkPages"/>):
/// their headers, what decompressing and decoding each will allocate, against
/// <see cref="ParquetReadOptions.MaxPageBytes"/> and the row group's budget;</item>
/// <item>lets Parquet.Net read the file only through a <see cref="GuardedStream"/> that keeps it to
/// the pages just checked and turns a read past them into an error rather than an endless 0xFF;</item>
/// <item>asks Parquet.Net only for physical values (bytes, integers), never its strings or
/// decimals, and makes the text itself (<see cref="ColumnLoader"/>): a dictionary value is decoded
/// once and referenced, and each cell's text is counted against the budget
/// (<see cref="ReadBudget"/>) as it is made.</item>
/// </list>
/// <para>Columns the table grammar does not read are not decoded at all.</para>
/// </remarks>
internal sealed class ParquetObservationReader : TableObservationReader
{
    private readonly ParquetReader _reader;

    /// <inheritdoc />
    protected override DiagnosticRule FieldInvalidRule => DiagnosticRule.ParquetValueInvalid;

    /// <inheritdoc />
    protected override DiagnosticRule ColumnUnknownRule => DiagnosticRule.ParquetColumnUnknown;

    /// <inheritdoc />
    protected override DiagnosticRule RowWithoutFigureRule => DiagnosticRule.ParquetRowWithoutFigure;

    private readonly GuardedStream _guarded;
    private readonly Stream _file;
    private readonly Stream? _ownedCopy;
    private readonly ParquetMetadata _metadata;
    private readonly ParquetReadOptions _options;
    private readonly ReadBudget _budget;
    private readonly ReadColumn?[] _table;
    private readonly ReadColumn? _start, _end, _valueScale, _growthScale;
    private readonly int _readCount;
    private ColumnCells[] _cells;
    private DateOnly?[] _starts = [], _ends = [];
    private int _group = -1;
    private int _row;
    private int _rowCount;
    private long _number;

    private ParquetObservationReader(ParquetReader reader, GuardedStream guarded, Stream file, Stream? ownedCopy, ParquetMetadata metadata, string? sourceName, ParquetReadOptions options)
        : base([.. metadata.Columns.Where(c => !ObservationSchema.Companions.Contains(c.Name)).Select(c => c.Name)], options.Units, sourceName, headerLine: 0)
    {
        _reader = reader;
        _guarded = guarded;
        _file = file;
        _ownedCopy = ownedCopy;
        _metadata = metadata;
        _options = options;
        _budget = new ReadBudget(options, sourceName);
        var fields = new List<DataField>();
        var companions = new Dictionary<string, ReadColumn>(StringComparer.Ordinal);
        _table = new ReadColumn?[Names.Length];
        _cells = new ColumnCells[Names.Length];
        Array.Fill(_cells, ColumnCells.Empty);
        var next = 0;
        for (var i = 0; i < metadata.Columns.Count; i++)
        {
            var column = metadata.Columns[i];
            var plan = ColumnPlan.For(column);
            if (ObservationSchema.Companions.Contains(column.Name))
            {
                if (companions.ContainsKey(column.Name))
                {
                    throw new DevPlanFormatException($"Expected distinct column names, but \"{column.Name}\" is named twice.", new DiagnosticLocation(sourceName, line: 0, column: column.Name));
                }
                companions[column.Name] = Plan(i, plan, fields);
                continue;
            }
            if (Reads(column.Name))
            {
                _table[next] = Plan(i, plan, fields);
            }
            next++;
        }
        _start = CheckCompanion(companions, "period_start", CellKind.Date);
        _end = CheckCompanion(companions, "period_end", CellKind.Date);
        _valueScale = IsReadColumn("value") ? CheckCompanion(companions, "value_scale", CellKind.Int32) : null;
        _growthScale = IsReadColumn("growth") ? CheckCompanion(companions, "growth_scale", CellKind.Int32) : null;
        _readCount = _table.Count(c => c is not null) + (_start is null ? 0 : 1) + (_end is null ? 0 : 1) + (_valueScale is null ? 0 : 1) + (_growthScale is null ? 0 : 1);
        _ = new ParquetSchema(fields); // attaches the fields, as Parquet.Net requires of a field it reads
    }

    /// <summary>Gets the bytes decoded so far, as <see cref="ParquetReadOptions.MaxDecodedBytes"/> counts them.</summary>
    internal long DecodedBytes => _budget.Total;

    /// <summary>Gets the bytes the current row group has decoded, as <see cref="ParquetReadOptions.MaxRowGroupBytes"/> counts them.</summary>
    internal long RowGroupBytes => _budget.Group;

    /// <summary>Gets the most a single page has taken so far, as <see cref="ParquetReadOptions.MaxPageBytes"/> counts it.</summary>
    internal long LargestPageBytes { get; private set; }

    public static ParquetObservationReader Open(Stream input, string? sourceName, ParquetReadOptions options)
    {
        Stream? copy = null;
        ParquetReader? reader = null;
        try
        {
            var file = input;
            if (!input.CanSeek)
            {
                copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                input.CopyTo(copy);
                copy.Position = 0;
                file = copy;
            }
            var metadata = FooterReader.Read(file, sourceName, options);
            var guarded = new GuardedStream(file);
            reader = ParquetReader.CreateAsync(guarded, new ParquetOptions { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true }, leaveStreamOpen: true).GetAwaiter().GetResult();
            return new ParquetObservationReader(reader, guarded, file, copy, metadata, sourceName, options);
        }
        catch (Exception e) when (IsDamage(e))
        {
            (reader as IDisposable)?.Dispose();
            copy?.Dispose();
            throw new DevPlanFormatException($"Expected an Apache Parquet file, but the file cannot be read as one: {e.Message}", new DiagnosticLocation(sourceName), innerException: e);
        }
        catch
        {
            reader?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            copy?.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    protected override bool MoveToNextRow() => MoveToNextRowAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <inheritdoc />
    protected override async ValueTask<bool> MoveToNextRowAsync(CancellationToken cancellationToken)
    {
        while (_row + 1 >= _rowCount)
        {
            if (_group + 1 >= _metadata.RowGroups.Count)
            {
                return false;
            }
            _cells = [.. _cells.Select(_ => ColumnCells.Empty)];
            _starts = _ends = [];
            await LoadGroup(++_group, cancellationToken).ConfigureAwait(false);
            _row = -1;
        }
        _row++;
        _number++;
        return true;
    }

    /// <inheritdoc />
    protected override ReadOnlySpan<char> GetCell(int column) => _cells[column].Cells is { Length: > 0 } cells ? cells[_row].Span : [];

    /// <inheritdoc />
    protected override long RowNumber => _number;

    /// <inheritdoc />
    protected override DiagnosticLocation LocateRow(long row, string? column) => new(SourceName, line: row, column: column);

    /// <inheritdoc />
    protected override ObservationProblem? CheckRow()
    {
        for (var i = 0; i < _cells.Length; i++)
        {
            if (_cells[i].Problems is { } problems && problems.TryGetValue(_row, out var problem))
            {
                return Fail(FieldInvalidRule, Names[i], problem.Text, problem.Reason);
            }
        }
        if (_start is null && _end is null)
        {
            return null;
        }
        var periodIndex = Names.IndexOf("period");
        if (periodIndex < 0 || !ReportingPeriod.TryParse(GetCell(periodIndex), CultureInfo.InvariantCulture, out var period))
        {
            return null; // the grammar reports the period itself
        }
        if (_start is not null && _starts[_row] != period.Start.ToDateOnly())
        {
            return Fail(FieldInvalidRule, "period_start", Text(_starts[_row]), $"Expected {period.Start:uuuu-MM-dd}, the first day of {period}, but found another date.");
        }
        return _end is not null && _ends[_row] != period.End.ToDateOnly()
            ? Fail(FieldInvalidRule, "period_end", Text(_ends[_row]), $"Expected {period.End:uuuu-MM-dd}, the last day of {period}, but found another date.")
            : null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _guarded.Dispose();
            _ownedCopy?.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>Whether the table has a column of that name that the grammar reads.</summary>
    private bool IsReadColumn(string name) => Names.IndexOf(name) is var index and >= 0 && _table[index] is not null;

    private ReadColumn Plan(int index, ColumnPlan plan, List<DataField> fields)
    {
        if (plan.Kind == CellKind.Unsupported)
        {
            throw new DevPlanFormatException($"Expected columns of text, decimals, integers, floating-point numbers, booleans or dates, but \"{plan.Column.Name}\" holds {plan.Description}.", new DiagnosticLocation(SourceName, line: 0, column: plan.Column.Name));
        }
        var field = new DataField(plan.Column.Name, plan.ClrType, isNullable: plan.Column.Repetition == Repetition.Optional);
        fields.Add(field);
        return new ReadColumn(index, plan, field);
    }

    private ReadColumn? CheckCompanion(Dictionary<string, ReadColumn> companions, string name, CellKind kind)
    {
        if (!companions.TryGetValue(name, out var column))
        {
            return null;
        }
        var fits = kind == CellKind.Date
            ? column.Plan.Kind == CellKind.Date
            : column.Plan.Kind is CellKind.Int32 or CellKind.UInt32 or CellKind.Int64 or CellKind.UInt64;
        return fits ? column : throw new DevPlanFormatException(
            $"Expected \"{name}\" to hold {(kind == CellKind.Date ? (DiagnosticMessage)"dates" : "integers")}, but it holds {column.Plan.Description}.", new DiagnosticLocation(SourceName, line: 0, column: name));
    }

    private async Task LoadGroup(int index, CancellationToken cancellationToken)
    {
        var group = _metadata.RowGroups[index];
        var rows = group.Rows;
        if (rows > _options.MaxRowGroupRows || rows > Array.MaxLength)
        {
            throw new DevPlanFormatException($"Expected row groups of at most {_options.MaxRowGroupRows} rows (ParquetReadOptions.MaxRowGroupRows), but row group {index} has {rows}.",
                new DiagnosticLocation(SourceName, line: _number + 1));
        }
        _budget.StartGroup(index);
        _budget.ChargeCells(rows, _readCount);
        var count = (int)rows;
        if (count == 0)
        {
            _rowCount = 0;
            return; // nothing to decode: Parquet.Net is not asked
        }
        var firstRow = _number + 1;
        var rowGroup = _reader.OpenRowGroupReader(index);
        var loader = new ColumnLoader(_options, _budget, index);
        var valueScales = _valueScale is { } vs ? await Read(index, vs, firstRow, () => loader.ReadIntegersAsync(rowGroup, vs.Field, vs.Plan, count, cancellationToken)).ConfigureAwait(false) : null;
        var growthScales = _growthScale is { } gs ? await Read(index, gs, firstRow, () => loader.ReadIntegersAsync(rowGroup, gs.Field, gs.Plan, count, cancellationToken)).ConfigureAwait(false) : null;
        var cells = new ColumnCells[_table.Length];
        for (var i = 0; i < _table.Length; i++)
        {
            if (_table[i] is not { } column)
            {
                cells[i] = ColumnCells.Empty;
                continue;
            }
            var scales = Names[i] switch
            {
                "value" => valueScales,
                "growth" => growthScales,
                _ => null,
            };
            cells[i] = await Read(index, column, firstRow, () => loader.ReadCellsAsync(rowGroup, column.Field, column.Plan, count, firstRow, scales, cancellationToken)).ConfigureAwait(false);
        }
        _starts = _start is { } start ? await Read(index, start, firstRow, () => loader.ReadDatesAsync(rowGroup, start.Field, count, cancellationToken)).ConfigureAwait(false) : [];
        _ends = _end is { } end ? await Read(index, end, firstRow, () => loader.ReadDatesAsync(rowGroup, end.Field, count, cancellationToken)).ConfigureAwait(false) : [];
        _cells = cells;
        _rowCount = count;
    }

    /// <summary>Checks a column chunk's pages, then has Parquet.Net read them and nothing else.</summary>
    private async Task<T> Read<T>(int group, ReadColumn column, long firstRow, Func<Task<T>> read)
    {
        var chunk = _metadata.RowGroups[group].Chunks[column.Index];
        var name = column.Plan.Column.Name;
        long end;
        try
        {
            (end, var bytes, var largest) = ChunkPages.Check(_file, chunk, column.Plan.Column, _options);
            LargestPageBytes = Math.Max(LargestPageBytes, largest);
            _budget.ChargePages(bytes, name);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(group, name, firstRow, e);
        }
        _guarded.Restrict(chunk.Start, end);
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (IsDamage(e))
        {
            throw Damaged(group, name, firstRow, e);
        }
        finally
        {
            _guarded.Release();
        }
    }

    private DevPlanFormatException Damaged(int group, string column, long firstRow, Exception e) =>
        new($"Expected row group {group} of an Apache Parquet file, but column \"{column}\" cannot be read: {e.Message}", new DiagnosticLocation(SourceName, line: firstRow, column: column), innerException: e);

    /// <summary>
    /// What a damaged file makes Parquet.Net throw (its metadata and pages decode into anything):
    /// everything but this library's own errors, cancellation and running out of memory.
    /// </summary>
    private static bool IsDamage(Exception e) => e is not (DevPlanFormatException or OperationCanceledException or OutOfMemoryException);

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A column read: its index in the file's columns, how it is read, and the field Parquet.Net reads it as.</summary>
    private sealed record ReadColumn(int Index, ColumnPlan Plan, DataField Field);
}
