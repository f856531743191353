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

    /// <summary>
    /// The width the table needs to keep every id, figure and verdict on one line and still give the
    /// indicator's name and the pace room to wrap (20 and 16 columns): wider than the page, the report
    /// is written as blocks.
    /// </summary>
    private static int NeededWidth(EvaluationReport report)
    {
        var c = report.Catalogue;
        int Widest(string header, Func<ReportRow, string> cell) =>
            report.Rows.Select(r => Columns(cell(r))).Append(Columns(header)).Max();
        var fixedColumns = Widest(c["label.targetId"], r => r.Result.Target.Id) + Widest(c["label.target"], r => r.Target)
            + Widest(c["label.actual"], r => r.Actual) + Widest(c["label.gap"], r => r.Gap) + Widest(c["label.status"], r => r.Status + " †");
        const int Indicator = 20, Pace = 16, Padding = 7 * 2 + 2;
        return fixedColumns + Indicator + Pace + Padding;
    }

    /// <summary>The columns a text takes on a terminal: two for a Chinese character or a full-width form, one for any other.</summary>
    internal static int Columns(string text) => text.Sum(ch => ch >= '\u2E80' && ch <= '\uFFEF' && !(ch >= '\uFF61' && ch <= '\uFFDC') ? 2 : 1);

    /// <summary>The targets as blocks for a narrow page: the id and indicator on a line, then each figure with its label.</summary>
    private static void WriteBlocks(EvaluationReport report, IAnsiConsole console)
    {
        var c = report.Catalogue;
        var separator = c["grammar.clauseSeparator"];
        var colon = c["grammar.colon"];
        foreach (var row in report.Rows)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(row.Result.Target.Id)}[/] {Markup.Escape(report.IndicatorWithZone(row))}");
            var parts = new List<string> { c["label.target"] + colon + row.Target, c["label.actual"] + colon + row.Actual, c["label.gap"] + colon + row.Gap };
            if (row.Pace.Length > 0)
            {
                parts.Add(c["label.pace"] + colon + row.Pace);
            }
            parts.Add(c["label.status"] + colon + row.Status + (row.IsProvisional ? " †" : ""));
            console.WriteLine("  " + string.Join(separator, parts));
        }
        console.WriteLine();
    }

    internal static void Render(EvaluationReport report, IAnsiConsole console)
    {
        var c = report.Catalogue;
        console.MarkupLine($"[bold]{Markup.Escape(report.Title)}[/]");
        console.WriteLine(report.AsOfLine);
        // Ids, figures and verdicts are never broken across lines (a figure stays with its unit); the words of
        // an indicator's name and of the pace wrap within their cells when the table is wider than the page.
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn(c["label.targetId"]).NoWrap()).AddColumn(c["label.indicator"]).AddColumn(new TableColumn(c["label.target"]).NoWrap())
            .AddColumn(new TableColumn(c["label.actual"]).NoWrap()).AddColumn(new TableColumn(c["label.gap"]).RightAligned().NoWrap()).AddColumn(c["label.pace"])
            .AddColumn(new TableColumn(c["label.status"]).NoWrap());
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
                notes.Add(c.Format("report.noteLine", ("id", report.IndicatorWithZone(row)), ("note", c.Sentence(note))));
            }
        }
        if (NeededWidth(report) > console.Profile.Width)
        {
            // Too narrow for the table without breaking an id or a figure: one block per target instead.
            WriteBlocks(report, console);
        }
        else
        {
            console.Write(table);
        }
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
