using System.Globalization;
using System.Text;

namespace DevPlan.Core.Diagnostics;

/// <summary>Where a diagnostic points: a file, a JSON path, a line and a column, as far as known.</summary>
public sealed record DiagnosticLocation
{
    /// <summary>Creates a location from the parts that are known.</summary>
    /// <param name="sourceName">The file or stream name, if known.</param>
    /// <param name="jsonPath">The JSON path of the element (<c>$.targets[3].indicator</c>), for documents.</param>
    /// <param name="line">The 1-based line, if known.</param>
    /// <param name="column">The column's name, for tables.</param>
    public DiagnosticLocation(string? sourceName = null, string? jsonPath = null, long? line = null, string? column = null)
    {
        SourceName = sourceName;
        JsonPath = jsonPath;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the file or stream name, if known.</summary>
    public string? SourceName { get; }

    /// <summary>Gets the JSON path of the element (<c>$.targets[3].indicator</c>), for documents.</summary>
    public string? JsonPath { get; }

    /// <summary>Gets the 1-based line, if known.</summary>
    public long? Line { get; }

    /// <summary>Gets the column's name, for tables.</summary>
    public string? Column { get; }

    /// <summary>Gets the worksheet cell, for workbooks: the sheet's name and the cell's reference, such as <c>Sheet1!C7</c>.</summary>
    public string? Cell { get; init; }

    /// <summary>No location.</summary>
    public static DiagnosticLocation None { get; } = new();

    /// <summary>Returns "source:line at path, column name" with the parts that are known.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(SourceName ?? "");
        if (Cell is not null)
        {
            text.Append(text.Length > 0 ? ", " : "").Append(Cell);
        }
        else if (Line is { } line)
        {
            text.Append(text.Length > 0 ? ":" : "line ").Append(line.ToString(CultureInfo.InvariantCulture));
        }
        if (JsonPath is not null)
        {
            text.Append(text.Length > 0 ? " " : "").Append(JsonPath);
        }
        if (Column is not null)
        {
            text.Append(text.Length > 0 ? ", " : "").Append("column \"").Append(Column).Append('"');
        }
        return text.ToString();
    }
}
