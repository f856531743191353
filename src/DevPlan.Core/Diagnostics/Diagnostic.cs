using DevPlan.Core.Internal;

namespace DevPlan.Core.Diagnostics;

/// <summary>One problem found in plan or observation data.</summary>
public sealed record Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="rule">The rule broken; gives the code and severity.</param>
    /// <param name="message">What was expected and what was found.</param>
    /// <param name="location">Where.</param>
    /// <param name="hint">How to fix it, if useful.</param>
    /// <exception cref="ArgumentNullException">A reference argument other than <paramref name="hint"/> is null.</exception>
    public Diagnostic(DiagnosticRule rule, string message, DiagnosticLocation location, string? hint = null)
    {
        Rule = Preconditions.CheckNotNull(rule);
        // Messages quote what a file holds: its control characters are shown as escapes, never sent to a terminal.
        Message = PrintableText.Escape(Preconditions.CheckNotNull(message));
        Location = Preconditions.CheckNotNull(location);
        Hint = hint is null ? null : PrintableText.Escape(hint);
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
    /// Gets the values the message is made of, by name (a <c>Quantity</c>, <c>Percent</c>,
    /// <c>ReportingPeriod</c>, <c>ZoneScope</c>, a number or text; <c>form</c> names a variant of the
    /// message), so that a catalogue can word it in its language (<c>Catalogue.Describe</c>); empty for a
    /// diagnostic worded in English only.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, object>> Arguments { get; init; } = [];

    /// <summary>Whether another diagnostic says the same: the same rule, message, place, hint and values.</summary>
    /// <param name="other">The other diagnostic.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(Diagnostic? other) => other is not null && Rule == other.Rule && Message == other.Message && Location == other.Location
        && Hint == other.Hint && Arguments.SequenceEqual(other.Arguments);

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
