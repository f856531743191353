using DevPlan.Core.Diagnostics;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A growth-rate target (增长7%左右): the growth over the same period a year earlier, or over a span the
/// years' growth chained (累计增长). Better is the indicator's direction.
/// </summary>
internal sealed class GrowthRateKind : RateKindRule
{
    public override TargetKind Kind => TargetKind.GrowthRate;

    protected override int Sign => 1;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) =>
        target.EachYear ? VerdictMeasure.EveryYear : IsSpan(target) ? VerdictMeasure.CumulativeGrowth : VerdictMeasure.Growth;

    public override string StatementKey(Target target) => IsSpan(target) ? "cumulativeGrowth" : "growthRate";

    public override bool WantsComparableBaseline(Target target) => true;

    protected override IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator)
    {
        if (figure.Value <= -100m)
        {
            yield return new FigureProblem(DiagnosticRule.GrowthTargetOutOfRange, "value", $"Expected a growth target above −100%, but found {Invariant(figure.Value)}%.");
        }
    }
}
