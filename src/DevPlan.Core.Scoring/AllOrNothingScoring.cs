using DevPlan.Core.Attainment;

namespace DevPlan.Core.Scoring;

/// <summary>Full marks when the target is achieved or exceeded, nothing otherwise (including in-year and missing figures).</summary>
public sealed class AllOrNothingScoring : IScoringRule
{
    /// <inheritdoc />
    public decimal Score(TargetEvaluation result, decimal weight)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Assessment.Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded ? weight : 0m;
    }
}
