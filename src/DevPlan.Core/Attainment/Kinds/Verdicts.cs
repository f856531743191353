using System.Diagnostics;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>The verdict logic the target rules share: how a qualifier bounds a figure, and how pace and stretch are judged.</summary>
internal static class Verdicts
{
    /// <summary>The verdict of a figure against a target figure, for the qualifier and the better direction (+1 or −1).</summary>
    public static AttainmentStatus Judge(decimal actual, decimal figure, TargetQualifier qualifier, int better, decimal tolerance, decimal margin, AttainmentPolicy policy)
    {
        var difference = actual - figure;
        return Effective(qualifier, better, policy) switch
        {
            TargetQualifier.About when Math.Abs(difference) <= tolerance => AttainmentStatus.Achieved,
            TargetQualifier.About => better * difference > tolerance ? AttainmentStatus.Exceeded : AttainmentStatus.NotAchieved,
            TargetQualifier.AtLeast when difference < 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.AtLeast => better > 0 && difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.AtMost when difference > 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.AtMost => better < 0 && -difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.GreaterThan when difference <= 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.GreaterThan => better > 0 && difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.LessThan when difference >= 0m => AttainmentStatus.NotAchieved,
            TargetQualifier.LessThan => better < 0 && -difference > margin ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved,
            TargetQualifier.Exactly => throw new UnreachableException("Exactly is always read as another qualifier."),
        };
    }

    /// <summary>The qualifier as judged: "exactly" and a lower-is-better "about" become bounds, as the policy says.</summary>
    public static TargetQualifier Effective(TargetQualifier qualifier, int better, AttainmentPolicy policy) => qualifier switch
    {
        TargetQualifier.Exactly => policy.Exactly switch
        {
            ExactlyTreatment.FloorInBetterDirection => better > 0 ? TargetQualifier.AtLeast : TargetQualifier.AtMost,
            ExactlyTreatment.About => Effective(TargetQualifier.About, better, policy),
        },
        TargetQualifier.About when better < 0 && policy.AboutActsAsCeilingWhenLowerIsBetter => TargetQualifier.AtMost,
        TargetQualifier.About or TargetQualifier.AtLeast or TargetQualifier.AtMost or TargetQualifier.GreaterThan or TargetQualifier.LessThan => qualifier,
    };

    /// <summary>Whether the target bounds from below (more is on pace) rather than from above.</summary>
    public static bool IsFloor(TargetQualifier qualifier, int better, AttainmentPolicy policy) => Effective(qualifier, better, policy) switch
    {
        TargetQualifier.AtLeast or TargetQualifier.GreaterThan => true,
        TargetQualifier.AtMost or TargetQualifier.LessThan => false,
        TargetQualifier.About or TargetQualifier.Exactly => better > 0,
    };

    /// <summary>Whether the target bounds from above only (控制在…以内, a lower-is-better "about"): staying under it is no share of a task, so it has no completion ratio.</summary>
    public static bool IsCeiling(TargetQualifier qualifier, int better, AttainmentPolicy policy) => Effective(qualifier, better, policy) is TargetQualifier.AtMost or TargetQualifier.LessThan;

    /// <summary>Actual over target for a floor or a band; null for a ceiling or a target of zero.</summary>
    public static Percent? Completion(decimal actual, decimal figure, TargetQualifier qualifier, int better, AttainmentPolicy policy) =>
        IsCeiling(qualifier, better, policy) ? null : Ratio(actual, figure);

    /// <summary>A final verdict as it reads during the period: not achieved is behind, anything else on track.</summary>
    public static AttainmentStatus Pace(AttainmentStatus status, bool isFinal) =>
        isFinal ? status : status == AttainmentStatus.NotAchieved ? AttainmentStatus.Behind : AttainmentStatus.OnTrack;

    /// <summary>The stretch figure judged as a floor in the better direction; null without one.</summary>
    public static AttainmentStatus? Stretch(decimal actual, decimal? stretch, int better, bool isFinal)
    {
        if (stretch is not { } s)
        {
            return null;
        }
        var met = better > 0 ? actual >= s : actual <= s;
        return isFinal ? (met ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved) : (met ? AttainmentStatus.OnTrack : AttainmentStatus.Behind);
    }

    /// <summary>Actual over target; null for a target of zero.</summary>
    public static Percent? Ratio(decimal actual, decimal figure) => figure == 0m ? null : Percent.FromFraction(actual / figure);

    /// <summary>A target that could not be judged, with the reason.</summary>
    public static TargetAssessment NotJudged(Target target, AttainmentStatus status, AttainmentReason reason) =>
        new(status, reason, target.Kind, target.Qualifier, target.Figure?.Unit ?? Unit.Percent, null, target.Figure?.Value, target.Stretch?.Value, null, false, null, null);
}
