using System.Globalization;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public sealed partial class Catalogue
{
    /// <summary>
    /// Writes a diagnostic as a line in this language: where, how severe, its code, what was expected and
    /// found, and how to fix it (<c>figures.csv:53：警告 DP2001：…</c>). A diagnostic that carries its values
    /// (<see cref="Diagnostic.Arguments"/>) is worded from the catalogue (<c>diagnostic.DP2001</c>), its figures
    /// as this language writes them; one that does not keeps its English message.
    /// </summary>
    /// <param name="diagnostic">The diagnostic.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagnostic"/> is null.</exception>
    public string Describe(Diagnostic diagnostic)
    {
        Preconditions.CheckNotNull(diagnostic);
        var key = "diagnostic." + diagnostic.Code;
        string? form = null;
        var values = new List<(string Name, string Value)>(diagnostic.Arguments.Count);
        foreach (var (name, value) in diagnostic.Arguments)
        {
            if (name == "form")
            {
                form = value as string;
                continue;
            }
            values.Add((name, Argument(value)));
        }
        if (form is not null)
        {
            key += "." + form;
        }
        var worded = diagnostic.Arguments.Count > 0 && _texts.ContainsKey(key);
        var message = worded ? PrintableText.Escape(Format(key, [.. values])) : diagnostic.Message;
        var hint = worded && _texts.ContainsKey(key + ".hint") ? Format(key + ".hint", [.. values]) : diagnostic.Hint;
        var where = Where(diagnostic.Location);
        return Format(where.Length == 0 ? "diagnostic.line.nowhere" : "diagnostic.line", ("where", where),
                ("severity", this["severity." + diagnostic.Severity.ToString().ToLowerInvariant()]), ("code", diagnostic.Code), ("message", message))
            + (hint is null ? "" : Format("grammar.parenthetical", ("text", hint)));
    }

    /// <summary>A value of a diagnostic as this language writes it.</summary>
    private string Argument(object value) => value switch
    {
        Quantity quantity => Format(quantity),
        Percent rate => Format(rate),
        ReportingPeriod period => Format(period),
        ZoneScope { ZoneCode: { } code } => code,
        ZoneScope => this["label.wholeRegion"],
        Unit unit => UnitName(unit),
        DiagnosticLocation { Line: { } line, SourceName: { } source } => Format("diagnostic.row.file", ("line", line.ToString(CultureInfo.InvariantCulture)), ("file", System.IO.Path.GetFileName(source))),
        DiagnosticLocation { Line: { } line } => Format("diagnostic.row.line", ("line", line.ToString(CultureInfo.InvariantCulture))),
        DiagnosticLocation { JsonPath: { } path } => path,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Where a diagnostic is: the file and line (or cell), the JSON path, the column, in this language's words.</summary>
    private string Where(DiagnosticLocation location)
    {
        var text = new StringBuilder(location.SourceName ?? "");
        if (location.Cell is not null)
        {
            text.Append(text.Length > 0 ? ", " : "").Append(location.Cell);
        }
        else if (location.Line is { } line)
        {
            text.Append(text.Length > 0 ? ":" : "").Append(text.Length > 0 ? line.ToString(CultureInfo.InvariantCulture)
                : Format("diagnostic.lineOnly", ("line", line.ToString(CultureInfo.InvariantCulture))));
        }
        if (location.JsonPath is not null)
        {
            text.Append(text.Length > 0 ? " " : "").Append(location.JsonPath);
        }
        if (location.Column is not null)
        {
            text.Append(Format("diagnostic.column", ("column", location.Column)));
        }
        return PrintableText.Escape(text.ToString());
    }
}
