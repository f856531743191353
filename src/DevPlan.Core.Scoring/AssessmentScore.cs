using System.Collections.Immutable;

namespace DevPlan.Core.Scoring;

/// <summary>The result of scoring an assessment.</summary>
public sealed record AssessmentScore
{
    internal AssessmentScore(decimal total, decimal fullMarks, ImmutableArray<TargetScore> targets, ImmutableArray<string> vetoedBy)
    {
        Total = total;
        FullMarks = fullMarks;
        Targets = targets;
        VetoedBy = vetoedBy;
    }

    /// <summary>Gets the total marks (zero when vetoed).</summary>
    public decimal Total { get; }

    /// <summary>Gets the sum of the weights.</summary>
    public decimal FullMarks { get; }

    /// <summary>Gets each target's marks, in plan order.</summary>
    public ImmutableArray<TargetScore> Targets { get; }

    /// <summary>Gets the ids of the binding targets that vetoed the score; empty when not vetoed.</summary>
    public ImmutableArray<string> VetoedBy { get; }

    /// <summary>Gets whether a binding target vetoed the score.</summary>
    public bool IsVetoed => !VetoedBy.IsDefaultOrEmpty;

    /// <summary>Returns an invariant summary for logs: <c>85 of 100 marks over 10 targets</c>, or <c>0 of 100 marks over 10 targets, vetoed by t10</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"{Total} of {FullMarks} marks over {Targets.Length} targets{(IsVetoed ? ", vetoed by " + string.Join(", ", VetoedBy) : "")}");
}
