using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using System.Text;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Validation;

/// <summary>Thrown by a strict load when the plan has errors; lists every one of them.</summary>
public sealed class PlanValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="diagnostics">All diagnostics of the load; the message lists the errors.</param>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostics"/> is null.</exception>
    public PlanValidationException(IEnumerable<Diagnostic> diagnostics)
        : this([.. Preconditions.CheckNotNull(diagnostics)])
    {
    }

    private PlanValidationException(ImmutableArray<Diagnostic> diagnostics)
        : base(Compose(diagnostics)) => Diagnostics = diagnostics;

    /// <summary>Gets every diagnostic of the load (errors, warnings and notes).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error);

    private static string Compose(ImmutableArray<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        var text = new StringBuilder($"The plan has {errors.Count} error{(errors.Count == 1 ? "" : "s")}:");
        foreach (var error in errors)
        {
            text.AppendLine().Append("  ").Append(error);
        }
        return text.ToString();
    }
}
