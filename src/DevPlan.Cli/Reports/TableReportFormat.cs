using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>
/// The terminal report, registered with the library's formats as <c>table</c>: a table coloured by
/// status when the output is a terminal, plain text otherwise, then the notes, the verdict counts and
/// the zone contributions.
/// </summary>
/// <param name="colour">Whether to write ANSI colours (standard output is a terminal).</param>
internal sealed class TableReportFormat(bool colour) : IReportFormat
{
    public string Name => "table";

    public string Description => "a table for the terminal";

    public string FileExtension => ".txt";

    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        Render(report, Terminal.Console(writer, colour));
    }

    private static void Render(EvaluationReport report, IAnsiConsole console)
    {
        var c = report.Catalogue;
        console.MarkupLine($"[bold]{Markup.Escape(report.Title)}[/]");
        console.WriteLine(report.AsOfLine);
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(c["label.targetId"]).AddColumn(c["label.indicator"]).AddColumn(c["label.target"])
            .AddColumn(c["label.actual"]).AddColumn(new TableColumn(c["label.gap"]).RightAligned()).AddColumn(c["label.pace"]).AddColumn(c["label.status"]);
        var notes = new List<string>();
        foreach (var row in report.Rows)
        {
            var target = row.Result.Target;
            var colourName = row.Tone switch
            {
                VerdictTone.Met or VerdictTone.OnTrack => "green",
                VerdictTone.Warning => "yellow",
                VerdictTone.Missed => "red",
                VerdictTone.None => "grey",
            };
            table.AddRow(
                Markup.Escape(target.Id), Markup.Escape(report.IndicatorWithZone(row)), Markup.Escape(row.Target),
                Markup.Escape(row.Actual), Markup.Escape(row.Gap), Markup.Escape(row.Pace),
                $"[{colourName}]{Markup.Escape(row.Status)}[/]{(row.IsProvisional ? " †" : "")}");
            if (row.Note is { } note)
            {
                notes.Add(c.Format("report.noteLine", ("id", target.Id), ("note", note)));
            }
        }
        console.Write(table);
        if (report.HasProvisional)
        {
            console.WriteLine(c["report.provisionalNote"]);
        }
        foreach (var note in notes)
        {
            console.WriteLine(note);
        }
        console.WriteLine(report.Summary);
        foreach (var contribution in report.Contributions)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(c.Format("report.contributionsHeading", ("indicator", contribution.Indicator), ("period", contribution.Period), ("growth", contribution.Growth)))}[/]");
            var parts = new Table().Border(TableBorder.Simple).AddColumn(c["label.zone"])
                .AddColumn(new TableColumn(c["label.share"]).RightAligned()).AddColumn(new TableColumn(c["label.pull"]).RightAligned());
            foreach (var part in contribution.Parts)
            {
                parts.AddRow(Markup.Escape(part.Zone), Markup.Escape(part.Share), Markup.Escape(part.Pull));
            }
            console.Write(parts);
        }
        foreach (var note in report.ContributionNotes)
        {
            console.WriteLine(note);
        }
    }
}
