using System.Collections.Immutable;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization.Formats;

/// <summary>Observations as CSV (see <see cref="ObservationCsv"/>), with the default options.</summary>
internal sealed class CsvObservationFormat : IObservationFormat
{
    public string Name => "csv";

    public string Description => "one observation per row, columns named in the header";

    public ImmutableArray<string> FileExtensions { get; } = [".csv"];

    public ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null) =>
        ObservationCsv.OpenReader(input, units is null ? null : ObservationCsvOptions.Default with { Units = units }, sourceName);

    public void Write(IEnumerable<Observation> observations, Stream output) => ObservationCsv.Write(observations, output);
}
