using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Observations;

/// <summary>
/// A row or element that a reader could not read: what was expected, where, and the text found. A
/// lenient consumer reports it as a diagnostic and goes on; a strict one throws.
/// </summary>
public sealed record ObservationProblem
{
    /// <summary>Creates a problem, as a reader of another format would.</summary>
    /// <param name="rule">The rule broken (DP0001 for a rejected element, DP3001 and after for rows).</param>
    /// <param name="reason">What was expected and what was found.</param>
    /// <param name="location">Where: the file, and the line, column or JSON path.</param>
    /// <param name="text">The offending text, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/>, <paramref name="reason"/> or <paramref name="location"/> is null.</exception>
    public ObservationProblem(DiagnosticRule rule, string reason, DiagnosticLocation location, string? text = null)
    {
        Rule = Internal.Preconditions.CheckNotNull(rule);
        Reason = Internal.Preconditions.CheckNotNull(reason);
        Location = Internal.Preconditions.CheckNotNull(location);
        Text = text;
    }

    /// <summary>Gets the rule broken (DP0001 for a rejected element, DP3001 and after for CSV rows).</summary>
    public DiagnosticRule Rule { get; }

    /// <summary>Gets what was expected and what was found.</summary>
    public string Reason { get; }

    /// <summary>Gets where: the file, and the line, column or JSON path.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>Gets the offending text, if any (shortened to 80 characters in <see cref="ToDiagnostic"/>).</summary>
    public string? Text { get; }

    /// <summary>The problem as a diagnostic, with the text it found.</summary>
    /// <returns>The diagnostic.</returns>
    public Diagnostic ToDiagnostic() =>
        new(Rule, Text is null ? Reason : $"{Reason} Found \"{(Text.Length <= 80 ? Text : string.Concat(Text.AsSpan(0, 77), "..."))}\".", Location);
}
