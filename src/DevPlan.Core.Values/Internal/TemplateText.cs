using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DevPlan.Core.Internal;

/// <summary>
/// A message as an English template with numbered placeholders and the values they stand for, written as an
/// interpolated string: what <c>DevPlan.Core.Diagnostics.DiagnosticMessage</c> is made of, and what the layers
/// below diagnostics (text, units, periods) throw with, so that their messages reach a catalogue whole.
/// </summary>
[InterpolatedStringHandler]
internal sealed class TemplateText : IEquatable<TemplateText>
{
    private readonly StringBuilder _template;
    private readonly StringBuilder _text;
    private readonly List<object> _values;

    public TemplateText(int literalLength, int formattedCount)
    {
        _template = new StringBuilder(literalLength + 4 * formattedCount);
        _text = new StringBuilder(literalLength + 16 * formattedCount);
        _values = new List<object>(formattedCount);
    }

    /// <summary>The template: the text with a numbered placeholder (<c>{0}</c>) for each value; braces of the text doubled.</summary>
    public string Template => _template.ToString();

    /// <summary>The values, in order.</summary>
    public IReadOnlyList<object> Values => _values;

    /// <summary>A message of fixed text.</summary>
    public static TemplateText FromText(string text)
    {
        var message = new TemplateText(text.Length, 0);
        message.AppendLiteral(text);
        return message;
    }

    /// <summary>A message of fixed text; null for null.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator TemplateText?(string? text) => text is null ? null : FromText(text);

    public void AppendLiteral(string value)
    {
        // Braces in the text are doubled in the template, so only placeholders are single.
        _template.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
        _text.Append(value);
    }

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        var text = value switch
        {
            null => "",
            IFormattable formattable => formattable.ToString(format, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        _template.Append('{').Append(_values.Count.ToString(CultureInfo.InvariantCulture)).Append('}');
        _text.Append(text);
        // A formatted number keeps its English form in every language (a byte as 0x3F); other values are worded.
        _values.Add(format is null && value is not null ? value : text);
    }

    public void AppendFormatted(ReadOnlySpan<char> value) => AppendFormatted(value.ToString());

    public void AppendFormatted(string? value) => AppendFormatted<string>(value ?? "");

    /// <summary>The English text, values formatted in the invariant culture.</summary>
    public override string ToString() => _text.ToString();

    /// <summary>The same template with the same values.</summary>
    public bool Equals(TemplateText? other) => other is not null && Template == other.Template && _values.SequenceEqual(other._values);

    public override bool Equals(object? obj) => Equals(obj as TemplateText);

    public override int GetHashCode() => Template.GetHashCode(StringComparison.Ordinal);
}
