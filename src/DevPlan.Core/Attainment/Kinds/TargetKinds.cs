namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// The one place that maps each <see cref="TargetKind"/> to the object that says what it means, with an
/// exhaustive switch and no fallback, so that a new kind is a compile error until it has its object (one
/// file, plus its catalogue lines). Judging goes through here, where arithmetic that leaves decimal's
/// range anywhere in a kind becomes a typed verdict rather than an exception.
/// </summary>
internal static class TargetKinds
{
    private static readonly GrowthRateKind GrowthRate = new();
    private static readonly ReductionKind Reduction = new();
    private static readonly LevelKind Level = new();
    private static readonly CompletionKind Completion = new();
    private static readonly AverageAnnualGrowthKind AverageAnnualGrowth = new();
    private static readonly IncreaseKind Increase = new();
    private static readonly RelativeKind Relative = new();
    private static readonly QualitativeKind Qualitative = new();
    private static readonly SetEachYearKind SetEachYear = new();

    /// <summary>The object of a kind.</summary>
    public static TargetKindRule For(TargetKind kind) => kind switch
    {
        TargetKind.GrowthRate => GrowthRate,
        TargetKind.Reduction => Reduction,
        TargetKind.Level => Level,
        TargetKind.Completion => Completion,
        TargetKind.AverageAnnualGrowth => AverageAnnualGrowth,
        TargetKind.Increase => Increase,
        TargetKind.Relative => Relative,
        TargetKind.Qualitative => Qualitative,
        TargetKind.SetEachYear => SetEachYear,
    };

    /// <summary>The object of a target's kind.</summary>
    public static TargetKindRule For(Target target) => For(target.Kind);

    /// <summary>Judges a target on one figure; a figure computed outside decimal's range is not assessable (<see cref="AttainmentReason.OutOfRange"/>).</summary>
    public static TargetAssessment Assess(in AssessmentInput input)
    {
        var kind = For(input.Target.Kind);
        try
        {
            return kind.Assess(input).OverSpan(input.Target.Period.YearCount);
        }
        catch (OverflowException)
        {
            return kind.NotJudged(input.Target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange, input.Stage);
        }
    }

    /// <summary>Judges a target on a series; a figure computed outside decimal's range is not assessable (<see cref="AttainmentReason.OutOfRange"/>).</summary>
    public static TargetAssessment AssessSeries(SeriesInput input)
    {
        var kind = For(input.Target.Kind);
        try
        {
            return kind.AssessSeries(input).OverSpan(input.Target.Period.YearCount);
        }
        catch (OverflowException)
        {
            return kind.NotJudged(input.Target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange,
                input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress).OverSpan(input.Target.Period.YearCount);
        }
    }
}
