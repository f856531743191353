using DevPlan.Core.Calculations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A growth relative to another indicator's over the same years (高于GDP增长, 与经济增长基本同步): the two
/// average annual rates compared, the figure being the offset in percentage points. Like any target it
/// follows its period: judged on part of it (January–June), it is in progress; final when its figures
/// cover it.
/// </summary>
internal sealed class RelativeKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.Relative;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.RelativeGrowth;

    public override string StatementKey(Target target) => "relative";

    /// <summary>The relation is judged on the difference of the two rates, for which more is better ("higher than", or a lower bound of "in step").</summary>
    public override IndicatorDirection BetterOf(Target target, Indicator? indicator) => IndicatorDirection.HigherIsBetter;

    public override bool IsJudgedOnSeries(Target target) => true;

    public override bool ComparesWithAnother => true;

    public override string? RelatedIndicator(Target target) => target.RelativeTo;

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
        if (input.Related is null)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingRelatedFigure, stageWithout);
        }
        var own = YearChain.Of(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (own.HasTotalLoss || own.Count == 0)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, own.Stop, stageWithout, missingYear: own.HasTotalLoss ? null : own.MissingYear);
        }
        var other = YearChain.Of(input.Related, input.RelatedBaseline, input.RelatedFigures, target.Period.Year);
        if (other.HasTotalLoss)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, other.Stop, stageWithout);
        }
        var k = Math.Min(own.Count, other.Count);
        if (k == 0)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingRelatedFigure, stageWithout);
        }
        var ownAverage = (DecimalMath.Root(own.Product(k), k) - 1m) * 100m;
        var otherAverage = (DecimalMath.Root(other.Product(k), k) - 1m) * 100m;
        var bound = otherAverage + target.Rate!.Value.Value;
        var better = BetterOf(target, input.Indicator);
        var boundKind = Verdicts.Bound(target.Qualifier, better, policy);
        var (status, broadly) = Verdicts.Judge(ownAverage, bound, target.Qualifier!.Value, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        // Final when both figures of the last of the k years cover the target's period (a January–June figure of a one-year target does not).
        var lastYear = target.Period.Year + k - 1;
        var covered = k == input.Years && input.Figures[k - 1].Period.End >= target.Period.End && input.RelatedFigures[k - 1].Period.End >= target.Period.End;
        var stage = covered ? VerdictStage.Final : stageWithout;
        var (verdict, reason, missing) = stage switch
        {
            VerdictStage.Final => (status, AttainmentReason.None, (int?)null),
            // A year missing inside the span (later years have figures) is named as such, not as figures that end early.
            VerdictStage.PeriodEnded => own.MissingYear is { } ownGap ? (AttainmentStatus.NotAssessable, own.Stop, ownGap)
                : other.MissingYear is { } otherGap ? (AttainmentStatus.NotAssessable, other.Stop, otherGap)
                : (AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd, lastYear + 1),
            VerdictStage.InProgress or VerdictStage.Breached => (Verdicts.RateReview(status, ownAverage, bound, better, boundKind, input.Years, policy), AttainmentReason.None, own.MissingYear ?? other.MissingYear ?? (input.Years > 1 ? input.MissingAfter(lastYear) : null)),
        };
        return new TargetAssessment(verdict, reason, target.Kind, target.Qualifier, Unit.Percent, VerdictMeasure.RelativeGrowth, boundKind, better, stage,
            ownAverage, bound, elapsed: Percent.FromFraction(Math.Min(1m, (decimal)k / input.Years)), yearsObserved: k, latestYear: lastYear, missingYear: missing,
            broadly: stage == VerdictStage.Final && broadly);
    }
}
