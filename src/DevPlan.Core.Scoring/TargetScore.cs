namespace DevPlan.Core.Scoring;

/// <summary>One target's marks in an assessment.</summary>
public sealed record TargetScore
{
    internal TargetScore(string targetId, decimal weight, decimal points)
    {
        TargetId = targetId;
        Weight = weight;
        Points = points;
    }

    /// <summary>Gets the target's id.</summary>
    public string TargetId { get; }

    /// <summary>Gets its full marks.</summary>
    public decimal Weight { get; }

    /// <summary>Gets the marks earned.</summary>
    public decimal Points { get; }
}
