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
/// The grammar of tidy observation CSV (see <see cref="ObservationCsv"/>), as an
/// <see cref="ObservationReader"/>: Sep parses the rows from the guarded text
/// (<see cref="CsvTextGuard"/>), and each row's fields are checked and parsed from their spans;
/// codes and texts stay spans until a consumer keeps the row.
/// </summary>
internal sealed class CsvObservationReader : CsvReaderBase
{
    private readonly ColumnMap _columns;
    private readonly ImmutableArray<Diagnostic> _notices;

    private ReportingPeriod _period;
    private Quantity? _level;
    private Percent? _growth;
    private bool? _completed;
    private ObservationStatus _status;

    private CsvObservationReader(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
        : base(stream, ownsStream, text, sep, options, sourceName)
    {
        var notices = ImmutableArray.CreateBuilder<Diagnostic>();
        _columns = ColumnMap.From(sep.Header, sourceName, notices);
        _notices = notices.ToImmutable();
    }

    /// <summary>Opens a reader of the layout the header shows: tidy (a <c>period</c> column), or wide (a column per period).</summary>
    public static ObservationReader Open(Stream stream, bool ownsStream, ObservationCsvOptions options, string? sourceName)
    {
        var text = new CsvTextGuard(stream, options, sourceName);
        try
        {
            return Choose(stream, ownsStream, text, OpenSep(text, options, sourceName), options, sourceName);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    public static async ValueTask<ObservationReader> OpenAsync(Stream stream, bool ownsStream, ObservationCsvOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        var text = new CsvTextGuard(stream, options, sourceName);
        try
        {
            SepReader sep;
            try
            {
                sep = await SepOptions(options).FromAsync(text, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                throw BadHeader(e, sourceName);
            }
            return Choose(stream, ownsStream, text, CheckHeaderQuotes(sep, text, sourceName), options, sourceName);
        }
        catch
        {
            text.Dispose();
            throw;
        }
    }

    private static ObservationReader Choose(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
    {
        try
        {
            return WideCsvObservationReader.IsWide(sep.Header)
                ? WideCsvObservationReader.Open(stream, ownsStream, text, sep, options, sourceName)
                : new CsvObservationReader(stream, ownsStream, text, sep, options, sourceName);
        }
        catch
        {
            sep.Dispose();
            throw;
        }
    }

    public override IReadOnlyList<Diagnostic> Notices => _notices;

    public override DiagnosticLocation CurrentLocation => new(SourceName, line: Line);

    public override ObservationRecord Current
    {
        get
        {
            ThrowIfNoRecord();
            var row = Rows.Current;
            return new ObservationRecord
            {
                Indicator = Field(row, _columns.Indicator),
                Zone = Field(row, _columns.Zone),
                Period = _period,
                Level = _level,
                Growth = _growth,
                Completed = _completed,
                Status = _status,
                Source = SpreadsheetText.Restore(Field(row, _columns.Source)),
            };
        }
    }

    public override bool Read()
    {
        if (!Rows.MoveNext())
        {
            return false;
        }
        Parse(Rows.Current);
        return true;
    }

    public override async ValueTask<bool> ReadAsync(CancellationToken cancellationToken = default)
    {
        if (!await Rows.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        Parse(Rows.Current);
        return true;
    }

    /// <summary>The observation of the current row, its codes interned so that rows share their strings.</summary>
    public override Observation CreateObservation()
    {
        ThrowIfNoRecord();
        return CreateObservation(Current);
    }

    private static SepReaderOptions SepOptions(ObservationCsvOptions options) =>
        Sep.New(options.Separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });

    /// <summary>Opens Sep on the guarded text; Sep reads the header here and refuses repeated column names.</summary>
    private static SepReader OpenSep(CsvTextGuard text, ObservationCsvOptions options, string? sourceName)
    {
        SepReader reader;
        try
        {
            reader = SepOptions(options).From(text);
        }
        catch (ArgumentException e)
        {
            throw BadHeader(e, sourceName);
        }
        return CheckHeaderQuotes(reader, text, sourceName);
    }

    private static SepReader CheckHeaderQuotes(SepReader reader, CsvTextGuard text, string? sourceName)
    {
        if (text.HasProblems && text.TryTakeProblem(1, out var reason))
        {
            reader.Dispose();
            throw new ObservationFormatException($"Expected a header row of column names. {reason}", 1, sourceName: sourceName);
        }
        return reader;
    }

    private static ObservationFormatException BadHeader(ArgumentException e, string? sourceName) =>
        new($"Expected a header row of distinct column names ({string.Join(", ", ObservationCsv.Columns)}), but {e.Message}", 1, sourceName: sourceName, innerException: e);

    /// <summary>Checks and parses one row; sets the parsed figures, or the problem.</summary>
    private void Parse(SepReader.Row row)
    {
        Line = row.LineNumberFrom;
        RowProblem = CheckShape(row) ?? CheckCodes(Field(row, _columns.Indicator), Field(row, _columns.Zone));
        if (RowProblem is not null)
        {
            return;
        }
        var periodText = Field(row, _columns.Period);
        if (!ReportingPeriod.TryParse(periodText, null, out _period))
        {
            RowProblem = Bad("period", periodText, "Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\" or \"2024-YTD-M06\".");
            return;
        }
        _level = null;
        var valueText = Field(row, _columns.Value);
        var unitText = Field(row, _columns.Unit);
        if (valueText.Length > 0)
        {
            if (!DecimalText.TryParse(valueText, out var value))
            {
                RowProblem = Bad("value", valueText, "Expected an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators, within the range of decimal).");
                return;
            }
            if (!Units.TryGet(unitText, out var unit))
            {
                RowProblem = Bad("unit", unitText, $"Expected the value's unit, such as {Units.AcceptedForms}.");
                return;
            }
            _level = new Quantity(value, unit);
        }
        else if (unitText.Length > 0)
        {
            RowProblem = Bad("unit", unitText, "Expected no unit without a value.");
            return;
        }
        _growth = null;
        var growthText = Field(row, _columns.Growth);
        if (growthText.Length > 0)
        {
            if (!DecimalText.TryParse(growthText, out var growth))
            {
                RowProblem = Bad("growth", growthText, "Expected a growth rate in percent as an invariant decimal number, such as 7.3.");
                return;
            }
            _growth = new Percent(growth);
        }
        if ((RowProblem = ReadStatus(Field(row, _columns.Status), out _status)) is not null)
        {
            return;
        }
        _completed = null;
        var completedText = Field(row, _columns.Completed);
        if (completedText.Length > 0)
        {
            if (!bool.TryParse(completedText, out var completed))
            {
                RowProblem = Bad("completed", completedText, "Expected true, false, or a blank field.");
                return;
            }
            _completed = completed;
        }
        if (_level is null && _growth is null && _completed is null)
        {
            RowProblem = Fail(DiagnosticRules.CsvRowWithoutFigure, null, null, "Expected a value, a growth rate or a completion flag, but the row has none.");
        }
    }
}

/// <summary>Where each known column stands in the header (−1 when absent).</summary>
internal sealed record ColumnMap(int Count, int Indicator, int Zone, int Period, int Value, int Unit, int Growth, int Status, int Source, int Completed)
{
    private string[] Names { get; init; } = [];

    public string NameOf(int index) => Names[index];

    /// <summary>Maps a header; a column that is not known is reported as a notice (DP3003) and ignored.</summary>
    public static ColumnMap From(SepReaderHeader header, string? sourceName, ImmutableArray<Diagnostic>.Builder notices)
    {
        var names = header.ColNames;
        if (header.IsEmpty)
        {
            throw new ObservationFormatException($"Expected a header row naming the columns ({string.Join(", ", ObservationCsv.Columns)}), but the file is empty.", 1, sourceName: sourceName);
        }
        foreach (var name in names)
        {
            if (!ObservationCsv.Columns.Contains(name))
            {
                notices.Add(new Diagnostic(DiagnosticRules.CsvColumnUnknown, $"Expected only the columns {string.Join(", ", ObservationCsv.Columns)}, but found \"{name}\". It is ignored.",
                    new DiagnosticLocation(sourceName, line: 1, column: name)));
            }
        }
        int IndexOf(string name, bool required)
        {
            var index = -1;
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    index = i;
                }
            }
            if (index < 0 && required)
            {
                throw new ObservationFormatException($"Expected a column \"{name}\" in the header, but found only: {string.Join(", ", names)}.", 1, name, sourceName: sourceName);
            }
            return index;
        }
        return new ColumnMap(names.Count, IndexOf("indicator", true), IndexOf("zone", false), IndexOf("period", true), IndexOf("value", false),
            IndexOf("unit", false), IndexOf("growth", false), IndexOf("status", false), IndexOf("source", false), IndexOf("completed", false))
        {
            Names = [.. names],
        };
    }
}
