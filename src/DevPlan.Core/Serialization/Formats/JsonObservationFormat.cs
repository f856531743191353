using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization.Formats;

/// <summary>Observations as a JSON document (see <see cref="ObservationJson"/>), read as a stream.</summary>
internal sealed class JsonObservationFormat : IObservationFormat
{
    public string Name => "json";

    public string Description => "an observation document with schemaVersion and an observations array";

    public ImmutableArray<string> FileExtensions { get; } = [".json"];

    public ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null) =>
        ObservationJson.OpenReader(input, units is null ? null : JsonReadOptions.Default with { Units = units }, sourceName);

    public void Write(IEnumerable<Observation> observations, Stream output)
    {
        Preconditions.CheckNotNull(observations);
        ObservationJson.Write(new ObservationDocument(observations), output);
    }
}
