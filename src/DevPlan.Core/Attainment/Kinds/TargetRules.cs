namespace DevPlan.Core.Attainment.Kinds;

/// <summary>The one place that says which rule judges each kind of target.</summary>
internal static class TargetRules
{
    private static readonly RateRule Growth = new(reduction: false);
    private static readonly RateRule Reduction = new(reduction: true);
    private static readonly LevelRule Level = new();
    private static readonly CompletionRule Completion = new();

    /// <summary>The rule of a kind; exhaustive, with no fallback, so a new kind does not compile until it has a rule.</summary>
    public static TargetRule For(TargetKind kind) => kind switch
    {
        TargetKind.GrowthRate => Growth,
        TargetKind.Reduction => Reduction,
        TargetKind.Level => Level,
        TargetKind.Completion => Completion,
        TargetKind.AverageAnnualGrowth or TargetKind.Increase or TargetKind.Relative or TargetKind.Qualitative => Series,
    };

    private static readonly OneFigureSeries Series = new();

    /// <summary>A series target judged on one figure (the single-observation API): a series of one, without a baseline or another indicator.</summary>
    private sealed class OneFigureSeries : TargetRule
    {
        public override TargetAssessment Assess(in AssessmentInput input) =>
            SeriesRule.Assess(new SeriesInput(input.Target, input.Indicator, input.SamePeriodLastYear, [input.Observation], null, null, [], input.AsOf, input.Policy));
    }
}
