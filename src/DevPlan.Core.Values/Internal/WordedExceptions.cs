namespace DevPlan.Core.Internal;

/// <summary>An exception whose message keeps its template and values, so that it reaches a diagnostic worded in any language.</summary>
internal interface IWordedException
{
    /// <summary>The message.</summary>
    TemplateText Text { get; }
}

/// <summary>An argument the model refuses, with its message kept as a <see cref="TemplateText"/>.</summary>
internal sealed class WordedArgumentException(TemplateText text, string? paramName) : ArgumentException(text.ToString(), paramName), IWordedException
{
    public TemplateText Text { get; } = text;
}

/// <summary>A value out of the model's range, with its message kept as a <see cref="TemplateText"/>.</summary>
internal sealed class WordedArgumentOutOfRangeException(TemplateText text, string? paramName, object? actualValue)
    : ArgumentOutOfRangeException(paramName, actualValue, text.ToString()), IWordedException
{
    public TemplateText Text { get; } = text;
}

/// <summary>A text that does not parse, with its message kept as a <see cref="TemplateText"/>.</summary>
internal sealed class WordedFormatException(TemplateText text) : FormatException(text.ToString()), IWordedException
{
    public TemplateText Text { get; } = text;
}

/// <summary>The message of an exception as a <see cref="TemplateText"/>.</summary>
internal static class Worded
{
    /// <summary>
    /// The worded message of an exception the library threw; another exception's English message as fixed
    /// text (without the " (Parameter 'x')" suffix of an argument exception).
    /// </summary>
    public static TemplateText Of(Exception exception)
    {
        if (exception is IWordedException worded)
        {
            return worded.Text;
        }
        var message = exception.Message;
        if (exception is ArgumentException { ParamName: not null } && message.LastIndexOf(" (Parameter '", StringComparison.Ordinal) is var suffix and > 0)
        {
            message = message[..suffix];
        }
        return TemplateText.FromText(message);
    }
}
