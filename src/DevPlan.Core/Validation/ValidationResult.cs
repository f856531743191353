using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;

namespace DevPlan.Core.Validation;

/// <summary>The diagnostics of a validation, in the order found.</summary>
public sealed record ValidationResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="diagnostics">The diagnostics.</param>
    public ValidationResult(ImmutableArray<Diagnostic> diagnostics)
    {
        Diagnostics = diagnostics;
    }

    /// <summary>Gets every diagnostic.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Gets the warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning);
}
