using System.Globalization;
using System.Text;

namespace DevPlan.Core.Diagnostics;

/// <summary>Where a diagnostic points: a file, a JSON path, a line and a column, as far as known.</summary>
/// <param name="SourceName">The file or stream name, if known.</param>
/// <param name="JsonPath">The JSON path of the element (<c>$.targets[3].indicator</c>), for documents.</param>
/// <param name="Line">The 1-based line, if known.</param>
/// <param name="Column">The CSV column name, for CSV files.</param>
public sealed record DiagnosticLocation(string? SourceName = null, string? JsonPath = null, long? Line = null, string? Column = null)
{
    /// <summary>No location.</summary>
    public static DiagnosticLocation None { get; } = new();

    /// <summary>Returns "source:line at path, column name" with the parts that are known.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder(SourceName ?? "");
        if (Line is { } line)
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
