using System.Collections.Immutable;

namespace DevPlan.Core.Scoring;

/// <summary>The result of scoring an assessment.</summary>
/// <param name="Total">The total marks (zero when vetoed).</param>
/// <param name="FullMarks">The sum of the weights.</param>
/// <param name="Targets">Each target's marks, in plan order.</param>
/// <param name="VetoedBy">The ids of the binding targets that vetoed the score; empty when not vetoed.</param>
public sealed record AssessmentScore(decimal Total, decimal FullMarks, ImmutableArray<TargetScore> Targets, ImmutableArray<string> VetoedBy)
{
    /// <summary>Gets whether a binding target vetoed the score.</summary>
    public bool IsVetoed => !VetoedBy.IsDefaultOrEmpty;
}
