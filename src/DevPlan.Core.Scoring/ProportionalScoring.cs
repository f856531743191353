using DevPlan.Core.Attainment;

namespace DevPlan.Core.Scoring;

/// <summary>
/// Marks in proportion to completion: full marks when achieved or exceeded, otherwise the weight
/// times the completion ratio in the better direction (actual / target when more is better, target /
/// actual when less is better), between 0 and 1. A missed task, a missing or unjudgeable figure scores 0.
/// </summary>
public sealed class ProportionalScoring : IScoringRule
{
    /// <inheritdoc />
    public decimal Score(TargetEvaluation result, decimal weight)
    {
        ArgumentNullException.ThrowIfNull(result);
        var assessment = result.Assessment;
        if (assessment.Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded)
        {
            return weight;
        }
        if (assessment.Status != AttainmentStatus.NotAchieved || assessment.Actual is not { } actual || assessment.Target is not { } target
            || assessment.Measure is VerdictMeasure.Task or VerdictMeasure.Aim)
        {
            return 0m;
        }
        var lowerIsBetter = assessment.Better == IndicatorDirection.LowerIsBetter;
        var (numerator, denominator) = lowerIsBetter ? (target, actual) : (actual, target);
        if (denominator <= 0m || numerator <= 0m)
        {
            return 0m;
        }
        return weight * Math.Min(1m, numerator / denominator);
    }
}
