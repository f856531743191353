using DevPlan.Core.Calculations;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// Growth-rate targets (增长7%) and reduction targets (下降2.5%). The growth is the published rate,
/// or for a nominal indicator the rate computed from two levels; a comparable-price rate is never
/// derived from levels. A reduction is judged on its size (the negated change), for which more is
/// always better. In-year figures compare the cumulative growth so far with the target.
/// </summary>
internal sealed class RateRule(bool reduction) : TargetRule
{
    public override TargetAssessment Assess(in AssessmentInput input)
    {
        var target = input.Target;
        var growth = Growth.For(input.Indicator, input.Observation, input.SamePeriodLastYear);
        if (growth.Rate is not { } rate)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, growth.Issue switch
            {
                GrowthIssue.ComparablePricesNeedPublishedGrowth => AttainmentReason.ComparablePricesNeedPublishedGrowth,
                GrowthIssue.NonPositiveBase => AttainmentReason.NonPositiveBase,
                GrowthIssue.MissingLevels or GrowthIssue.None => AttainmentReason.MissingGrowth,
            });
        }
        var (actual, better) = reduction ? (-rate.Value, 1) : (rate.Value, input.Better);
        var figure = target.Rate!.Value.Value;
        var stretch = target.StretchRate?.Value;
        var policy = input.Policy;
        var status = Verdicts.Judge(actual, figure, target.Qualifier!.Value, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        return new TargetAssessment(Verdicts.Pace(status, input.IsFinal), AttainmentReason.None, target.Kind, target.Qualifier, input.Unit,
            actual, figure, stretch, Verdicts.Stretch(actual, stretch, better, input.IsFinal), input.IsFinal,
            Verdicts.Completion(actual, figure, target.Qualifier!.Value, better, policy), null);
    }
}
