using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using nietras.SeparatedValues;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The row grammar of observation CSV files, shared by the object reader (<see cref="ObservationCsv"/>)
/// and the bulk reader: header mapping, field checks and values parsed from spans.
/// </summary>
internal static class ObservationCsvRows
{
    public static SepReaderOptions ReaderOptions(ObservationCsvOptions options) =>
        Sep.New(options.Separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });

    /// <summary>Opens Sep on the guarded text; Sep reads the header here and refuses repeated column names.</summary>
    public static SepReader Open(CsvTextGuard text, ObservationCsvOptions options, string? sourceName)
    {
        SepReader reader;
        try
        {
            reader = ReaderOptions(options).From(text);
        }
        catch (ArgumentException e)
        {
            throw BadHeader(e, sourceName);
        }
        return CheckHeaderQuotes(reader, text, sourceName);
    }

    public static async ValueTask<SepReader> OpenAsync(CsvTextGuard text, ObservationCsvOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        SepReader reader;
        try
        {
            reader = await ReaderOptions(options).FromAsync(text, cancellationToken).ConfigureAwait(false);
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

    /// <summary>Parses one row into spans and values; codes and texts stay spans, so a caller chooses whether to allocate.</summary>
    public static bool TryParse(SepReader.Row row, ColumnMap columns, ObservationCsvOptions options, UnitCache units, CsvTextGuard text, out ParsedRow parsed, out RowError? error)
    {
        parsed = default;
        error = null;
        var line = row.LineNumberFrom;
        if (text.HasProblems && text.TryTakeProblem(line, out var quoteProblem))
        {
            error = QuoteError(row, columns, line, quoteProblem);
            return false;
        }
        if (row.ColCount != columns.Count)
        {
            error = new RowError(DiagnosticRules.CsvRowRagged, line, null, null,
                string.Create(CultureInfo.InvariantCulture, $"Expected {columns.Count} fields as in the header, but the row has {row.ColCount}."));
            return false;
        }
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.Length > options.MaxFieldLength)
            {
                error = new RowError(DiagnosticRules.CsvFieldInvalid, line, columns.NameOf(i), Shorten(row[i].Span),
                    string.Create(CultureInfo.InvariantCulture, $"Expected a field of at most {options.MaxFieldLength} characters (ObservationCsvOptions.MaxFieldLength), but this one has {row[i].Span.Length}."));
                    return false;
            }
        }
        var indicator = Field(row, columns.Indicator);
        if (!Preconditions.IsCode(indicator))
        {
            error = Bad(line, "indicator", indicator, "Expected an indicator code of ASCII letters, digits, '-', '_' or '.'.");
            return false;
        }
        var zoneText = Field(row, columns.Zone);
        if (zoneText.Length > 0 && !Preconditions.IsCode(zoneText))
        {
            error = Bad(line, "zone", zoneText, "Expected a zone code, or a blank field for the whole region.");
            return false;
        }
        var periodText = Field(row, columns.Period);
        if (!ReportingPeriod.TryParse(periodText, null, out var period))
        {
            error = Bad(line, "period", periodText, "Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\" or \"2024-YTD-M06\".");
            return false;
        }
        Quantity? level = null;
        var valueText = Field(row, columns.Value);
        var unitText = Field(row, columns.Unit);
        if (valueText.Length > 0)
        {
            if (!TryDecimal(valueText, out var value))
            {
                error = Bad(line, "value", valueText, "Expected an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators, within the range of decimal).");
                return false;
            }
            if (!units.TryGet(unitText, out var unit))
            {
                error = Bad(line, "unit", unitText, "Expected the value's unit, such as \"10^8 CNY\", \"10^4 person\" or \"percent\".");
                return false;
            }
            level = new Quantity(value, unit);
        }
        else if (unitText.Length > 0)
        {
            error = Bad(line, "unit", unitText, "Expected no unit without a value.");
            return false;
        }
        decimal? growth = null;
        var growthText = Field(row, columns.Growth);
        if (growthText.Length > 0)
        {
            if (!TryDecimal(growthText, out var g))
            {
                error = Bad(line, "growth", growthText, "Expected a growth rate in percent as an invariant decimal number, such as 7.3.");
                return false;
            }
            growth = g;
        }
        var status = ObservationStatus.Normal;
        var statusText = Field(row, columns.Status);
        if (statusText.Length > 0 && !TryStatus(statusText, out status))
        {
            error = Bad(line, "status", statusText, "Expected an SDMX status code (A, P, E, F, B, I, O) or a name such as \"provisional\".");
            return false;
        }
        bool? completed = null;
        var completedText = Field(row, columns.Completed);
        if (completedText.Length > 0)
        {
            if (!bool.TryParse(completedText, out var c))
            {
                error = Bad(line, "completed", completedText, "Expected true, false, or a blank field.");
                return false;
            }
            completed = c;
        }
        if (level is null && growth is null && completed is null)
        {
            error = new RowError(DiagnosticRules.CsvRowWithoutFigure, line, null, null, "Expected a value, a growth rate or a completion flag, but the row has none.");
            return false;
        }
        parsed = new ParsedRow(line, indicator, zoneText, period, level, growth, status, completed, Field(row, columns.Source));
        return true;
    }

    /// <summary>A row the text guard found malformed: named by the field that holds the neutralised quote, when one does.</summary>
    private static RowError QuoteError(SepReader.Row row, ColumnMap columns, int line, string reason)
    {
        for (var i = 0; i < row.ColCount && i < columns.Count; i++)
        {
            var field = row[i].Span;
            if (field.Contains(CsvTextGuard.StrayQuote))
            {
                return new RowError(DiagnosticRules.CsvFieldInvalid, line, columns.NameOf(i), Shorten(field).Replace(CsvTextGuard.StrayQuote, '"'), reason);
            }
        }
        return new RowError(DiagnosticRules.CsvFieldInvalid, line, null, null, reason);
    }

    private static RowError Bad(int line, string column, ReadOnlySpan<char> text, string reason) =>
        new(DiagnosticRules.CsvFieldInvalid, line, column, Shorten(text), reason);

    /// <summary>The offending text as messages show it: at most 80 characters, the rest cut to "...".</summary>
    internal static string Shorten(ReadOnlySpan<char> text) => text.Length <= 80 ? text.ToString() : string.Concat(text[..77], "...");

    private static ReadOnlySpan<char> Field(SepReader.Row row, int index) => index < 0 ? [] : row[index].Span;

    /// <summary>
    /// Parses an invariant decimal. Plain forms (an optional '-', up to 18 digits, an optional point)
    /// are read directly, keeping their scale; anything else (a sign '+', an exponent, more digits)
    /// goes through <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>.
    /// </summary>
    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        if (TryPlainDecimal(text, out value))
        {
            return true;
        }
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryPlainDecimal(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = 0;
        var scale = -1;
        ulong mantissa = 0;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || ++digits > 18)
            {
                    return false;
            }
            mantissa = mantissa * 10 + (uint)(c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
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

/// <summary>A parsed row: codes and source as spans into the reader's buffer, figures parsed.</summary>
internal readonly ref struct ParsedRow(int line, ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period, Quantity? level, decimal? growth,
    ObservationStatus status, bool? completed, ReadOnlySpan<char> source)
{
    public int Line { get; } = line;

    public ReadOnlySpan<char> Indicator { get; } = indicator;

    public ReadOnlySpan<char> Zone { get; } = zone;

    public ReportingPeriod Period { get; } = period;

    public Quantity? Level { get; } = level;

    public decimal? Growth { get; } = growth;

    public ObservationStatus Status { get; } = status;

    public bool? Completed { get; } = completed;

    /// <summary>The source as written (a neutralised text still has its apostrophe).</summary>
    public ReadOnlySpan<char> Source { get; } = source;
}

    /// <summary>A bad row, or (with a null rule) the line of a good one.</summary>
internal sealed record RowError(DiagnosticRule? Rule, int Line, string? Column, string? Text, string Reason)
{
    public ObservationFormatException ToException(string? sourceName) => new(Reason, Line, Column, Text, sourceName);

    public Diagnostic ToDiagnostic(string? sourceName) =>
        new(Rule!, Text is null ? Reason : $"{Reason} Found \"{(Text.Length <= 80 ? Text : Text[..77] + "...")}\".", new DiagnosticLocation(sourceName, Line: Line, Column: Column));
}


    /// <summary>Where each known column stands in the header (−1 when absent).</summary>
internal sealed record ColumnMap(int Count, int Indicator, int Zone, int Period, int Value, int Unit, int Growth, int Status, int Source, int Completed)
{
    private string[] Names { get; init; } = [];

    public string NameOf(int index) => Names[index];

    public static ColumnMap From(SepReaderHeader header, string? sourceName, ImmutableArray<Diagnostic>.Builder? diagnostics)
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
                var reason = $"Expected only the columns {string.Join(", ", ObservationCsv.Columns)}, but found \"{name}\".";
                if (diagnostics is null)
                {
                    throw new ObservationFormatException(reason, 1, name, sourceName: sourceName);
                }
                diagnostics.Add(new Diagnostic(DiagnosticRules.CsvColumnUnknown, reason + " It is ignored.", new DiagnosticLocation(sourceName, Line: 1, Column: name)));
            }
        }
        int IndexOf(string name, bool required)
        {
            var index = -1;
            for (var i = 0; i < names.Count; i++)
            {
                if (names[i] == name)
                {
                    if (index >= 0)
                    {
                        throw new ObservationFormatException($"Expected the column \"{name}\" once, but the header names it twice.", 1, name, sourceName: sourceName);
                    }
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
