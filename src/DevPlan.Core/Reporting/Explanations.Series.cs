using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public static partial class Explanations
{
    /// <summary>
    /// The sentence of a target judged over years: the figure so far over the years observed, and during
    /// the span the mid-course review's progress and the rate the remaining years of the span need.
    /// </summary>
    private static string ExplainSeries(TargetEvaluation result, Catalogue c, string indicator)
    {
        var a = result.Assessment;
        var target = result.Target;
        var status = c.Verdict(a);
        var provisional = Provisional(result, c);
        var actual = a.Actual!.Value;
        var figure = a.Target!.Value;
        var first = target.Period.Year;
        var latestYear = a.LatestYear ?? result.Observation?.Period.LastYear ?? first;
        var years = YearsText(c, first, latestYear);
        var isRate = a.Unit == Unit.Percent && a.Measure is not (VerdictMeasure.Level or VerdictMeasure.LevelSum or VerdictMeasure.Increase or VerdictMeasure.EveryYear);
        var observed = a.YearsObserved ?? 1;
        // Levels (and their sums and differences) are exact from published figures; chained and averaged rates are computed.
        var published = !isRate || (observed == 1 && result.Observation?.Growth is not null && a.Measure != VerdictMeasure.RelativeGrowth);
        var shown = Revealing.Round(actual, figure, isRate ? 1 : 0, published);
        var gap = Revealing.Difference(Revealing.Minus(actual, figure), Math.Max(shown.Scale, figure.Scale));
        // An increase is named by its statement in every language: "an increase of 1 year", not "1 year".
        var inComparison = InComparison(result, c, statement: a.Measure == VerdictMeasure.Increase);
        var comparison = c.Format(ComparisonKey(a, gap, level: !isRate), ("gap", isRate ? c.FormatProse(new PercentagePoints(gap)) : GapText(c, a, gap)), ("target", inComparison));
        var midCourse = a.Stage == VerdictStage.InProgress && a.ElapsedShare is not null;
        var lastYear = target.Period.LastYear;
        switch (a.Measure)
        {
            case VerdictMeasure.EveryYear:
            {
                var shownValue = a.Unit == Unit.Percent ? c.Format(new Percent(actual)) : c.Format(new Quantity(actual, a.Unit));
                return a.Status == AttainmentStatus.NotAchieved
                    ? c.Format("explain.series.eachYearMissed", ("indicator", indicator), ("actual", shownValue), ("year", YearClause(c, latestYear)),
                        ("target", inComparison), ("status", status), ("provisional", provisional))
                    : c.Format("explain.series.eachYearHeld", ("indicator", indicator), ("years", years), ("target", inComparison), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction or VerdictMeasure.AverageGrowth:
            {
                var average = a.Measure == VerdictMeasure.AverageGrowth;
                var down = a.Measure == VerdictMeasure.CumulativeReduction ? shown >= 0m : shown < 0m;
                var moved = c.Format(average ? (down ? "explain.series.moved.averageDown" : "explain.series.moved.averageUp")
                        : (down ? "explain.series.moved.cumulativeDown" : "explain.series.moved.cumulativeUp"),
                    ("actual", c.Format(new Percent(Math.Abs(shown)))));
                if (midCourse && !average && a.Completion is { } done && a.Status != AttainmentStatus.AchievedEarly)
                {
                    comparison = Progress(c, a, result, done);
                }
                return c.Format("explain.series.rate", ("indicator", indicator), ("years", years), ("moved", moved), ("comparison", comparison),
                    ("required", Required(c, a, midCourse, latestYear, lastYear)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.LevelSum:
            {
                if (midCourse && a.Completion is { } done && a.Status != AttainmentStatus.AchievedEarly)
                {
                    comparison = Progress(c, a, result, done);
                }
                return c.Format("explain.series.flow", ("indicator", indicator), ("years", years), ("actual", c.Format(new Quantity(shown, a.Unit))),
                    ("comparison", comparison), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Level:
            {
                var judging = midCourse && a.Status is AttainmentStatus.OnTrack or AttainmentStatus.Behind;
                var progress = !judging || a.Completion is not { } done ? ""
                    : done.Value < 0m && result.Baseline?.Level is { } baseLevel
                        ? c.Format("explain.series.levelAway", ("base", c.Format(baseLevel)))
                        : c.Format("explain.series.levelProgress",
                            ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
                            ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));
                // A share moves by percentage points: the years left need so many points a year, not a growth rate of the share.
                var required = a.Unit.Dimension == Dimension.Percent
                    ? judging && a.Status == AttainmentStatus.Behind && latestYear < lastYear
                        ? c.Format("explain.series.requiredPoints", ("remaining", YearsText(c, latestYear + 1, lastYear)),
                            ("points", c.FormatProse(new PercentagePoints(Math.Round(Revealing.Minus(figure, actual) / (lastYear - latestYear), 2, MidpointRounding.AwayFromZero)))))
                        : ""
                    : Required(c, a, midCourse, latestYear, lastYear);
                return c.Format("explain.series.level", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", c.Format(new Quantity(shown, a.Unit))),
                    ("comparison", comparison), ("progress", progress), ("required", required), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Increase:
            {
                var level = result.Observation?.Level is { } l ? c.Format(l) : "";
                var change = c.Format(actual >= 0m ? "explain.series.change.up" : "explain.series.change.down", ("amount", c.Format(new Quantity(Math.Abs(shown), a.Unit))));
                var baseYear = result.Baseline is { } baseline ? c.Format(baseline.Period) : "";
                return c.Format("explain.series.increase", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", level), ("baseYear", baseYear),
                    ("change", change), ("comparison", comparison), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.RelativeGrowth:
            {
                var other = Revealing.Minus(figure, target.Rate?.Value ?? 0m);
                var difference = Revealing.Difference(Revealing.Minus(actual, other), 1);
                var pace = difference == 0m ? c["explain.series.samePace"]
                    : c.Format(difference > 0m ? "explain.series.faster" : "explain.series.slower", ("gap", c.FormatProse(new PercentagePoints(difference))));
                var related = result.RelatedIndicator is { } r ? c.Text(r.Name) : target.RelativeTo ?? "";
                // Over one year (or part of one) a rate is that year's, not an average a year.
                var oneYear = observed == 1;
                var period = oneYear ? c.Format(result.Observation is { } o && o.Period.LastYear == first ? o.Period : ReportingPeriod.ForYear(first)) : years;
                return c.Format(oneYear ? "explain.series.relativeOneYear" : "explain.series.relative", ("indicator", indicator), ("years", period),
                    ("own", c.Format(new Percent(Math.Round(actual, 1, MidpointRounding.AwayFromZero) + 0.0m))),
                    ("related", related), ("other", c.Format(new Percent(Math.Round(other, 1, MidpointRounding.AwayFromZero) + 0.0m))), ("comparison", pace),
                    ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim:
                throw new InvalidOperationException($"A verdict measuring {a.Measure} has no series sentence.");
        }
        throw new InvalidOperationException($"The measure {a.Measure} has no sentence.");
    }

    /// <summary>The progress made against the time elapsed: 完成目标（…）的17.1%，时间进度60.0%.</summary>
    private static string Progress(Catalogue c, TargetAssessment a, TargetEvaluation result, Percent done) =>
        c.Format("explain.series.progress", ("target", Target(WithoutStretch(result.Target), c, result.RelatedIndicator, result.Indicator)),
            ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
            ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));

    /// <summary>The rate the remaining years of the span need, during the span, when the target is not yet met; never a year outside the span.</summary>
    private static string Required(Catalogue c, TargetAssessment a, bool midCourse, int latestYear, int lastYear)
    {
        if (!midCourse || a.RequiredRate is not { } rate || latestYear >= lastYear || a.Status is AttainmentStatus.AchievedEarly or AttainmentStatus.OnTrack)
        {
            return "";
        }
        var shown = new Percent(Math.Round(Math.Abs(rate.Value), 2, MidpointRounding.AwayFromZero));
        return c.Format(rate.Value < 0m ? "explain.series.required.down" : "explain.series.required.up", ("remaining", YearsText(c, latestYear + 1, lastYear)), ("rate", c.Format(shown)));
    }

    /// <summary>A run of years: 2023年 or 2021—2023年; 2023 or 2021–2023.</summary>
    private static string YearsText(Catalogue c, int first, int last) =>
        last <= first ? YearText(c, Math.Max(first, last)) : c.Format(ReportingPeriod.ForSpan(first, last));

    /// <summary>A year (2023年, 2023), within the supported years.</summary>
    private static string YearText(Catalogue c, int year) => c.Format(ReportingPeriod.ForYear(Math.Clamp(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear)));

    private static string YearClause(Catalogue c, int year) => c.Format("explain.series.year", ("year", YearText(c, year)));
}
