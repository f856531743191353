using System.Globalization;
using System.Net;
using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

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
        var start = cumulative ? (first, 0d) : points[0];
        var values = points.Select(p => p.Value).Append((double)goal).Append(start.Item2).ToList();
        if (a.Projected is { } projected)
        {
            values.Add((double)projected);
        }
        var low = values.Min();
        var high = values.Max();
        if (high == low)
        {
            (low, high) = (low - 1, high + 1);
        }
        var margin = (high - low) * 0.1;
        (low, high) = (low - margin, high + margin);
        double X(int year) => Left + (double)(year - first) / Math.Max(1, last - first) * (Width - Left - Right);
        double Y(double value) => Top + (high - value) / (high - low) * (Height - Top - Bottom);
        var tone = HtmlReportFormat.Tone(a.Status);
        var label = WebUtility.HtmlEncode(row.Explanation);
        html.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"series\" data-target=\"{WebUtility.HtmlEncode(target.Id)}\" data-status=\"{a.Status}\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{label}\"><title>{label}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Height - Bottom:0.#}\" y2=\"{Height - Bottom:0.#}\"/>");
        foreach (var year in new[] { first, last })
        {
            html.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(year):0.#}\" y=\"{Height - 4}\" text-anchor=\"{(year == first ? "start" : "end")}\">{year}</text>");
        }
        var averageLike = a.Measure is VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets;
        if (averageLike)
        {
            // A rate target: the target rate as a level line across the span.
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"path\" x1=\"{X(first):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y((double)goal):0.#}\" y2=\"{Y((double)goal):0.#}\"/>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"path\" x1=\"{X(start.Item1):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y(start.Item2):0.#}\" y2=\"{Y((double)goal):0.#}\"/>");
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
            html.Append(CultureInfo.InvariantCulture, $"<line class=\"projection\" x1=\"{X(latest.Year):0.#}\" x2=\"{X(last):0.#}\" y1=\"{Y(latest.Value):0.#}\" y2=\"{Y((double)end):0.#}\"/>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<circle class=\"goal\" cx=\"{X(last):0.#}\" cy=\"{Y((double)goal):0.#}\" r=\"4\"/>");
        html.Append("</svg>");
        return true;
    }

    /// <summary>The figure of each year, in the target's terms: levels; the cumulative change chained to each year; each year's rate.</summary>
    private static List<(int Year, double Value)> Points(TargetEvaluation result)
    {
        var a = result.Assessment;
        var points = new List<(int, double)>();
        var unit = result.Target.Figure?.Unit;
        switch (a.Measure)
        {
            case VerdictMeasure.LevelSum:
            {
                var sum = 0d;
                foreach (var f in result.Sources.Where(f => f.Level is not null))
                {
                    sum += Double(f.Level!.Value, unit!.Value);
                    points.Add((f.Period.Year, sum));
                }
                break;
            }
            case VerdictMeasure.Level:
                if (result.Baseline?.Level is { } b)
                {
                    points.Add((result.Baseline.Period.Year, Double(b, unit!.Value)));
                }
                points.AddRange(result.Sources.Where(f => f.Level is not null).Select(f => (f.Period.Year, Double(f.Level!.Value, unit!.Value))));
                break;
            case VerdictMeasure.Increase when result.Baseline?.Level is { } baseLevel:
                points.AddRange(result.Sources.Where(f => f.Level is not null)
                    .Select(f => (f.Period.Year, Double(f.Level!.Value, unit!.Value) - Double(baseLevel, unit!.Value))));
                break;
            case VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction:
            {
                var factor = 1d;
                foreach (var f in result.Sources.Where(f => f.Growth is not null))
                {
                    factor *= (double)f.Growth!.Value.Value / 100d + 1d;
                    var change = (factor - 1d) * 100d;
                    points.Add((f.Period.Year, a.Measure == VerdictMeasure.CumulativeReduction ? -change : change));
                }
                break;
            }
            case VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth:
                points.AddRange(result.Sources.Where(f => f.Growth is not null).Select(f => (f.Period.Year, (double)f.Growth!.Value.Value)));
                break;
            // A figure set each year: each year's outcome, as its annual plan's evaluation found it.
            case VerdictMeasure.AnnualTargets:
                points.AddRange(result.AnnualResults.Where(r => r.Assessment is { Measure: VerdictMeasure.Growth, Actual: not null })
                    .Select(r => (r.Target.Period.Year, (double)r.Assessment.Actual!.Value)));
                break;
            // A bound held every year is drawn as a bullet of the year that decides.
            case VerdictMeasure.Increase or VerdictMeasure.EveryYear or VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim:
                break;
        }
        return points;
    }

    /// <summary>A level in the target's unit, as a double: a chart's pixels need no decimal precision, and no sum of them may overflow.</summary>
    private static double Double(Quantity level, Unit unit)
    {
        try
        {
            return (double)level.ConvertTo(unit).Value;
        }
        catch (OverflowException)
        {
            return (double)level.Value * Math.Pow(10, level.Unit.Exponent - unit.Exponent);
        }
    }
}
