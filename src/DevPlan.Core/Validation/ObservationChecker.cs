using System.Globalization;
using System.Runtime.InteropServices;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Validation;

/// <summary>
/// Checks observations against a plan as they stream from one or more readers, in memory that does not
/// grow with the files: each row by the rules that need no other row (<see cref="PlanValidator.CheckRecord"/>),
/// and, once every file is read, the rules across rows (duplicates, DP2001; growth that contradicts the
/// levels, DP2005; zones above their region, DP1601 and DP1602). The same checks, with the same
/// diagnostics, for a file of five kilobytes or five gigabytes.
/// </summary>
/// <remarks>
/// <para>Each row of a declared indicator and zone is kept as a fixed record of 80 bytes (ids for the
/// indicator, zone and period, the row's position, its level and growth). Records are sorted in runs of
/// at most <see cref="DefaultRowsInMemory"/>; a file with more rows spills its sorted runs to a temporary
/// file (deleted on close) and merges them at the end, so the rows in memory never exceed one run, and the
/// state kept beside them grows with the indicators, zones and periods, not the rows. Walking the merged
/// records in key order finds each duplicate next to the row it repeats.</para>
/// <para>A row whose indicator or zone the plan does not declare gets its error (DP2002, DP2003) and takes
/// no part in the checks across rows. Figures of indicators that another plan of the same set declares
/// (<c>declaredElsewhere</c>) are left to that plan. Cross-row diagnostics come after every row's own,
/// in the order of indicator, zone, period and row.</para>
/// <para>A checker is used from one thread, fed by <see cref="Check(ObservationReader, Action{Diagnostic})"/> once per reader, completed once by
/// <see cref="Complete"/>, and disposed.</para>
/// </remarks>
public sealed class ObservationChecker : IDisposable
{
    /// <summary>The most rows held in memory before a sorted run is written to disk (262,144 rows, 20 MiB).</summary>
    public const int DefaultRowsInMemory = 1 << 18;

    private readonly Plan _plan;
    #if NET9_0_OR_GREATER
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? _elsewhere;
#else
    private readonly HashSet<string>? _elsewhere;
#endif
    private readonly Dictionary<Indicator, int> _indicatorIds = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Zone, int> _zoneIds = new(ReferenceEqualityComparer.Instance);
    private readonly Interned<ReportingPeriod> _periods = new();
    private readonly Interned<Unit> _units = new();
    private readonly List<Func<long, string?, DiagnosticLocation>> _locators = [];
    private readonly Dictionary<(int Indicator, int Period), (decimal Value, int Unit, int Source, long Position)> _regionTotals = [];
    private readonly Dictionary<(int Indicator, int Period), Quantity> _zoneSums = [];
    private readonly HashSet<(int Indicator, int Period)> _beyond = [];
    private readonly Dictionary<int, Row> _lastOfCoverage = [];
    private readonly int _rowsInMemory;
    private readonly List<long> _runs = [];
    private Row[] _buffer;
    private int _count;
    private long _index;
    private FileStream? _spill;
    private bool _completed;
    private bool _disposed;

    /// <summary>Creates a checker for a plan.</summary>
    /// <param name="plan">The plan the observations are checked against.</param>
    /// <param name="declaredElsewhere">Indicators another plan of the same set declares: their figures are left to it, not errors here; null when the plan is checked alone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ObservationChecker(Plan plan, IReadOnlySet<string>? declaredElsewhere = null)
        : this(plan, declaredElsewhere, DefaultRowsInMemory)
    {
    }

