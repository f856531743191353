using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Reporting;
using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>The readable summary of <c>devplan show</c>: zones, baseline, targets, actions; each part only when the plan has it.</summary>
internal static class PlanSummary
{
    public static void Render(Plan plan, Catalogue c, IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{Markup.Escape(c.Text(plan.Title))}[/] ({Markup.Escape(plan.Id)})");
        var adopted = plan.AdoptedOn is { } date ? c.Format("show.adopted", ("date", c.Format(date))) : "";
        console.WriteLine(c.Format(plan.Horizon.YearCount > 1 ? "show.planLine.span" : "show.planLine",
            ("region", c.Text(plan.Region.Name)),
            ("year", plan.Year.ToString(CultureInfo.InvariantCulture)),
            ("period", c.Format(plan.Horizon)),
            ("baseline", plan.BaselineYear.ToString(CultureInfo.InvariantCulture))) + adopted);
        if (plan.Strategy is { } strategy)
        {
            console.WriteLine(c.Format("show.theme", ("theme", c.Text(strategy.Theme))));
        }
        if (!plan.Zones.IsEmpty)
        {
            console.WriteLine();
            var zones = new Table().Border(TableBorder.Simple).AddColumn(c["label.zone"]).AddColumn(c["label.theme"]).AddColumn(c["label.directive"]);
            foreach (var zone in plan.Zones)
            {
                zones.AddRow(
                    Markup.Escape(c.Text(zone.Name) + c.Format("grammar.parenthetical", ("text", c.Position(zone.Position)))),
                    Markup.Escape(zone.Theme is { } theme ? c.Text(theme) : ""),
                    Markup.Escape(zone.Directive is { } directive ? c.Text(directive) : ""));
            }
            console.Write(zones);
        }
        if (!plan.Baselines.IsEmpty)
        {
            console.WriteLine();
        }
        foreach (var baseline in plan.Baselines)
        {
            var name = plan.FindIndicator(baseline.Indicator) is { } i ? c.Text(i.Name) : baseline.Indicator;
            var level = baseline.Level is { } l ? c.Format(l) : "";
            var growth = baseline.Growth is { } g ? c.Format(level.Length > 0 ? "show.baselineGrowth" : "show.baselineGrowthOnly", ("growth", c.Format(g))) : "";
            console.WriteLine(c.Format("show.baseline", ("period", c.Format(baseline.Period)), ("indicator", name), ("level", level), ("growth", growth)));
        }
        if (!plan.Targets.IsEmpty)
        {
            console.WriteLine();
            var targets = new Table().Border(TableBorder.Simple).AddColumn(c["label.targetId"]).AddColumn(c["label.indicator"]).AddColumn(c["label.target"]).AddColumn(c["label.nature"]);
            foreach (var target in plan.Targets)
            {
                var name = plan.FindIndicator(target.Indicator) is { } i ? c.Text(i.Name) : target.Indicator;
                var related = target.RelativeTo is { } code ? plan.FindIndicator(code) : null;
                targets.AddRow(Markup.Escape(target.Id), Markup.Escape(name), Markup.Escape(Explanations.Target(target, c, related, plan.FindIndicator(target.Indicator))),
                    Markup.Escape(c.Nature(target.Nature)));
            }
            console.Write(targets);
        }
        if (!plan.Actions.IsEmpty)
        {
            console.WriteLine(c.Format("show.actions",
                ("actions", plan.Actions.Length.ToString(CultureInfo.InvariantCulture)),
                ("measures", plan.Actions.Sum(a => a.Measures.Length).ToString(CultureInfo.InvariantCulture))));
            foreach (var action in plan.Actions)
            {
                console.WriteLine(c.Format("show.action", ("number", action.Number.ToString(CultureInfo.InvariantCulture)), ("title", c.Text(action.Title)),
                    ("measures", action.Measures.Length.ToString(CultureInfo.InvariantCulture))));
            }
        }
    }
}
