using System.Globalization;
using System.Text;
using DevPlan.Core;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

// A minimal command-line front end over DevPlan.Core. Commands:
//   show <plan.json> [--lang zh|en]   a readable summary of the plan
//   format <plan.json>                rewrite the file in the canonical JSON layout
// Exit codes: 0 success, 2 a file cannot be read or parsed, 64 usage error.

Console.OutputEncoding = Encoding.UTF8;
if (args.Length < 2 || args[0] is not ("show" or "format"))
{
    Console.Error.WriteLine("usage: devplan show <plan.json> [--lang zh|en] | devplan format <plan.json>");
    return 64;
}
var lang = args.SkipWhile(a => a != "--lang").Skip(1).FirstOrDefault() ?? "en";
if (lang is not ("zh" or "en"))
{
    Console.Error.WriteLine($"devplan: --lang expects zh or en, but found \"{lang}\".");
    return 64;
}
Plan plan;
try
{
    plan = PlanJson.ReadFile(args[1]);
}
catch (PlanFormatException e)
{
    Console.Error.WriteLine($"devplan: {e.Message}");
    return 2;
}
catch (IOException e)
{
    Console.Error.WriteLine($"devplan: cannot read {args[1]}: {e.Message}");
    return 2;
}
if (args[0] == "format")
{
    PlanJson.WriteFile(plan, args[1]);
    Console.WriteLine($"Wrote {args[1]} in the canonical layout.");
    return 0;
}

string T(DevPlan.Core.Text.LocalizedText text) => text.Get(lang == "zh" ? "zh-CN" : "en");
var output = new StringBuilder();
output.AppendLine($"{T(plan.Title)} ({plan.Id})");
output.AppendLine($"{T(plan.Region.Name)}, plan year {plan.Year}, baseline {plan.BaselineYear}{(plan.AdoptedOn is { } d ? $", adopted {d:uuuu-MM-dd}" : "")}");
output.AppendLine();
output.AppendLine("Zones:");
foreach (var zone in plan.Zones)
{
    output.AppendLine($"  {zone.Position,-8} {T(zone.Name)}{(zone.Theme is { } theme ? $" · {T(theme)}" : "")}{(zone.Directive is { } dir ? $" — {T(dir)}" : "")}");
}
output.AppendLine();
output.AppendLine($"Baseline {plan.BaselineYear}:");
foreach (var baseline in plan.Baselines)
{
    var level = baseline.Level?.ToString(lang, CultureInfo.InvariantCulture) ?? "-";
    var growth = baseline.Growth is { } g ? $", {g.ToString(CultureInfo.InvariantCulture)}% year on year" : "";
    output.AppendLine($"  {T(plan.GetIndicator(baseline.Indicator).Name)}: {level}{growth}");
}
output.AppendLine();
output.AppendLine($"Targets {plan.Year}:");
foreach (var target in plan.Targets)
{
    var name = plan.FindIndicator(target.Indicator) is { } indicator ? T(indicator.Name) : target.Indicator;
    var figure = target switch
    {
        { Kind: TargetKind.Completion } => "complete the task",
        { Kind: TargetKind.GrowthRate, Value: { } v } => $"growth {v.ToString(lang, CultureInfo.InvariantCulture)}",
        { Kind: TargetKind.Reduction, Value: { } v } => $"reduction {v.ToString(lang, CultureInfo.InvariantCulture)}",
        { Value: { } v } => v.ToString(lang, CultureInfo.InvariantCulture),
        _ => "",
    };
    output.AppendLine($"  {target.Id,-28} {name}: {figure} ({target.Qualifier?.ToString() ?? "task"}, {target.Nature})");
}
output.AppendLine();
output.AppendLine($"Actions: {plan.Actions.Length}, measures: {plan.Actions.Sum(a => a.Measures.Length)}");
foreach (var action in plan.Actions)
{
    output.AppendLine($"  {action.Number}. {T(action.Title)} ({action.Measures.Length} measures)");
}
Console.Write(output.ToString());
return 0;
