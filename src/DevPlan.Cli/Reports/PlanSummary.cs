using System.Globalization;
using DevPlan.Core;
using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>The readable summary of <c>devplan show</c>: zones, baseline, targets, actions.</summary>
internal static class PlanSummary
{
    public static void Render(Plan plan, Labels l, IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{Markup.Escape(l.T(plan.Title))}[/] ({Markup.Escape(plan.Id)})");
        console.WriteLine(l[$"{l.T(plan.Region.Name)}, plan year {plan.Year}, baseline {plan.BaselineYear}{(plan.AdoptedOn is { } d ? $", adopted {d:uuuu-MM-dd}" : "")}",
            $"{l.T(plan.Region.Name)}，计划年度{plan.Year}，基期{plan.BaselineYear}{(plan.AdoptedOn is { } d2 ? $"，{d2:uuuu-MM-dd}发布" : "")}"]);
        if (plan.Strategy is { } strategy)
        {
            console.WriteLine(l[$"Theme: {l.T(strategy.Theme)}", $"总牵引：{l.T(strategy.Theme)}"]);
        }
        console.WriteLine();
        var zones = new Table().Border(TableBorder.Simple).AddColumn(l["Zone", "片区"]).AddColumn(l["Theme", "主题"]).AddColumn(l["Directive", "方向"]);
        foreach (var zone in plan.Zones)
        {
            zones.AddRow(Markup.Escape($"{l.T(zone.Name)} ({zone.Position})"), Markup.Escape(zone.Theme is { } theme ? l.T(theme) : ""), Markup.Escape(zone.Directive is { } directive ? l.T(directive) : ""));
        }
        console.Write(zones);
        foreach (var baseline in plan.Baselines)
        {
            var name = plan.FindIndicator(baseline.Indicator) is { } i ? l.T(i.Name) : baseline.Indicator;
            var level = baseline.Level?.ToString(l.Language, CultureInfo.InvariantCulture) ?? "–";
            var growth = baseline.Growth is { } g ? l[$", {g.Value.ToString(CultureInfo.InvariantCulture)}% year on year", $"，同比增长{g.Value.ToString(CultureInfo.InvariantCulture)}%"] : "";
            console.WriteLine(l[$"Baseline {baseline.Period}: {name} {level}{growth}", $"{baseline.Period}年基数：{name}{level}{growth}"]);
        }
        console.WriteLine();
        var report = new Table().Border(TableBorder.Simple).AddColumn(l["Target", "目标编号"]).AddColumn(l["Indicator", "指标"]).AddColumn(l["Target", "目标"]).AddColumn(l["Nature", "性质"]);
        foreach (var target in plan.Targets)
        {
            var name = plan.FindIndicator(target.Indicator) is { } i ? l.T(i.Name) : target.Indicator;
            var figure = target.Figure is { } v
                ? $"{l.Kind(target.Kind)} {l.Qualifier(target.Qualifier)} {v.ToString(l.Language, CultureInfo.InvariantCulture)}".Replace("  ", " ", StringComparison.Ordinal)
                : l["complete the task", "完成任务"];
            report.AddRow(Markup.Escape(target.Id), Markup.Escape(name), Markup.Escape(figure), Markup.Escape(l.Nature(target.Nature)));
        }
        console.Write(report);
        console.WriteLine(l[$"Actions: {plan.Actions.Length}, measures: {plan.Actions.Sum(a => a.Measures.Length)}", $"行动{plan.Actions.Length}项，举措{plan.Actions.Sum(a => a.Measures.Length)}条"]);
        foreach (var action in plan.Actions)
        {
            console.WriteLine($"  {action.Number}. {l.T(action.Title)} ({action.Measures.Length})");
        }
    }
}
