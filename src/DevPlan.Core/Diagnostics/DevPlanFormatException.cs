using System.Globalization;
using System.Text;

namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Thrown for bad content in a document or file the library reads (a plan document, an observation
/// file in any format, the published text a plan is drafted from): it is not well-formed, a value has
/// the wrong type or form, a required member or column is missing, the text is not UTF-8, or a limit is
/// exceeded. It is the only exception reading throws for bad content; like <c>JsonException</c>, one type
/// whose <see cref="Location"/> says where the problem is (the file, line, JSON path, column or worksheet
/// cell), with the byte in its line where known (<see cref="BytePositionInLine"/>), and whose
/// <see cref="Reason"/> says what was expected and what was found.
/// </summary>
public sealed class DevPlanFormatException : FormatException
{
    /// <summary>Creates the exception with a reason that keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="reason">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="location">Where the problem is, as far as known: the file, line, JSON path, column or cell.</param>
    /// <param name="text">The offending text, if any (the message shortens it to 80 characters).</param>
    /// <param name="bytePositionInLine">The 0-based byte of the problem within its line (as System.Text.Json counts), if known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public DevPlanFormatException(DiagnosticMessage reason, DiagnosticLocation? location = null, string? text = null, long? bytePositionInLine = null, Exception? innerException = null)
        : base(Printable(Describe(Internal.Preconditions.CheckNotNull(reason), location ?? DiagnosticLocation.None, text, bytePositionInLine)), innerException)
    {
        ReasonText = reason;
        Reason = Printable(reason.ToString());
        Location = location ?? DiagnosticLocation.None;
        Text = text;
        BytePositionInLine = bytePositionInLine;
    }

    /// <summary>Gets what was expected and what was found, without the location.</summary>
    public string Reason { get; }

    /// <summary>Gets the reason as its template and the values it names, from which a catalogue words it in its language (<c>Catalogue.Describe</c>).</summary>
    public DiagnosticMessage ReasonText { get; }

    /// <summary>Gets where the problem is, as far as known: the file, line, JSON path, column or worksheet cell.</summary>
    public DiagnosticLocation Location { get; }

    /// <summary>Gets the name of the file or stream read, if known.</summary>
    public string? SourceName => Location.SourceName;

    /// <summary>Gets the 1-based line of the problem, if known.</summary>
    public long? LineNumber => Location.Line;

    /// <summary>Gets the JSON path of the problem, such as <c>$.targets[3].value</c>, if known.</summary>
    public string? Path => Location.JsonPath;

    /// <summary>Gets the name of the table column of the problem, if known.</summary>
    public string? Column => Location.Column;

    /// <summary>Gets the worksheet cell of the problem, such as <c>Sheet1!C7</c>, if known.</summary>
    public string? Cell => Location.Cell;

    /// <summary>Gets the 0-based byte of the problem within its line (as System.Text.Json counts), if known; without a line, from the start of the text.</summary>
    public long? BytePositionInLine { get; }

    /// <summary>Gets the offending text, if any.</summary>
    public string? Text { get; }

    /// <summary>A message quotes what a file holds: its control characters are shown as escapes, never sent to a terminal.</summary>
    private static string Printable(string text) => Internal.PrintableText.Escape(text);

    /// <summary>The reason after the known parts of its location: "source: line 3, byte 7, at $.x (text "…"): reason".</summary>
    private static string Describe(DiagnosticMessage reason, DiagnosticLocation location, string? text, long? bytePositionInLine)
    {
        var builder = new StringBuilder(location.SourceName);
        if (location.Line is { } line)
        {
            builder.Append(builder.Length > 0 ? ": " : "").Append(CultureInfo.InvariantCulture, $"line {line}");
            if (bytePositionInLine is { } position)
            {
                builder.Append(CultureInfo.InvariantCulture, $", byte {position}");
            }
        }
        else if (bytePositionInLine is { } offset)
        {
            builder.Append(builder.Length > 0 ? ": " : "").Append(CultureInfo.InvariantCulture, $"byte {offset}");
        }
        var where = location switch
        {
            { JsonPath: { } path } => "at " + path,
            { Cell: { } cell } => "at " + cell,
            { Column: { } column } => $"column \"{column}\"",
            _ => null,
        };
        if (where is not null)
        {
            builder.Append(builder.Length == 0 ? "" : location.Line is null && bytePositionInLine is null ? ": " : ", ").Append(where);
        }
        // The text is in parentheses after whatever names the place: "byte 4 (text "x")", "t.txt (text "x")".
        if (text is not null)
        {
            builder.Append(builder.Length == 0 ? "" : " ").Append(CultureInfo.InvariantCulture, $"(text \"{Internal.Preconditions.Truncate(text)}\")");
        }
        return builder.Length == 0 ? reason.ToString() : builder + ": " + reason;
    }
}
