using System.Collections.Immutable;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Observations;

/// <summary>
/// Observations read leniently: the good ones, where each came from (a CSV line, a JSON path), and
/// a diagnostic for every row or element left out. <c>PlanValidator.ValidateObservations</c>
/// checks them against a plan, reporting each at the place it was read from.
/// </summary>
public sealed record ObservationReadResult
{
    /// <summary>Creates a result, as a reader of another source would (a database, a form).</summary>
    /// <param name="observations">The observations read, in source order.</param>
    /// <param name="locations">Where each observation came from, index for index.</param>
    /// <param name="diagnostics">The problems found while reading.</param>
    /// <exception cref="ArgumentException">The locations do not match the observations one for one.</exception>
    public ObservationReadResult(ImmutableArray<Observation> observations, ImmutableArray<DiagnosticLocation> locations, ImmutableArray<Diagnostic> diagnostics)
    {
        if (observations.Length != locations.Length)
        {
            throw new ArgumentException($"Expected one location per observation ({observations.Length}), but found {locations.Length}.", nameof(locations));
        }
        Observations = observations;
        Locations = locations;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the observations read, in file order.</summary>
    public ImmutableArray<Observation> Observations { get; }

    /// <summary>Gets where each observation came from, index for index.</summary>
    public ImmutableArray<DiagnosticLocation> Locations { get; }

    /// <summary>Gets the problems found while reading.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error (a row or element was left out).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}
