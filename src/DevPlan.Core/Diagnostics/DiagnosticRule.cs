namespace DevPlan.Core.Diagnostics;

/// <summary>
/// A validation rule: its stable code, severity, title and an example of what breaks it. The rules are the
/// type's static members (<see cref="DuplicateIndicator"/>, every one in <see cref="All"/>); codes are stable
/// and never reused: DP0xxx loading, DP1xxx plan rules, DP2xxx observations against a plan, DP3xxx
/// observation files.
/// </summary>
public sealed partial record DiagnosticRule
{
    // No static member here: the rules and All are initialized in DiagnosticRule.Catalogue.cs, in its textual
    // order, and C# leaves the order across the parts of a type open.
    internal DiagnosticRule(string code, DiagnosticSeverity severity, string title, string example)
    {
        Code = code;
        Severity = severity;
        Title = title;
        Example = example;
    }

    /// <summary>Gets the stable code (<c>DP1101</c>); never reused for another rule.</summary>
    public string Code { get; }

    /// <summary>Gets the severity of its diagnostics.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets what the rule checks.</summary>
    public string Title { get; }

    /// <summary>Gets data that breaks it.</summary>
    public string Example { get; }
}
