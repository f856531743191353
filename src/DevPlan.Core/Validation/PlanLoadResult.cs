using System.Collections.Immutable;

namespace DevPlan.Core.Validation;

/// <summary>A plan loaded leniently, with every diagnostic of its load and validation.</summary>
/// <param name="Plan">The plan, without the elements the model rejected (each reported as DP0001).</param>
/// <param name="Diagnostics">The diagnostics, with file, JSON path and line.</param>
public sealed record PlanLoadResult(Plan Plan, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
