namespace DevPlan.Core.Scoring;

/// <summary>One target's marks in an assessment.</summary>
/// <param name="TargetId">The target's id.</param>
/// <param name="Weight">Its full marks.</param>
/// <param name="Points">The marks earned.</param>
public sealed record TargetScore(string TargetId, decimal Weight, decimal Points);
