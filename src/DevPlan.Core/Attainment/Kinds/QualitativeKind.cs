using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A qualitative aim with no figure (保持在合理区间): judged only by a recorded assessment (an observation
/// saying whether the aim was met), never reported as missing data; without one it is qualitative.
/// </summary>
internal sealed class QualitativeKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.Qualitative;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.Aim;

    public override string StatementKey(Target target) => "qualitative";

    public override bool IsJudgedOnSeries(Target target) => true;

    /// <summary>Only recorded assessments: the indicator's figures of the same years stay with the targets judged on them.</summary>
    public override bool Takes(in Candidate candidate) => candidate.HasAssessment;

    public override TargetAssessment Assess(in AssessmentInput input) =>
        AssessSeries(new SeriesInput(input.Target, input.Indicator, input.SamePeriodLastYear, [input.Observation], null, null, [], input.AsOf, input.Policy));

    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        var recorded = input.Figures.LastOrDefault(f => f.Completed is not null);
        if (recorded is null)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.QualitativeAim, input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress);
        }
        var stage = recorded.Period.End >= target.Period.End ? VerdictStage.Final : input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;
        var status = recorded.Completed == true ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved;
        return new TargetAssessment(Verdicts.Pace(status, stage, TargetBound.None), AttainmentReason.None, target.Kind, null, Unit.Percent, VerdictMeasure.Aim,
            TargetBound.None, IndicatorDirection.HigherIsBetter, stage, recorded.Completed == true ? 1m : 0m, latestYear: recorded.Period.LastYear);
    }
}
