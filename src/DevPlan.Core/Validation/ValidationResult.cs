using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;

namespace DevPlan.Core.Validation;

/// <summary>The diagnostics of a validation, in the order found.</summary>
/// <param name="Diagnostics">Every diagnostic.</param>
public sealed record ValidationResult(ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
