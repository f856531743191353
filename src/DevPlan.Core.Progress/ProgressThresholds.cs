using DevPlan.Core.Units;

namespace DevPlan.Core.Progress;

/// <summary>
/// The thresholds of the progress methods, as Open SDG and the UN publish them; a policy that can be
/// changed with an object initializer. Each threshold is inclusive: a value exactly at it reaches the
/// higher category.
/// </summary>
public sealed record ProgressThresholds
{
    /// <summary>The published thresholds.</summary>
    public static ProgressThresholds Default { get; } = new();

    /// <summary>Gets the ratio R of observed to required growth for substantial progress: 0.95.</summary>
    public decimal SubstantialRatio { get; init; } = 0.95m;

    /// <summary>Gets the ratio R for moderate progress: 0.60.</summary>
    public decimal ModerateRatio { get; init; } = 0.60m;

    /// <summary>Gets the directed growth P for substantial progress without a target: 1.5% a year.</summary>
    public Percent SubstantialGrowth { get; init; } = new(1.5m);

    /// <summary>Gets the directed growth P for moderate progress without a target: 0.5% a year.</summary>
    public Percent ModerateGrowth { get; init; } = new(0.5m);

    /// <summary>Gets the value that replaces a zero base or target, which the exponential model cannot take: 0.001.</summary>
    public decimal ZeroReplacement { get; init; } = 0.001m;

    /// <summary>Gets the projected ratio Q for on track in the projected-ratio method: 0.95.</summary>
    public decimal ProjectedOnTrack { get; init; } = 0.95m;

    /// <summary>Gets the projected ratio Q for fair progress in the projected-ratio method: 0.10.</summary>
    public decimal ProjectedFair { get; init; } = 0.10m;
}