    /// <summary>Creates a checker that holds at most <paramref name="rowsInMemory"/> rows before it spills a run (small in tests, to prove the merge).</summary>
    internal ObservationChecker(Plan plan, IReadOnlySet<string>? declaredElsewhere, int rowsInMemory)
    {
        _plan = Preconditions.CheckNotNull(plan);
#if NET9_0_OR_GREATER
        _elsewhere = declaredElsewhere is null ? null : new HashSet<string>(declaredElsewhere, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _elsewhere = declaredElsewhere is null ? null : new HashSet<string>(declaredElsewhere, StringComparer.Ordinal);
#endif
        _rowsInMemory = Math.Max(1, rowsInMemory);
        _buffer = new Row[Math.Min(_rowsInMemory, 1024)];
        for (var i = 0; i < plan.Indicators.Length; i++)
        {
            _indicatorIds[plan.Indicators[i]] = i;
        }
        for (var i = 0; i < plan.Zones.Length; i++)
        {
            _zoneIds[plan.Zones[i]] = i + 1;
        }
    }

    /// <summary>
    /// Reads every row of a reader and reports the problems of each as it is read: the reader's notices
    /// first, then rows that could not be read and rows that break a rule of their own. The rows are kept
    /// (compactly) for the checks across rows that <see cref="Complete"/> makes.
    /// </summary>
    /// <param name="reader">The reader, before its first row.</param>
    /// <param name="report">Receives each diagnostic as it is found.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The checker was completed.</exception>
    /// <exception cref="DevPlanFormatException">The rest of the file cannot be read at all.</exception>
    public void Check(ObservationReader reader, Action<Diagnostic> report)
    {
        Preconditions.CheckNotNull(reader);
        Preconditions.CheckNotNull(report);
        ThrowIfCompleted();
        var source = _locators.Count;
        _locators.Add((position, _) => reader.LocateAt(position));
        foreach (var notice in reader.Notices)
        {
            report(notice);
        }
        while (reader.Read())
        {
            if (reader.Problem is { } problem)
            {
                report(problem.ToDiagnostic());
                continue;
            }
            var record = reader.Current;
            var indicator = _plan.FindIndicator(record.Indicator);
            // Checked as read, allocating nothing for a row that is fine: a national file is millions of rows.
#if NET9_0_OR_GREATER
            if (indicator is null && _elsewhere is { } others && others.Contains(record.Indicator))
#else
            if (indicator is null && _elsewhere is { } others && others.Contains(record.Indicator.ToString()))
#endif
            {
                continue;
            }
            foreach (var diagnostic in PlanValidator.CheckRecord(_plan, reader))
            {
                report(diagnostic);
            }
            var zone = record.Zone.IsEmpty ? 0 : _plan.FindZone(record.Zone) is { } z ? _zoneIds[z] : -1;
            if (indicator is not null && zone >= 0)
            {
                Keep(_indicatorIds[indicator], zone, record.Period, record.Level, record.Growth, source, reader.CurrentPosition);
            }
        }
    }

    /// <summary>
    /// Keeps observations already in memory for the checks across rows, each located by its index and the
    /// member a diagnostic is about (<c>level</c>, <c>growth</c>, or null for the row); with
    /// <paramref name="report"/>, checks each row by its own rules first (a plan's baselines have theirs).
    /// </summary>
    internal void Check(IReadOnlyList<Observation> observations, Func<int, string?, DiagnosticLocation> locate, Action<Diagnostic>? report)
    {
        ThrowIfCompleted();
        var source = _locators.Count;
        _locators.Add((position, member) => locate(checked((int)position), member));
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            if (report is not null)
            {
                foreach (var diagnostic in PlanValidator.CheckObservation(_plan, o, locate(i, null)))
                {
                    report(diagnostic);
                }
            }
            var zone = o.Zone.ZoneCode is { } code ? _plan.FindZone(code) is { } z ? _zoneIds[z] : -1 : 0;
            if (_plan.FindIndicator(o.Indicator) is { } indicator && zone >= 0)
            {
                Keep(_indicatorIds[indicator], zone, o.Period, o.Level, o.Growth, source, i);
            }
        }
    }

    /// <summary>
    /// Makes the checks across every row checked: duplicates (DP2001), growth that contradicts the levels
    /// of a nominal indicator (DP2005), a zone above its region (DP1601) and zones that add up to more than
    /// their region (DP1602).
    /// </summary>
    /// <param name="report">Receives each diagnostic.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The checker was completed already.</exception>
    public void Complete(Action<Diagnostic> report)
    {
        Preconditions.CheckNotNull(report);
        ThrowIfCompleted();
        _completed = true;
        // One pass over the merged rows, holding the row before and the last row of each period of one indicator and zone.
        var previous = default(Row);
        var any = false;
        foreach (var row in Merged())
        {
            if (any && (previous.Indicator != row.Indicator || previous.Zone != row.Zone))
            {
                CheckGrowth(previous.Indicator, report);
            }
            CheckRow(row, any && previous.Indicator == row.Indicator && previous.Zone == row.Zone && previous.Coverage == row.Coverage ? previous : null, report);
            (previous, any) = (row, true);
        }
        if (any)
        {
            CheckGrowth(previous.Indicator, report);
        }
        CheckZoneSums(report);
        _buffer = [];
    }

    /// <summary>Deletes the spilled runs, if any; the checker takes no more rows.</summary>
    public void Dispose()
    {
        _disposed = true;
        _spill?.Dispose();
        _spill = null;
    }

