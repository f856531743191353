using DevPlan.Core.Attainment;
using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>The terminal report: a table coloured by status when the output is a terminal, plain text otherwise.</summary>
internal static class TableReport
{
    public static void Render(AttainmentReport report, IAnsiConsole console)
    {
        var l = report.Labels;
        console.MarkupLine($"[bold]{Markup.Escape(l.T(report.Plan.Title))}[/]");
        console.MarkupLine(Markup.Escape(l[$"As of {report.Evaluation.AsOf:uuuu-MM-dd}", $"截至{report.Evaluation.AsOf:uuuu-MM-dd}"]));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(l["Target", "目标编号"]).AddColumn(l["Indicator", "指标"]).AddColumn(l["Target", "目标"])
            .AddColumn(l["Actual", "实际"]).AddColumn(new TableColumn(l["Gap", "差距"]).RightAligned()).AddColumn(l["Pace", "序时进度"]).AddColumn(l["Status", "状态"]);
        foreach (var result in report.Evaluation.Results)
        {
            var a = result.Assessment;
            var colour = Labels.Tone(a.Status) switch { "good" => "green", "warn" => "yellow", "bad" => "red", _ => "grey" };
            table.AddRow(
                Markup.Escape(result.Target.Id), Markup.Escape(report.IndicatorName(result)), Markup.Escape(report.TargetText(result.Target)),
                Markup.Escape(report.ActualText(a)), Markup.Escape(report.GapText(a)), Markup.Escape(report.PaceText(a)),
                $"[{colour}]{Markup.Escape(l.Status(a.Status))}[/]");
        }
        console.Write(table);
        var summary = string.Join(", ", Enum.GetValues<AttainmentStatus>().Where(s => report.Evaluation.Count(s) > 0).Select(s => $"{report.Evaluation.Count(s)} {l.Status(s)}"));
        console.WriteLine(summary);
        foreach (var contribution in report.Contributions)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(l["Zone contributions", "片区贡献"])}: {Markup.Escape(l.T(contribution.Indicator.Name))} {contribution.Period}[/]");
            foreach (var part in contribution.Breakdown.Parts)
            {
                console.WriteLine($"  {report.ZoneName(DevPlan.Core.ZoneScope.FromCode(part.Name))}: {part.Share?.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) ?? "–"}, {part.Pull.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }
    }
}
