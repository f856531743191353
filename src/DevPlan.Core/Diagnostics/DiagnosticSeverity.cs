namespace DevPlan.Core.Diagnostics;

/// <summary>How serious a diagnostic is.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The data is wrong; a strict load refuses it.</summary>
    Error,

    /// <summary>The data is suspicious or incomplete; it loads, and a person should look.</summary>
    Warning,

    /// <summary>A note.</summary>
    Info,
}
