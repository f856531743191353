namespace DevPlan.Core.Tests.Observations;

/// <summary>
/// Tests that measure the whole managed heap run alone: other test classes running in parallel
/// would allocate inside the measurement.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurementCollection
{
    public const string Name = "Heap measurements";
}
