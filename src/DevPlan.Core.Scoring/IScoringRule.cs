using DevPlan.Core.Attainment;

namespace DevPlan.Core.Scoring;

/// <summary>
/// How one target's result turns into points in a responsibility assessment (目标责任考核). The
/// library ships <see cref="AllOrNothingScoring"/>, <see cref="ProportionalScoring"/> and
/// <see cref="BonusPerPointScoring"/>; implement this interface for a local rule.
/// </summary>
public interface IScoringRule
{
    /// <summary>Scores one target.</summary>
    /// <param name="result">The target's evaluation.</param>
    /// <param name="weight">The target's full marks.</param>
    /// <returns>The points earned, from 0 upwards (a bonus may exceed <paramref name="weight"/>).</returns>
    decimal Score(TargetEvaluation result, decimal weight);
}
