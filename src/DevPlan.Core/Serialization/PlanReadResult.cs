using System.Collections.Immutable;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Serialization;

/// <summary>
/// A plan read leniently (<see cref="PlanJson.ParseLenient"/>, <see cref="PlanJson.ReadFileLenient"/>), with
/// every diagnostic of its reading and validation, each with the file, JSON path and line.
/// </summary>
public sealed record PlanReadResult
{
    internal PlanReadResult(Plan plan, ImmutableArray<Diagnostic> diagnostics)
    {
        Plan = plan;
        Diagnostics = diagnostics;
    }

    /// <summary>Gets the plan, without the elements the model rejected (each reported as DP0001).</summary>
    public Plan Plan { get; }

    /// <summary>Gets the diagnostics, in document order of the rules that found them.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Returns the plan when it has no error (warnings allowed), and otherwise throws one exception listing them all.</summary>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanValidationException">The plan has errors.</exception>
    public Plan EnsureValid() => HasErrors ? throw new PlanValidationException(Diagnostics) : Plan;
}
