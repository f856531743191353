using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>
/// Judges a target against an observation (the public door is <see cref="PlanEvaluator.Assess"/>, which
/// documents the judgement). Assessing allocates nothing: the result is a value, and its text is built only
/// when asked.
/// </summary>
internal static class TargetAssessor
{
    /// <summary>Assesses a target against an observation.</summary>
    /// <param name="target">The target.</param>
    /// <param name="indicator">The target's indicator, for its direction and price basis.</param>
    /// <param name="observation">The latest observation of the target's indicator and zone within its period, or null.</param>
    /// <param name="asOf">The date of the assessment (used by <see cref="PaceBasis.AsOfDays"/>).</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <param name="samePeriodLastYear">The observation of the same period a year earlier, used to compute a nominal growth rate from levels when none is published.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException">The indicator, or the observation's indicator or zone, is not the target's.</exception>
    /// <exception cref="UnitMismatchException">A level is in another dimension than the target.</exception>
    public static TargetAssessment Assess(Target target, Indicator indicator, Observation? observation, LocalDate asOf,
        AttainmentPolicy? policy = null, Observation? samePeriodLastYear = null)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(indicator);
        policy ??= AttainmentPolicy.Default;
        if (!string.Equals(indicator.Code, target.Indicator, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected the indicator \"{target.Indicator}\" of target \"{target.Id}\", but found \"{indicator.Code}\".", nameof(indicator));
        }
        if (observation is not null && (!string.Equals(observation.Indicator, target.Indicator, StringComparison.Ordinal) || observation.Zone != target.Zone))
        {
            throw new ArgumentException($"Expected an observation of \"{target.Indicator}\" for {target.Zone}, but found one of \"{observation.Indicator}\" for {observation.Zone}.", nameof(observation));
        }
        var kind = TargetKinds.For(target.Kind);
        if (observation is null)
        {
            return kind.NotJudged(target, indicator, policy, AttainmentStatus.NoData, AttainmentReason.NoObservation);
        }
        if (!target.Period.Contains(observation.Period))
        {
            return kind.NotJudged(target, indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.ObservationOutsidePeriod);
        }
        return TargetKinds.Assess(new AssessmentInput(target, indicator, observation, samePeriodLastYear, asOf, policy));
    }
}
