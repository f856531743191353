using DevPlan.Core.Diagnostics;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A reduction target (下降2.5%, 累计降低13.5%): judged on the fall, the negated change. A larger fall is
/// better for a lower-is-better indicator (energy intensity: a floor on the fall, 降低13.5%以上), and a smaller
/// one for a higher-is-better indicator (farmland: a ceiling on the fall, 减少不超过); the other two
/// combinations make no sense and validation refuses them (DP1406).
/// </summary>
internal sealed class ReductionKind : RateKindRule
{
    public override TargetKind Kind => TargetKind.Reduction;

    protected override int Sign => -1;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) =>
        target.EachYear ? VerdictMeasure.EveryYear : IsSpan(target) ? VerdictMeasure.CumulativeReduction : VerdictMeasure.Reduction;

    public override string StatementKey(Target target) => IsSpan(target) ? "cumulativeReduction" : "reduction";

    /// <summary>A fall is better the larger it is for a lower-is-better indicator, and the smaller for a higher-is-better one.</summary>
    public override IndicatorDirection BetterOf(Target target, Indicator? indicator) =>
        indicator?.Direction == IndicatorDirection.HigherIsBetter ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter;

    protected override IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator)
    {
        if (figure.Value is < 0m or > 100m)
        {
            yield return new FigureProblem(DiagnosticRule.ReductionTargetOutOfRange, "value", $"Expected a reduction between 0 and 100%, but found {Invariant(figure.Value)}%.");
        }
        if (indicator is null || target.Qualifier is not { } qualifier)
        {
            yield break;
        }
        var lowerIsBetter = indicator.Direction == IndicatorDirection.LowerIsBetter;
        var ceiling = qualifier is TargetQualifier.AtMost or TargetQualifier.LessThan;
        var floor = qualifier is TargetQualifier.AtLeast or TargetQualifier.GreaterThan;
        if ((lowerIsBetter && ceiling) || (!lowerIsBetter && floor))
        {
            yield return new FigureProblem(DiagnosticRule.BoundAgainstDirection, "qualifier",
                lowerIsBetter
                    ? (DiagnosticMessage)$"Expected a floor or an \"about\" figure on the fall of \"{indicator.Code}\", for which lower is better (a fall of at least {Invariant(figure.Value)}%), but found a ceiling on the fall ({Qualifier(qualifier)}), which would cap an improvement."
                    : $"Expected a ceiling or an \"about\" figure on the fall of \"{indicator.Code}\", for which higher is better (a fall of at most {Invariant(figure.Value)}%), but found a floor on the fall ({Qualifier(qualifier)}), which would require a deterioration.",
                "check the qualifier, or the indicator's direction");
        }
    }

    private static string Qualifier(TargetQualifier qualifier) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(qualifier.ToString());
}
