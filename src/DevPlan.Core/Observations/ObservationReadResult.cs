using System.Collections.Immutable;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Observations;

/// <summary>
/// Observations read leniently: the good ones, where each came from (a CSV line, a JSON path), and
/// a diagnostic for every row or element left out. <c>PlanValidator.ValidateObservations</c>
/// checks them against a plan, reporting each at the place it was read from.
/// </summary>
/// <param name="Observations">The observations read, in file order.</param>
/// <param name="Locations">Where each observation came from, index for index.</param>
/// <param name="Diagnostics">The problems found while reading.</param>
public sealed record ObservationReadResult(ImmutableArray<Observation> Observations, ImmutableArray<DiagnosticLocation> Locations, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether any diagnostic is an error (a row or element was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
