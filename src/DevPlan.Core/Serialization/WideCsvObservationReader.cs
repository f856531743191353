using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using nietras.SeparatedValues;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The wide layout of observation CSV, as statistical yearbooks and bulletins publish tables: one row
/// per indicator (and zone), one column per period (<c>2021</c>, <c>2024-Q1</c>, <c>2024-YTD-M06</c>).
/// Each filled period cell is one observation; a blank cell is no figure. The row's <c>measure</c>
/// says whether its cells are levels (the default, in the row's <c>unit</c>) or growth rates in
/// percent. A problem names the line and the column, the period's header for a cell.
/// </summary>
internal sealed class WideCsvObservationReader : CsvReaderBase
{
    /// <summary>The columns that are not periods.</summary>
    public static ImmutableArray<string> FixedColumns { get; } = ["indicator", "zone", "unit", "status", "source", "measure"];

    private readonly ImmutableArray<Diagnostic> _notices;
    private readonly (int Index, ReportingPeriod Period)[] _periods;
    private readonly int _indicator, _zone, _unit, _statusColumn, _source, _measure;

    private bool _inRow;
    private int _next;
    private string? _column;
    private ReportingPeriod _period;
    private Quantity? _level;
    private Percent? _growth;
    private bool _rowIsGrowth;
    private Unit? _rowUnit;
    private ObservationStatus _status;

    private WideCsvObservationReader(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
        : base(stream, ownsStream, text, sep, options, sourceName)
    {
        var notices = ImmutableArray.CreateBuilder<Diagnostic>();
        var periods = new List<(int, ReportingPeriod)>();
        for (var i = 0; i < Names.Length; i++)
        {
            if (ReportingPeriod.TryParse(Names[i], CultureInfo.InvariantCulture, out var period))
            {
                periods.Add((i, period));
            }
            else if (!FixedColumns.Contains(Names[i]))
            {
                notices.Add(new Diagnostic(DiagnosticRules.CsvColumnUnknown,
                    $"Expected the columns {string.Join(", ", FixedColumns)} and periods such as 2023 or 2024-Q2, but found \"{Names[i]}\". It is ignored.",
                    new DiagnosticLocation(sourceName, line: 1, column: Names[i])));
            }
        }
        _periods = [.. periods];
        _notices = notices.ToImmutable();
        _indicator = IndexOf("indicator");
        _zone = IndexOf("zone");
        _unit = IndexOf("unit");
        _statusColumn = IndexOf("status");
        _source = IndexOf("source");
        _measure = IndexOf("measure");
    }

    /// <summary>Whether a header is of the wide layout: no <c>period</c> column, and at least one column named by a period.</summary>
    public static bool IsWide(SepReaderHeader header) =>
        !header.ColNames.Contains("period") && header.ColNames.Any(n => ReportingPeriod.TryParse(n, CultureInfo.InvariantCulture, out _));

    /// <summary>Takes over a Sep reader whose header is wide; the header must name <c>indicator</c>.</summary>
    public static WideCsvObservationReader Open(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
    {
        if (!sep.Header.ColNames.Contains("indicator"))
        {
            throw new ObservationFormatException(
                $"Expected a column \"indicator\" in the header of a wide table (one column per period), but found only: {string.Join(", ", sep.Header.ColNames)}.", 1, "indicator", sourceName: sourceName);
        }
        return new WideCsvObservationReader(stream, ownsStream, text, sep, options, sourceName);
    }

    public override IReadOnlyList<Diagnostic> Notices => _notices;

    public override DiagnosticLocation CurrentLocation => new(SourceName, line: Line, column: _column);

    public override ObservationRecord Current
    {
        get
        {
            ThrowIfNoRecord();
            var row = Rows.Current;
            return new ObservationRecord
            {
                Indicator = Field(row, _indicator),
                Zone = Field(row, _zone),
                Period = _period,
                Level = _level,
                Growth = _growth,
                Status = _status,
                Source = SpreadsheetText.Restore(Field(row, _source)),
            };
        }
    }

    public override Observation CreateObservation()
    {
        ThrowIfNoRecord();
        return CreateObservation(Current);
    }

    public override bool Read()
    {
        while (true)
        {
            if (_inRow && NextCell())
            {
                return true;
            }
            if (!Rows.MoveNext())
            {
                return false;
            }
            if (StartRow(Rows.Current))
            {
                return true; // the row's problem, or its first figure
            }
        }
    }

    public override async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            if (_inRow && NextCell())
            {
                return true;
            }
            if (!await Rows.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            if (StartRow(Rows.Current))
            {
                return true;
            }
        }
    }

    /// <summary>Checks a row's own fields; true when there is something to look at (a problem, or its first figure).</summary>
    private bool StartRow(SepReader.Row row)
    {
        _inRow = false;
        _column = null;
        Line = row.LineNumberFrom;
        if ((RowProblem = CheckShape(row) ?? CheckCodes(Field(row, _indicator), Field(row, _zone))) is not null)
        {
            return true;
        }
        var measure = Field(row, _measure);
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
            RowProblem = Bad("measure", measure, "Expected \"level\" (the cells are levels in the row's unit; the default) or \"growth\" (growth rates in percent).");
            return true;
        }
        var unitText = Field(row, _unit);
        _rowUnit = null;
        if (!_rowIsGrowth)
        {
            if (!Units.TryGet(unitText, out var unit))
            {
                RowProblem = Bad("unit", unitText, $"Expected the unit of the row's levels, such as {Units.AcceptedForms}.");
                return true;
            }
            _rowUnit = unit;
        }
        else if (unitText.Length > 0)
        {
            RowProblem = Bad("unit", unitText, "Expected no unit on a row of growth rates (they are in percent).");
            return true;
        }
        if ((RowProblem = ReadStatus(Field(row, _statusColumn), out _status)) is not null)
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
        _column = null;
        RowProblem = Fail(DiagnosticRules.CsvRowWithoutFigure, null, null, "Expected a figure in at least one period column, but the row has none.");
        return true;
    }

    /// <summary>Moves to the row's next filled period cell; false when there is none.</summary>
    private bool NextCell()
    {
        var row = Rows.Current;
        RowProblem = null;
        while (_next < _periods.Length)
        {
            var (index, period) = _periods[_next++];
            var text = row[index].Span;
            if (text.IsEmpty)
            {
                continue;
            }
            _column = Names[index];
            _period = period;
            _level = null;
            _growth = null;
            if (!DecimalText.TryParse(text, out var value))
            {
                RowProblem = Fail(DiagnosticRules.CsvFieldInvalid, _column, Shorten(text),
                    _rowIsGrowth
                        ? "Expected a growth rate in percent as an invariant decimal number, such as 7.3, or a blank cell for no figure."
                        : "Expected a level as an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators), or a blank cell for no figure.");
                return true;
            }
            if (_rowIsGrowth)
            {
                _growth = new Percent(value);
            }
            else
            {
                _level = new Quantity(value, _rowUnit!.Value);
            }
            return true;
        }
        return false;
    }

    private int IndexOf(string name) => Names.IndexOf(name);
}
