using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// What growth-rate targets (增长7%) and reduction targets (下降2.5%) share. The growth is the published
/// rate, or for a nominal indicator the rate computed from two levels; a comparable-price rate is never
/// derived from levels. A reduction is judged on the fall (the negated change). In-year figures compare
/// the cumulative growth so far with the target. Over a span the years' rates are chained (累计), and a
/// bound that must hold every year is judged year by year.
/// </summary>
internal abstract class RateKindRule : TargetKindRule
{
    /// <summary>+1 for a growth, −1 for a reduction: the sign that turns a growth into the figure judged.</summary>
    protected abstract int Sign { get; }

    /// <inheritdoc />
    public override TargetAssessment Assess(in AssessmentInput input)
    {
        var target = input.Target;
        var growth = Growth.For(input.Indicator, input.Observation, input.SamePeriodLastYear);
        if (growth.Rate is not { } rate)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, YearChain.ReasonOf(growth.Issue), input.Stage);
        }
        if (rate.Factor <= 0m)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.GrowthOfMinus100OrLess, input.Stage);
        }
        var actual = Sign * rate.Value;
        var better = BetterOf(target, input.Indicator);
        var policy = input.Policy;
        var bound = Verdicts.Bound(target.Qualifier, better, policy);
        var figure = target.Rate!.Value.Value;
        var stretch = target.StretchRate?.Value;
        var (status, broadly) = Verdicts.Judge(actual, figure, target.Qualifier!.Value, better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        var stage = input.Stage;
        return new TargetAssessment(Verdicts.Pace(status, stage, bound), AttainmentReason.None, target.Kind, target.Qualifier, Unit.Percent, MeasureOf(target, input.Indicator), bound, better, stage,
            actual, figure, stretch, Verdicts.Stretch(actual, stretch, better, input.IsFinal), Verdicts.Completion(actual, figure, bound),
            broadly: input.IsFinal && broadly);
    }

    /// <inheritdoc />
    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        if (input.Figures.IsEmpty)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NoData, AttainmentReason.NoObservation, input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress);
        }
        var policy = input.Policy;
        if (target.EachYear)
        {
            return EveryYearBound.Verdict(this, input, Unit.Percent, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, (figure, previous) =>
            {
                var growth = Growth.For(input.Indicator, figure, previous);
                return growth.Rate is { } rate
                    ? rate.Factor <= 0m ? (null, AttainmentReason.GrowthOfMinus100OrLess) : (Sign * rate.Value, AttainmentReason.None)
                    : (null, YearChain.ReasonOf(growth.Issue));
            });
        }
        return Cumulative(input);
    }

    /// <summary>A cumulative growth or reduction over the span (单位GDP能耗降低13.5%): the years' rates chained.</summary>
    private TargetAssessment Cumulative(SeriesInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        var chain = YearChain.Of(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (chain.HasTotalLoss || chain.Count == 0)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, chain.Stop,
                input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress, missingYear: chain.HasTotalLoss ? null : chain.MissingYear);
        }
        var (n, k) = (input.Years, chain.Count);
        var product = chain.Product();
        var actual = Sign * (product - 1m) * 100m;
        var figure = target.Rate!.Value.Value;
        var endFactor = 1m + Sign * figure / 100m;
        var remaining = target.Period.LastYear - chain.LastYear;
        Percent? required = null;
        if (remaining > 0 && endFactor > 0m)
        {
            required = SpanReview.RequiredRate(product, endFactor, remaining);
        }
        var projectedFactor = SpanReview.PowerOfRoot(product, n, k);
        decimal? projected = projectedFactor is { } p ? Sign * (p - 1m) * 100m : null;
        var covered = chain.LastYear == target.Period.LastYear && chain.Last!.Period.End >= target.Period.End;
        var path = new List<(int, decimal)>(k);
        var running = 1m;
        for (var i = 0; i < k; i++)
        {
            running *= chain.Factors[i];
            path.Add((chain.FirstYear + i, Sign * (running - 1m) * 100m));
        }
        return SpanReview.Verdict(this, input, new SpanFigures(actual, figure, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value,
            Verdicts.Ratio(actual, figure), required, projected, k, n, covered, chain.LastYear, chain.MissingYear, k, Unit.Percent, path));
    }

    /// <summary>Whether the target's period is a span of years.</summary>
    protected static bool IsSpan(Target target) => target.Period.Kind == PeriodKind.Span;
}
