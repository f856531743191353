using System.Globalization;

namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Thrown when a plan document cannot be read: it is not well-formed JSON, a value has the wrong
/// type or form, a required member is missing, the model rejects a value, or a limit of
/// <see cref="Serialization.JsonReadOptions"/> is exceeded. It is the only exception reading a document throws
/// for bad content; the message says where the problem is and what was expected.
/// </summary>
public sealed class PlanFormatException : DevPlanFormatException
{
    /// <summary>Creates the exception with a reason that keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="reason">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="path">The JSON path of the problem (<c>$.targets[3].value</c>), if known.</param>
    /// <param name="lineNumber">The 1-based line of the problem, if known.</param>
    /// <param name="bytePositionInLine">The 0-based byte offset of the problem within its line, if known.</param>
    /// <param name="sourceName">The file or stream name, if known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public PlanFormatException(DiagnosticMessage reason, string? path = null, long? lineNumber = null, long? bytePositionInLine = null, string? sourceName = null, Exception? innerException = null)
        : base(Internal.Preconditions.CheckNotNull(reason), Describe(sourceName, lineNumber, bytePositionInLine is { } b ? string.Create(CultureInfo.InvariantCulture, $"byte {b}") : null, path is null ? null : "at " + path), innerException)
    {
        Path = path;
        LineNumber = lineNumber;
        BytePositionInLine = bytePositionInLine;
        SourceName = sourceName;
    }

    /// <summary>Gets the JSON path of the problem, such as <c>$.targets[3].value</c>, if known.</summary>
    public string? Path { get; }

    /// <inheritdoc />
    public override long? LineNumber { get; }

    /// <summary>Gets the 0-based byte offset of the problem within its line (as System.Text.Json counts), if known.</summary>
    public long? BytePositionInLine { get; }

    /// <inheritdoc />
    public override string? SourceName { get; }

    internal override (DiagnosticLocation Location, long? Offset) Place => (new DiagnosticLocation(SourceName, Path, LineNumber), BytePositionInLine);
}
