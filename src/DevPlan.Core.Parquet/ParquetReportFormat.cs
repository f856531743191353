using DevPlan.Core.Parquet.Internal;
using DevPlan.Core.Reporting;
using Parquet;

namespace DevPlan.Core.Parquet;

/// <summary>
/// Evaluation results as Apache Parquet, for data platforms: one row per target with its plan,
/// indicator, zone, period (text, first and last dates), kind, nature and status as text; the
/// target, actual figure and gaps as <c>DECIMAL(28,10)</c>; the completion and elapsed shares in
/// percent, rounded to ten decimals; and the verdict and explanation in the report's language.
/// Register it with <see cref="ReportFormats.With"/>.
/// </summary>
public sealed class ParquetReportFormat : IReportFormat
{
    /// <inheritdoc />
    public string Name => "parquet";

    /// <inheritdoc />
    public string Description => "Apache Parquet, one typed row per target, for DuckDB, Spark and pandas";

    /// <inheritdoc />
    public string FileExtension => ".parquet";

    /// <inheritdoc />
    public bool IsText => false;

    /// <inheritdoc />
    /// <remarks>Parquet.Net writes asynchronously; this waits for <see cref="WriteAsync"/>, which does not capture a synchronization context.</remarks>
    public void Write(EvaluationReport report, Stream output) => SeekableOutput.Wait(WriteAsync(report, output));

    /// <summary>Writes the results of a report as Parquet, in one row group.</summary>
    /// <param name="report">The report, in its language.</param>
    /// <param name="output">A writable stream; it is not closed. One that cannot seek receives a copy of a temporary file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public async Task WriteAsync(EvaluationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rows = report.Rows;
        await SeekableOutput.WriteAsync(output, async target =>
        {
            var writer = await ParquetWriter.CreateAsync(ResultSchema.Schema, target, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                using var group = writer.CreateRowGroup();
                var results = rows.Select(r => r.Result).ToArray();
                await group.WriteAsync(ResultSchema.PlanId, results.Select(_ => report.Plan.Id).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.TargetId, results.Select(r => r.Target.Id).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Indicator, results.Select(r => r.Target.Indicator).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Zone, results.Select(r => r.Target.Zone.ZoneCode).ToArray()!).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Period, results.Select(r => r.Target.Period.ToString()).ToArray()).ConfigureAwait(false);
                await group.WriteAsync<DateOnly>(ResultSchema.PeriodStart, results.Select(r => r.Target.Period.Start.ToDateOnly()).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<DateOnly>(ResultSchema.PeriodEnd, results.Select(r => r.Target.Period.End.ToDateOnly()).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Kind, results.Select(r => r.Target.Kind.ToString()).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Nature, results.Select(r => r.Target.Nature.ToString()).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Status, results.Select(r => r.Assessment.Status.ToString()).ToArray()).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.Target, results.Select(r => Ten(r.Assessment.Target)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.Actual, results.Select(r => Ten(r.Assessment.Actual)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Unit, results.Select(r => r.Target.Kind == Core.TargetKind.Completion ? null : r.Assessment.Unit.ToString()).ToArray()!).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.RateGap, results.Select(r => Ten(r.Assessment.RateGap?.Value)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.LevelGap, results.Select(r => Ten(r.Assessment.LevelGap?.Value)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.Completion, results.Select(r => Ten(r.Assessment.Completion?.Value)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<decimal>(ResultSchema.Elapsed, results.Select(r => Ten(r.Assessment.ElapsedShare?.Value)).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync<bool>(ResultSchema.Provisional, rows.Select(r => r.IsProvisional).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Verdict, rows.Select(r => r.Status).ToArray()).ConfigureAwait(false);
                await group.WriteAsync(ResultSchema.Explanation, rows.Select(r => r.Explanation).ToArray()).ConfigureAwait(false);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A figure at the columns' ten decimals: a published figure is unchanged, a computed share is rounded.</summary>
    private static decimal? Ten(decimal? value) => value is { } v ? Math.Round(v, 10, MidpointRounding.AwayFromZero) : null;
}
