using DevPlan.Core.Parquet.Internal;
using DevPlan.Core.Reporting;
using Parquet;
using Parquet.Schema;

namespace DevPlan.Core.Parquet;

/// <summary>
/// Evaluation results as Apache Parquet, for data platforms: one row per target, the columns of the
/// result record (<see cref="ResultRecord"/>) in snake_case — the plan, as-of date and language on
/// every row so that evaluations stack; codes as JSON spells them (<c>notAchieved</c>); figures as
/// <c>DECIMAL(28,10)</c>, computed shares rounded to ten decimals; years as INT32; dates as DATE; and
/// the verdict and explanation in the report's language.
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
                var columns = ResultRecord.Columns;
                for (var c = 0; c < columns.Length; c++)
                {
                    await WriteColumn(group, ResultSchema.Fields[c], columns[c], report, rows, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One column of the result record, typed as the schema says.</summary>
    private static Task WriteColumn(ParquetRowGroupWriter group, DataField field, ResultColumn column, EvaluationReport report, IReadOnlyList<ReportRow> rows, CancellationToken cancellationToken)
    {
        object? Value(ReportRow row) => column.ValueOf(report, row);
        return column.Type switch
        {
            ResultColumnType.Text => group.WriteAsync((DataField<string>)field, rows.Select(r => (string?)Value(r)).ToArray()!),
            ResultColumnType.Decimal => group.WriteAsync<decimal>(field, rows.Select(r => Ten((decimal?)Value(r))).ToArray(), cancellationToken: cancellationToken),
            ResultColumnType.Integer when column.IsNullable => group.WriteAsync<int>(field, rows.Select(r => (int?)Value(r)).ToArray(), cancellationToken: cancellationToken),
            ResultColumnType.Integer => group.WriteAsync<int>(field, rows.Select(r => (int)Value(r)!).ToArray(), cancellationToken: cancellationToken),
            ResultColumnType.Date => group.WriteAsync<DateOnly>(field, rows.Select(r => ((NodaTime.LocalDate)Value(r)!).ToDateOnly()).ToArray(), cancellationToken: cancellationToken),
            ResultColumnType.Boolean => group.WriteAsync<bool>(field, rows.Select(r => (bool)Value(r)!).ToArray(), cancellationToken: cancellationToken),
        };
    }

    /// <summary>A figure at the columns' ten decimals: a published figure is unchanged, a computed share is rounded.</summary>
    private static decimal? Ten(decimal? value) => value is { } v ? Math.Round(v, 10, MidpointRounding.AwayFromZero) : null;
}
