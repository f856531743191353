using System.Globalization;
using System.Text;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>The Markdown report: the HTML report's content as text, for chat and wikis (GitHub-flavoured tables).</summary>
internal sealed class MarkdownReportFormat : IReportFormat
{
    public string Name => "markdown";

    public string Description => "headings and tables, for wikis and chat";

    public string FileExtension => ".md";

    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(Render(report));
    }

    internal static string Render(EvaluationReport report)
    {
        var c = report.Catalogue;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(report.Title)).AppendLine();
        md.AppendLine(Escape(report.AsOfSentence));
        md.AppendLine();
        md.Append("## ").AppendLine(c["report.targets"]).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"| {c["label.number"]} | {c["label.indicator"]} | {c["label.nature"]} | {c["label.target"]} | {c["label.actual"]} | {c["label.gap"]} | {c["label.pace"]} | {c["label.status"]} |");
        md.AppendLine("| ---: | --- | --- | --- | --- | ---: | --- | --- |");
        var index = 1;
        var notes = new List<(int Index, string Note)>();
        foreach (var row in report.Rows)
        {
            var provisional = row.IsProvisional ? " †" : "";
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {index} | {Escape(report.IndicatorWithZone(row))} | {Escape(c.Nature(row.Result.Target.Nature))} | {Escape(row.Target)} | {Escape(row.Actual)} | {Escape(row.Gap)} | {Escape(row.Pace)} | **{Escape(row.Status)}**{provisional} |");
            if (row.Note is { } note)
            {
                notes.Add((index, note));
            }
            index++;
        }
        md.AppendLine();
        if (report.HasProvisional)
        {
            md.AppendLine(Escape(c["report.provisionalNote"])).AppendLine();
        }
        if (notes.Count > 0)
        {
            md.Append("**").Append(c["report.notes"]).AppendLine("**").AppendLine();
            foreach (var (number, note) in notes)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{number}. {Escape(c.Sentence(note))}");
            }
            md.AppendLine();
        }
        if (report.HasZones)
        {
            md.Append("## ").AppendLine(c["report.contributions"]).AppendLine();
        }
        if (report.HasZones && report.Contributions.IsEmpty && report.ContributionNotes.IsEmpty)
        {
            md.AppendLine(c["report.noContributions"]).AppendLine();
        }
        foreach (var contribution in report.Contributions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{Escape(contribution.Indicator)}** · {Escape(contribution.Period)} · {Escape(contribution.Growth)}").AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"| {c["label.zone"]} | {c["label.share"]} | {c["label.pull"]} |");
            md.AppendLine("| --- | ---: | ---: |");
            foreach (var part in contribution.Parts)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(part.Zone)} | {Escape(part.Share)} | {Escape(part.Pull)} |");
            }
            md.AppendLine();
        }
        foreach (var note in report.ContributionNotes)
        {
            md.Append("- ").AppendLine(Escape(note));
        }
        if (!report.ContributionNotes.IsEmpty)
        {
            md.AppendLine();
        }
        if (!report.Plan.Actions.IsEmpty)
        {
            md.Append("## ").AppendLine(c["report.actions"]).AppendLine();
            foreach (var action in report.Plan.Actions)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"{action.Number}. **{Escape(c.Text(action.Title))}**");
                foreach (var measure in action.Measures)
                {
                    var zone = measure.Zone.IsRegion ? "" : Escape(c.Format("grammar.parenthetical", ("text", report.ZoneName(measure.Zone))));
                    md.AppendLine(CultureInfo.InvariantCulture, $"   - {Escape(c.Text(measure.Title))}{zone}");
                }
            }
        }
        return md.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Escapes the characters that Markdown tables, emphasis and HTML would read.</summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#':
                    escaped.Append('\\').Append(ch);
                    break;
                case '\r' or '\n':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(ch);
                    break;
            }
        }
        return escaped.ToString();
    }
}
