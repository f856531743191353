using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A change by an amount from the baseline (人均预期寿命提高1岁): the latest level less the baseline's, in
/// the target's unit, judged like a level over the span (achieved early when already met).
/// </summary>
internal sealed class IncreaseKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.Increase;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.Increase;

    public override string StatementKey(Target target) => "increase";

    public override bool IsJudgedOnSeries(Target target) => true;

    protected override IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator)
    {
        if (indicator is not null && !figure.Unit.IsCompatibleWith(indicator.Unit))
        {
            yield return new FigureProblem(Diagnostics.DiagnosticRule.TargetUnitMismatch, "unit",
                $"Expected the increase in {indicator.Unit} (or another magnitude of {indicator.Unit.Dimension}), the unit of \"{indicator.Code}\", but found {figure.Unit}.");
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
        if (input.Baseline?.Level is not { } baseLevel)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingBaseline, stageWithout);
        }
        var latest = input.Figures[^1];
        if (latest.Level is not { } level)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel, stageWithout, latestYear: latest.Period.LastYear);
        }
        var unit = target.Amount!.Value.Unit;
        var figure = target.Amount.Value.Value;
        var increase = level.ConvertTo(unit).Value - baseLevel.ConvertTo(unit).Value;
        var baseYear = input.Baseline.Period.Year;
        var lastYear = target.Period.LastYear;
        var sinceBase = Math.Max(1, latest.Period.Year - baseYear);
        decimal? projected;
        try
        {
            projected = increase / sinceBase * (lastYear - baseYear);
        }
        catch (OverflowException)
        {
            projected = null;
        }
        var magnitude = Math.Abs(figure);
        var covered = latest.Period.Year >= lastYear && latest.Period.End >= target.Period.End;
        var start = baseLevel.ConvertTo(unit).Value;
        var path = input.Figures.Where(f => f.Level is not null && f.Level.Value.Unit.IsCompatibleWith(unit)).Select(f => (f.Period.Year, f.Level!.Value.ConvertTo(unit).Value - start)).ToList();
        return SpanReview.Verdict(this, input, new SpanFigures(increase, figure, magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction,
            Verdicts.Ratio(increase, figure), null, projected, sinceBase, Math.Max(1, lastYear - baseYear), covered, latest.Period.Year, null, input.Figures.Length, unit, path));
    }
}
