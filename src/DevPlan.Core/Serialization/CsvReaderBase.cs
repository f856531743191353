using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;
using nietras.SeparatedValues;

namespace DevPlan.Core.Serialization;

/// <summary>
/// What the tidy and the wide CSV readers share: Sep over the guarded text, the stream they may
/// own, the units and codes they intern, and the checks every row gets before its fields are read
/// (a stray quote, the field count, the field length, the indicator and zone codes, the status),
/// each problem located at its line and column.
/// </summary>
internal abstract class CsvReaderBase : ObservationReader
{
    private readonly CsvTextGuard _text;
    private readonly bool _ownsStream;
    private readonly Stream _stream;

    protected CsvReaderBase(Stream stream, bool ownsStream, CsvTextGuard text, SepReader sep, ObservationCsvOptions options, string? sourceName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _text = text;
        Rows = sep;
        Options = options;
        Units = new UnitCache(options.Units);
        SourceName = sourceName;
        Names = [.. sep.Header.ColNames];
    }

    public sealed override string? SourceName { get; }

    public sealed override ObservationProblem? Problem => RowProblem;

    /// <summary>Gets the rows as Sep reads them, positioned on the current row.</summary>
    protected SepReader Rows { get; }

    /// <summary>Gets the options the file is read with.</summary>
    protected ObservationCsvOptions Options { get; }

    /// <summary>Gets the units the file may use, parsed once each.</summary>
    protected UnitCache Units { get; }

    /// <summary>Gets the codes read so far, so that rows share their strings.</summary>
    protected CodeTable Codes { get; } = new();

    /// <summary>Gets the header's column names, in order.</summary>
    protected ImmutableArray<string> Names { get; }

    /// <summary>Gets or sets the line of the current row.</summary>
    protected int Line { get; set; }

    /// <summary>Gets or sets the problem of the current record, or null.</summary>
    protected ObservationProblem? RowProblem { get; set; }

    /// <summary>Checks what every row needs before its fields are read: no stray quote, the header's field count, no field over the limit.</summary>
    /// <returns>The row's problem, or null.</returns>
    protected ObservationProblem? CheckShape(SepReader.Row row)
    {
        if (_text.HasProblems && _text.TryTakeProblem(Line, out var quoteProblem))
        {
            return QuoteProblem(row, quoteProblem);
        }
        if (row.ColCount != Names.Length)
        {
            return Fail(DiagnosticRules.CsvRowRagged, null, null,
                string.Create(CultureInfo.InvariantCulture, $"Expected {Names.Length} fields as in the header, but the row has {row.ColCount}."));
        }
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.Length > Options.MaxFieldLength)
            {
                return Fail(DiagnosticRules.CsvFieldInvalid, Names[i], Shorten(row[i].Span),
                    string.Create(CultureInfo.InvariantCulture, $"Expected a field of at most {Options.MaxFieldLength} characters (ObservationCsvOptions.MaxFieldLength), but this one has {row[i].Span.Length}."));
            }
        }
        return null;
    }

    /// <summary>Checks the indicator and zone codes of a row.</summary>
    /// <returns>The problem, or null.</returns>
    protected ObservationProblem? CheckCodes(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone)
    {
        if (!Preconditions.IsCode(indicator))
        {
            return Bad("indicator", indicator, "Expected an indicator code of ASCII letters, digits, '-', '_' or '.'.");
        }
        return zone.Length > 0 && !Preconditions.IsCode(zone) ? Bad("zone", zone, "Expected a zone code, or a blank field for the whole region.") : null;
    }

    /// <summary>Reads a status field: blank is normal.</summary>
    /// <returns>The problem, or null.</returns>
    protected ObservationProblem? ReadStatus(ReadOnlySpan<char> text, out ObservationStatus status)
    {
        status = ObservationStatus.Normal;
        return text.Length > 0 && !TryStatus(text, out status)
            ? Bad("status", text, "Expected an SDMX status code (A, P, E, F, B, I, O) or a name such as \"provisional\".")
            : null;
    }

    /// <summary>Makes the observation of the current record, its codes interned.</summary>
    protected Observation CreateObservation(ObservationRecord record) =>
        new(Codes[Codes.Intern(record.Indicator)], record.Period, record.Level, record.Growth, record.Completed)
        {
            Zone = record.Zone.IsEmpty ? ZoneScope.Region : ZoneScope.Zone(Codes[Codes.Intern(record.Zone)]),
            Status = record.Status,
            Source = record.Source.IsEmpty ? null : record.Source.ToString(),
        };

    protected ObservationProblem Bad(string column, ReadOnlySpan<char> text, string reason) => Fail(DiagnosticRules.CsvFieldInvalid, column, Shorten(text), reason);

    protected ObservationProblem Fail(DiagnosticRule rule, string? column, string? text, string reason) =>
        new(rule, reason, new DiagnosticLocation(SourceName, line: Line, column: column), text);

    protected static ReadOnlySpan<char> Field(SepReader.Row row, int index) => index < 0 ? [] : row[index].Span;

    /// <summary>The offending text as messages show it: at most 80 characters, the rest cut to "...".</summary>
    protected static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Rows.Dispose();
            _text.Dispose();
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    /// <summary>A row the text guard found malformed: named by the field that holds the neutralised quote, when one does.</summary>
    private ObservationProblem QuoteProblem(SepReader.Row row, string reason)
    {
        for (var i = 0; i < row.ColCount && i < Names.Length; i++)
        {
            var field = row[i].Span;
            if (field.Contains(CsvTextGuard.StrayQuote))
            {
                return Fail(DiagnosticRules.CsvFieldInvalid, Names[i], Shorten(field).Replace(CsvTextGuard.StrayQuote, '"'), reason);
            }
        }
        return Fail(DiagnosticRules.CsvFieldInvalid, null, null, reason);
    }

    private static bool TryStatus(ReadOnlySpan<char> text, out ObservationStatus status)
    {
        if (text.Length == 1 && ObservationStatusExtensions.TryFromSdmxCode(text[0], out status))
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
