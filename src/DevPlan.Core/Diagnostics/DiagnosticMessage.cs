using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Diagnostics;

/// <summary>
/// What a diagnostic or a format error says, kept as the English template it was written from and the
/// values it names, so that a catalogue can word it in another language with the values as that language
/// writes them (<c>Catalogue.Word</c>). It is written as an interpolated string, which the compiler turns
/// into a message: <c>$"Expected a period within the plan's years {span}, but found {period}."</c> has the
/// template <c>Expected a period within the plan's years {0}, but found {1}.</c> and two values.
/// </summary>
/// <remarks>
/// The template is the key of a translation: the Chinese catalogue holds one wording per template, with
/// the same placeholders in any order. A value that is itself a message (a phrase such as "a number") is
/// worded in turn. <see cref="ToString"/> gives the English text, with values formatted in the invariant
/// culture. A plain string converts to a message of fixed text, whose template is the text itself.
/// </remarks>
[InterpolatedStringHandler]
public sealed class DiagnosticMessage : IEquatable<DiagnosticMessage>
{
    /// <summary>Starts a message; called by the compiler for an interpolated string.</summary>
    /// <param name="literalLength">The number of characters of text between the holes.</param>
    /// <param name="formattedCount">The number of holes.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public DiagnosticMessage(int literalLength, int formattedCount) => Parts = new TemplateText(literalLength, formattedCount);

    private DiagnosticMessage(TemplateText parts) => Parts = parts;

    /// <summary>Gets the English template: the text with a numbered placeholder (<c>{0}</c>) for each value.</summary>
    public string Template => Parts.Template;

    /// <summary>Gets the values the placeholders stand for, in order.</summary>
    public IReadOnlyList<object> Values => Parts.Values;

    /// <summary>The template and values, shared with the layers below diagnostics.</summary>
    internal TemplateText Parts { get; }

    /// <summary>A message of fixed text, with no values (a text that is not in a catalogue stays as it is).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static DiagnosticMessage FromText(string text) => new(TemplateText.FromText(Preconditions.CheckNotNull(text)));

    /// <summary>A message of fixed text (see <see cref="FromText"/>); null for null.</summary>
    /// <param name="text">The text.</param>
    [return: NotNullIfNotNull(nameof(text))]
    public static implicit operator DiagnosticMessage?(string? text) => text is null ? null : FromText(text);

    /// <summary>Adds text between the holes; called by the compiler.</summary>
    /// <param name="value">The text.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AppendLiteral(string value) => Parts.AppendLiteral(value);

    /// <summary>Adds a value; called by the compiler.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AppendFormatted<T>(T value) => Parts.AppendFormatted(value);

    /// <summary>Adds a value with a format; called by the compiler. The format applies to the English text only.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="format">The format, such as <c>X2</c>.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AppendFormatted<T>(T value, string? format) => Parts.AppendFormatted(value, format);

    /// <summary>Adds characters; called by the compiler.</summary>
    /// <param name="value">The characters.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AppendFormatted(ReadOnlySpan<char> value) => Parts.AppendFormatted(value);

    /// <summary>Adds a text; called by the compiler.</summary>
    /// <param name="value">The text.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AppendFormatted(string? value) => Parts.AppendFormatted(value);

    /// <summary>Returns the English text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Parts.ToString();

    /// <summary>Whether another message says the same: the same template with the same values.</summary>
    /// <param name="other">The other message.</param>
    /// <returns>True when they are equal.</returns>
    public bool Equals(DiagnosticMessage? other) => other is not null && Parts.Equals(other.Parts);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DiagnosticMessage);

    /// <inheritdoc />
    public override int GetHashCode() => Parts.GetHashCode();

    /// <summary>A message of the parts an exception of a lower layer carries.</summary>
    internal static DiagnosticMessage Of(TemplateText parts) => new(parts);

    /// <summary>
    /// The message of an exception: what the library said, with its values, when the library threw it (a
    /// model's refusal of a value, a text that does not parse); another exception's English message as
    /// fixed text, without an argument exception's "(Parameter 'x')".
    /// </summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="exception"/> is null.</exception>
    public static DiagnosticMessage FromException(Exception exception) => new(Worded.Of(Preconditions.CheckNotNull(exception)));
}
