using System.Globalization;
using System.Net;
using System.Text;
using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>
/// The HTML report: one self-contained page (inline CSS, SVG and script; a content-security policy
/// that forbids every request) with the plan's title and as-of date, a bullet chart per target
/// (actual against target, the pace marker for in-year figures, colour by status), the zone
/// contributions and the actions with their measures. The page carries both languages, the report's
/// first, and a button switches between them.
/// </summary>
internal sealed partial class HtmlReportFormat : IReportFormat
{
    private const int ChartWidth = 360;
    private const int ChartHeight = 30;

    public string Name => "html";

    public string Description => "one self-contained page with charts, in both languages";

    public string FileExtension => ".html";

    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        writer.Write(Render(report));
    }

    internal static string Render(EvaluationReport report)
    {
        var language = report.Catalogue.IsChinese ? "zh" : "en";
        var other = EvaluationReport.Build(report.Evaluation, report.Catalogue.IsChinese ? Catalogue.English : Catalogue.Chinese);
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="{{report.Catalogue.Language}}" data-lang="{{language}}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{E(report.Title)}}</title>
            <style>
            body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2rem auto; max-width: 1100px; padding: 0 1rem; color: #1f2933; }
            html[data-lang="en"] [data-language="zh"], html[data-lang="zh"] [data-language="en"] { display: none; }
            header { display: flex; justify-content: flex-end; }
            button { font: inherit; padding: .2rem .7rem; border: 1px solid #9aa5b1; background: #fff; border-radius: 4px; cursor: pointer; }
            table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
            th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #e4e7eb; vertical-align: middle; }
            td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
            td.figure { min-width: 7em; } td.actual { min-width: 9em; }
            td.chart { min-width: 160px; } td.chart svg { max-width: 100%; height: auto; }
            .nb { white-space: nowrap; }
            .status { font-weight: 600; white-space: nowrap; }
            .good { color: #1b7f3b; } .warn { color: #b7791f; } .bad { color: #c53030; } .none { color: #616e7c; }
            svg.bullet .bg { fill: #eef1f4; } svg.bullet .band { fill: #d9e2ec; }
            svg.bullet .bar.good { fill: #38a169; } svg.bullet .bar.warn { fill: #d69e2e; } svg.bullet .bar.bad { fill: #e53e3e; } svg.bullet .bar.none { fill: #9aa5b1; }
            svg.bullet .target { stroke: #1f2933; stroke-width: 3; } svg.bullet .stretch { stroke: #1f2933; stroke-width: 1.5; stroke-dasharray: 3 2; }
            svg.bullet .pace { fill: #3e4c59; } svg.bullet text { font-size: 11px; fill: #3e4c59; }
            svg.series .axis { stroke: #9aa5b1; stroke-width: 1; } svg.series text { font-size: 10px; fill: #3e4c59; }
            svg.series .observed { fill: none; stroke-width: 2; } svg.series .observed.good { stroke: #38a169; } svg.series .observed.warn { stroke: #d69e2e; } svg.series .observed.bad { stroke: #e53e3e; } svg.series .observed.none { stroke: #9aa5b1; }
            svg.series .point { fill: #1f2933; } svg.series .path { stroke: #1f2933; stroke-width: 1; stroke-dasharray: 4 3; fill: none; }
            svg.series .projection { stroke: #616e7c; stroke-width: 1.5; stroke-dasharray: 1 3; fill: none; } svg.series .goal { fill: none; stroke: #1f2933; stroke-width: 2; }
            .muted { color: #616e7c; font-size: .9rem; }
            </style>
            </head>
            <body>
            <header><button type="button" id="toggle-language" aria-label="Switch language / 切换语言">{{E(report.Catalogue["label.switchLanguage"])}}</button></header>

            """);
        Section(html, report);
        Section(html, other);
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

    private static void Section(StringBuilder html, EvaluationReport report)
    {
        var c = report.Catalogue;
        html.Append(CultureInfo.InvariantCulture, $"<main data-language=\"{(c.IsChinese ? "zh" : "en")}\" lang=\"{c.Language}\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(report.Title)}</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(report.AsOfLine)}</p>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(c["report.targets"])}</h2>\n<table>\n<thead><tr><th>{E(c["label.indicator"])}</th><th>{E(c["label.target"])}</th><th>{E(c["label.actual"])}</th><th>{E(c["label.chart"])}</th><th>{E(c["label.status"])}</th></tr></thead>\n<tbody>\n");
        foreach (var row in report.Rows)
        {
            var result = row.Result;
            var a = result.Assessment;
            var tone = Tone(a.Status);
            var zone = result.Target.Zone.IsRegion ? "" : " · " + E(row.Zone);
            var note = row.Note is { } n ? $"<div class=\"muted note\">{E(n)}</div>" : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr data-target=\"{E(result.Target.Id)}\"><td>{E(row.Indicator)}<div class=\"muted\">{E(c.Nature(result.Target.Nature))}{zone}</div>{note}</td>");
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"figure\">{Cell(row.Target)}</td><td class=\"actual\">{Cell(row.Actual)}<div class=\"muted\">{Cell(row.Gap == "–" ? "" : row.Gap)} {Cell(row.Pace)}</div></td>");
            html.Append("<td class=\"chart\">");
            Chart(html, report, row);
            var provisional = row.IsProvisional ? "<sup class=\"provisional\">†</sup>" : "";
            html.Append(CultureInfo.InvariantCulture, $"</td><td class=\"status {tone}\" title=\"{E(row.Explanation)}\">{E(row.Status)}{provisional}</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n");
        if (report.HasProvisional)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(c["report.provisionalNote"])}</p>\n");
        }

        if (report.HasZones)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(c["report.contributions"])}</h2>\n");
        }
        if (report.HasZones && report.Contributions.IsEmpty && report.ContributionNotes.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(c["report.noContributions"])}</p>\n");
        }
        foreach (var contribution in report.Contributions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(contribution.Indicator)} · {E(contribution.Period)} · {E(contribution.Growth)}</h3>\n");
            html.Append(CultureInfo.InvariantCulture, $"<table class=\"contributions\"><thead><tr><th>{E(c["label.zone"])}</th><th class=\"number\">{E(c["label.share"])}</th><th class=\"number\">{E(c["label.pull"])}</th></tr></thead><tbody>\n");
            foreach (var part in contribution.Parts)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(part.Zone)}</td><td class=\"number\">{E(part.Share)}</td><td class=\"number\">{E(part.Pull)}</td></tr>\n");
            }
            html.Append("</tbody></table>\n");
        }
        foreach (var note in report.ContributionNotes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(note)}</p>\n");
        }

        if (!report.Plan.Actions.IsEmpty)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{E(c["report.actions"])}</h2>\n<ol>\n");
            foreach (var action in report.Plan.Actions)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li value=\"{action.Number}\"><strong>{E(c.Text(action.Title))}</strong><ul>");
                foreach (var measure in action.Measures)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{E(c.Text(measure.Title))}{(measure.Zone.IsRegion ? "" : $"<span class=\"muted\">{E(c.Format("grammar.parenthetical", ("text", report.ZoneName(measure.Zone))))}</span>")}</li>");
                }
                html.Append("</ul></li>\n");
            }
            html.Append("</ol>\n");
        }
        html.Append("</main>\n");
    }

    /// <summary>
    /// A bullet chart: a bar for the actual figure coloured by status, a solid marker for the target,
    /// a dashed one for the stretch figure, the "about" band, and a triangle for the in-year pace.
    /// </summary>
    private static void Chart(StringBuilder html, EvaluationReport report, ReportRow row)
    {
        if (row.Result.Target.Period.Kind == Periods.PeriodKind.Span && SeriesChart.TryDraw(html, row))
        {
            return;
        }
        var result = row.Result;
        var a = result.Assessment;
        var tone = Tone(a.Status);
        var label = row.Explanation;
        html.Append(CultureInfo.InvariantCulture, $"<svg class=\"bullet\" data-target=\"{E(result.Target.Id)}\" data-status=\"{a.Status}\" width=\"{ChartWidth}\" height=\"{ChartHeight}\" viewBox=\"0 0 {ChartWidth} {ChartHeight}\" role=\"img\" aria-label=\"{E(label)}\"><title>{E(label)}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bg\" x=\"0\" y=\"0\" width=\"{ChartWidth}\" height=\"{ChartHeight}\"/>");
        if (a.Measure == VerdictMeasure.Task || a.Target is not { } target)
        {
            var text = a.Measure == VerdictMeasure.Task && a.Actual is not null ? row.Actual : row.Status;
            // A box, filled when the task is done, and its word beside it: the word never lies on the bar.
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {tone}\" x=\"2\" y=\"9\" width=\"12\" height=\"12\" fill-opacity=\"{(a.Actual == 1m ? 1 : 0)}\" stroke=\"#616e7c\"/><text x=\"22\" y=\"19\">{E(text)}</text></svg>");
            return;
        }
        // The chart in double throughout: its pixels need no decimal precision, and extreme figures must not overflow.
        var policy = report.Evaluation.Policy;
        var goal = (double)target;
        double? pace = a.ElapsedShare is { } share ? goal * (double)share.Fraction : null;
        // The band the verdict was judged within: drawn, not decided again.
        var band = a.Bound == TargetBound.Band
            ? (double)(a.Unit == Units.Unit.Percent && a.Measure != VerdictMeasure.Level ? policy.AboutToleranceForRates.Value : policy.AboutToleranceForLevels.Fraction) * (a.Unit == Units.Unit.Percent && a.Measure != VerdictMeasure.Level ? 1d : Math.Abs(goal))
            : 0d;
        double[] values = [0d, goal, goal + band, goal - band, (double?)a.Actual ?? 0d, (double?)a.Stretch ?? 0d, pace ?? 0d];
        var low = values.Min();
        var high = values.Max();
        high += (high - low) * 0.15 + (high == low ? 1 : 0);
        double X(double value) => (value - low) / (high - low) * (ChartWidth - 8) + 4;
        if (band > 0d)
        {
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"band\" x=\"{X(goal - band):0.#}\" y=\"4\" width=\"{X(goal + band) - X(goal - band):0.#}\" height=\"22\"/>");
        }
        if (a.Actual is { } actual)
        {
            var zero = Math.Max(low, 0);
            var from = Math.Min(X((double)actual), X(zero));
            var to = Math.Max(X((double)actual), X(zero));
            html.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar {tone}\" x=\"{from:0.#}\" y=\"10\" width=\"{Math.Max(to - from, 1):0.#}\" height=\"10\"/>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{X(goal):0.#}\" x2=\"{X(goal):0.#}\" y1=\"3\" y2=\"27\"/>");
        if (a.Stretch is { } stretch)
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"stretch\" x1=\"{X((double)stretch):0.#}\" x2=\"{X((double)stretch):0.#}\" y1=\"3\" y2=\"27\"/>");
        }
        if (pace is { } p)
        {
            var x = X(p);
            html.Append(CultureInfo.InvariantCulture, $"<polygon class=\"pace\" points=\"{x - 5:0.#},30 {x + 5:0.#},30 {x:0.#},22\"><title>{E(report.Catalogue["label.pace"])}</title></polygon>");
        }
        html.Append("</svg>");
    }

    /// <summary>The colour class of a verdict's tone.</summary>
    internal static string Tone(AttainmentStatus status) => ReportRow.ToneOf(status) switch
    {
        VerdictTone.Met or VerdictTone.OnTrack => "good",
        VerdictTone.Warning => "warn",
        VerdictTone.Missed => "bad",
        VerdictTone.None => "none",
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// A cell's text, its figures kept whole: a number with its sign, currency, unit or magnitude
    /// (+0.2 pp, USD 800 million, 1.16个百分点) is one unbreakable group; the words between wrap.
    /// </summary>
    private static string Cell(string text)
    {
        var html = new StringBuilder(text.Length + 32);
        var at = 0;
        foreach (System.Text.RegularExpressions.Match figure in FigureGroup().Matches(text))
        {
            html.Append(E(text[at..figure.Index])).Append("<span class=\"nb\">").Append(E(figure.Value)).Append("</span>");
            at = figure.Index + figure.Length;
        }
        return html.Append(E(text[at..])).ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:[A-Z]{3} )?[-+]?\d[\d.,–—]*(?:%|‰)?(?: [A-Za-z]+)?[\p{IsCJKUnifiedIdeographs}/]{0,4}")]
    private static partial System.Text.RegularExpressions.Regex FigureGroup();
}
