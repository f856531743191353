using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// Level targets (7.7亿美元, 1.65万人). A final figure, or any figure of a stock or a ratio, is judged
/// against the target's amount; an in-year figure of a flow is judged on pace: the share of the target
/// done against the share of the period elapsed (时间过半、任务过半).
/// </summary>
internal sealed class LevelRule : TargetRule
{
    public override TargetAssessment Assess(in AssessmentInput input)
    {
        var target = input.Target;
        if (input.Observation.Level is not { } level)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel);
        }
        var unit = input.Unit;
        var actual = level.ConvertTo(unit).Value;
        var figure = target.Amount!.Value.Value;
        var stretch = target.Stretch?.Value;
        var qualifier = target.Qualifier!.Value;
        var policy = input.Policy;
        // The share of the target reached; a ceiling reports none, though its in-year pace uses the share of the allowance used.
        var share = Verdicts.Ratio(actual, figure);
        var completion = Verdicts.Completion(actual, figure, qualifier, input.Better, policy);
        if (input.IsFinal || input.Indicator.Accumulation != Accumulation.Flow)
        {
            var magnitude = Math.Abs(figure);
            var status = Verdicts.Judge(actual, figure, qualifier, input.Better,
                magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction, policy);
            return new TargetAssessment(Verdicts.Pace(status, input.IsFinal), AttainmentReason.None, target.Kind, target.Qualifier, unit,
                actual, figure, stretch, Verdicts.Stretch(actual, stretch, input.Better, input.IsFinal), input.IsFinal, completion, null);
        }
        var elapsed = policy.PaceBasis switch
        {
            PaceBasis.ObservationMonths => Percent.FromFraction(input.Observation.Period.MonthShareOf(target.Period)),
            PaceBasis.AsOfDays => Percent.FromFraction(target.Period.ElapsedFraction(input.AsOf)),
        };
        // On pace when the share done keeps up with the share elapsed, in the bound's direction.
        var floorLike = Verdicts.IsFloor(qualifier, input.Better, policy);
        var lag = share is { } done ? (floorLike ? done.Value - elapsed.Value : elapsed.Value - done.Value) : 0m;
        var onPace = share is null
            ? (floorLike ? actual >= figure : actual <= figure)
            : lag >= -policy.PaceTolerance.Value;
        return new TargetAssessment(onPace ? AttainmentStatus.OnTrack : AttainmentStatus.Behind, AttainmentReason.None, target.Kind, target.Qualifier, unit,
            actual, figure, stretch, null, isFinal: false, completion, elapsed);
    }
}
