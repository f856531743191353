namespace DevPlan.Core.Progress;

/// <summary>
/// The thresholds of the progress methods, as the conventions give them; a policy that can be
/// changed with an object initializer.
/// </summary>
public sealed record ProgressThresholds
{
    /// <summary>The conventions' thresholds.</summary>
    public static ProgressThresholds Default { get; } = new();

    /// <summary>Gets the ratio R of observed to required growth for substantial progress: 0.95.</summary>
    public decimal SubstantialRatio { get; init; } = 0.95m;

    /// <summary>Gets the ratio R for moderate progress: 0.60.</summary>
    public decimal ModerateRatio { get; init; } = 0.60m;

    /// <summary>Gets the directed growth P (a fraction) for substantial progress without a target: 0.015.</summary>
    public decimal SubstantialGrowth { get; init; } = 0.015m;

    /// <summary>Gets the directed growth P for moderate progress without a target: 0.005.</summary>
    public decimal ModerateGrowth { get; init; } = 0.005m;

    /// <summary>Gets the value that replaces a zero base or target, which the exponential model cannot take: 0.001.</summary>
    public decimal ZeroReplacement { get; init; } = 0.001m;

    /// <summary>Gets the projected ratio Q for on track in the UN variant: 0.95.</summary>
    public decimal UnOnTrack { get; init; } = 0.95m;

    /// <summary>Gets the projected ratio Q for fair progress in the UN variant: 0.10.</summary>
    public decimal UnFair { get; init; } = 0.10m;
}
