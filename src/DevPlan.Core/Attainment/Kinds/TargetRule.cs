using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// How one kind of target is judged against the observation chosen for it. Each kind has one rule,
/// in its own file, and <see cref="TargetRules.For"/> maps every <see cref="TargetKind"/> to its rule
/// with an exhaustive switch, so that a new kind is a compile error until it has one.
/// </summary>
internal abstract class TargetRule
{
    /// <summary>Judges the target; the observation is of the target's indicator and zone and lies within its period.</summary>
    public abstract TargetAssessment Assess(in AssessmentInput input);
}

/// <summary>What a rule judges: the target, its indicator, the observation, and the circumstances.</summary>
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

    /// <summary>+1 when higher is better, −1 when lower is better.</summary>
    public int Better => Indicator.Direction == IndicatorDirection.HigherIsBetter ? 1 : -1;

    /// <summary>The unit of the target's figures: percent for rates and tasks, the level's unit for levels.</summary>
    public Unit Unit => Target.Figure?.Unit ?? Unit.Percent;
}
