using System.Text.Json;

namespace DevPlan.Core.Internal;

/// <summary>A JSON value a converter refuses, with its message kept as a <see cref="TemplateText"/>.</summary>
internal sealed class WordedJsonException(TemplateText text) : JsonException(text.ToString()), IWordedException
{
    public TemplateText Text { get; } = text;
}
