using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>What a kind judges on one figure: the target, its indicator, the observation, and the circumstances.</summary>
/// <param name="Target">The target.</param>
/// <param name="Indicator">The target's indicator.</param>
/// <param name="Observation">The observation, of the target's indicator and zone, within its period.</param>
/// <param name="SamePeriodLastYear">The observation of the same period a year earlier, for a growth computed from levels, or null.</param>
/// <param name="AsOf">The date of the assessment.</param>
/// <param name="Policy">The judgement policy.</param>
internal readonly record struct AssessmentInput(Target Target, Indicator Indicator, Observation Observation, Observation? SamePeriodLastYear, LocalDate AsOf, AttainmentPolicy Policy)
{
    /// <summary>Whether the observation covers the whole target period, so the verdict is final.</summary>
    public bool IsFinal => Observation.Period.Start == Target.Period.Start && Observation.Period.End == Target.Period.End;

    /// <summary>The stage of a verdict on this figure: final when it covers the period, in progress otherwise.</summary>
    public VerdictStage Stage => IsFinal ? VerdictStage.Final : VerdictStage.InProgress;

    /// <summary>The unit of the target's figures: percent for rates and tasks, the level's unit for levels.</summary>
    public Unit Unit => Target.Figure?.Unit ?? Unit.Percent;
}
