using System.Diagnostics;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// The verdict logic the target kinds share: how a qualifier bounds a figure, and how a figure, the
/// pace and a stretch are judged against a bound. A kind calls these; nothing outside the kinds does.
/// </summary>
internal static class Verdicts
{
    /// <summary>+1 when higher is better, −1 when lower is better.</summary>
    public static int Sign(IndicatorDirection better) => better == IndicatorDirection.HigherIsBetter ? 1 : -1;

    /// <summary>The qualifier as judged: "exactly" and a lower-is-better "about" become bounds, as the policy says.</summary>
    public static TargetQualifier Effective(TargetQualifier qualifier, IndicatorDirection better, AttainmentPolicy policy) => qualifier switch
    {
        TargetQualifier.Exactly => policy.Exactly switch
        {
            ExactlyTreatment.FloorInBetterDirection => better == IndicatorDirection.HigherIsBetter ? TargetQualifier.AtLeast : TargetQualifier.AtMost,
            ExactlyTreatment.About => Effective(TargetQualifier.About, better, policy),
        },
        TargetQualifier.About when better == IndicatorDirection.LowerIsBetter && policy.AboutActsAsCeilingWhenLowerIsBetter => TargetQualifier.AtMost,
        TargetQualifier.About or TargetQualifier.AtLeast or TargetQualifier.AtMost or TargetQualifier.GreaterThan or TargetQualifier.LessThan => qualifier,
    };

    /// <summary>How a qualifier bounds the figure once the policy has read it: a floor, a ceiling or a band.</summary>
    public static TargetBound Bound(TargetQualifier? qualifier, IndicatorDirection better, AttainmentPolicy policy) => qualifier is not { } q ? TargetBound.None : Effective(q, better, policy) switch
    {
        TargetQualifier.AtLeast or TargetQualifier.GreaterThan => TargetBound.Floor,
        TargetQualifier.AtMost or TargetQualifier.LessThan => TargetBound.Ceiling,
        TargetQualifier.About => TargetBound.Band,
        TargetQualifier.Exactly => throw new UnreachableException("Exactly is always read as another qualifier."),
    };

    /// <summary>
    /// The verdict of a figure against a target figure, for the qualifier and the better direction, and
    /// whether an "about" target met within its band fell short of its figure (基本完成). A ceiling is met
    /// or breached, never exceeded; a floor in the better direction is exceeded beyond the margin.
    /// </summary>
    public static (AttainmentStatus Status, bool Broadly) Judge(decimal actual, decimal figure, TargetQualifier qualifier, IndicatorDirection better, decimal tolerance, decimal margin, AttainmentPolicy policy)
    {
        var difference = actual - figure;
        var sign = Sign(better);
        var status = Effective(qualifier, better, policy) switch
        {
            TargetQualifier.About when Math.Abs(difference) <= tolerance => AttainmentStatus.Achieved,
            TargetQualifier.About => sign * difference > tolerance ? AttainmentStatus.Exceeded : AttainmentStatus.NotAchieved,
            TargetQualifier.AtLeast when difference < 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.AtLeast => sign > 0 && difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.GreaterThan when difference <= 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.GreaterThan => sign > 0 && difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.AtMost => difference > 0m ? AttainmentStatus.NotAchieved : AttainmentStatus.Achieved,
            TargetQualifier.LessThan => difference >= 0m ? AttainmentStatus.NotAchieved : AttainmentStatus.Achieved,
            TargetQualifier.Exactly => throw new UnreachableException("Exactly is always read as another qualifier."),
        };
        var broadly = status == AttainmentStatus.Achieved && Effective(qualifier, better, policy) == TargetQualifier.About && sign * difference < 0m;
        return (status, broadly);
    }

    /// <summary>A final verdict as it reads during the period: a miss is behind, or at risk for a ceiling; anything else on track.</summary>
    public static AttainmentStatus Pace(AttainmentStatus status, VerdictStage stage, TargetBound bound) =>
        stage != VerdictStage.InProgress ? status : status == AttainmentStatus.NotAchieved ? OffPace(bound) : AttainmentStatus.OnTrack;

    /// <summary>
    /// An average rate so far (or a relation's) during a span, at a review: lagging when it misses its bound,
    /// faster than expected when it beats the figure by the policy's rate margin in the better direction,
    /// broadly as expected otherwise; a ceiling is on track or at risk. One year in progress is on its pace.
    /// </summary>
    public static AttainmentStatus RateReview(AttainmentStatus status, decimal actual, decimal figure, IndicatorDirection better, TargetBound bound, int years, AttainmentPolicy policy)
    {
        if (status == AttainmentStatus.NotAchieved)
        {
            return OffPace(bound);
        }
        return years > 1 && bound != TargetBound.Ceiling && Sign(better) * (actual - figure) >= policy.FasterThanExpectedRateMargin.Value
            ? AttainmentStatus.FasterThanExpected
            : AttainmentStatus.OnTrack;
    }

    /// <summary>The status of a figure off its pace: a ceiling is at risk of a breach, anything else behind.</summary>
    public static AttainmentStatus OffPace(TargetBound bound) => bound == TargetBound.Ceiling ? AttainmentStatus.AtRisk : AttainmentStatus.Behind;

    /// <summary>The stretch figure judged as a floor in the better direction; null without one.</summary>
    public static AttainmentStatus? Stretch(decimal actual, decimal? stretch, IndicatorDirection better, bool isFinal)
    {
        if (stretch is not { } s)
        {
            return null;
        }
        var met = better == IndicatorDirection.HigherIsBetter ? actual >= s : actual <= s;
        return isFinal ? (met ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved) : (met ? AttainmentStatus.OnTrack : AttainmentStatus.Behind);
    }

    /// <summary>Actual over target, or null for a target of zero or a ratio outside decimal's range.</summary>
    public static Percent? Ratio(decimal actual, decimal figure)
    {
        if (figure == 0m)
        {
            return null;
        }
        try
        {
            return Percent.FromFraction(actual / figure);
        }
        catch (OverflowException)
        {
            return null; // a growth of 5.6e27% against 7%: no share to show, the verdict stands
        }
    }

    /// <summary>Actual over target for a floor or a band; null for a ceiling (staying under it is no share of a task).</summary>
    public static Percent? Completion(decimal actual, decimal figure, TargetBound bound) => bound == TargetBound.Ceiling ? null : Ratio(actual, figure);
}
