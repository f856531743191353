using System.Globalization;
using System.Text;

namespace DevPlan.Cli.Reports;

/// <summary>The Markdown report: the HTML report's content as text, for chat and wikis.</summary>
internal static class MarkdownReport
{
    public static string Render(AttainmentReport report)
    {
        var l = report.Labels;
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(l.T(report.Plan.Title)));
        md.AppendLine();
        md.AppendLine(l[$"As of {report.Evaluation.AsOf:uuuu-MM-dd}. Plan year {report.Plan.Year}, region: {l.T(report.Plan.Region.Name)}.",
            $"截至{report.Evaluation.AsOf:uuuu-MM-dd}。计划年度{report.Plan.Year}，区域：{l.T(report.Plan.Region.Name)}。"]);
        md.AppendLine();
        md.Append("## ").AppendLine(l["Targets", "目标完成情况"]);
        md.AppendLine();
        md.AppendLine(l["| # | Indicator | Target | Actual | Gap | Pace | Status |", "| 序号 | 指标 | 目标 | 实际 | 差距 | 序时进度 | 状态 |"]);
        md.AppendLine("| ---: | --- | --- | --- | ---: | --- | --- |");
        var index = 1;
        foreach (var result in report.Evaluation.Results)
        {
            var a = result.Assessment;
            md.Append(CultureInfo.InvariantCulture, $"| {index++} | {Escape(report.IndicatorName(result))} | {Escape(report.TargetText(result.Target))} | {Escape(report.ActualText(a))} | {Escape(report.GapText(a))} | {Escape(report.PaceText(a))} | **{l.Status(a.Status)}** |");
            md.AppendLine();
        }
        md.AppendLine();
        md.Append("## ").AppendLine(l["Zone contributions", "片区贡献"]);
        md.AppendLine();
        if (report.Contributions.IsEmpty)
        {
            md.AppendLine(l["No zone figures to compute contributions from.", "没有可计算贡献率的片区数据。"]);
        }
        foreach (var contribution in report.Contributions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"**{Escape(l.T(contribution.Indicator.Name))}** ({contribution.Period}): {contribution.Breakdown.TotalGrowth.ToString("F2", CultureInfo.InvariantCulture)}");
            md.AppendLine();
            md.AppendLine(l["| Zone | Share | Pull |", "| 片区 | 贡献率 | 拉动 |"]);
            md.AppendLine("| --- | ---: | ---: |");
            foreach (var part in contribution.Breakdown.Parts)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Escape(report.ZoneName(DevPlan.Core.ZoneScope.FromCode(part.Name)))} | {part.Share?.ToString("F1", CultureInfo.InvariantCulture) ?? "–"} | {part.Pull.ToString("F2", CultureInfo.InvariantCulture)} |");
            }
            md.AppendLine();
        }
        foreach (var note in report.ContributionNotes)
        {
            md.Append("- ").AppendLine(Escape(note));
        }
        md.AppendLine();
        md.Append("## ").AppendLine(l["Actions and measures", "行动与举措"]);
        md.AppendLine();
        foreach (var action in report.Plan.Actions)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{action.Number}. **{Escape(l.T(action.Title))}**");
            foreach (var measure in action.Measures)
            {
                var zone = measure.Zone.IsRegion ? "" : $" ({Escape(report.ZoneName(measure.Zone))})";
                md.AppendLine(CultureInfo.InvariantCulture, $"   - {Escape(l.T(measure.Title))}{zone}");
            }
        }
        return md.ToString();
    }

    /// <summary>Escapes the characters that Markdown tables and emphasis would read.</summary>
    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
        .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
