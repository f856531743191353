using System.Globalization;

namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Thrown when a plain-text document (the published text a plan is drafted from) cannot be read:
/// it is not UTF-8, or it exceeds a limit. The message says where (the byte of the bad sequence)
/// and, for a limit, the limit and the option that sets it.
/// </summary>
public sealed class TextFormatException : DevPlanFormatException
{
    /// <summary>Creates the exception with a reason that keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="reason">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="byteOffset">The 0-based byte offset of the problem in the document, if known.</param>
    /// <param name="lineNumber">The 1-based line of the problem, if known.</param>
    /// <param name="sourceName">The file or stream name, if known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public TextFormatException(DiagnosticMessage reason, long? byteOffset = null, long? lineNumber = null, string? sourceName = null, Exception? innerException = null)
        : base(Internal.Preconditions.CheckNotNull(reason), Describe(sourceName, lineNumber, null, byteOffset is { } b ? string.Create(CultureInfo.InvariantCulture, $"byte {b}") : null), innerException)
    {
        ByteOffset = byteOffset;
        LineNumber = lineNumber;
        SourceName = sourceName;
    }

    /// <summary>Gets the 0-based byte offset of the problem in the document, if known.</summary>
    public long? ByteOffset { get; }

    /// <inheritdoc />
    public override long? LineNumber { get; }

    /// <inheritdoc />
    public override string? SourceName { get; }

    internal override (DiagnosticLocation Location, long? Offset) Place => (new DiagnosticLocation(SourceName, line: LineNumber), ByteOffset);
}
