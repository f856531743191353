using System.Globalization;
using System.Net;
using System.Text;
using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>
/// The small time series the HTML report draws for a target over a span of years: the baseline and
/// the years observed (a line coloured by the verdict), the straight path from the baseline to the
/// end target (dashed), the end target (a ring), and the end figure at the pace so far (dotted).
/// Levels are drawn as published; a cumulative change as the change chained year by year; an
/// average or relative rate as the years' rates against the target rate.
/// </summary>
internal static class SeriesChart
{
    private const int Width = 360;
    private const int Height = 72;
    private const int Left = 6;
    private const int Right = 8;
    private const int Top = 8;
    private const int Bottom = 16;

    public static bool TryDraw(StringBuilder html, ReportRow row)
    {
        var result = row.Result;
        var target = result.Target;
        var a = result.Assessment;
        if (a.Target is not { } goal)
        {
            return false;
        }
        var points = Points(result);
        if (points.Count == 0)
        {
            return false;
        }
        var first = Math.Min(points[0].Year, target.Period.Year - 1);
        var last = target.Period.LastYear;
        var cumulative = a.Measure is VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction or VerdictMeasure.Increase or VerdictMeasure.LevelSum;
        var start = cumulative ? (first, 0m) : points[0];
        var values = points.Select(p => p.Value).Append(goal).Append(start.Item2).ToList();
        if (a.Projected is { } projected)
        {
            values.Add(projected);
        }
        var low = (double)values.Min();
        var high = (double)values.Max();
        if (high == low)
        {
            (low, high) = (low - 1, high + 1);
        }
        var margin = (high - low) * 0.1;
        (low, high) = (low - margin, high + margin);
        double X(int year) => Left + (double)(year - first) / Math.Max(1, last - first) * (Width - Left - Right);
        double Y(decimal value) => Top + (high - (double)value) / (high - low) * (Height - Top - Bottom);
        var tone = HtmlReportFormat.Tone(a.Status);
        var label = WebUtility.HtmlEncode(row.Explanation);
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"series\" data-target=\"{WebUtility.HtmlEncode(target.Id)}\" data-status=\"{a.Status}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom:0.#}\" y2=\"{Height - Bottom:0.#}\"/>");
        foreach (var year in new[] { first, last })
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year):0.#}\" y=\"{Height - 4}\" text-anchor=\"{(year == first ? "start" : "end")}\">{year}</text>");
        }
        var averageLike = a.Measure is VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth;
        if (averageLike)
        {
            // A rate target: the target rate as a level line across the span.
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"path\" x1=\"{X(first):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y(goal):0.#}\" y2=\"{Y(goal):0.#}\"/>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"path\" x1=\"{X(start.Item1):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y(start.Item2):0.#}\" y2=\"{Y(goal):0.#}\"/>");
        }
        var line = new StringBuilder();
        foreach (var (year, value) in (averageLike ? points : points.Prepend(start)).DistinctBy(p => p.Item1))
        {
            line.Append(CultureInfo.InvariantCulture, $"{X(year):0.#},{Y(value):0.#} ");
        }
        html.Append(CultureInfo.InvariantCulture, $"<polyline class=\"observed {tone}\" points=\"{line.ToString().TrimEnd()}\"/>");
        foreach (var (year, value) in points)
        {
            html.Append(CultureInfo.InvariantCulture, $"<circle class=\"point\" cx=\"{X(year):0.#}\" cy=\"{Y(value):0.#}\" r=\"2.5\"/>");
        }
        if (a.Projected is { } end && !averageLike)
        {
            var latest = points[^1];
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"projection\" x1=\"{X(latest.Year):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y(latest.Value):0.#}\" y2=\"{Y(end):0.#}\"/>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<circle class=\"goal\" cx=\"{X(last):0.#}\" cy=\"{Y(goal):0.#}\" r=\"4\"/>");
        html.Append("</svg>");
        return true;
    }

    /// <summary>The figure of each year, in the target's terms: levels; the cumulative change chained to each year; each year's rate.</summary>
    private static List<(int Year, decimal Value)> Points(TargetEvaluation result)
    {
        var a = result.Assessment;
        var points = new List<(int, decimal)>();
        var unit = result.Target.Figure?.Unit;
        switch (a.Measure)
        {
            case VerdictMeasure.LevelSum:
            {
                var sum = 0m;
                foreach (var f in result.Sources.Where(f => f.Level is not null))
                {
                    sum += f.Level!.Value.ConvertTo(unit!.Value).Value;
                    points.Add((f.Period.Year, sum));
                }
                break;
            }
            case VerdictMeasure.Level:
                if (result.Baseline?.Level is { } b)
                {
                    points.Add((result.Baseline.Period.Year, b.ConvertTo(unit!.Value).Value));
                }
                points.AddRange(result.Sources.Where(f => f.Level is not null).Select(f => (f.Period.Year, f.Level!.Value.ConvertTo(unit!.Value).Value)));
                break;
            case VerdictMeasure.Increase when result.Baseline?.Level is { } baseLevel:
                points.AddRange(result.Sources.Where(f => f.Level is not null)
                    .Select(f => (f.Period.Year, f.Level!.Value.ConvertTo(unit!.Value).Value - baseLevel.ConvertTo(unit!.Value).Value)));
                break;
            case VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction:
            {
                var factor = 1m;
                foreach (var f in result.Sources.Where(f => f.Growth is not null))
                {
                    factor *= f.Growth!.Value.Factor;
                    var change = (factor - 1m) * 100m;
                    points.Add((f.Period.Year, a.Measure == VerdictMeasure.CumulativeReduction ? -change : change));
                }
                break;
            }
            case VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth:
                points.AddRange(result.Sources.Where(f => f.Growth is not null).Select(f => (f.Period.Year, f.Growth!.Value.Value)));
                break;
            // A bound held every year is drawn as a bullet of the year that decides.
            case VerdictMeasure.Increase or VerdictMeasure.EveryYear or VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim:
                break;
        }
        return points;
    }
}
