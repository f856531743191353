using DevPlan.Core.Attainment;

namespace DevPlan.Core.Scoring;

/// <summary>
/// Full marks when achieved or exceeded, plus a bonus per point beyond the target in the better
/// direction (percentage points for rates; percent of the target for levels), up to a cap; nothing
/// when missed.
/// </summary>
public sealed class BonusPerPointScoring : IScoringRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="bonusPerPoint">The marks per point beyond the target; not negative.</param>
    /// <param name="maximumBonus">The most bonus one target can earn; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is negative.</exception>
    public BonusPerPointScoring(decimal bonusPerPoint, decimal maximumBonus)
    {
        if (bonusPerPoint < 0m || maximumBonus < 0m)
        {
            throw new ArgumentOutOfRangeException(bonusPerPoint < 0m ? nameof(bonusPerPoint) : nameof(maximumBonus), "Expected a bonus of zero or more.");
        }
        BonusPerPoint = bonusPerPoint;
        MaximumBonus = maximumBonus;
    }

    /// <summary>Gets the marks per point beyond the target.</summary>
    public decimal BonusPerPoint { get; }

    /// <summary>Gets the most bonus one target can earn.</summary>
    public decimal MaximumBonus { get; }

    /// <inheritdoc />
    public decimal Score(TargetEvaluation result, decimal weight)
    {
        ArgumentNullException.ThrowIfNull(result);
        var assessment = result.Assessment;
        if (assessment.Status is not (AttainmentStatus.Achieved or AttainmentStatus.Exceeded))
        {
            return 0m;
        }
        if (assessment.Gap is not { } gap || assessment.Target is not { } target)
        {
            return weight;
        }
        // The verdict says which way is better and whether its gap is in points (rates, shares) or in the level's unit.
        var better = assessment.Better == IndicatorDirection.HigherIsBetter ? 1m : -1m;
        var points = assessment.Unit != Units.Unit.Percent
            ? (target == 0m ? 0m : better * gap / Math.Abs(target) * 100m)
            : better * gap;
        return weight + Math.Min(MaximumBonus, Math.Max(0m, points) * BonusPerPoint);
    }
}
