using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>
/// Judges a target against an observation, as plan assessment does (conventions §5). Assessing
/// allocates nothing: the result is a value, and its text is built only when asked.
/// </summary>
/// <remarks>
/// <para><b>Final or in-year.</b> When the observation covers the whole target period the verdict is
/// final (achieved, exceeded, not achieved). When it covers the start of the period only (January–May
/// of an annual target), the verdict is on pace: on track or behind. A growth target compares the
/// year-to-date cumulative growth with the target rate. A level target of a flow compares the share
/// of the target done with the elapsed share of the period (时间过半、任务过半); a level target of a
/// stock or a ratio compares the latest level with the target.</para>
/// <para><b>Qualifiers.</b> "At least" is an inclusive floor and "at most" an inclusive ceiling;
/// "about" is a band of ±<see cref="AttainmentPolicy.AboutToleranceForRates"/> (or the level
/// tolerance), above which the target is exceeded in the better direction; a figure without a
/// qualifier follows <see cref="AttainmentPolicy.Exactly"/>. Beyond a floor in the better direction
/// by more than the policy margin is exceeded. For a lower-is-better indicator everything mirrors.
/// A reduction target is met when the reduction (the negated change) is at least its figure.</para>
/// <para><b>Degenerate inputs.</b> No observation gives <see cref="AttainmentStatus.NoData"/>; an
/// observation without the figure the kind needs, a comparable-price growth without a published rate,
/// or growth on a zero or negative base gives <see cref="AttainmentStatus.NotAssessable"/> with the
/// reason; a target of zero has no completion ratio; a level in another dimension than the target
/// throws <see cref="UnitMismatchException"/> naming both units.</para>
/// </remarks>
public static class TargetAssessor
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
        var unit = target.Value?.Unit ?? Unit.Percent;
        var stretch = target.Stretch?.Value;
        if (observation is null)
        {
            return NotJudged(target, unit, AttainmentStatus.NoData, AttainmentReason.NoObservation);
        }
        if (!target.Period.Contains(observation.Period))
        {
            return NotJudged(target, unit, AttainmentStatus.NotAssessable, AttainmentReason.ObservationOutsidePeriod);
        }
        var isFinal = observation.Period.Start == target.Period.Start && observation.Period.End == target.Period.End;
        var direction = indicator.Direction == IndicatorDirection.HigherIsBetter ? 1 : -1;

        switch (target.Kind)
        {
            case TargetKind.Completion:
                return AssessCompletion(target, observation, isFinal);

            case TargetKind.GrowthRate:
            case TargetKind.Reduction:
            {
                var growth = Growth.For(indicator, observation, samePeriodLastYear);
                if (growth.Rate is not { } rate)
                {
                    return NotJudged(target, unit, AttainmentStatus.NotAssessable, growth.Issue switch
                    {
                        GrowthIssue.ComparablePricesNeedPublishedGrowth => AttainmentReason.ComparablePricesNeedPublishedGrowth,
                        GrowthIssue.NonPositiveBase => AttainmentReason.NonPositiveBase,
                        _ => AttainmentReason.MissingGrowth,
                    });
                }
                // A reduction is judged on its size, for which more is always better.
                var (actual, better) = target.Kind == TargetKind.Reduction ? (-rate.Value, 1) : (rate.Value, direction);
                var figure = target.Value!.Value.Value;
                var status = Judge(actual, figure, target.Qualifier!.Value, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
                return new TargetAssessment(Pace(status, isFinal), AttainmentReason.None, target.Kind, target.Qualifier, unit,
                    actual, figure, stretch, StretchVerdict(actual, stretch, better, isFinal), isFinal, Ratio(actual, figure), null);
            }

            default:
            {
                if (observation.Level is not { } level)
                {
                    return NotJudged(target, unit, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel);
                }
                var actual = level.ConvertTo(unit).Value;
                var figure = target.Value!.Value.Value;
                var qualifier = target.Qualifier!.Value;
                var completion = Ratio(actual, figure);
                if (isFinal || indicator.Accumulation != Accumulation.Flow)
                {
                    var magnitude = Math.Abs(figure);
                    var status = Judge(actual, figure, qualifier, direction,
                        magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction, policy);
                    return new TargetAssessment(Pace(status, isFinal), AttainmentReason.None, target.Kind, target.Qualifier, unit,
                        actual, figure, stretch, StretchVerdict(actual, stretch, direction, isFinal), isFinal, completion, null);
                }
                var elapsed = policy.PaceBasis == PaceBasis.ObservationMonths
                    ? Percent.FromFraction(observation.Period.MonthShareOf(target.Period))
                    : Percent.FromFraction(target.Period.ElapsedFraction(asOf));
                // On pace when the share done keeps up with the share elapsed, in the bound's direction.
                var floorLike = IsFloor(qualifier, direction, policy);
                var lag = completion is { } done ? (floorLike ? done.Value - elapsed.Value : elapsed.Value - done.Value) : 0m;
                var onPace = completion is null
                    ? (floorLike ? actual >= figure : actual <= figure)
                    : lag >= -policy.PaceTolerance.Value;
                return new TargetAssessment(onPace ? AttainmentStatus.OnTrack : AttainmentStatus.Behind, AttainmentReason.None, target.Kind, target.Qualifier, unit,
                    actual, figure, stretch, null, isFinal: false, completion, elapsed);
            }
        }
    }

    private static TargetAssessment AssessCompletion(Target target, Observation observation, bool isFinal)
    {
        if (observation.Completed is not { } completed)
        {
            return NotJudged(target, Unit.Percent, AttainmentStatus.NotAssessable, AttainmentReason.CompletionNeedsYesNo);
        }
        var actual = completed ? 1m : 0m;
        if (!completed && !isFinal)
        {
            return new TargetAssessment(AttainmentStatus.NotAssessable, AttainmentReason.TaskDueAtPeriodEnd, target.Kind, null, Unit.Percent,
                actual, null, null, null, isFinal, null, null);
        }
        return new TargetAssessment(completed ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved, AttainmentReason.None, target.Kind, null, Unit.Percent,
            actual, null, null, null, isFinal, null, null);
    }

    /// <summary>The verdict of a figure against a target figure, for the qualifier and the better direction (+1 or −1).</summary>
    internal static AttainmentStatus Judge(decimal actual, decimal figure, TargetQualifier qualifier, int better, decimal tolerance, decimal margin, AttainmentPolicy policy)
    {
        qualifier = Effective(qualifier, better, policy);
        var difference = actual - figure;
        switch (qualifier)
        {
            case TargetQualifier.About:
                if (Math.Abs(difference) <= tolerance)
                {
                    return AttainmentStatus.Achieved;
                }
                return better * difference > tolerance ? AttainmentStatus.Exceeded : AttainmentStatus.NotAchieved;
            case TargetQualifier.AtLeast:
                if (difference < 0m)
                {
                    return AttainmentStatus.NotAchieved;
                }
                return better > 0 && difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved;
            default: // AtMost
                if (difference > 0m)
                {
                    return AttainmentStatus.NotAchieved;
                }
                return better < 0 && -difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved;
        }
    }

    private static TargetQualifier Effective(TargetQualifier qualifier, int better, AttainmentPolicy policy) => qualifier switch
    {
        TargetQualifier.Exactly when policy.Exactly == ExactlyTreatment.FloorInBetterDirection => better > 0 ? TargetQualifier.AtLeast : TargetQualifier.AtMost,
        TargetQualifier.Exactly => Effective(TargetQualifier.About, better, policy),
        TargetQualifier.About when better < 0 && policy.AboutActsAsCeilingWhenLowerIsBetter => TargetQualifier.AtMost,
        _ => qualifier,
    };

    /// <summary>Whether the target bounds from below (more is on pace) rather than from above.</summary>
    private static bool IsFloor(TargetQualifier qualifier, int better, AttainmentPolicy policy) => Effective(qualifier, better, policy) switch
    {
        TargetQualifier.AtLeast => true,
        TargetQualifier.AtMost => false,
        _ => better > 0,
    };

    private static AttainmentStatus Pace(AttainmentStatus status, bool isFinal) =>
        isFinal ? status : status == AttainmentStatus.NotAchieved ? AttainmentStatus.Behind : AttainmentStatus.OnTrack;

    private static AttainmentStatus? StretchVerdict(decimal actual, decimal? stretch, int better, bool isFinal)
    {
        if (stretch is not { } s)
        {
            return null;
        }
        var met = better > 0 ? actual >= s : actual <= s;
        return isFinal ? (met ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved) : (met ? AttainmentStatus.OnTrack : AttainmentStatus.Behind);
    }

    private static Percent? Ratio(decimal actual, decimal figure) => figure == 0m ? null : Percent.FromFraction(actual / figure);

    private static TargetAssessment NotJudged(Target target, Unit unit, AttainmentStatus status, AttainmentReason reason) =>
        new(status, reason, target.Kind, target.Qualifier, unit, null, target.Value?.Value, target.Stretch?.Value, null, false, null, null);
}
