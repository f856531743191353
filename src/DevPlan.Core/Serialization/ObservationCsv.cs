using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using nietras.SeparatedValues;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Reads and writes observations as tidy CSV, one observation per row, with the columns
/// <c>indicator, zone, period, value, unit, growth, status, source, completed</c>. Parsing is done by
/// Sep, streaming from a <see cref="Stream"/> without loading the file.
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> UTF-8 with or without a byte-order mark; fields may be quoted (with
/// separators, doubled quotes and line breaks inside). The header must name <c>indicator</c> and
/// <c>period</c>; the other columns are optional and may come in any order. Numbers and dates are
/// invariant whatever the machine's culture: <c>1767.3</c>, never <c>1767,3</c>. A blank zone is the
/// whole region; a blank status is normal; status is an SDMX code (A, P, E, F, B, I, O) or a name
/// (<c>provisional</c>). A row needs a value (with its unit), a growth or a completion flag
/// (<c>true</c>/<c>false</c>).</para>
/// <para><b>Strict and lenient.</b> <see cref="Read"/> stops at the first bad row with an
/// <see cref="ObservationFormatException"/> naming the line, the column and the text;
/// <see cref="ReadLenient"/> keeps every good row and reports each bad one as a diagnostic. Either
/// way a missing required column, text that is not UTF-8, or a line beyond
/// <see cref="ObservationCsvOptions.MaxLineLength"/> stops the read.</para>
/// <para><b>Writing.</b> All nine columns, invariant numbers as published (<c>7.70</c> stays
/// <c>7.70</c>), status as its SDMX code. A source text that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return, after any number of apostrophes, gets one more
/// leading apostrophe so that a spreadsheet does not run it as a formula; reading removes exactly
/// that apostrophe, so the text round-trips. Numbers are never altered.</para>
/// </remarks>
public static class ObservationCsv
{
    /// <summary>The columns, in the order written.</summary>
    public static ImmutableArray<string> Columns { get; } = ["indicator", "zone", "period", "value", "unit", "growth", "status", "source", "completed"];

    /// <summary>Reads observations strictly, streaming: the first bad row stops the read.</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <returns>The observations, read as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null (when enumeration starts).</exception>
    /// <exception cref="ObservationFormatException">A bad header, row or field, invalid UTF-8, or a line beyond the limit.</exception>
    public static IEnumerable<Observation> Read(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Csv);
        options ??= ObservationCsvOptions.Default;
        return ReadCore(utf8Csv, options, sourceName, diagnostics: null, locations: null);
    }

    /// <summary>Reads observations strictly and asynchronously, streaming.</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, read as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ObservationFormatException">A bad header, row or field, invalid UTF-8, or a line beyond the limit.</exception>
    public static async IAsyncEnumerable<Observation> ReadAsync(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Csv);
        options ??= ObservationCsvOptions.Default;
        using var text = new BoundedLineReader(utf8Csv, options.MaxLineLength, sourceName);
        using var reader = await OpenAsync(text, options, sourceName, cancellationToken).ConfigureAwait(false);
        var columns = ColumnMap.From(reader.Header, sourceName, null);
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var (observation, error) = ParseCurrent(reader, columns, options);
            yield return observation ?? throw error!.ToException(sourceName);
        }
    }

    /// <summary>
    /// Reads observations leniently: every good row is kept with its line, and every bad row is left
    /// out and reported (DP3001 bad field, DP3002 ragged row, DP3004 row without a figure, DP3003
    /// unknown column). Reading is streaming; only the results are held.
    /// </summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in diagnostics, or null.</param>
    /// <returns>The observations, their lines and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ObservationFormatException">A missing required column, invalid UTF-8, or a line beyond the limit.</exception>
    public static ObservationReadResult ReadLenient(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Csv);
        options ??= ObservationCsvOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var locations = ImmutableArray.CreateBuilder<DiagnosticLocation>();
        var observations = ReadCore(utf8Csv, options, sourceName, diagnostics, locations).ToImmutableArray();
        return new ObservationReadResult(observations, locations.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Reads observations leniently and asynchronously (see <see cref="ReadLenient"/>).</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in diagnostics, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, their lines and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ObservationFormatException">A missing required column, invalid UTF-8, or a line beyond the limit.</exception>
    public static async Task<ObservationReadResult> ReadLenientAsync(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Csv);
        options ??= ObservationCsvOptions.Default;
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var observations = ImmutableArray.CreateBuilder<Observation>();
        var locations = ImmutableArray.CreateBuilder<DiagnosticLocation>();
        using var text = new BoundedLineReader(utf8Csv, options.MaxLineLength, sourceName);
        using var reader = await OpenAsync(text, options, sourceName, cancellationToken).ConfigureAwait(false);
        var columns = ColumnMap.From(reader.Header, sourceName, diagnostics);
        while (await reader.MoveNextAsync(cancellationToken).ConfigureAwait(false))
        {
            var (observation, error) = ParseCurrent(reader, columns, options);
            Collect(observation, error, sourceName, observations, locations, diagnostics);
        }
        return new ObservationReadResult(observations.ToImmutable(), locations.ToImmutable(), diagnostics.ToImmutable());
    }

    /// <summary>Writes observations as CSV with all columns, escaping fields as needed and neutralising formula-like text.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="utf8Csv">A writable stream; UTF-8 without a byte-order mark is written; it is not closed.</param>
    /// <param name="options">Options (the separator); <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(IEnumerable<Observation> observations, Stream utf8Csv, ObservationCsvOptions? options = null)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(utf8Csv);
        using var writer = NewWriter(utf8Csv, options);
        var rows = 0;
        foreach (var observation in observations)
        {
            WriteRow(writer, Preconditions.CheckNotNull(observation, nameof(observations)));
            rows++;
        }
        if (rows == 0)
        {
            writer.Header.Write();
        }
    }

    /// <summary>Writes observations as CSV asynchronously, flushing to the stream in batches so that memory stays bounded.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="utf8Csv">A writable stream; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every row is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task WriteAsync(IAsyncEnumerable<Observation> observations, Stream utf8Csv, ObservationCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(observations);
        Preconditions.CheckNotNull(utf8Csv);
        var buffer = new MemoryStream();
        await using (buffer.ConfigureAwait(false))
        {
            using var writer = NewWriter(buffer, options);
            var pending = 0;
            var rows = 0;
            await foreach (var observation in observations.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                WriteRow(writer, Preconditions.CheckNotNull(observation, nameof(observations)));
                rows++;
                if (++pending == 1024)
                {
                    writer.Flush();
                    await Drain(buffer, utf8Csv, cancellationToken).ConfigureAwait(false);
                    pending = 0;
                }
            }
            if (rows == 0)
            {
                writer.Header.Write();
            }
            writer.Flush();
            await Drain(buffer, utf8Csv, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes observations as a CSV string.</summary>
    /// <param name="observations">The observations.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <returns>The CSV text, with a header and a line end after every row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public static string ToCsv(IEnumerable<Observation> observations, ObservationCsvOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(observations, stream, options);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IEnumerable<Observation> ReadCore(Stream utf8Csv, ObservationCsvOptions options, string? sourceName,
        ImmutableArray<Diagnostic>.Builder? diagnostics, ImmutableArray<DiagnosticLocation>.Builder? locations)
    {
        using var text = new BoundedLineReader(utf8Csv, options.MaxLineLength, sourceName);
        using var reader = Open(text, options, sourceName);
        var columns = ColumnMap.From(reader.Header, sourceName, diagnostics);
        var kept = ImmutableArray.CreateBuilder<Observation>(0);
        while (reader.MoveNext())
        {
            var (observation, error) = ParseCurrent(reader, columns, options);
            if (diagnostics is null)
            {
                yield return observation ?? throw error!.ToException(sourceName);
                continue;
            }
            kept.Clear();
            Collect(observation, error, sourceName, kept, locations!, diagnostics);
            if (kept.Count == 1)
            {
                yield return kept[0];
            }
        }
    }

    private static void Collect(Observation? observation, RowError? error, string? sourceName, ImmutableArray<Observation>.Builder observations,
        ImmutableArray<DiagnosticLocation>.Builder locations, ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        if (observation is not null)
        {
            observations.Add(observation);
            locations.Add(new DiagnosticLocation(sourceName, Line: error?.Line));
            return;
        }
        diagnostics.Add(error!.ToDiagnostic(sourceName));
    }

    /// <summary>Parses the reader's current row: an observation (with its line carried in a null-rule error), or the error.</summary>
    private static (Observation? Observation, RowError? Error) ParseCurrent(SepReader reader, ColumnMap columns, ObservationCsvOptions options)
    {
        var row = reader.Current;
        var line = row.LineNumberFrom;
        if (row.ColCount != columns.Count)
        {
            return (null, new RowError(DiagnosticRules.CsvRowRagged, line, null, null,
                string.Create(CultureInfo.InvariantCulture, $"Expected {columns.Count} fields as in the header, but the row has {row.ColCount}.")));
        }
        for (var i = 0; i < row.ColCount; i++)
        {
            if (row[i].Span.Length > options.MaxFieldLength)
            {
                return (null, new RowError(DiagnosticRules.CsvFieldInvalid, line, columns.NameOf(i), row[i].Span[..77].ToString() + "...",
                    string.Create(CultureInfo.InvariantCulture, $"Expected a field of at most {options.MaxFieldLength} characters (ObservationCsvOptions.MaxFieldLength).")));
            }
        }
        var indicator = Field(row, columns.Indicator);
        if (!Preconditions.IsCode(indicator))
        {
            return Bad(line, "indicator", indicator, "Expected an indicator code of ASCII letters, digits, '-', '_' or '.'.");
        }
        var zoneText = Field(row, columns.Zone);
        if (zoneText.Length > 0 && !Preconditions.IsCode(zoneText))
        {
            return Bad(line, "zone", zoneText, "Expected a zone code, or a blank field for the whole region.");
        }
        var periodText = Field(row, columns.Period);
        if (!ReportingPeriod.TryParse(periodText, null, out var period))
        {
            return Bad(line, "period", periodText, "Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\" or \"2024-YTD-M06\".");
        }
        Quantity? level = null;
        var valueText = Field(row, columns.Value);
        var unitText = Field(row, columns.Unit);
        if (valueText.Length > 0)
        {
            if (!TryDecimal(valueText, out var value))
            {
                return Bad(line, "value", valueText, "Expected an invariant decimal number such as 1767.3 (a point for decimals, no thousands separators, within the range of decimal).");
            }
            if (!Unit.TryParse(unitText, null, out var unit))
            {
                return Bad(line, "unit", unitText, "Expected the value's unit, such as \"10^8 CNY\", \"10^4 person\" or \"percent\".");
            }
            level = new Quantity(value, unit);
        }
        else if (unitText.Length > 0)
        {
            return Bad(line, "unit", unitText, "Expected no unit without a value.");
        }
        decimal? growth = null;
        var growthText = Field(row, columns.Growth);
        if (growthText.Length > 0)
        {
            if (!TryDecimal(growthText, out var g))
            {
                return Bad(line, "growth", growthText, "Expected a growth rate in percent as an invariant decimal number, such as 7.3.");
            }
            growth = g;
        }
        var status = ObservationStatus.Normal;
        var statusText = Field(row, columns.Status);
        if (statusText.Length > 0 && !TryStatus(statusText, out status))
        {
            return Bad(line, "status", statusText, "Expected an SDMX status code (A, P, E, F, B, I, O) or a name such as \"provisional\".");
        }
        bool? completed = null;
        var completedText = Field(row, columns.Completed);
        if (completedText.Length > 0)
        {
            if (!bool.TryParse(completedText, out var c))
            {
                return Bad(line, "completed", completedText, "Expected true, false, or a blank field.");
            }
            completed = c;
        }
        if (level is null && growth is null && completed is null)
        {
            return (null, new RowError(DiagnosticRules.CsvRowWithoutFigure, line, null, null, "Expected a value, a growth rate or a completion flag, but the row has none."));
        }
        var source = Field(row, columns.Source);
        var observation = new Observation(indicator.ToString(), period, level, growth, completed)
        {
            Zone = zoneText.Length == 0 ? ZoneScope.Region : ZoneScope.Zone(zoneText.ToString()),
            Status = status,
            Source = source.Length == 0 ? null : SpreadsheetText.Restore(source.ToString()),
        };
        return (observation, new RowError(null, line, null, null, ""));
    }

    private static (Observation?, RowError?) Bad(int line, string column, ReadOnlySpan<char> text, string reason) =>
        (null, new RowError(DiagnosticRules.CsvFieldInvalid, line, column, text.ToString(), reason));

    private static ReadOnlySpan<char> Field(SepReader.Row row, int index) => index < 0 ? [] : row[index].Span;

    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);

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

    private static SepReaderOptions ReaderOptions(ObservationCsvOptions options) =>
        Sep.New(options.Separator).Reader(o => o with { Unescape = true, DisableColCountCheck = true, CultureInfo = CultureInfo.InvariantCulture });

    /// <summary>Opens Sep on the text; Sep reads the header here and refuses repeated column names.</summary>
    private static SepReader Open(TextReader text, ObservationCsvOptions options, string? sourceName)
    {
        try
        {
            return ReaderOptions(options).From(text);
        }
        catch (ArgumentException e)
        {
            throw BadHeader(e, sourceName);
        }
    }

    private static async ValueTask<SepReader> OpenAsync(TextReader text, ObservationCsvOptions options, string? sourceName, CancellationToken cancellationToken)
    {
        try
        {
            return await ReaderOptions(options).FromAsync(text, cancellationToken).ConfigureAwait(false);
        }
        catch (ArgumentException e)
        {
            throw BadHeader(e, sourceName);
        }
    }

    private static ObservationFormatException BadHeader(ArgumentException e, string? sourceName) =>
        new($"Expected a header row of distinct column names ({string.Join(", ", Columns)}), but {e.Message}", 1, sourceName: sourceName, innerException: e);

    /// <summary>A writer with every column declared, so that even an empty file gets its header.</summary>
    private static SepWriter NewWriter(Stream stream, ObservationCsvOptions? options)
    {
        var writer = Sep.New((options ?? ObservationCsvOptions.Default).Separator)
            .Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture })
            .To(stream, leaveOpen: true);
        writer.Header.Add(Columns.AsSpan());
        return writer;
    }

    private static void WriteRow(SepWriter writer, Observation observation)
    {
        using var row = writer.NewRow();
        Fill(row, observation);
    }

    private static void Fill(SepWriter.Row row, Observation o)
    {
        row["indicator"].Set(o.Indicator);
        row["zone"].Set(o.Zone.ZoneCode ?? "");
        row["period"].Set(o.Period.ToString());
        row["value"].Set(o.Level?.Value.ToString(CultureInfo.InvariantCulture) ?? "");
        row["unit"].Set(o.Level?.Unit.ToString() ?? "");
        row["growth"].Set(o.Growth?.ToString(CultureInfo.InvariantCulture) ?? "");
        row["status"].Set([o.Status.ToSdmxCode()]);
        row["source"].Set(o.Source is null ? "" : SpreadsheetText.Neutralise(o.Source));
        row["completed"].Set(o.Completed switch { true => "true", false => "false", null => "" });
    }

    private static async Task Drain(MemoryStream buffer, Stream target, CancellationToken cancellationToken)
    {
        await target.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }

    /// <summary>A bad row, or (with a null rule) the line of a good one.</summary>
    private sealed record RowError(DiagnosticRule? Rule, int Line, string? Column, string? Text, string Reason)
    {
        public ObservationFormatException ToException(string? sourceName) => new(Reason, Line, Column, Text, sourceName);

        public Diagnostic ToDiagnostic(string? sourceName) =>
            new(Rule!, Text is null ? Reason : $"{Reason} Found \"{(Text.Length <= 80 ? Text : Text[..77] + "...")}\".", new DiagnosticLocation(sourceName, Line: Line, Column: Column));
    }

    /// <summary>Where each known column stands in the header (−1 when absent).</summary>
    private sealed record ColumnMap(int Count, int Indicator, int Zone, int Period, int Value, int Unit, int Growth, int Status, int Source, int Completed)
    {
        private string[] Names { get; init; } = [];

        public string NameOf(int index) => Names[index];

        public static ColumnMap From(SepReaderHeader header, string? sourceName, ImmutableArray<Diagnostic>.Builder? diagnostics)
        {
            var names = header.ColNames;
            if (header.IsEmpty)
            {
                throw new ObservationFormatException($"Expected a header row naming the columns ({string.Join(", ", Columns)}), but the file is empty.", 1, sourceName: sourceName);
            }
            foreach (var name in names)
            {
                if (!Columns.Contains(name))
                {
                    var reason = $"Expected only the columns {string.Join(", ", Columns)}, but found \"{name}\".";
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
}
