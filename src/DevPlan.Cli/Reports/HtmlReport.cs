using System.Globalization;
using System.Net;
using System.Text;
using DevPlan.Core;
using DevPlan.Core.Attainment;

namespace DevPlan.Cli.Reports;

/// <summary>
/// The HTML report: one self-contained page (inline CSS, SVG and script; a content-security policy
/// that forbids every request) with the plan's title and as-of date, a bullet chart per target
/// (actual against target, the pace marker for in-year figures, colour by status), the zone
/// contributions, and the actions with their measures, in English and Chinese with a toggle.
/// </summary>
internal static class HtmlReport
{
    private const int ChartWidth = 360;
    private const int ChartHeight = 30;

    public static string Render(PlanEvaluation evaluation, IReadOnlyList<Observation> observations, string defaultLanguage)
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="{{(defaultLanguage == "zh" ? "zh-CN" : "en")}}" data-lang="{{defaultLanguage}}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(evaluation.Plan.Title.Get(defaultLanguage == "zh" ? "zh-CN" : "en"))}}</title>
            <style>
            body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 2rem auto; max-width: 1100px; color: #1f2933; }
            html[data-lang="en"] [data-language="zh"], html[data-lang="zh"] [data-language="en"] { display: none; }
            header { display: flex; justify-content: space-between; align-items: baseline; }
            button { font: inherit; padding: .2rem .7rem; border: 1px solid #9aa5b1; background: #fff; border-radius: 4px; cursor: pointer; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
            th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #e4e7eb; vertical-align: middle; }
            .status { font-weight: 600; white-space: nowrap; }
            .good { color: #1b7f3b; } .warn { color: #b7791f; } .bad { color: #c53030; } .none { color: #616e7c; }
            svg.bullet .bg { fill: #eef1f4; } svg.bullet .band { fill: #d9e2ec; }
            svg.bullet .bar.good { fill: #38a169; } svg.bullet .bar.warn { fill: #d69e2e; } svg.bullet .bar.bad { fill: #e53e3e; } svg.bullet .bar.none { fill: #9aa5b1; }
            svg.bullet .target { stroke: #1f2933; stroke-width: 3; } svg.bullet .stretch { stroke: #1f2933; stroke-width: 1.5; stroke-dasharray: 3 2; }
            svg.bullet .pace { fill: #3e4c59; } svg.bullet text { font-size: 11px; fill: #3e4c59; }
            .muted { color: #616e7c; font-size: .9rem; }
            </style>
            </head>
            <body>
            <header><div></div><div><button type="button" id="toggle-language" aria-label="Switch language / 切换语言">中文 / English</button></div></header>

            """);
        foreach (var language in new[] { "en", "zh" })
        {
            var report = AttainmentReport.Build(evaluation, observations, language);
            Section(html, report);
        }
        html.Append("""
            <script>
            (function () {
              var root = document.documentElement;
              document.getElementById("toggle-language").addEventListener("click", function () {
                var next = root.getAttribute("data-lang") === "en" ? "zh" : "en";
                root.setAttribute("data-lang", next);
                root.setAttribute("lang", next === "zh" ? "zh-CN" : "en");
              });
              root.setAttribute("data-ready", String(document.querySelectorAll("main[data-language='en'] svg.bullet").length));
            })();
            </script>
            </body>
            </html>

            """);
        return html.ToString();
    }

    private static void Section(StringBuilder html, AttainmentReport report)
    {
        var l = report.Labels;
        html.Append(CultureInfo.InvariantCulture, $"<main data-language=\"{l.Language}\" lang=\"{(l.IsChinese ? "zh-CN" : "en")}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(l.T(report.Plan.Title))}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(l[$"As of {report.Evaluation.AsOf:uuuu-MM-dd} · plan year {report.Plan.Year} · {l.T(report.Plan.Region.Name)}", $"截至{report.Evaluation.AsOf:uuuu-MM-dd} · 计划年度{report.Plan.Year} · {l.T(report.Plan.Region.Name)}"])}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(l["Targets", "目标完成情况"])}</h2>\n<table>\n<thead><tr><th>{E(l["Indicator", "指标"])}</th><th>{E(l["Target", "目标"])}</th><th>{E(l["Actual", "实际"])}</th><th>{E(l["Chart", "图示"])}</th><th>{E(l["Status", "状态"])}</th></tr></thead>\n<tbody>\n");
        foreach (var result in report.Evaluation.Results)
        {
            var a = result.Assessment;
            var tone = Labels.Tone(a.Status);
            html.Append(CultureInfo.InvariantCulture, $"<tr data-target=\"{E(result.Target.Id)}\"><td>{E(report.IndicatorName(result))}<div class=\"muted\">{E(l.Nature(result.Target.Nature))}{(result.Target.Zone.IsRegion ? "" : " · " + E(report.ZoneName(result.Target.Zone)))}</div></td>");
            html.Append(CultureInfo.InvariantCulture, $"<td>{E(report.TargetText(result.Target))}</td><td>{E(report.ActualText(a))}<div class=\"muted\">{E(report.GapText(a))} {E(report.PaceText(a))}</div></td>");
            html.Append("<td>");
            Chart(html, report, result);
            html.Append(CultureInfo.InvariantCulture, $"</td><td class=\"status {tone}\" title=\"{E(a.Explain(l.Language))}\">{E(l.Status(a.Status))}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(l["Zone contributions", "片区贡献"])}</h2>\n");
        if (report.Contributions.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(l["No zone figures to compute contributions from.", "没有可计算贡献率的片区数据。"])}</p>\n");
        }
        foreach (var contribution in report.Contributions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(l.T(contribution.Indicator.Name))} · {contribution.Period} · {contribution.Breakdown.TotalGrowth.ToString("F2", CultureInfo.InvariantCulture)}</h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<table class=\"contributions\"><thead><tr><th>{E(l["Zone", "片区"])}</th><th>{E(l["Share of growth", "贡献率"])}</th><th>{E(l["Pull", "拉动"])}</th></tr></thead><tbody>\n");
            foreach (var part in contribution.Breakdown.Parts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(report.ZoneName(ZoneScope.FromCode(part.Name)))}</td><td>{E(part.Share?.ToString("F1", CultureInfo.InvariantCulture) ?? "–")}</td><td>{E(part.Pull.ToString("F2", CultureInfo.InvariantCulture))}</td></tr>\n");
            }
            html.Append("</tbody></table>\n");
        }
        foreach (var note in report.ContributionNotes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(note)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(l["Actions and measures", "行动与举措"])}</h2>\n<ol>\n");
        foreach (var action in report.Plan.Actions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li value=\"{action.Number}\"><strong>{E(l.T(action.Title))}</strong><ul>");
            foreach (var measure in action.Measures)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(l.T(measure.Title))}{(measure.Zone.IsRegion ? "" : $" <span class=\"muted\">({E(report.ZoneName(measure.Zone))})</span>")}</li>");
            }
            html.Append("</ul></li>\n");
        }
        html.Append("</ol>\n</main>\n");
    }

    /// <summary>
    /// A bullet chart: a bar for the actual figure coloured by status, a solid marker for the target,
    /// a dashed one for the stretch figure, the "about" band, and a triangle for the in-year pace.
    /// </summary>
    private static void Chart(StringBuilder html, AttainmentReport report, TargetEvaluation result)
    {
        var a = result.Assessment;
        var tone = Labels.Tone(a.Status);
        var label = a.Explain(report.Labels.Language);
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"bullet\" data-target=\"{E(result.Target.Id)}\" data-status=\"{a.Status}\" width=\"{ChartWidth}\" height=\"{ChartHeight}\" viewBox=\"0 0 {ChartWidth} {ChartHeight}\" role=\"img\" aria-label=\"{E(label)}\"><title>{E(label)}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bg\" x=\"0\" y=\"0\" width=\"{ChartWidth}\" height=\"{ChartHeight}\"/>");
        if (a.Kind == TargetKind.Completion || a.Target is not { } target)
        {
            var text = a.Kind == TargetKind.Completion && a.Actual is { } done
                ? (done == 1m ? report.Labels["task completed", "任务已完成"] : report.Labels["task not completed", "任务未完成"])
                : report.Labels.Status(a.Status);
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {tone}\" x=\"0\" y=\"9\" width=\"{(a.Actual == 1m ? ChartWidth : 0)}\" height=\"12\"/><text x=\"6\" y=\"19\">{E(text)}</text></svg>");
            return;
        }
        var pace = a.ElapsedShare is { } share ? target * share.Fraction : (decimal?)null;
        var band = a.Qualifier == TargetQualifier.About
            ? (a.Kind == TargetKind.Level ? Math.Abs(target) * report.Evaluation.Policy.AboutToleranceForLevels.Fraction : report.Evaluation.Policy.AboutToleranceForRates.Value)
            : 0m;
        decimal[] values = [0m, target, target + band, target - band, a.Actual ?? 0m, a.Stretch ?? 0m, pace ?? 0m];
        var low = values.Min();
        var high = values.Max();
        high += (high - low) * 0.15m + (high == low ? 1m : 0m);
        double X(decimal value) => (double)((value - low) / (high - low)) * (ChartWidth - 8) + 4;
        if (band > 0m)
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"{X(target - band):0.#}\" y=\"4\" width=\"{X(target + band) - X(target - band):0.#}\" height=\"22\"/>");
        }
        if (a.Actual is { } actual)
        {
            var from = X(Math.Min(actual, Math.Max(low, 0m)));
            var to = X(Math.Max(actual, Math.Max(low, 0m)));
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {tone}\" x=\"{from:0.#}\" y=\"10\" width=\"{Math.Max(to - from, 1):0.#}\" height=\"10\"/>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{X(target):0.#}\" x2=\"{X(target):0.#}\" y1=\"3\" y2=\"27\"/>");
        if (a.Stretch is { } stretch)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"stretch\" x1=\"{X(stretch):0.#}\" x2=\"{X(stretch):0.#}\" y1=\"3\" y2=\"27\"/>");
        }
        if (pace is { } p)
        {
            var x = X(p);
            html.Append(CultureInfo.InvariantCulture, $"<polygon class=\"pace\" points=\"{x - 5:0.#},30 {x + 5:0.#},30 {x:0.#},22\"><title>{E(report.Labels["pace", "序时进度"])}</title></polygon>");
        }
        html.Append("</svg>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
