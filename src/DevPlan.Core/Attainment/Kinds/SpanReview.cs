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
/// <param name="Path">The figure so far at the end of each year observed, in year order, to find the year a target was first met; empty when not known.</param>
internal readonly record struct SpanFigures(
    decimal Actual, decimal Figure, decimal Tolerance, decimal Margin, Percent? Progress, Percent? Required, decimal? Projected,
    int ElapsedYears, int SpanYears, bool Covered, int LatestYear, int? MissingYear, int YearsObserved, Unit Unit, IReadOnlyList<(int Year, decimal Value)>? Path = null);

/// <summary>
/// The verdict on a target judged over the years of a span, as the mid-course and final reviews make it
/// (<c>docs/methods.md</c>, §12). When the figures cover the span, final (a floor met before the last year
/// and held is achieved early). During the span: achieved early when a floor is already met; a ceiling on
/// track while it holds and at risk when breached; otherwise faster than expected, broadly as expected or
/// lagging, by the progress against the elapsed share (时间过半、任务过半) and the end figure at the pace so far.
/// After the span has ended without its last figures: achieved early stays, anything else is not
/// assessable, naming the missing year.
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
        var met = status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded;
        if (stage == VerdictStage.Final)
        {
            // The final review keeps 提前完成 for a floor met before the span's last year and held to its end.
            verdict = floorLike && met && FirstMet(f, target.Qualifier.Value, better, policy) < target.Period.LastYear ? AttainmentStatus.AchievedEarly : status;
        }
        else
        {
            verdict = floorLike && met ? AttainmentStatus.AchievedEarly
                : !floorLike ? (status == AttainmentStatus.NotAchieved ? Verdicts.OffPace(bound) : AttainmentStatus.OnTrack)
                : Review(f, elapsed, target.Qualifier.Value, better, policy);
            if (stage == VerdictStage.PeriodEnded && verdict != AttainmentStatus.AchievedEarly)
            {
                // The span is over and its end is not known: no verdict on the way so far stands for it.
                // A chain broken inside the span (later years have figures) names the year missing, not figures that end early.
                (verdict, reason) = (AttainmentStatus.NotAssessable, f.MissingYear is null ? AttainmentReason.FiguresEndBeforePeriodEnd : AttainmentReason.MissingYear);
            }
            // Figures that stop short of the as-of date name the first year missing ("figures up to 2023").
            missing ??= stage == VerdictStage.PeriodEnded ? f.LatestYear + 1 : input.MissingAfter(f.LatestYear);
        }
        var inProgress = stage == VerdictStage.InProgress;
        return new TargetAssessment(verdict, reason, target.Kind, target.Qualifier, f.Unit, kind.MeasureOf(target, input.Indicator), bound, better, stage,
            f.Actual, f.Figure, target.Stretch?.Value, Verdicts.Stretch(f.Actual, target.Stretch?.Value, better, !inProgress),
            completion: floorLike ? f.Progress : null, elapsed: elapsed,
            requiredRate: inProgress && verdict != AttainmentStatus.AchievedEarly ? f.Required : null, projected: inProgress ? f.Projected : null,
            yearsObserved: f.YearsObserved, latestYear: f.LatestYear, missingYear: missing, broadly: stage == VerdictStage.Final && broadly);
    }

    /// <summary>
    /// The mid-course review of a floor not yet met (<c>docs/methods.md</c>, §12): faster than expected when the
    /// progress runs the policy's margin ahead of the elapsed share; lagging when it falls the policy's margin
    /// behind and the end figure at the pace so far misses the target; broadly as expected otherwise.
    /// </summary>
    private static AttainmentStatus Review(in SpanFigures f, Percent elapsed, TargetQualifier qualifier, IndicatorDirection better, AttainmentPolicy policy)
    {
        if (f.Progress is not { } progress)
        {
            return AttainmentStatus.Behind; // no way measured from the baseline: a floor not reached
        }
        var lead = progress.Value - elapsed.Value;
        if (lead >= policy.FasterThanExpectedMargin.Value)
        {
            return AttainmentStatus.FasterThanExpected;
        }
        if (lead >= -policy.LaggingMargin.Value)
        {
            return AttainmentStatus.OnTrack;
        }
        var reaches = f.Projected is { } end && Verdicts.Judge(end, f.Figure, qualifier, better, f.Tolerance, f.Margin, policy).Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded;
        return reaches ? AttainmentStatus.OnTrack : AttainmentStatus.Behind;
    }

    /// <summary>The first year whose figure so far met the target and every later one held it, or <see cref="int.MaxValue"/> when not known.</summary>
    private static int FirstMet(in SpanFigures f, TargetQualifier qualifier, IndicatorDirection better, AttainmentPolicy policy)
    {
        if (f.Path is not { Count: > 0 } path)
        {
            return int.MaxValue;
        }
        var first = int.MaxValue;
        foreach (var (year, value) in path)
        {
            var met = Verdicts.Judge(value, f.Figure, qualifier, better, f.Tolerance, f.Margin, policy).Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded;
            first = met ? Math.Min(first, year) : int.MaxValue;
        }
        return first;
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
