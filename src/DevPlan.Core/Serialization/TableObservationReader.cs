using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The grammar of observations laid out as a table, whatever carries the table (a CSV file, a
/// worksheet): the tidy layout, one observation per row under the columns of
/// <see cref="ObservationCsv.Columns"/>, and the wide layout of yearbooks and bulletins, one row per
/// indicator (and zone) and one column per period. A format derives from it and supplies the rows;
/// every rule about what a cell may hold, and every message about a cell that does not, is kept here
/// once.
/// </summary>
/// <remarks>
/// <para><b>Tidy.</b> One observation per row, under the columns <c>indicator</c>, <c>zone</c>,
/// <c>period</c>, <c>value</c>, <c>unit</c>, <c>growth</c>, <c>status</c>, <c>source</c>,
/// <c>completed</c> and <c>released</c>.</para>
/// <para><b>Wide.</b> As yearbooks and bulletins publish tables: one row per indicator (and zone), the
/// columns <c>indicator</c>, <c>zone</c>, <c>unit</c>, <c>status</c>, <c>source</c> and <c>measure</c>
/// (<c>level</c>, the default, or <c>growth</c> in percent), then one column per period (<c>2021</c>,
/// <c>2024-Q1</c>, <c>2024-YTD-M06</c>); each filled period cell is one observation. A header is wide
/// (<see cref="IsWide"/>) when it has no <c>period</c> column and at least one column named by a period.
/// A filled cell under a header that begins with a digit but is not a period (<c>2024-M13</c>) is an
/// error, as is one under a blank header in either layout; a blank column is nothing.</para>
/// <para>A column whose header is blank is no column: a blank cell under it is nothing (a trailing
/// separator, a spreadsheet's unused column), and a filled one is an error at its line and column
/// (DP3001), so that no figure is dropped in silence. In the wide layout, a header that begins with a
/// digit but is not a period (<c>2024-M13</c>, <c>2024年</c>) is a notice (DP3003), and a filled cell
/// under it an error too.</para>
/// <para>A derived reader calls the constructor with the header's column names, then answers
/// <see cref="MoveToNextRow"/>, <see cref="GetCell"/> and <see cref="Locate"/> for its rows. It may
/// check a row's shape first (<see cref="CheckRow"/>), and restore the text of a source cell that
/// its writer protected (<see cref="RestoreText"/>).</para>
/// <para>Cells are read as text, in the invariant culture: a number is read from the text that holds
/// it, never from a binary floating-point value, so that <c>1767.3</c> stays <c>1767.3</c>.</para>
/// </remarks>
public abstract class TableObservationReader : ObservationReader
{
    /// <summary>The columns of the wide layout that are not periods.</summary>
    private static readonly ImmutableArray<string> WideColumns = ["indicator", "zone", "unit", "status", "source", "measure"];

    /// <summary>
    /// The tidy layout's columns this grammar reads, each below (the constructor finds it in the header by
    /// name). They must be the described columns (<see cref="ObservationCsv.Columns"/>): a member added to the
    /// description without a reading here fails when the type is first used, as the JSON grammar does.
    /// </summary>
    internal static ImmutableArray<string> TidyColumnsRead { get; } = CheckReadings(["indicator", "zone", "period", "value", "unit", "growth", "status", "source", "completed", "released"]);

    private readonly UnitCache _units;
    private readonly CodeTable _codes = new();
    private readonly ImmutableArray<Diagnostic> _notices;
    private readonly (int Index, ReportingPeriod Period)[] _periods;
    private readonly int[] _strayColumns; // blank headers, and in the wide layout headers that are not periods: no cell under them may be filled
    private readonly int _indicator, _zone, _period, _value, _unit, _growth, _statusColumn, _source, _completed, _measure, _releasedColumn;
    private NodaTime.LocalDate? _released;

    private ObservationProblem? _problem;
    private string? _column;
    private int _columnIndex = -1;
    private ReportingPeriod _currentPeriod;
    private Quantity? _level;
    private Percent? _growthValue;
    private bool? _completedValue;
    private ObservationStatus _status;

    // The wide layout's position: the row being walked, its measure and unit, and its next period column.
    private bool _inRow;
    private int _next;
    private bool _rowIsGrowth;
    private Unit? _rowUnit;

    /// <summary>Initializes the grammar from a table's header.</summary>
    /// <param name="header">The column names, in order.</param>
    /// <param name="units">The units the table may use (a plan's <c>UnitSystem</c>); <see cref="UnitSystem.BuiltIn"/> when null.</param>
    /// <param name="sourceName">The file's name, for the locations of problems; null for none.</param>
    /// <param name="headerLine">The line or row number of the header, for the locations of problems with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">The header is empty, names a column twice (blank headers aside), or lacks a column its layout needs.</exception>
    protected TableObservationReader(IReadOnlyList<string> header, UnitSystem? units, string? sourceName, long headerLine = 1)
    {
        Preconditions.CheckNotNull(header);
        SourceName = sourceName;
        Names = [.. header];
        _units = new UnitCache(units ?? UnitSystem.BuiltIn);
        if (Names.IsEmpty)
        {
            throw new DevPlanFormatException($"Expected a header row naming the columns ({string.Join(", ", ObservationCsv.Columns)}), but the file is empty.", new DiagnosticLocation(sourceName, line: headerLine));
        }
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in Names)
        {
            if (name.Length > 0 && !distinct.Add(name))
            {
                throw new DevPlanFormatException($"Expected distinct column names, but \"{name}\" is named twice.", new DiagnosticLocation(sourceName, line: headerLine, column: name));
            }
        }
        var notices = ImmutableArray.CreateBuilder<Diagnostic>();
        var periods = new List<(int, ReportingPeriod)>();
        var stray = new List<int>();
        Layout = IsWide(Names) ? TableLayout.Wide : TableLayout.Tidy;
        var known = Layout == TableLayout.Wide ? WideColumns : ObservationCsv.Columns;
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i].Length == 0)
            {
                stray.Add(i); // no column: nothing to remark on unless a cell under it is filled
            }
            else if (Layout == TableLayout.Wide && ReportingPeriod.TryParse(Names[i], CultureInfo.InvariantCulture, out var period))
            {
                periods.Add((i, period));
            }
            else if (Layout == TableLayout.Wide && char.IsAsciiDigit(Names[i][0]))
            {
                stray.Add(i);
                notices.Add(new Diagnostic(ColumnUnknownRule,
                    $"Expected a period such as 2023, 2024-Q2, 2024-M06 or 2024-YTD-M06, but found \"{Names[i]}\". A figure under it is an error.",
                    new DiagnosticLocation(sourceName, line: headerLine, column: Names[i])));
            }
            else if (!known.Contains(Names[i]))
            {
                notices.Add(new Diagnostic(ColumnUnknownRule, Layout == TableLayout.Wide
                        ? (DiagnosticMessage)$"Expected the columns {string.Join(", ", WideColumns)} and periods such as 2023 or 2024-Q2, but found \"{Names[i]}\". It is ignored."
                        : $"Expected only the columns {string.Join(", ", ObservationCsv.Columns)}, but found \"{Names[i]}\". It is ignored.",
                    new DiagnosticLocation(sourceName, line: headerLine, column: Names[i])));
            }
        }
        _periods = [.. periods];
        _strayColumns = [.. stray];
        _notices = notices.ToImmutable();
        int Required(string name) => Names.IndexOf(name) is var index and >= 0 ? index : throw new DevPlanFormatException(
            Layout == TableLayout.Wide
                ? (DiagnosticMessage)$"Expected a column \"{name}\" in the header of a wide table (one column per period), but found only: {string.Join(", ", Names)}."
                : $"Expected a column \"{name}\" in the header, but found only: {string.Join(", ", Names)}.",
            new DiagnosticLocation(sourceName, line: headerLine, column: name));
        _indicator = Required("indicator");
        _period = Layout == TableLayout.Tidy ? Required("period") : -1;
        _zone = Names.IndexOf("zone");
        _value = Layout == TableLayout.Tidy ? Names.IndexOf("value") : -1;
        _unit = Names.IndexOf("unit");
        _growth = Layout == TableLayout.Tidy ? Names.IndexOf("growth") : -1;
        _statusColumn = Names.IndexOf("status");
        _source = Names.IndexOf("source");
        _completed = Layout == TableLayout.Tidy ? Names.IndexOf("completed") : -1;
        _releasedColumn = Layout == TableLayout.Tidy ? Names.IndexOf("released") : -1;
        _measure = Layout == TableLayout.Wide ? Names.IndexOf("measure") : -1;
    }

    /// <summary>Gets the table's layout, as its header shows it.</summary>
    internal TableLayout Layout { get; }

    /// <inheritdoc />
    public sealed override string? SourceName { get; }

    /// <inheritdoc />
    public sealed override ObservationProblem? Problem => _problem;

    /// <inheritdoc />
    public sealed override IReadOnlyList<Diagnostic> Notices => _notices;

    /// <inheritdoc />
    public sealed override DiagnosticLocation CurrentLocation => Locate(_column);

    /// <inheritdoc />
    public sealed override ObservationRecord Current
    {
        get
        {
            ThrowIfNoRecord();
            return new ObservationRecord
            {
                Indicator = Cell(_indicator),
                Zone = Cell(_zone),
                Period = _currentPeriod,
                Level = _level,
                Growth = _growthValue,
                Completed = _completedValue,
                Status = _status,
                Source = RestoreText(Cell(_source)),
                Released = _released,
            };
        }
    }

    private static ImmutableArray<string> CheckReadings(ImmutableArray<string> read)
    {
        var unread = ObservationCsv.Columns.Except(read).ToList();
        var undescribed = read.Except(ObservationCsv.Columns).ToList();
        if (unread.Count > 0 || undescribed.Count > 0)
        {
            throw new InvalidOperationException($"The table grammar and the described columns disagree: not read: {string.Join(", ", unread)}; not described: {string.Join(", ", undescribed)}.");
        }
        return read;
    }

    /// <summary>Gets the header's column names, in order.</summary>
    protected ImmutableArray<string> Names { get; }

    /// <summary>
    /// Whether the grammar reads a column of this name in this table's layout. A column it does not know
    /// is noted and never read. A column under a blank name, or in the wide layout under a name that starts
    /// like a period and is not one (<c>2024-M13</c>), is read, so that a figure under it is an error
    /// rather than a figure dropped unseen. A reader that decodes columns on demand need decode only these.
    /// </summary>
    /// <param name="column">The column's name.</param>
    /// <returns>True when the grammar reads the column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    protected bool Reads(string column) => Preconditions.CheckNotNull(column).Length == 0 || (Layout == TableLayout.Wide
        ? WideColumns.Contains(column) || char.IsAsciiDigit(column[0])
        : ObservationCsv.Columns.Contains(column));

    /// <summary>
    /// Whether the grammar reads a column of this name as a figure: in the tidy layout <c>value</c>,
    /// <c>growth</c> and <c>completed</c>; in the wide layout each column named by a period. A reader whose
    /// cells are typed (a worksheet's numbers and booleans) keeps their type for these columns only.
    /// </summary>
    /// <param name="column">The column's name.</param>
    /// <returns>True when the column holds figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    protected bool IsFigure(string column) => Layout == TableLayout.Wide
        ? ReportingPeriod.TryParse(Preconditions.CheckNotNull(column), CultureInfo.InvariantCulture, out _)
        : Preconditions.CheckNotNull(column) is "value" or "growth" or "completed";

    /// <summary>Whether a header is of the wide layout: no <c>period</c> column, and at least one column named by a period.</summary>
    /// <param name="header">The column names.</param>
    /// <returns>True for the wide layout.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="header"/> is null.</exception>
    public static bool IsWide(IEnumerable<string> header)
    {
        Preconditions.CheckNotNull(header);
        var any = false;
        foreach (var name in header)
        {
            if (name == "period")
            {
                return false;
            }
            any |= ReportingPeriod.TryParse(name, CultureInfo.InvariantCulture, out _);
        }
        return any;
    }

    /// <inheritdoc />
    public sealed override Observation CreateObservation()
    {
        ThrowIfNoRecord();
        return Current.ToObservation(_codes);
    }

    /// <inheritdoc />
    public sealed override bool Read()
    {
        while (true)
        {
            if (_inRow && NextCell())
            {
                return true;
            }
            if (!MoveToNextRow())
            {
                return false;
            }
            if (StartRow())
            {
                return true;
            }
        }
    }

    /// <inheritdoc />
    public sealed override async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_inRow && NextCell())
            {
                return true;
            }
            if (!await MoveToNextRowAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            if (StartRow())
            {
                return true;
            }
        }
    }

    /// <summary>Moves to the table's next row.</summary>
    /// <returns>False at the end of the table.</returns>
    /// <exception cref="DevPlanFormatException">The rest of the table cannot be read at all.</exception>
    protected abstract bool MoveToNextRow();

    /// <summary>Moves to the table's next row asynchronously; by default, synchronously.</summary>
    /// <param name="cancellationToken">Cancels the move.</param>
    /// <returns>False at the end of the table.</returns>
    protected virtual ValueTask<bool> MoveToNextRowAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<bool>(MoveToNextRow());
    }

    /// <summary>Gets the text of one of the current row's cells, blank for an empty cell.</summary>
    /// <param name="column">The column's index in <see cref="Names"/>.</param>
    /// <returns>The cell's text.</returns>
    protected abstract ReadOnlySpan<char> GetCell(int column);

    /// <summary>Gets the number of the current row as the carrier counts it (a CSV line, a sheet's row, a Parquet row).</summary>
    protected abstract long RowNumber { get; }

    /// <summary>Gets the location of a row read now or earlier, or of its cell under a column.</summary>
    /// <param name="row">The row's <see cref="RowNumber"/>.</param>
    /// <param name="column">The column's name, or null for the row.</param>
    /// <returns>The location.</returns>
    protected abstract DiagnosticLocation LocateRow(long row, string? column);

    /// <summary>The row's number in the high bits, its wide-table period column (one more than its index, 0 for none) in the low 16.</summary>
    protected internal sealed override long CurrentPosition => (RowNumber << 16) | (uint)(_columnIndex + 1 is var column and <= 0xFFFF ? column : 0);

    /// <inheritdoc />
    protected internal sealed override DiagnosticLocation LocateAt(long position) =>
        LocateRow(position >> 16, (position & 0xFFFF) is var column and > 0 ? Names[(int)column - 1] : null);

    private DiagnosticLocation Locate(string? column) => LocateRow(RowNumber, column);

    /// <summary>Checks what the carrier of the table requires of a row before its cells are read (a CSV row's field count); by default, nothing.</summary>
    /// <returns>The row's problem, or null.</returns>
    protected virtual ObservationProblem? CheckRow() => null;

    /// <summary>Restores the text of a <c>source</c> cell as its writer protected it (a CSV cell guarded against formula injection); by default, as it is.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns>The text as written.</returns>
    protected virtual ReadOnlySpan<char> RestoreText(ReadOnlySpan<char> text) => text;

    /// <summary>Makes a problem of the current row, located at a column's cell.</summary>
    /// <param name="rule">The rule the row breaks.</param>
    /// <param name="column">The column's name, or null for the whole row.</param>
    /// <param name="text">The offending text, shortened to 80 characters; null for none.</param>
    /// <param name="reason">What was expected, and what was found.</param>
    /// <returns>The problem.</returns>
    protected ObservationProblem Fail(DiagnosticRule rule, string? column, string? text, DiagnosticMessage reason) =>
        new(rule, reason, Locate(column), text);

    /// <summary>The offending text as messages show it: at most 80 characters, the rest cut to "...".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, shortened.</returns>
    protected static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");

    private ReadOnlySpan<char> Cell(int index) => index < 0 ? [] : GetCell(index);

    /// <summary>Gets the rule a field breaks when it does not have the expected form: the format's own (DP3001 for CSV, DP3101 for a sheet, DP3201 for Parquet).</summary>
    protected virtual DiagnosticRule FieldInvalidRule => DiagnosticRule.CsvFieldInvalid;

    /// <summary>Gets the rule of a column the grammar does not know (DP3003 for CSV).</summary>
    protected virtual DiagnosticRule ColumnUnknownRule => DiagnosticRule.CsvColumnUnknown;

    /// <summary>Gets the rule of a row without a figure (DP3004 for CSV).</summary>
    protected virtual DiagnosticRule RowWithoutFigureRule => DiagnosticRule.CsvRowWithoutFigure;

    private ObservationProblem Bad(string column, ReadOnlySpan<char> text, DiagnosticMessage reason) => Fail(FieldInvalidRule, column, Shorten(text), reason);

    /// <summary>Reads a row; true when there is something to look at (a problem, or a figure).</summary>
    private bool StartRow()
    {
        _inRow = false;
        (_column, _columnIndex) = (null, -1);
        if ((_problem = CheckRow() ?? CheckStrayCells() ?? CheckCodes(Cell(_indicator), Cell(_zone))) is not null)
        {
            return true;
        }
        if (Layout == TableLayout.Tidy)
        {
            _problem = ParseTidy();
            return true;
        }
        return StartWideRow();
    }

    /// <summary>A filled cell under a blank header, or under a wide header that is not a period: a problem at the first.</summary>
    private ObservationProblem? CheckStrayCells()
    {
        foreach (var index in _strayColumns)
        {
            var text = GetCell(index);
            if (text.IsEmpty)
            {
                continue;
            }
            return Names[index].Length == 0
                ? Fail(FieldInvalidRule, string.Create(CultureInfo.InvariantCulture, $"(no header, field {index + 1})"), Shorten(text),
                    "Expected cells only under the header's columns, but this one is under a blank header cell.")
                : Fail(FieldInvalidRule, Names[index], Shorten(text),
                    $"Expected figures only under periods such as 2023, 2024-Q2 or 2024-M06, but this cell is under \"{Names[index]}\", which is not one.");
        }
        return null;
    }

    private ObservationProblem? CheckCodes(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone)
    {
        if (!Preconditions.IsCode(indicator))
        {
            return Bad("indicator", indicator, "Expected an indicator code of ASCII letters, digits, '-', '_' or '.'.");
        }
        return zone.Length > 0 && !Preconditions.IsCode(zone) ? Bad("zone", zone, "Expected a zone code, or a blank field for the whole region.") : null;
    }

    private ObservationProblem? ReadStatus(ReadOnlySpan<char> text, out ObservationStatus status)
    {
        status = ObservationStatus.Normal;
        return text.Length > 0 && !TryStatus(text, out status)
            ? Bad("status", text, "Expected an SDMX status code (A, P, E, F, B, I, O) or a name such as \"provisional\".")
            : null;
    }

    private ObservationProblem? ParseTidy()
    {
        var periodText = Cell(_period);
        if (!ReportingPeriod.TryParse(periodText, null, out _currentPeriod))
        {
            return Bad("period", periodText, "Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\" or \"2024-YTD-M06\".");
        }
        _level = null;
        var valueText = Cell(_value);
        var unitText = Cell(_unit);
        if (valueText.Length > 0)
        {
            if (!DecimalText.TryParse(valueText, out var value))
            {
                return Bad("value", valueText, "Expected an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators, within the range of decimal).");
            }
            if (!_units.TryGet(unitText, out var unit))
            {
                return Bad("unit", unitText, $"Expected the value's unit, such as {_units.AcceptedForms}.");
            }
            _level = new Quantity(value, unit);
        }
        else if (unitText.Length > 0)
        {
            return Bad("unit", unitText, "Expected no unit without a value.");
        }
        _growthValue = null;
        var growthText = Cell(_growth);
        if (growthText.Length > 0)
        {
            if (!DecimalText.TryParse(growthText, out var growth))
            {
                return Bad("growth", growthText, "Expected a growth rate in percent as an invariant decimal number, such as 7.3.");
            }
            _growthValue = new Percent(growth);
        }
        if (ReadStatus(Cell(_statusColumn), out _status) is { } statusProblem)
        {
            return statusProblem;
        }
        _completedValue = null;
        var completedText = Cell(_completed);
        if (completedText.Length > 0)
        {
            if (!bool.TryParse(completedText, out var completed))
            {
                return Bad("completed", completedText, "Expected true, false, or a blank field.");
            }
            _completedValue = completed;
        }
        _released = null;
        var releasedText = Cell(_releasedColumn);
        if (releasedText.Length > 0)
        {
            var released = NodaTime.Text.LocalDatePattern.Iso.Parse(releasedText.ToString());
            if (!released.Success)
            {
                return Bad("released", releasedText, "Expected the date the figure was published as an ISO date such as 2024-02-29, or a blank field.");
            }
            _released = released.Value;
        }
        return _level is null && _growthValue is null && _completedValue is null
            ? Fail(RowWithoutFigureRule, null, null, "Expected a value, a growth rate or a completion flag, but the row has none.")
            : null;
    }

    /// <summary>Checks a wide row's own cells; true when there is something to look at (a problem, or its first figure).</summary>
    private bool StartWideRow()
    {
        _completedValue = null;
        _released = null;
        var measure = Cell(_measure);
        if (measure.IsEmpty || measure.Equals("level", StringComparison.OrdinalIgnoreCase))
        {
            _rowIsGrowth = false;
        }
        else if (measure.Equals("growth", StringComparison.OrdinalIgnoreCase))
        {
            _rowIsGrowth = true;
        }
        else
        {
            _problem = Bad("measure", measure, "Expected \"level\" (the cells are levels in the row's unit; the default) or \"growth\" (growth rates in percent).");
            return true;
        }
        var unitText = Cell(_unit);
        _rowUnit = null;
        if (!_rowIsGrowth)
        {
            if (!_units.TryGet(unitText, out var unit))
            {
                _problem = Bad("unit", unitText, $"Expected the unit of the row's levels, such as {_units.AcceptedForms}.");
                return true;
            }
            _rowUnit = unit;
        }
        else if (unitText.Length > 0)
        {
            _problem = Bad("unit", unitText, "Expected no unit on a row of growth rates (they are in percent).");
            return true;
        }
        if ((_problem = ReadStatus(Cell(_statusColumn), out _status)) is not null)
        {
            return true;
        }
        _inRow = true;
        _next = 0;
        if (NextCell())
        {
            return true;
        }
        _inRow = false;
        (_column, _columnIndex) = (null, -1);
        _problem = Fail(RowWithoutFigureRule, null, null, "Expected a figure in at least one period column, but the row has none.");
        return true;
    }

    /// <summary>Moves to the wide row's next filled period cell; false when there is none.</summary>
    private bool NextCell()
    {
        _problem = null;
        while (_next < _periods.Length)
        {
            var (index, period) = _periods[_next++];
            var text = GetCell(index);
            if (text.IsEmpty)
            {
                continue;
            }
            (_column, _columnIndex) = (Names[index], index);
            _currentPeriod = period;
            _level = null;
            _growthValue = null;
            if (!DecimalText.TryParse(text, out var value))
            {
                _problem = Fail(FieldInvalidRule, _column, Shorten(text),
                    _rowIsGrowth
                        ? (DiagnosticMessage)"Expected a growth rate in percent as an invariant decimal number, such as 7.3, or a blank cell for no figure."
                        : "Expected a level as an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators), or a blank cell for no figure.");
                return true;
            }
            if (_rowIsGrowth)
            {
                _growthValue = new Percent(value);
            }
            else
            {
                _level = new Quantity(value, _rowUnit!.Value);
            }
            return true;
        }
        return false;
    }

    private static bool TryStatus(ReadOnlySpan<char> text, out ObservationStatus status)
    {
        if (text.Length == 1 && ObservationCsv.TryParseStatusCode(text[0], out status))
        {
            return true;
        }
        foreach (var candidate in Enum.GetValues<ObservationStatus>())
        {
            if (text.Equals(candidate.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }
}
