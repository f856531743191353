namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Thrown when an observation file (CSV or JSON) cannot be read: a row or value is malformed, a
/// required column is missing, the text is not UTF-8, or a limit is exceeded. The message names the
/// line, the column and the offending text (for CSV) or the JSON path (for JSON), and what was expected.
/// </summary>
public sealed class ObservationFormatException : DevPlanFormatException
{
    /// <summary>Creates the exception with a reason that keeps the values it names; a plain string converts to a message of fixed text.</summary>
    /// <param name="reason">What was expected and what was found, written as an interpolated string so that a catalogue can word it in another language.</param>
    /// <param name="lineNumber">The 1-based line of the problem, if known.</param>
    /// <param name="column">The CSV column name (or JSON path) of the problem, if known.</param>
    /// <param name="text">The offending text, if any (shortened to 80 characters).</param>
    /// <param name="sourceName">The file or stream name, if known.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public ObservationFormatException(DiagnosticMessage reason, long? lineNumber = null, string? column = null, string? text = null, string? sourceName = null, Exception? innerException = null)
        : base(Internal.Preconditions.CheckNotNull(reason), Describe(sourceName, lineNumber, null, Where(column, text)), innerException)
    {
        LineNumber = lineNumber;
        Column = column;
        Text = text;
        SourceName = sourceName;
    }

    /// <inheritdoc />
    public override long? LineNumber { get; }

    /// <summary>Gets the CSV column name, the JSON path or the worksheet cell (<c>Sheet1!C7</c>) of the problem, if known.</summary>
    public string? Column { get; }

    /// <summary>Gets the offending text, if any.</summary>
    public string? Text { get; }

    /// <inheritdoc />
    public override string? SourceName { get; }

    /// <summary>A JSON path (<c>$.…</c>) or a cell (<c>Sheet1!C7</c>) where a CSV file names a column.</summary>
    internal override (DiagnosticLocation Location, long? Offset) Place => Column switch
    {
        { } path when IsPath(path) => (new DiagnosticLocation(SourceName, path, LineNumber), null),
        { } cell when IsCell(cell) => (new DiagnosticLocation(SourceName, line: LineNumber) { Cell = cell }, null),
        _ => (new DiagnosticLocation(SourceName, line: LineNumber, column: Column), null),
    };

    private static bool IsPath(string column) => column.StartsWith('$');

    private static bool IsCell(string column) => column.Contains('!');

    private static string? Where(string? column, string? text)
    {
        if (column is null && text is null)
        {
            return null;
        }
        var where = column is null ? "" : IsPath(column) || IsCell(column) ? "at " + column : $"column \"{column}\"";
        if (text is not null)
        {
            where += (where.Length > 0 ? " " : "") + $"(text \"{Internal.Preconditions.Truncate(text)}\")";
        }
        return where;
    }
}
