using System.Collections.Immutable;

namespace DevPlan.Core.Attainment;

/// <summary>One target of a plan evaluation: the target, its indicator, the figure judged, the published figures it rests on, and the verdict.</summary>
public sealed record TargetEvaluation
{
    internal TargetEvaluation(Target target, Indicator? indicator, Observation? observation, TargetAssessment assessment)
    {
        Target = target;
        Indicator = indicator;
        Observation = observation;
        Assessment = assessment;
        Basis = observation is null ? FigureBasis.None : FigureBasis.Published;
        Sources = observation is null ? [] : [observation];
    }

    /// <summary>Gets the target.</summary>
    public Target Target { get; }

    /// <summary>Gets the target's indicator; null when the plan does not declare it.</summary>
    public Indicator? Indicator { get; }

    /// <summary>Gets the figure judged: a published observation, or one summed from several (see <see cref="Basis"/>); null when none was available.</summary>
    public Observation? Observation { get; }

    /// <summary>Gets the verdict.</summary>
    public TargetAssessment Assessment { get; }

    /// <summary>Gets how the figure judged came about.</summary>
    public FigureBasis Basis { get; internal init; }

    /// <summary>Gets the plan's baseline figure a multi-year or increase target is measured from, or null.</summary>
    public Observation? Baseline { get; internal init; }

    /// <summary>Gets the indicator a relative target compares with (GDP for 高于GDP增长), or null.</summary>
    public Indicator? RelatedIndicator { get; internal init; }

    /// <summary>Gets the published observations the figure rests on, in period order: the figure itself when published as is, its parts when summed.</summary>
    public ImmutableArray<Observation> Sources { get; internal init; }

    /// <summary>
    /// Gets, for a target set each year in the annual plans (<see cref="TargetKind.SetEachYear"/>), the annual
    /// plans' results on its indicator and zone, year by year, that its verdict rests on: each year's annual target
    /// and outcome beside the five-year target. Empty for other targets, or when no annual plan was evaluated with it.
    /// </summary>
    public ImmutableArray<TargetEvaluation> AnnualResults { get; internal init; } = [];
}
