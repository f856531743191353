using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Observations;

/// <summary>
/// A row or element that a reader could not read: what was expected, where, and the text found. A
/// lenient consumer reports it as a diagnostic and goes on; a strict one throws.
/// </summary>
/// <param name="Rule">The rule broken (DP0001 for a rejected element, DP3001 and after for CSV rows).</param>
/// <param name="Reason">What was expected and what was found.</param>
/// <param name="Location">Where: the file, and the line, column or JSON path.</param>
/// <param name="Text">The offending text, if any (shortened to 80 characters).</param>
public sealed record ObservationProblem(DiagnosticRule Rule, string Reason, DiagnosticLocation Location, string? Text = null)
{
    /// <summary>The problem as a diagnostic, with the text it found.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic() =>
        new(Rule, Text is null ? Reason : $"{Reason} Found \"{(Text.Length <= 80 ? Text : string.Concat(Text.AsSpan(0, 77), "..."))}\".", Location);
}