    private void ThrowIfCompleted()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_completed)
        {
            throw new InvalidOperationException("The checker was completed; make a new one for more observations.");
        }
    }

    private void Keep(int indicator, int zone, ReportingPeriod period, Quantity? level, Percent? growth, int source, long position)
    {
        var row = new Row
        {
            Indicator = indicator,
            Zone = zone,
            Coverage = _periods.IdOf(period.Coverage),
            Period = _periods.IdOf(period),
            Index = _index++,
            Position = position,
            Source = source,
        };
        if (level is { } l)
        {
            (row.Level, row.Unit, row.Flags) = (l.Value, _units.IdOf(l.Unit), row.Flags | Row.HasLevel);
        }
        if (growth is { } g)
        {
            (row.Growth, row.Flags) = (g.Value, row.Flags | Row.HasGrowth);
        }
        if (level is { } value && _plan.Indicators[indicator].Accumulation != Accumulation.Ratio)
        {
            AddToTotals(row, value);
        }
        if (_count == _buffer.Length)
        {
            if (_count == _rowsInMemory)
            {
                Spill();
            }
            else
            {
                Array.Resize(ref _buffer, Math.Min(_rowsInMemory, _buffer.Length * 2));
            }
        }
        _buffer[_count++] = row;
    }

    /// <summary>The region's level (the last given) and the zones' sum of each indicator and period: state that grows with indicators and periods, not rows.</summary>
    private void AddToTotals(Row row, Quantity level)
    {
        var key = (row.Indicator, row.Period);
        if (row.Zone == 0)
        {
            // A negative total (a net figure) bounds no zone: the region's last level counts only when it is not negative.
            if (level.Value >= 0m)
            {
                _regionTotals[key] = (level.Value, row.Unit, row.Source, row.Position);
            }
            else
            {
                _regionTotals.Remove(key);
            }
            return;
        }
        // A level in another dimension than its indicator's is an error of its own (DP2004), never part of a sum.
        if (level.Value < 0m || _beyond.Contains(key) || !level.Unit.IsCompatibleWith(_plan.Indicators[row.Indicator].Unit))
        {
            return;
        }
        try
        {
            _zoneSums[key] = _zoneSums.TryGetValue(key, out var sum) ? sum + level : level;
        }
        catch (OverflowException)
        {
            // Zones adding up beyond decimal's range add up to more than any region's level in the same unit family.
            _beyond.Add(key);
            _zoneSums.Remove(key);
        }
    }

    /// <summary>Values numbered in the order first seen: a record keeps the number, the table the value.</summary>
    private sealed class Interned<T>
        where T : notnull
    {
        private readonly Dictionary<T, int> _ids = [];
        private readonly List<T> _values = [];

        public T this[int id] => _values[id];

        public int IdOf(T value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                id = _values.Count;
                _ids[value] = id;
                _values.Add(value);
            }
            return id;
        }

        public bool TryGetId(T value, out int id) => _ids.TryGetValue(value, out id);
    }

    /// <summary>Sorts the rows in memory and writes them as a run to the spill file.</summary>
    private void Spill()
    {
        _buffer.AsSpan(0, _count).Sort(default(RowOrder));
        if (_spill is null)
        {
            var path = Path.Combine(Path.GetTempPath(), $".devplan-check.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            _spill = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
            if (!OperatingSystem.IsWindows())
            {
                // Unlinked while open: nothing is left behind even when the process is killed.
                File.Delete(path);
            }
        }
        _runs.Add(_spill.Position);
        _spill.Write(MemoryMarshal.AsBytes(_buffer.AsSpan(0, _count)));
        _count = 0;
    }

    /// <summary>Every row kept, in key order: the sorted rows in memory, merged with the spilled runs.</summary>
    private IEnumerable<Row> Merged()
    {
        _buffer.AsSpan(0, _count).Sort(default(RowOrder));
        if (_spill is null)
        {
            for (var i = 0; i < _count; i++)
            {
                yield return _buffer[i];
            }
            yield break;
        }
        var end = _spill.Length;
        var cursors = new List<RunCursor>();
        for (var r = 0; r < _runs.Count; r++)
        {
            cursors.Add(new RunCursor(_spill, _runs[r], r + 1 < _runs.Count ? _runs[r + 1] : end));
        }
        cursors.Add(new RunCursor(_buffer, _count));
        // A binary heap of the runs by their current row: a row out, the run's next row sifted down.
        var heap = cursors.Where(c => c.MoveNext()).ToArray();
        var size = heap.Length;
        for (var i = size / 2 - 1; i >= 0; i--)
        {
            SiftDown(heap, i, size);
        }
        while (size > 0)
        {
            yield return heap[0].Current;
            if (!heap[0].MoveNext())
            {
                heap[0] = heap[--size];
            }
            SiftDown(heap, 0, size);
        }
    }

    /// <summary>One row in key order: a repeat of the row before it (same indicator, zone and months), a zone above its region.</summary>
    private void CheckRow(Row row, Row? before, Action<Diagnostic> report)
    {
        var indicator = _plan.Indicators[row.Indicator];
        if (before is { } earlier)
        {
            var (period, other) = (_periods[row.Period], _periods[earlier.Period]);
            var zone = ZoneOf(row.Zone);
            report(other == period
                ? new Diagnostic(DiagnosticRule.DuplicateObservation,
                    $"Expected one figure of \"{indicator.Code}\" for {zone} in {period}, but {Name(earlier)} gives one too; the last given is used.", Locate(row))
                : new Diagnostic(DiagnosticRule.DuplicateObservation,
                    $"Expected one figure of \"{indicator.Code}\" for {zone} in {period}, but {Name(earlier)} gives one for {other}, which covers the same months; the last given is used.", Locate(row)));
        }
        if (indicator.GrowthBasis == GrowthBasis.Nominal)
        {
            _lastOfCoverage[row.Coverage] = row;
        }
        // Totals are kept only for indicators that add up across zones (not ratios), and only when not negative.
        if (row.Zone != 0 && (row.Flags & Row.HasLevel) != 0 && _regionTotals.TryGetValue((row.Indicator, row.Period), out var total))
        {
            var level = new Quantity(row.Level, _units[row.Unit]);
            var region = new Quantity(total.Value, _units[total.Unit]);
            if (level.Unit.IsCompatibleWith(region.Unit) && level.Value >= 0m && level > region)
            {
                report(new Diagnostic(DiagnosticRule.ZoneExceedsRegion,
                    $"Expected zone \"{ZoneOf(row.Zone).ZoneCode}\" to be at most the region's {region} for \"{indicator.Code}\" in {_periods[row.Period]}, but it is {level}.", Locate(row, "level")));
            }
        }
    }

    /// <summary>The last figure of each period of one indicator and zone (at current prices) against the same period's a year before: growth that contradicts the levels.</summary>
    private void CheckGrowth(int indicatorId, Action<Diagnostic> report)
    {
        var last = _lastOfCoverage;
        if (last.Count == 0)
        {
            return;
        }
        var indicator = _plan.Indicators[indicatorId];
        foreach (var (coverage, row) in last)
        {
            var period = _periods[coverage];
            if ((row.Flags & (Row.HasLevel | Row.HasGrowth)) != (Row.HasLevel | Row.HasGrowth) || period.Year == ReportingPeriod.MinYear
                || !_periods.TryGetId(period.SamePeriodPreviousYear(), out var previousId) || !last.TryGetValue(previousId, out var before)
                || (before.Flags & Row.HasLevel) == 0)
            {
                continue;
            }
            var (level, previous, published) = (new Quantity(row.Level, _units[row.Unit]), new Quantity(before.Level, _units[before.Unit]), new Percent(row.Growth));
            if (previous.Value <= 0m || !previous.Unit.IsCompatibleWith(level.Unit) || level.Value <= 0m)
            {
                continue;
            }
            Percent? computed;
            bool contradicts;
            try
            {
                computed = Calculations.Growth.YearOnYear(level, previous);
                contradicts = Math.Abs((computed.Value - published).Value) > PlanValidator.GrowthAgreementTolerance;
            }
            catch (OverflowException)
            {
                (computed, contradicts) = (null, true);
            }
            if (contradicts)
            {
                const string Hint = "check the levels and the rate; a different statistical scope (可比口径) can explain a gap";
                report(computed is { } shown
                    ? new Diagnostic(DiagnosticRule.GrowthContradictsLevels,
                        $"Expected the published growth of \"{indicator.Code}\" in {period} to agree with its levels, but it is {published} while {level} over {previous} is {shown:F2}.",
                        Locate(row, "growth"), Hint)
                    : new Diagnostic(DiagnosticRule.GrowthContradictsLevels,
                        $"Expected the published growth of \"{indicator.Code}\" in {period} to agree with its levels, but it is {published} while {level} over {previous} is a growth beyond the range of decimal.",
                        Locate(row, "growth"), Hint));
            }
        }
        last.Clear();
    }

    /// <summary>Zones whose levels add up to more than their region's.</summary>
    private void CheckZoneSums(Action<Diagnostic> report)
    {
        foreach (var (key, sum) in _zoneSums.OrderBy(p => p.Key.Indicator).ThenBy(p => p.Key.Period))
        {
            if (!_regionTotals.TryGetValue(key, out var total))
            {
                continue;
            }
            var region = new Quantity(total.Value, _units[total.Unit]);
            if (sum.Unit.IsCompatibleWith(region.Unit) && sum > region)
            {
                report(new Diagnostic(DiagnosticRule.ZonesExceedRegion,
                    $"Expected the zones of \"{_plan.Indicators[key.Indicator].Code}\" in {_periods[key.Period]} to add up to at most the region's {region}, but they add up to {sum}.", _locators[total.Source](total.Position, "level")));
            }
        }
        foreach (var key in _beyond.Order())
        {
            if (_regionTotals.TryGetValue(key, out var total))
            {
                report(new Diagnostic(DiagnosticRule.ZonesExceedRegion,
                    $"Expected the zones of \"{_plan.Indicators[key.Indicator].Code}\" in {_periods[key.Period]} to add up to at most the region's {new Quantity(total.Value, _units[total.Unit])}, but they add up to more than decimal holds (about 7.9 × 10^28).",
                    _locators[total.Source](total.Position, "level")));
            }
        }
    }

    private ZoneScope ZoneOf(int zone) => zone == 0 ? ZoneScope.Region : ZoneScope.Zone(_plan.Zones[zone - 1].Code);

    private DiagnosticLocation Locate(Row row, string? member = null) => _locators[row.Source](row.Position, member);

    /// <summary>Another row as a message names it: by its line in a file (with the file when it has a name), or by its JSON path.</summary>
    private DiagnosticMessage Name(Row row)
    {
        switch (Locate(row))
        {
            case { Line: { } line, SourceName: { } source }:
                return $"line {line} of {Path.GetFileName(source)}";
            case { Line: { } line }:
                return $"line {line}";
            case { JsonPath: { } path }:
                return $"{path}";
            default:
                return $"$.observations[{row.Position}]";
        }
    }

    /// <summary>One row as the checks across rows keep it: 80 bytes, written to and read from the spill file as they are.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Row
    {
        public const int HasLevel = 1;
        public const int HasGrowth = 2;

        public decimal Level;
        public decimal Growth;
        public long Index;
        public long Position;
        public int Indicator;
        public int Zone;
        public int Coverage;
        public int Period;
        public int Unit;
        public int Source;
        public int Flags;
    }

    private static void SiftDown(RunCursor[] heap, int at, int size)
    {
        var order = default(RowOrder);
        while (true)
        {
            var (left, smallest) = (2 * at + 1, at);
            if (left < size && order.Compare(heap[left].Current, heap[smallest].Current) < 0)
            {
                smallest = left;
            }
            if (left + 1 < size && order.Compare(heap[left + 1].Current, heap[smallest].Current) < 0)
            {
                smallest = left + 1;
            }
            if (smallest == at)
            {
                return;
            }
            (heap[at], heap[smallest]) = (heap[smallest], heap[at]);
            at = smallest;
        }
    }

    /// <summary>Indicator, zone, period covered, then the order given (a struct, so that sorting calls it directly).</summary>
    private readonly struct RowOrder : IComparer<Row>
    {
        public int Compare(Row x, Row y)
        {
            var c = x.Indicator.CompareTo(y.Indicator);
            if (c == 0)
            {
                c = x.Zone.CompareTo(y.Zone);
            }
            if (c == 0)
            {
                c = x.Coverage.CompareTo(y.Coverage);
            }
            return c != 0 ? c : x.Index.CompareTo(y.Index);
        }
    }

    /// <summary>Reads one sorted run, from the spill file a block at a time, or from the rows in memory.</summary>
    private sealed class RunCursor
    {
        private const int Block = 4096;
        private readonly FileStream? _file;
        private readonly Row[] _rows;
        private long _next;
        private readonly long _end;
        private int _at;
        private int _held;

        public RunCursor(FileStream file, long start, long end)
        {
            (_file, _next, _end) = (file, start, end);
            _rows = new Row[(int)Math.Min(Block, (end - start) / System.Runtime.CompilerServices.Unsafe.SizeOf<Row>())];
        }

        public RunCursor(Row[] rows, int count)
        {
            (_rows, _held, _at) = (rows, count, -1);
        }

        public Row Current => _rows[_at];

        public bool MoveNext()
        {
            if (++_at < _held)
            {
                return true;
            }
            if (_file is null || _next >= _end)
            {
                return false;
            }
            var bytes = MemoryMarshal.AsBytes(_rows.AsSpan());
            var size = System.Runtime.CompilerServices.Unsafe.SizeOf<Row>();
            var want = (int)Math.Min(bytes.Length, _end - _next);
            _file.Position = _next;
            _file.ReadExactly(bytes[..want]);
            _next += want;
            (_held, _at) = (want / size, 0);
            return true;
        }
    }
}
