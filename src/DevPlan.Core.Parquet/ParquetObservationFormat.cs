using System.Collections.Immutable;
using DevPlan.Core.Observations;
using DevPlan.Core.Parquet.Internal;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using Parquet;

namespace DevPlan.Core.Parquet;

/// <summary>
/// Observations as Apache Parquet, for data platforms (DuckDB, Spark, pandas): the columns of
/// observation CSV, typed, with <c>period_start</c> and <c>period_end</c> dates beside the period's
/// text, <c>value</c> and <c>growth</c> as <c>DECIMAL(28,10)</c>, and <c>value_scale</c> and
/// <c>growth_scale</c> holding the decimals each figure was published with, so that a file read
/// back gives 4.100 for 4.100. A file prepared elsewhere may hold its figures as decimals of any
/// scale, doubles (read through their shortest round-trip text) or integers, and may leave the
/// companion columns out. Register it with <see cref="ObservationFormats.With"/>.
/// </summary>
public sealed class ParquetObservationFormat : IObservationFormat
{
    /// <summary>The rows a written row group holds.</summary>
    private const int RowGroupSize = 100_000;

    /// <summary>Initializes the format with the options it reads with.</summary>
    /// <param name="options">The units and the limits; <see cref="ParquetReadOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    public ParquetObservationFormat(ParquetReadOptions? options = null)
    {
        options ??= ParquetReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFooterBytes, "options.MaxFooterBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, "options.MaxColumns");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRowGroups, "options.MaxRowGroups");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRowGroupRows, "options.MaxRowGroupRows");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRowGroupBytes, "options.MaxRowGroupBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxDecodedBytes, "options.MaxDecodedBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxPageBytes, "options.MaxPageBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellLength, "options.MaxCellLength");
        Options = options;
    }

    /// <summary>Gets the options the format reads with.</summary>
    public ParquetReadOptions Options { get; }

    /// <inheritdoc />
    public string Name => "parquet";

    /// <inheritdoc />
    public string Description => "Apache Parquet, typed columns for DuckDB, Spark and pandas";

    /// <inheritdoc />
    public ImmutableArray<string> FileExtensions { get; } = [".parquet"];

    /// <inheritdoc />
    /// <remarks>The units given here are used unless <see cref="ParquetReadOptions.Units"/> names others.</remarks>
    public ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ParquetObservationReader.Open(input, sourceName, Options.Units is null && units is not null ? Options with { Units = units } : Options);
    }

    /// <inheritdoc />
    /// <remarks>Parquet.Net writes asynchronously; this waits for <see cref="WriteAsync"/>, which does not capture a synchronization context.</remarks>
    /// <exception cref="ArgumentException">A figure has more than ten decimals, which the file's <c>DECIMAL(28,10)</c> cannot hold exactly.</exception>
    public void Write(IEnumerable<Observation> observations, Stream output) => SeekableOutput.Wait(WriteAsync(observations, output));

    /// <summary>Writes observations as Parquet, in row groups of 100,000.</summary>
    /// <param name="observations">The observations, written in order.</param>
    /// <param name="output">A writable stream; it is not closed. One that cannot seek receives a copy of a temporary file.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the file is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A figure has more than ten decimals, which the file's <c>DECIMAL(28,10)</c> cannot hold exactly.</exception>
    public async Task WriteAsync(IEnumerable<Observation> observations, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(output);
        await SeekableOutput.WriteAsync(output, async target =>
        {
            var writer = await ParquetWriter.CreateAsync(ObservationSchema.Schema, target, new ParquetOptions { UseDateOnlyTypeForDates = true }, cancellationToken: cancellationToken).ConfigureAwait(false);
            await using (writer.ConfigureAwait(false))
            {
                var batch = new List<Observation>(RowGroupSize);
                var index = 0;
                foreach (var observation in observations)
                {
                    ArgumentNullException.ThrowIfNull(observation, nameof(observations));
                    CheckScale(observation.Level?.Value, index, "value");
                    CheckScale(observation.Growth?.Value, index, "growth");
                    batch.Add(observation);
                    index++;
                    if (batch.Count == RowGroupSize)
                    {
                        await WriteRowGroup(writer, batch, cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                    }
                }
                if (batch.Count > 0 || index == 0)
                {
                    await WriteRowGroup(writer, batch, cancellationToken).ConfigureAwait(false);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteRowGroup(ParquetWriter writer, List<Observation> rows, CancellationToken cancellationToken)
    {
        using var group = writer.CreateRowGroup();
        await group.WriteAsync(ObservationSchema.Indicator, rows.Select(o => o.Indicator).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(ObservationSchema.Zone, rows.Select(o => o.Zone.ZoneCode).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync(ObservationSchema.Period, rows.Select(o => o.Period.ToString()).ToArray()).ConfigureAwait(false);
        await group.WriteAsync<DateOnly>(ObservationSchema.PeriodStart, rows.Select(o => o.Period.Start.ToDateOnly()).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<DateOnly>(ObservationSchema.PeriodEnd, rows.Select(o => o.Period.End.ToDateOnly()).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<decimal>(ObservationSchema.Value, rows.Select(o => o.Level?.Value).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(ObservationSchema.ValueScale, rows.Select(o => o.Level is { } l ? (int?)l.Value.Scale : null).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(ObservationSchema.Unit, rows.Select(o => o.Level?.Unit.ToString()).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync<decimal>(ObservationSchema.Growth, rows.Select(o => o.Growth?.Value).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(ObservationSchema.GrowthScale, rows.Select(o => o.Growth is { } g ? (int?)g.Value.Scale : null).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(ObservationSchema.Status, rows.Select(o => ObservationCsv.StatusCode(o.Status).ToString()).ToArray()).ConfigureAwait(false);
        await group.WriteAsync(ObservationSchema.Source, rows.Select(o => o.Source).ToArray()!).ConfigureAwait(false);
        await group.WriteAsync<bool>(ObservationSchema.Completed, rows.Select(o => o.Completed).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<DateOnly>(ObservationSchema.Released, rows.Select(o => o.Released?.ToDateOnly()).ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static void CheckScale(decimal? value, int index, string column)
    {
        if (value is { Scale: > ObservationSchema.Scale } figure)
        {
            throw new ArgumentException(
                $"Expected figures of at most {ObservationSchema.Scale} decimals, which Parquet's DECIMAL({ObservationSchema.Precision},{ObservationSchema.Scale}) holds exactly, but observation {index} has {column} {figure} ({figure.Scale} decimals).",
                "observations");
        }
    }
}
