using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Observations read leniently: the good ones, where each came from (a CSV line, a JSON path), and
/// a diagnostic for every row or element left out.
/// </summary>
/// <param name="Observations">The observations read, in file order.</param>
/// <param name="Locations">Where each observation came from, index for index.</param>
/// <param name="Diagnostics">The problems found while reading.</param>
public sealed record ObservationReadResult(ImmutableArray<Observation> Observations, ImmutableArray<DiagnosticLocation> Locations, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether any diagnostic is an error (a row or element was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Validates the observations against a plan, reporting each at the place it was read from.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The diagnostics of the validation (the reading diagnostics are in <see cref="Diagnostics"/>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public ValidationResult ValidateAgainst(Plan plan) => PlanValidator.ValidateObservations(plan, Observations, i => Locations[i]);
}
