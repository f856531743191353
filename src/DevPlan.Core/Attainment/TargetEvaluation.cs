using System.Collections.Immutable;

namespace DevPlan.Core.Attainment;

/// <summary>One target of a plan evaluation: the target, its indicator, the figure judged, the published figures it rests on, and the verdict.</summary>
/// <param name="Target">The target.</param>
/// <param name="Indicator">The target's indicator; null when the plan does not declare it.</param>
/// <param name="Observation">The figure judged: a published observation, or one summed from several (see <see cref="Basis"/>); null when none was available.</param>
/// <param name="Assessment">The verdict.</param>
public sealed record TargetEvaluation(Target Target, Indicator? Indicator, Observation? Observation, TargetAssessment Assessment)
{
    /// <summary>Gets how the figure judged came about.</summary>
    public FigureBasis Basis { get; init; } = Observation is null ? FigureBasis.None : FigureBasis.Published;

    /// <summary>Gets the published observations the figure rests on, in period order: the figure itself when published as is, its parts when summed.</summary>
    public ImmutableArray<Observation> Sources { get; init; } = Observation is null ? [] : [Observation];
}
