using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
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
/// <para><b>The wide layout.</b> A header with no <c>period</c> column but columns named by
/// periods (<c>2023</c>, <c>2024-Q1</c>, <c>2024-YTD-M06</c>) is read as a wide table, as yearbooks
/// publish: one row per indicator and zone, each filled period cell one observation, a blank cell no
/// figure. The other columns are <c>indicator</c> (required), <c>zone</c>, <c>unit</c>,
/// <c>status</c>, <c>source</c> and <c>measure</c>: <c>level</c> (the default; the cells are levels
/// in the row's unit) or <c>growth</c> (growth rates in percent, no unit). A problem in a cell names
/// the period's column. Writing is always tidy.</para>
/// <para><b>Strict and lenient.</b> <see cref="Read"/> stops at the first bad row with an
/// <see cref="DevPlanFormatException"/> naming the line, the column and the text;
/// <see cref="ReadLenient"/> keeps every good row and reports each bad one as a diagnostic. Either
/// way a missing required column, text that is not UTF-8, or a line beyond
/// <see cref="ObservationCsvOptions.MaxLineLength"/> stops the read.</para>
/// <para><b>Writing.</b> All nine columns, invariant numbers as published (<c>7.70</c> stays
/// <c>7.70</c>), status as its SDMX code. A source text that begins with <c>=</c>, <c>+</c>,
/// <c>-</c>, <c>@</c>, a tab or a carriage return, after any number of apostrophes, gets one more
/// leading apostrophe so that a spreadsheet does not run it as a formula; reading removes exactly
/// that apostrophe, so the text round-trips. Numbers are never altered.</para>
/// </remarks>
public static partial class ObservationCsv
{
    /// <summary>
    /// The columns, in the order written: the members of an observation document's observation, in the same
    /// order, with the level as its value and unit.
    /// </summary>
    public static ImmutableArray<string> Columns { get; } = WireDescription.TableColumns(typeof(ObservationWire));

    /// <summary>
    /// Opens a reader over observation CSV: the one grammar that every consumer shares (objects,
    /// streaming evaluation with <c>PlanEvaluator.Evaluate</c>, checking with <c>ObservationChecker</c>). The header is read here.
    /// </summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in messages, or null.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">The header is missing, names a column twice, or lacks a required column.</exception>
    public static ObservationReader OpenReader(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null) =>
        CsvObservationReader.Open(Preconditions.CheckNotNull(utf8Csv), ownsStream: false, options ?? ObservationCsvOptions.Default, sourceName);

    /// <summary>Opens a reader over observation CSV asynchronously (see <see cref="OpenReader"/>).</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in messages, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">The header is missing, names a column twice, or lacks a required column.</exception>
    public static async ValueTask<ObservationReader> OpenReaderAsync(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default) =>
        await CsvObservationReader.OpenAsync(Preconditions.CheckNotNull(utf8Csv), ownsStream: false, options ?? ObservationCsvOptions.Default, sourceName, cancellationToken).ConfigureAwait(false);

    /// <summary>Reads observations strictly, streaming: the first bad row, or a column that is not known, stops the read.</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <returns>The observations, read as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">A bad header, row or field, invalid UTF-8, or a line beyond the limit.</exception>
    public static IEnumerable<Observation> Read(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Csv);
        return Strictly(utf8Csv, options, sourceName);
    }

    private static IEnumerable<Observation> Strictly(Stream utf8Csv, ObservationCsvOptions? options, string? sourceName)
    {
        using var reader = OpenReader(utf8Csv, options, sourceName);
        foreach (var observation in reader.ReadObservations())
        {
            yield return observation;
        }
    }

    /// <summary>Reads observations strictly and asynchronously, streaming.</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, read as enumerated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">A bad header, row or field, invalid UTF-8, or a line beyond the limit.</exception>
    public static async IAsyncEnumerable<Observation> ReadAsync(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Csv);
        using var reader = await OpenReaderAsync(utf8Csv, options, sourceName, cancellationToken).ConfigureAwait(false);
        await foreach (var observation in reader.ReadObservationsAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return observation;
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
    /// <exception cref="DevPlanFormatException">A missing required column, invalid UTF-8, or a line beyond the limit.</exception>
    public static ObservationReadResult ReadLenient(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        using var reader = OpenReader(utf8Csv, options, sourceName);
        return reader.ReadAllLenient();
    }

    /// <summary>Reads observations leniently and asynchronously (see <see cref="ReadLenient"/>).</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in diagnostics, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The observations, their lines and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">A missing required column, invalid UTF-8, or a line beyond the limit.</exception>
    public static async Task<ObservationReadResult> ReadLenientAsync(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        using var reader = await OpenReaderAsync(utf8Csv, options, sourceName, cancellationToken).ConfigureAwait(false);
        return await reader.ReadAllLenientAsync(cancellationToken).ConfigureAwait(false);
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
        row["growth"].Set(o.Growth?.Value.ToString(CultureInfo.InvariantCulture) ?? "");
        row["status"].Set([StatusCode(o.Status)]);
        row["source"].Set(o.Source is null ? "" : SpreadsheetText.Neutralise(o.Source));
        row["completed"].Set(o.Completed switch { true => "true", false => "false", null => "" });
        row["released"].Set(o.Released is { } released ? released.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "");
    }

    private static async Task Drain(MemoryStream buffer, Stream target, CancellationToken cancellationToken)
    {
        await target.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken).ConfigureAwait(false);
        buffer.SetLength(0);
    }
}
