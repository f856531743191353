namespace DevPlan.Core.Diagnostics;

/// <summary>A validation rule: its stable code, severity, title and an example of what breaks it.</summary>
/// <param name="Code">The stable code (<c>DP1101</c>); never reused for another rule.</param>
/// <param name="Severity">The severity of its diagnostics.</param>
/// <param name="Title">What the rule checks.</param>
/// <param name="Example">Data that breaks it.</param>
public sealed record DiagnosticRule(string Code, DiagnosticSeverity Severity, string Title, string Example);
