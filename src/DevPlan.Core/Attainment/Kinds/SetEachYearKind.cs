using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A five-year figure set year by year in the annual plans (国内生产总值增长保持在合理区间、各年度视情提出): judged on
/// the annual plans' growth targets of the same indicator and zone and their final verdicts, never on rows of its
/// own. Over the years the annual plans judged, the average annual growth (the geometric mean of the years' rates)
/// is compared with the average of the annual targets' figures as an "about" figure; the years that met their own
/// target are counted beside it. During the span the average so far is reviewed as an average rate is (faster
/// than expected, broadly as expected, lagging); final when the annual plan of the last year is judged.
/// </summary>
internal sealed class SetEachYearKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.SetEachYear;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.AnnualTargets;

    public override string StatementKey(Target target) => "setEachYear";

    public override bool IsJudgedOnSeries(Target target) => true;

    /// <summary>No row serves it: the annual plans' verdicts do.</summary>
    public override bool Takes(in Candidate candidate) => false;

    public override bool UsesLastYear(Target target) => false;

    public override bool IsSetByAnnualPlans => true;

    public override TargetAssessment Assess(in AssessmentInput input) =>
        AssessSeries(new SeriesInput(input.Target, input.Indicator, null, [], null, null, [], input.AsOf, input.Policy));

    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        var stageWithout = input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;
        var years = Judged(input);
        if (years.Count == 0)
        {
            return input.AnnualResults.IsEmpty
                ? NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.NoAnnualTargets, stageWithout)
                : NotJudged(target, input.Indicator, policy, AttainmentStatus.NoData, AttainmentReason.NoObservation, stageWithout);
        }
        var product = 1m;
        var targets = 0m;
        var met = 0;
        foreach (var year in years)
        {
            // A year's growth of −100% or less is never a final verdict of its annual plan: the product stays positive.
            var a = year.Assessment;
            product *= 1m + a.Actual!.Value / 100m;
            targets += a.Target!.Value;
            met += a.Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded or AttainmentStatus.AchievedEarly ? 1 : 0;
        }
        var k = years.Count;
        var average = (DecimalMath.Root(product, k) - 1m) * 100m;
        var figure = targets / k;
        var better = BetterOf(target, input.Indicator);
        var bound = TargetBound.Band;
        var (status, broadly) = Verdicts.Judge(average, figure, TargetQualifier.About, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        var last = years[^1].Target.Period.Year;
        var first = years[0].Target.Period.Year;
        var contiguous = first == target.Period.Year && last - first + 1 == k;
        var stage = last == target.Period.LastYear && contiguous ? VerdictStage.Final : stageWithout;
        var missing = contiguous ? input.MissingAfter(last) : FirstGap(years, target.Period.Year);
        var (verdict, reason) = stage switch
        {
            VerdictStage.Final => (status, AttainmentReason.None),
            VerdictStage.PeriodEnded => (AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd),
            VerdictStage.InProgress or VerdictStage.Breached => (Verdicts.RateReview(status, average, figure, better, bound, input.Years, policy), AttainmentReason.None),
        };
        return new TargetAssessment(verdict, reason, target.Kind, TargetQualifier.About, Unit.Percent, VerdictMeasure.AnnualTargets, bound, better, stage,
            average, figure, elapsed: Percent.FromFraction(Math.Min(1m, (decimal)k / input.Years)), yearsObserved: k, latestYear: last,
            missingYear: stage == VerdictStage.Final ? null : missing, broadly: stage == VerdictStage.Final && broadly, yearsMet: met);
    }

    /// <summary>The annual plans' final verdicts on a growth target of the indicator in each year of the span, the last given of a year, in year order.</summary>
    private static List<TargetEvaluation> Judged(SeriesInput input)
    {
        var span = input.Target.Period;
        var byYear = new SortedDictionary<int, TargetEvaluation>();
        foreach (var result in input.AnnualResults)
        {
            var a = result.Assessment;
            if (a.Measure == VerdictMeasure.Growth && a.Stage == VerdictStage.Final && a.Actual is not null && a.Target is not null
                && result.Target.Period.Kind == PeriodKind.Year && result.Target.Period.Year >= span.Year && result.Target.Period.Year <= span.LastYear)
            {
                byYear[result.Target.Period.Year] = result;
            }
        }
        return [.. byYear.Values];
    }

    private static int? FirstGap(List<TargetEvaluation> years, int first)
    {
        var expected = first;
        foreach (var year in years)
        {
            if (year.Target.Period.Year != expected)
            {
                return expected;
            }
            expected++;
        }
        return null;
    }
}
