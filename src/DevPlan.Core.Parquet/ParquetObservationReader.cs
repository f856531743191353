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
/// the grammar reads (a decimal with its published scale restored, a double through its shortest
/// round-trip text), so that a file's codes, periods, units and statuses obey the same rules as a
/// CSV file's. A problem names the row (counted from 1 across row groups) and the column.
/// </summary>
internal sealed class ParquetObservationReader : TableObservationReader
{
    private readonly ParquetReader _reader;
    private readonly Stream? _ownedCopy;
    private readonly DataField[] _fields;
    private readonly ParquetReadOptions _options;
    private readonly DataField? _start, _end;
    private readonly Dictionary<string, DataField> _scales;
    private string?[][] _columns = [];
    private DateOnly?[] _starts = [], _ends = [];
    private int _group = -1;
    private int _row;
    private int _rowCount;
    private long _number;

    private ParquetObservationReader(ParquetReader reader, Stream? ownedCopy, DataField[] fields, Dictionary<string, DataField> companions, string? sourceName, ParquetReadOptions options)
        : base([.. fields.Select(f => f.Name)], options.Units, sourceName, headerLine: 0)
    {
        _reader = reader;
        _ownedCopy = ownedCopy;
        _fields = fields;
        _options = options;
        _start = companions.GetValueOrDefault("period_start");
        _end = companions.GetValueOrDefault("period_end");
        _scales = new(StringComparer.Ordinal);
        if (companions.TryGetValue("value_scale", out var valueScale))
        {
            _scales["value"] = valueScale;
        }
        if (companions.TryGetValue("growth_scale", out var growthScale))
        {
            _scales["growth"] = growthScale;
        }
    }

    public static ParquetObservationReader Open(Stream input, string? sourceName, ParquetReadOptions options)
    {
        Stream? copy = null;
        ParquetReader? reader = null;
        try
        {
            var stream = input;
            if (!input.CanSeek)
            {
                copy = new FileStream(Path.GetTempFileName(), FileMode.Open, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
                input.CopyTo(copy);
                copy.Position = 0;
                stream = copy;
            }
            reader = ParquetReader.CreateAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true, TreatByteArrayAsString = true }, leaveStreamOpen: true).GetAwaiter().GetResult();
            var fields = new List<DataField>();
            var companions = new Dictionary<string, DataField>(StringComparer.Ordinal);
            foreach (var field in reader.Schema.Fields)
            {
                if (field is not DataField data || data.IsArray)
                {
                    throw new ObservationFormatException($"Expected a flat table of columns, but \"{field.Name}\" is a {field.SchemaType} field (a list, map or struct).", null, field.Name, sourceName: sourceName);
                }
                if (ObservationSchema.Companions.Contains(data.Name))
                {
                    companions[data.Name] = data;
                }
                else
                {
                    fields.Add(data);
                }
            }
            return new ParquetObservationReader(reader, copy, [.. fields], companions, sourceName, options);
        }
        catch (Exception e) when (IsDamage(e))
        {
            (reader as IDisposable)?.Dispose();
            copy?.Dispose();
            throw new ObservationFormatException($"Expected an Apache Parquet file, but the file cannot be read as one: {e.Message}", sourceName: sourceName, innerException: e);
        }
        catch
        {
            (reader as IDisposable)?.Dispose();
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
            if (_group + 1 >= _reader.RowGroupCount)
            {
                return false;
            }
            try
            {
                await LoadGroup(++_group, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (IsDamage(e))
            {
                throw new ObservationFormatException($"Expected row group {_group} of an Apache Parquet file, but it cannot be read: {e.Message}", _number + 1, sourceName: SourceName, innerException: e);
            }
            _row = -1;
        }
        _row++;
        _number++;
        return true;
    }

    /// <inheritdoc />
    protected override ReadOnlySpan<char> GetCell(int column) => _columns[column][_row];

    /// <inheritdoc />
    protected override DiagnosticLocation Locate(string? column) => new(SourceName, line: _number, column: column);

    /// <inheritdoc />
    protected override ObservationProblem? CheckRow()
    {
        if (_start is null && _end is null)
        {
            return null;
        }
        var periodIndex = Names.IndexOf("period");
        if (periodIndex < 0 || !ReportingPeriod.TryParse(_columns[periodIndex][_row], CultureInfo.InvariantCulture, out var period))
        {
            return null; // the grammar reports the period itself
        }
        if (_start is not null && _starts[_row] != period.Start.ToDateOnly())
        {
            return Fail(DiagnosticRules.CsvFieldInvalid, "period_start", Text(_starts[_row]), $"Expected {period.Start:uuuu-MM-dd}, the first day of {period}, but found another date.");
        }
        return _end is not null && _ends[_row] != period.End.ToDateOnly()
            ? Fail(DiagnosticRules.CsvFieldInvalid, "period_end", Text(_ends[_row]), $"Expected {period.End:uuuu-MM-dd}, the last day of {period}, but found another date.")
            : null;
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            _ownedCopy?.Dispose();
        }
        base.Dispose(disposing);
    }

    private async Task LoadGroup(int index, CancellationToken cancellationToken)
    {
        using var group = _reader.OpenRowGroupReader(index);
        var rows = group.RowCount;
        var bytes = group.RowGroup.TotalByteSize;
        if (rows > _options.MaxRowGroupRows || rows > Array.MaxLength || bytes > _options.MaxRowGroupBytes)
        {
            throw new ObservationFormatException(string.Create(CultureInfo.InvariantCulture,
                $"Expected row groups of at most {_options.MaxRowGroupRows} rows and {_options.MaxRowGroupBytes} bytes (ParquetReadOptions.MaxRowGroupRows, MaxRowGroupBytes), but row group {index} declares {rows} rows and {bytes} bytes."),
                _number + 1, sourceName: SourceName);
        }
        var count = (int)rows;
        var columns = new string?[_fields.Length][];
        for (var i = 0; i < _fields.Length; i++)
        {
            int?[]? scales = _scales.TryGetValue(_fields[i].Name, out var scaleField) ? await ParquetColumns.ReadNullable<int>(group, scaleField, count, cancellationToken).ConfigureAwait(false) : null;
            columns[i] = await ParquetColumns.ReadAsText(group, _fields[i], count, scales, cancellationToken).ConfigureAwait(false);
        }
        _starts = _start is null ? [] : await ParquetColumns.ReadNullable<DateOnly>(group, _start, count, cancellationToken).ConfigureAwait(false);
        _ends = _end is null ? [] : await ParquetColumns.ReadNullable<DateOnly>(group, _end, count, cancellationToken).ConfigureAwait(false);
        _columns = columns;
        _rowCount = count;
    }

    /// <summary>
    /// What a damaged file makes Parquet.Net throw (its metadata and pages decode into anything):
    /// everything but this library's own errors, cancellation and running out of memory.
    /// </summary>
    private static bool IsDamage(Exception e) => e is not (ObservationFormatException or OperationCanceledException or OutOfMemoryException);

    private static string Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
