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
internal sealed class WideCsvObservationReader : ObservationReader
{
    /// <summary>The columns that are not periods.</summary>
    public static ImmutableArray<string> FixedColumns { get; } = ["indicator", "zone", "unit", "status", "source", "measure"];

    private readonly CsvTextGuard _text;
    private readonly SepReader _sep;
    private readonly ObservationCsvOptions _options;
    private readonly UnitCache _units;
    private readonly CodeTable _codes = new();
    private readonly ImmutableArray<Diagnostic> _notices;
    private readonly bool _ownsStream;
    private readonly Stream _stream;
    private readonly string[] _names;
    private readonly (int Index, ReportingPeriod Period)[] _periods;
    private readonly int _indicator, _zone, _unit, _statusColumn, _source, _measure;

    private ObservationProblem? _problem;
    private bool _inRow;
    private int _next;
    private int _line;
    private string? _column;
    private ReportingPeriod _period;
    private Quantity? _level;
    private Percent? _growth;
    private bool _rowIsGrowth;
    private Unit? _rowUnit;
    private ObservationStatus _status;

    private WideCsvObservationReader(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _text = text;
        _sep = sep;
        _options = options;
        _units = new UnitCache(options.Units);
        SourceName = sourceName;
        _names = [.. sep.Header.ColNames];
        var notices = ImmutableArray.CreateBuilder<Diagnostic>();
        var periods = new List<(int, ReportingPeriod)>();
        for (var i = 0; i < _names.Length; i++)
        {
            if (ReportingPeriod.TryParse(_names[i], CultureInfo.InvariantCulture, out var period))
            {
                periods.Add((i, period));
            }
            else if (!FixedColumns.Contains(_names[i]))
            {
                notices.Add(new Diagnostic(DiagnosticRules.CsvColumnUnknown,
                    $"Expected the columns {string.Join(", ", FixedColumns)} and periods such as 2023 or 2024-Q2, but found \"{_names[i]}\". It is ignored.",
                    new DiagnosticLocation(sourceName, line: 1, column: _names[i])));
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

    public override string? SourceName { get; }

    public override ObservationProblem? Problem => _problem;

    public override IReadOnlyList<Diagnostic> Notices => _notices;

    public override DiagnosticLocation CurrentLocation => new(SourceName, line: _line, column: _column);

    public override ObservationRecord Current
    {
        get
        {
            ThrowIfNoRecord();
            var row = _sep.Current;
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
        var record = Current;
        return new Observation(_codes[_codes.Intern(record.Indicator)], _period, _level, _growth)
        {
            Zone = record.Zone.IsEmpty ? ZoneScope.Region : ZoneScope.Zone(_codes[_codes.Intern(record.Zone)]),
            Status = _status,
            Source = record.Source.IsEmpty ? null : record.Source.ToString(),
        };
    }

    public override bool Read()
    {
        while (true)
        {
            if (_inRow && NextCell())
            {
                return true;
            }
            if (!_sep.MoveNext())
            {
                return false;
            }
            if (StartRow(_sep.Current))
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
            if (!await _sep.MoveNextAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            if (StartRow(_sep.Current))
            {
                return true;
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sep.Dispose();
            _text.Dispose();
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    /// <summary>Checks a row's own fields; true when there is something to look at (a problem, or its first figure).</summary>
    private bool StartRow(SepReader.Row row)
    {
        _problem = null;
        _inRow = false;
        _column = null;
        _line = row.LineNumberFrom;
        if (_text.HasProblems && _text.TryTakeProblem(_line, out var quoteProblem))
        {
            _problem = QuoteProblem(row, quoteProblem);
            return true;
        }
        if (row.ColCount != _names.Length)
        {
            _problem = Fail(DiagnosticRules.CsvRowRagged, null, null,
                string.Create(CultureInfo.InvariantCulture, $"Expected {_names.Length} fields as in the header, but the row has {row.ColCount}."));
            return true;
        }
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.Length > _options.MaxFieldLength)
            {
                _problem = Fail(DiagnosticRules.CsvFieldInvalid, _names[i], CsvObservationReader.Shorten(row[i].Span),
                    string.Create(CultureInfo.InvariantCulture, $"Expected a field of at most {_options.MaxFieldLength} characters (ObservationCsvOptions.MaxFieldLength), but this one has {row[i].Span.Length}."));
                return true;
            }
        }
        var indicator = Field(row, _indicator);
        if (!Preconditions.IsCode(indicator))
        {
            _problem = Bad("indicator", indicator, "Expected an indicator code of ASCII letters, digits, '-', '_' or '.'.");
            return true;
        }
        var zone = Field(row, _zone);
        if (zone.Length > 0 && !Preconditions.IsCode(zone))
        {
            _problem = Bad("zone", zone, "Expected a zone code, or a blank field for the whole region.");
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
            _problem = Bad("measure", measure, "Expected \"level\" (the cells are levels in the row's unit; the default) or \"growth\" (growth rates in percent).");
            return true;
        }
        var unitText = Field(row, _unit);
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
        _status = ObservationStatus.Normal;
        var statusText = Field(row, _statusColumn);
        if (statusText.Length > 0 && !CsvObservationReader.TryStatus(statusText, out _status))
        {
            _problem = Bad("status", statusText, "Expected an SDMX status code (A, P, E, F, B, I, O) or a name such as \"provisional\".");
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
        _problem = Fail(DiagnosticRules.CsvRowWithoutFigure, null, null, "Expected a figure in at least one period column, but the row has none.");
        return true;
    }

    /// <summary>Moves to the row's next filled period cell; false when there is none.</summary>
    private bool NextCell()
    {
        var row = _sep.Current;
        _problem = null;
        while (_next < _periods.Length)
        {
            var (index, period) = _periods[_next++];
            var text = row[index].Span;
            if (text.IsEmpty)
            {
                continue;
            }
            _column = _names[index];
            _period = period;
            _level = null;
            _growth = null;
            if (!DecimalText.TryParse(text, out var value))
            {
                _problem = Fail(DiagnosticRules.CsvFieldInvalid, _column, CsvObservationReader.Shorten(text),
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

    /// <summary>A row the text guard found malformed: named by the field that holds the neutralised quote, when one does.</summary>
    private ObservationProblem QuoteProblem(SepReader.Row row, string reason)
    {
        for (var i = 0; i < row.ColCount && i < _names.Length; i++)
        {
            var field = row[i].Span;
            if (field.Contains(CsvTextGuard.StrayQuote))
            {
                return Fail(DiagnosticRules.CsvFieldInvalid, _names[i], CsvObservationReader.Shorten(field).Replace(CsvTextGuard.StrayQuote, '"'), reason);
            }
        }
        return Fail(DiagnosticRules.CsvFieldInvalid, null, null, reason);
    }

    private int IndexOf(string name) => Array.IndexOf(_names, name);

    private ObservationProblem Bad(string column, ReadOnlySpan<char> text, string reason) =>
        Fail(DiagnosticRules.CsvFieldInvalid, column, CsvObservationReader.Shorten(text), reason);

    private ObservationProblem Fail(DiagnosticRule rule, string? column, string? text, string reason) =>
        new(rule, reason, new DiagnosticLocation(SourceName, line: _line, column: column), text);

    private static ReadOnlySpan<char> Field(SepReader.Row row, int index) => index < 0 ? [] : row[index].Span;
}
