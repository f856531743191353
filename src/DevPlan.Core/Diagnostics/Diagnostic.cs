using DevPlan.Core.Internal;

namespace DevPlan.Core.Diagnostics;

/// <summary>One problem found in plan or observation data.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic whose message keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="rule">The rule broken; gives the code and severity.</param>
    /// <param name="message">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="location">Where.</param>
    /// <param name="hint">How to fix it, if useful.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="hint"/> is null.</exception>
    public Diagnostic(DiagnosticRule rule, DiagnosticMessage message, DiagnosticLocation location, DiagnosticMessage? hint = null)
    {
        Rule = Preconditions.CheckNotNull(rule);
        MessageText = Preconditions.CheckNotNull(message);
        // Messages quote what a file holds: its control characters are shown as escapes, never sent to a terminal.
        Message = PrintableText.Escape(message.ToString());
        Location = Preconditions.CheckNotNull(location);
        HintText = hint;
        Hint = hint is null ? null : PrintableText.Escape(hint.ToString());
    }

    /// <summary>Gets the rule broken.</summary>
    public DiagnosticRule Rule { get; }

    /// <summary>Gets the rule's stable code, such as <c>DP1101</c>.</summary>
    public string Code => Rule.Code;

    /// <summary>Gets the severity.</summary>
    public DiagnosticSeverity Severity => Rule.Severity;

    /// <summary>Gets what was expected and what was found.</summary>
    public string Message { get; }

    /// <summary>Gets where the problem is.</summary>
    public DiagnosticLocation Location { get; internal init; }

    /// <summary>Gets how to fix it, if useful.</summary>
    public string? Hint { get; }

    /// <summary>
    /// Gets the message as its template and the values it names (a <c>Quantity</c>, <c>Percent</c>,
    /// <c>ReportingPeriod</c>, a number or text), from which a catalogue words it in its language
    /// (<c>Catalogue.Describe</c>); <see cref="Message"/> is its English text.
    /// </summary>
    public DiagnosticMessage MessageText { get; }

    /// <summary>Gets the hint as its template and values, if there is a hint.</summary>
    public DiagnosticMessage? HintText { get; }

    /// <summary>Whether another diagnostic says the same: the same rule, message, place and hint.</summary>
    /// <param name="other">The other diagnostic.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(Diagnostic? other) => other is not null && Rule == other.Rule && Message == other.Message && Location == other.Location
        && Hint == other.Hint;

    /// <summary>A hash of the rule, message and place.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Rule, Message, Location, Hint);

    /// <summary>Returns "location: error DP1101: message (hint)".</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var where = PrintableText.Escape(Location.ToString());
        return $"{(where.Length > 0 ? where + ": " : "")}{Severity.ToString().ToLowerInvariant()} {Code}: {Message}{(Hint is null ? "" : $" ({Hint})")}";
    }
}
