using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Serialization;

/// <summary>A value the model rejected while a document was mapped, with the JSON path it came from.</summary>
internal sealed class PlanMappingException(string path, DiagnosticMessage reason, string? fallbackPath = null) : Exception(reason.ToString()), IWordedException
{
    /// <summary>The JSON path of the rejected value.</summary>
    public string Path { get; } = path;

    /// <summary>The path of the enclosing element, used when <see cref="Path"/> is not in the document.</summary>
    public string FallbackPath { get; } = fallbackPath ?? path;

    /// <summary>What was expected and found.</summary>
    public DiagnosticMessage Reason { get; } = reason;

    /// <inheritdoc />
    public TemplateText Text => Reason.Parts;
}
