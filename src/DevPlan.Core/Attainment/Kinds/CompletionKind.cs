using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A completion target (完成…任务): judged from a reported yes or no. A task reported not done before the
/// end of its period is not assessable yet, since a task is judged at the end of its period; over a span,
/// on its latest report.
/// </summary>
internal sealed class CompletionKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.Completion;

    /// <summary>A task's report: its completion flag, or a figure that the task is judged on where it has one.</summary>
    public override bool Takes(in Candidate candidate) => true;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) => VerdictMeasure.Task;

    public override string StatementKey(Target target) => "completion";

    public override bool NeedsFigureFromStart(Indicator? indicator) => false;

    public override bool UsesLastYear(Target target) => IsJudgedOnSeries(target);

    public override TargetAssessment Assess(in AssessmentInput input) => Judge(input.Target, input.Indicator, input.Observation, input.Policy, input.Stage, input.Stage);

    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        if (input.Figures.IsEmpty)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NoData, AttainmentReason.NoObservation, input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress);
        }
        var latest = input.Figures[^1];
        var covers = latest.Period.End >= target.Period.End;
        // After the span, a report of the task done stands; one of the task not done is final only when it is the last year's.
        var stage = covers ? VerdictStage.Final : input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress;
        return Judge(target, input.Indicator, latest, input.Policy, stage, covers ? VerdictStage.Final : VerdictStage.InProgress);
    }

    private TargetAssessment Judge(Target target, Indicator indicator, Observation report, AttainmentPolicy policy, VerdictStage stage, VerdictStage reportStage)
    {
        if (report.Completed is not { } completed)
        {
            return NotJudged(target, indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.CompletionNeedsYesNo, stage);
        }
        var actual = completed ? 1m : 0m;
        if (!completed && reportStage == VerdictStage.InProgress)
        {
            var reason = stage == VerdictStage.PeriodEnded ? AttainmentReason.FiguresEndBeforePeriodEnd : AttainmentReason.TaskDueAtPeriodEnd;
            return new TargetAssessment(AttainmentStatus.NotAssessable, reason, target.Kind, null, Unit.Percent, VerdictMeasure.Task, TargetBound.None, IndicatorDirection.HigherIsBetter, stage,
                actual, latestYear: report.Period.LastYear, missingYear: stage == VerdictStage.PeriodEnded ? report.Period.LastYear + 1 : null);
        }
        return new TargetAssessment(completed ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved, AttainmentReason.None, target.Kind, null, Unit.Percent,
            VerdictMeasure.Task, TargetBound.None, IndicatorDirection.HigherIsBetter, stage, actual);
    }
}
