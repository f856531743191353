using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// Completion targets (完成…任务): judged from a reported yes or no. A task reported not done before
/// the end of its period is not assessable yet, since a task is judged at the end of its period.
/// </summary>
internal sealed class CompletionRule : TargetRule
{
    public override TargetAssessment Assess(in AssessmentInput input)
    {
        var target = input.Target;
        if (input.Observation.Completed is not { } completed)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.CompletionNeedsYesNo);
        }
        var actual = completed ? 1m : 0m;
        if (!completed && !input.IsFinal)
        {
            return new TargetAssessment(AttainmentStatus.NotAssessable, AttainmentReason.TaskDueAtPeriodEnd, target.Kind, null, Unit.Percent,
                actual, null, null, null, input.IsFinal, null, null);
        }
        return new TargetAssessment(completed ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved, AttainmentReason.None, target.Kind, null, Unit.Percent,
            actual, null, null, null, input.IsFinal, null, null);
    }
}
