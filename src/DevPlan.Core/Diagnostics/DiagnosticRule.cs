namespace DevPlan.Core.Diagnostics;

/// <summary>A validation rule: its stable code, severity, title and an example of what breaks it.</summary>
public sealed record DiagnosticRule
{
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
