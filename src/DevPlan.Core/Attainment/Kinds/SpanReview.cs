using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>What a span's verdict rests on: the figure so far against the end target, the progress, and the years.</summary>
/// <param name="Actual">The figure so far, in the target's terms.</param>
/// <param name="Figure">The end target's figure.</param>
/// <param name="Tolerance">The half-width of an "about" band.</param>
/// <param name="Margin">How far beyond a floor is exceeded.</param>
/// <param name="Progress">The share of the way to the target done (from the baseline), or null.</param>
/// <param name="Required">The rate each remaining year needs, or null.</param>
/// <param name="Projected">The end figure at the pace so far, or null.</param>
/// <param name="ElapsedYears">The years elapsed that the figure covers.</param>
/// <param name="SpanYears">The years the target's way runs over (from the baseline, or the span's).</param>
/// <param name="Covered">Whether the figures cover the target's whole period.</param>
/// <param name="LatestYear">The last year the figure rests on.</param>
/// <param name="MissingYear">The first year needed and missing, or null.</param>
/// <param name="YearsObserved">The years with a figure the verdict rests on.</param>
/// <param name="Unit">The unit of the figures.</param>
internal readonly record struct SpanFigures(
    decimal Actual, decimal Figure, decimal Tolerance, decimal Margin, Percent? Progress, Percent? Required, decimal? Projected,
    int ElapsedYears, int SpanYears, bool Covered, int LatestYear, int? MissingYear, int YearsObserved, Unit Unit);

/// <summary>
/// The verdict on a target judged over the years of a span, as the mid-course and final reviews make it
/// (<c>docs/methods.md</c>, §12). When the figures cover the span, final. During the span: achieved early
/// when a floor is already met; a ceiling on track while it holds and at risk when breached; otherwise on
/// track while the progress keeps up with the elapsed share (时间过半、任务过半). After the span has ended
/// without its last figures: achieved early stays, anything else is not assessable, naming the missing year.
/// </summary>
internal static class SpanReview
{
    public static TargetAssessment Verdict(TargetKindRule kind, SeriesInput input, in SpanFigures f)
    {
        var target = input.Target;
        var policy = input.Policy;
        var better = kind.BetterOf(target, input.Indicator);
        var bound = kind.BoundOf(target, input.Indicator, policy);
        var (status, broadly) = Verdicts.Judge(f.Actual, f.Figure, target.Qualifier!.Value, better, f.Tolerance, f.Margin, policy);
        var elapsed = Percent.FromFraction(Math.Min(1m, (decimal)f.ElapsedYears / Math.Max(1, f.SpanYears)));
        var floorLike = bound == TargetBound.Floor || (bound == TargetBound.Band && better == IndicatorDirection.HigherIsBetter);
        var stage = f.Covered ? VerdictStage.Final : input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;
        var reason = AttainmentReason.None;
        var missing = f.MissingYear;
        AttainmentStatus verdict;
        if (stage == VerdictStage.Final)
        {
            verdict = status;
        }
        else
        {
            verdict = floorLike && status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded ? AttainmentStatus.AchievedEarly
                : !floorLike ? (status == AttainmentStatus.NotAchieved ? Verdicts.OffPace(bound) : AttainmentStatus.OnTrack)
                : f.Progress is { } p && p.Value >= elapsed.Value - policy.PaceTolerance.Value ? AttainmentStatus.OnTrack
                : AttainmentStatus.Behind;
            if (stage == VerdictStage.PeriodEnded && verdict != AttainmentStatus.AchievedEarly)
            {
                // The span is over and its end is not known: no verdict on the way so far stands for it.
                (verdict, reason) = (AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd);
            }
            if (stage == VerdictStage.PeriodEnded)
            {
                missing ??= f.LatestYear + 1;
            }
        }
        var inProgress = stage == VerdictStage.InProgress;
        return new TargetAssessment(verdict, reason, target.Kind, target.Qualifier, f.Unit, kind.MeasureOf(target, input.Indicator), bound, better, stage,
            f.Actual, f.Figure, target.Stretch?.Value, Verdicts.Stretch(f.Actual, target.Stretch?.Value, better, !inProgress),
            completion: floorLike ? f.Progress : null, elapsed: elapsed,
            requiredRate: inProgress && verdict != AttainmentStatus.AchievedEarly ? f.Required : null, projected: inProgress ? f.Projected : null,
            yearsObserved: f.YearsObserved, latestYear: f.LatestYear, missingYear: missing, broadly: stage == VerdictStage.Final && broadly);
    }

    /// <summary>x^(n/k) for a positive x, the root taken first so that the power stays in range as long as the result does; null when it does not, or x is not positive (a target of −100% or less).</summary>
    public static decimal? PowerOfRoot(decimal x, int n, int k)
    {
        if (x <= 0m)
        {
            return null;
        }
        try
        {
            return Calculations.DecimalMath.Power(Calculations.DecimalMath.Root(x, k), n);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The rate that takes <paramref name="from"/> to <paramref name="to"/> in <paramref name="years"/> years, or null when none is defined or it lies outside decimal's range.</summary>
    public static Percent? RequiredRate(decimal from, decimal to, int years)
    {
        if (years <= 0 || from <= 0m || to <= 0m)
        {
            return null;
        }
        try
        {
            return Percent.FromFactor(Calculations.DecimalMath.Root(to / from, years));
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
