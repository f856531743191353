using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Observations;

/// <summary>
/// A row or element that a reader could not read: what was expected, where, and the text found. A
/// lenient consumer reports it as a diagnostic and goes on; a strict one throws.
/// </summary>
public sealed record ObservationProblem
{
    /// <summary>Creates a problem whose reason keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="rule">The rule broken (DP0001 for a rejected element, DP3001 and after for rows).</param>
    /// <param name="reason">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="location">Where: the file, and the line, column or JSON path.</param>
    /// <param name="text">The offending text, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="reason"/> or <paramref name="location"/> is null.</exception>
    public ObservationProblem(DiagnosticRule rule, DiagnosticMessage reason, DiagnosticLocation location, string? text = null)
    {
        Rule = Internal.Preconditions.CheckNotNull(rule);
        ReasonText = Internal.Preconditions.CheckNotNull(reason);
        Reason = reason.ToString();
        Location = Internal.Preconditions.CheckNotNull(location);
        Text = text;
    }

    /// <summary>Gets the rule broken (DP0001 for a rejected element, DP3001 and after for CSV rows).</summary>
    public DiagnosticRule Rule { get; }

    /// <summary>Gets what was expected and what was found.</summary>
    public string Reason { get; }

    /// <summary>Gets the reason as its template and the values it names.</summary>
    public DiagnosticMessage ReasonText { get; }

    /// <summary>Gets where: the file, and the line, column or JSON path.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>Gets the offending text, if any (shortened to 80 characters in <see cref="ToDiagnostic"/>).</summary>
    public string? Text { get; }

    /// <summary>The problem as a diagnostic, with the text it found.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic() =>
        Text is null ? new(Rule, ReasonText, Location) : new(Rule, $"{ReasonText} Found \"{Internal.Preconditions.Truncate(Text)}\".", Location);
}
