using DevPlan.Core.Calculations;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// An average annual growth (年均增长7%以上): the geometric mean of the years' rates so far,
/// (Π(1 + gᵢ))^(1/k) − 1. An average is not met early: during the span it is on track while the average so
/// far meets the target, with the rate the remaining years need; final when the last year is in.
/// </summary>
internal sealed class AverageAnnualGrowthKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.AverageAnnualGrowth;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.AverageGrowth;

    public override string StatementKey(Target target) => "averageAnnualGrowth";

    public override bool IsJudgedOnSeries(Target target) => true;

    protected override IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator)
    {
        if (figure.Value <= -100m)
        {
            yield return new FigureProblem(DiagnosticRule.GrowthTargetOutOfRange, "value", $"Expected a growth target above −100%, but found {Invariant(figure.Value)}%.");
        }
    }

    public override TargetAssessment Assess(in AssessmentInput input) =>
        AssessSeries(new SeriesInput(input.Target, input.Indicator, input.SamePeriodLastYear, [input.Observation], null, null, [], input.AsOf, input.Policy));

    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        var stageWithout = input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;
        if (input.Figures.IsEmpty)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NoData, AttainmentReason.NoObservation, stageWithout);
        }
        var chain = YearChain.Of(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (chain.HasTotalLoss || chain.Count == 0)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, chain.Stop, stageWithout, missingYear: chain.HasTotalLoss ? null : chain.MissingYear);
        }
        var (n, k) = (input.Years, chain.Count);
        var product = chain.Product();
        var average = (DecimalMath.Root(product, k) - 1m) * 100m;
        var figure = target.Rate!.Value.Value;
        var remaining = target.Period.LastYear - chain.LastYear;
        Percent? required = null;
        if (remaining > 0)
        {
            var end = SpanReview.PowerOfRoot(1m + figure / 100m, n, 1);
            required = end is { } e ? SpanReview.RequiredRate(product, e, remaining) : null;
        }
        var better = BetterOf(target, input.Indicator);
        var bound = Verdicts.Bound(target.Qualifier, better, policy);
        var (status, broadly) = Verdicts.Judge(average, figure, target.Qualifier!.Value, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        var covered = chain.LastYear == target.Period.LastYear && chain.Last!.Period.End >= target.Period.End;
        var stage = covered ? VerdictStage.Final : stageWithout;
        var (verdict, reason, missing) = stage switch
        {
            VerdictStage.Final => (status, AttainmentReason.None, (int?)null),
            // A year missing inside the span (later years have figures) is named as such, not as figures that end early.
            VerdictStage.PeriodEnded => chain.MissingYear is { } gap
                ? (AttainmentStatus.NotAssessable, chain.Stop, gap)
                : (AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd, chain.LastYear + 1),
            VerdictStage.InProgress or VerdictStage.Breached => (Verdicts.RateReview(status, average, figure, better, bound, n, policy), AttainmentReason.None, chain.MissingYear ?? input.MissingAfter(chain.LastYear)),
        };
        var inProgress = stage == VerdictStage.InProgress;
        return new TargetAssessment(verdict, reason, target.Kind, target.Qualifier, Unit.Percent, VerdictMeasure.AverageGrowth, bound, better, stage,
            average, figure, target.StretchRate?.Value, Verdicts.Stretch(average, target.StretchRate?.Value, better, !inProgress),
            elapsed: Percent.FromFraction(Math.Min(1m, (decimal)k / n)), requiredRate: inProgress ? required : null, projected: inProgress ? average : null,
            yearsObserved: k, latestYear: chain.LastYear, missingYear: missing, broadly: stage == VerdictStage.Final && broadly);
    }
}
