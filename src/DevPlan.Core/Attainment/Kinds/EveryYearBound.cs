using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A bound that must hold in every year of the target's span (每年控制在5.5%以内), for the kinds whose
/// figure is a year's own (a growth, a reduction, a level): each year from the first is judged; one year
/// outside the bound is a breach for the span, final at once; a year without a figure is not assessable,
/// named; the years all held is achieved once the last year is in, and on track before.
/// </summary>
internal static class EveryYearBound
{
    /// <summary>The figure of a year in the target's terms, or why there is none.</summary>
    public delegate (decimal? Value, AttainmentReason Reason) YearValue(Observation figure, Observation? previous);

    public static TargetAssessment Verdict(TargetKindRule kind, SeriesInput input, Unit unit, decimal tolerance, decimal margin, YearValue valueOf)
    {
        var target = input.Target;
        var policy = input.Policy;
        var better = kind.BetterOf(target, input.Indicator);
        var bound = kind.BoundOf(target, input.Indicator, policy);
        var figure = target.Figure!.Value.Value;
        var qualifier = target.Qualifier!.Value;
        var first = target.Period.Year;
        var last = target.Period.LastYear;
        var decided = (Value: 0m, Year: 0);
        int? missing = null;
        var missingReason = AttainmentReason.MissingYearOfBound;
        var observed = 0;
        var allExceeded = true;
        var broadly = false;
        var previous = input.Baseline;
        Observation? latest = null;
        var expected = first;
        foreach (var f in input.Figures)
        {
            var year = f.Period.Year;
            if (year != expected && missing is null)
            {
                (missing, missingReason) = (expected, AttainmentReason.MissingYearOfBound);
            }
            expected = year + 1;
            var (value, reason) = valueOf(f, previous is { } p && p.Period.Year == year - 1 ? p : null);
            previous = f;
            if (value is not { } v)
            {
                if (reason is AttainmentReason.GrowthOfMinus100OrLess or AttainmentReason.OutOfRange)
                {
                    return kind.NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, reason, StageOf(input, false), year, null, observed);
                }
                if (missing is null)
                {
                    (missing, missingReason) = (year, reason);
                }
                continue;
            }
            observed++;
            latest = f;
            var (status, nearly) = Verdicts.Judge(v, figure, qualifier, better, tolerance, margin, policy);
            decided = (v, year);
            if (status == AttainmentStatus.NotAchieved)
            {
                // One year outside the bound is a breach for the span, whatever the other years say.
                var lastSeen = input.Figures[^1];
                return new TargetAssessment(AttainmentStatus.NotAchieved, AttainmentReason.None, target.Kind, target.Qualifier, unit, kind.MeasureOf(target, input.Indicator), bound, better,
                    lastSeen.Period.End >= target.Period.End ? VerdictStage.Final : VerdictStage.Breached, v, figure,
                    elapsed: Elapsed(lastSeen.Period.Year, first, input.Years), yearsObserved: input.Figures.Length, latestYear: year, missingYear: missing);
            }
            allExceeded &= status == AttainmentStatus.Exceeded;
            broadly |= nearly;
        }
        if (latest is null)
        {
            return kind.NotJudged(target, input.Indicator, policy, missing is null ? AttainmentStatus.NoData : AttainmentStatus.NotAssessable,
                missing is null ? AttainmentReason.NoObservation : missingReason, StageOf(input, false), missingYear: missing);
        }
        var covered = decided.Year == last && latest.Period.End >= target.Period.End;
        var stage = StageOf(input, covered);
        AttainmentStatus verdict;
        var why = AttainmentReason.None;
        if (missing is not null)
        {
            (verdict, why) = (AttainmentStatus.NotAssessable, missingReason);
        }
        else if (stage == VerdictStage.Final)
        {
            verdict = allExceeded ? AttainmentStatus.Exceeded : AttainmentStatus.Achieved;
        }
        else if (stage == VerdictStage.PeriodEnded)
        {
            (verdict, why, missing) = (AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd, decided.Year + 1);
        }
        else
        {
            verdict = AttainmentStatus.OnTrack;
            missing = input.MissingAfter(decided.Year);
        }
        return new TargetAssessment(verdict, why, target.Kind, target.Qualifier, unit, kind.MeasureOf(target, input.Indicator), bound, better, stage, decided.Value, figure,
            elapsed: Elapsed(decided.Year, first, input.Years), yearsObserved: observed, latestYear: decided.Year, missingYear: missing,
            broadly: stage == VerdictStage.Final && verdict == AttainmentStatus.Achieved && broadly);
    }

    private static VerdictStage StageOf(SeriesInput input, bool covered) =>
        covered ? VerdictStage.Final : input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;

    private static Percent Elapsed(int year, int first, int years) => Percent.FromFraction(Math.Min(1m, (decimal)(year - first + 1) / years));
}
