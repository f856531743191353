using DevPlan.Core.Attainment;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public static partial class Explanations
{
    /// <summary>
    /// The sentence of a multi-year target, or of one measured from a baseline or against another
    /// indicator: the figure so far over the years observed, and during the span the mid-course
    /// review's progress and the rate the remaining years need.
    /// </summary>
    private static string ExplainSeries(TargetEvaluation result, Catalogue c, AttainmentPolicy policy, string indicator, string status)
    {
        var a = result.Assessment;
        var target = result.Target;
        var provisional = result.Sources.Any(s => s.Status is not (ObservationStatus.Normal or ObservationStatus.Break)) ? Space(c) + c["explain.provisional"] : "";
        if (target.Kind == TargetKind.Qualitative)
        {
            var aim = target.Note is { } note ? c.Text(note) : c["target.qualitative"];
            return a.Actual is null
                ? c.Format("explain.qualitative", ("indicator", indicator), ("aim", aim))
                : c.Format("explain.qualitativeAssessed", ("indicator", indicator), ("aim", aim), ("status", status));
        }
        var actual = a.Actual!.Value;
        var figure = a.Target!.Value;
        var first = target.Period.Year;
        var observed = a.YearsObserved ?? 1;
        var years = YearsText(c, first, first + observed - 1);
        var latestYear = result.Observation?.Period.LastYear ?? first + observed - 1;
        var better = target.Kind == TargetKind.Reduction || result.Indicator?.Direction != IndicatorDirection.LowerIsBetter ? 1 : -1;
        var ceiling = Verdicts.IsCeiling(target.Qualifier!.Value, better, policy);
        // An increase is named by its statement in every language: "an increase of 1 year", not "1 year".
        var inComparison = !ceiling && (c["grammar.comparisonTarget"] == "statement" || target.Kind == TargetKind.Increase)
            ? Target(WithoutStretch(target), c, result.RelatedIndicator)
            : c.Format($"figure.{QualifierKey(target.Qualifier.Value)}", ("figure", Figure(target, target.Figure!.Value, c)));
        if (target.EachYear)
        {
            var shownValue = target.Kind == TargetKind.Level ? c.Format(new Quantity(actual, a.Unit)) : c.Format(new Percent(actual));
            return a.Status == AttainmentStatus.NotAchieved
                ? c.Format("explain.series.eachYearMissed", ("indicator", indicator), ("actual", shownValue), ("year", YearClause(c, MissYear(result, actual))),
                    ("target", inComparison), ("status", status), ("provisional", provisional))
                : c.Format("explain.series.eachYearHeld", ("indicator", indicator), ("years", years), ("target", inComparison), ("status", status), ("provisional", provisional));
        }
        var isRate = Core.Target.FigureOf(target.Kind) == TargetFigure.Rate;
        // Levels (and their sums and differences) are exact from published figures; chained and averaged rates are computed.
        var published = !isRate || (observed == 1 && result.Observation?.Growth is not null);
        var shown = Revealing.Round(actual, figure, isRate ? 1 : 0, published);
        var gap = Revealing.Difference(actual - figure, Math.Max(shown.Scale, figure.Scale));
        var gapText = isRate || a.Unit == Unit.Percent ? c.Format(new PercentagePoints(gap)) : c.Format(new Quantity(Math.Abs(gap), a.Unit));
        var comparison = c.Format(ComparisonKey(isRate ? TargetKind.GrowthRate : TargetKind.Level, ceiling, gap), ("gap", gapText), ("target", inComparison));
        var midCourse = !a.IsFinal && a.ElapsedShare is not null;
        var remaining = YearsText(c, latestYear + 1, target.Period.LastYear);
        switch (target.Kind)
        {
            case TargetKind.GrowthRate or TargetKind.Reduction or TargetKind.AverageAnnualGrowth:
            {
                var average = target.Kind == TargetKind.AverageAnnualGrowth;
                var down = target.Kind == TargetKind.Reduction ? shown >= 0m : shown < 0m;
                var moved = c.Format(average ? (down ? "explain.series.moved.averageDown" : "explain.series.moved.averageUp")
                        : (down ? "explain.series.moved.cumulativeDown" : "explain.series.moved.cumulativeUp"),
                    ("actual", c.Format(new Percent(Math.Abs(shown)))));
                if (midCourse && !average && a.Completion is { } done && a.Status != AttainmentStatus.AchievedEarly)
                {
                    comparison = c.Format("explain.series.progress", ("target", Target(WithoutStretch(target), c)),
                        ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
                        ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));
                }
                return c.Format("explain.series.rate", ("indicator", indicator), ("years", years), ("moved", moved), ("comparison", comparison),
                    ("required", Required(c, a, midCourse, remaining)), ("status", status), ("provisional", provisional));
            }
            case TargetKind.Level when result.Indicator?.Accumulation == Accumulation.Flow:
            {
                if (midCourse && a.Completion is { } done && a.Status != AttainmentStatus.AchievedEarly)
                {
                    comparison = c.Format("explain.series.progress", ("target", Target(WithoutStretch(target), c)),
                        ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
                        ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));
                }
                return c.Format("explain.series.flow", ("indicator", indicator), ("years", years), ("actual", c.Format(new Quantity(shown, a.Unit))),
                    ("comparison", comparison), ("status", status), ("provisional", provisional));
            }
            case TargetKind.Level:
            {
                var judging = midCourse && a.Status is AttainmentStatus.OnTrack or AttainmentStatus.Behind;
                var progress = !judging || a.Completion is not { } done ? ""
                    : done.Value < 0m && result.Baseline?.Level is { } baseLevel
                        ? c.Format("explain.series.levelAway", ("base", c.Format(baseLevel)))
                        : c.Format("explain.series.levelProgress",
                            ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
                            ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));
                // A share moves by percentage points: the years left need so many points a year, not a growth rate of the share.
                var required = a.Unit.Dimension == Dimension.Percent && judging && a.Status == AttainmentStatus.Behind && latestYear < target.Period.LastYear
                    ? c.Format("explain.series.requiredPoints", ("remaining", remaining),
                        ("points", c.Format(new PercentagePoints(Math.Round((figure - actual) / (target.Period.LastYear - latestYear), 2, MidpointRounding.AwayFromZero)))))
                    : a.Unit.Dimension == Dimension.Percent ? "" : Required(c, a, midCourse, remaining);
                return c.Format("explain.series.level", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", c.Format(new Quantity(shown, a.Unit))),
                    ("comparison", comparison), ("progress", progress), ("required", required), ("status", status), ("provisional", provisional));
            }
            case TargetKind.Increase:
            {
                var level = result.Observation?.Level is { } l ? c.Format(l) : "";
                var change = c.Format(actual >= 0m ? "explain.series.change.up" : "explain.series.change.down", ("amount", c.Format(new Quantity(Math.Abs(shown), a.Unit))));
                var baseYear = result.Baseline is { } baseline ? c.Format(baseline.Period) : "";
                return c.Format("explain.series.increase", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", level), ("baseYear", baseYear),
                    ("change", change), ("comparison", comparison), ("status", status), ("provisional", provisional));
            }
            case TargetKind.Relative:
            {
                var other = figure - (target.Rate?.Value ?? 0m);
                var difference = Revealing.Difference(actual - other, 1);
                var pace = difference == 0m ? c["explain.series.samePace"]
                    : c.Format(difference > 0m ? "explain.series.faster" : "explain.series.slower", ("gap", c.Format(new PercentagePoints(difference))));
                var related = result.RelatedIndicator is { } r ? c.Text(r.Name) : target.RelativeTo ?? "";
                return c.Format("explain.series.relative", ("indicator", indicator), ("years", years), ("own", c.Format(new Percent(Math.Round(actual, 1, MidpointRounding.AwayFromZero) + 0.0m))),
                    ("related", related), ("other", c.Format(new Percent(Math.Round(other, 1, MidpointRounding.AwayFromZero) + 0.0m))), ("comparison", pace),
                    ("status", status), ("provisional", provisional));
            }
            case TargetKind.Completion or TargetKind.Qualitative:
                return c.Format(a.Actual == 1m ? "explain.completed" : "explain.notCompleted", ("indicator", indicator));
        }
        throw new InvalidOperationException($"The target kind {target.Kind} has no sentence.");
    }

    /// <summary>The rate the remaining years need, during the span, when the target is not yet met.</summary>
    private static string Required(Catalogue c, TargetAssessment a, bool midCourse, string remaining)
    {
        if (!midCourse || a.RequiredRate is not { } rate || a.Status is AttainmentStatus.AchievedEarly or AttainmentStatus.OnTrack)
        {
            return "";
        }
        var shown = new Percent(Math.Round(Math.Abs(rate.Value), 2, MidpointRounding.AwayFromZero));
        return c.Format(rate.Value < 0m ? "explain.series.required.down" : "explain.series.required.up", ("remaining", remaining), ("rate", c.Format(shown)));
    }

    /// <summary>A run of years: 2023年 or 2021—2023年; 2023 or 2021–2023.</summary>
    private static string YearsText(Catalogue c, int first, int last) =>
        last <= first ? c.Format(ReportingPeriod.ForYear(Math.Max(first, last))) : c.Format(ReportingPeriod.ForSpan(first, last));

    private static string YearClause(Catalogue c, int year) => c.Format("explain.series.year", ("year", c.Format(ReportingPeriod.ForYear(year))));

    /// <summary>The year whose figure broke an every-year bound: the first figure with the value found.</summary>
    private static int MissYear(TargetEvaluation result, decimal value) =>
        result.Sources.FirstOrDefault(s => (s.Level?.Value ?? s.Growth?.Value ?? decimal.MinValue) == value || -(s.Growth?.Value ?? 0m) == value)?.Period.Year
        ?? result.Observation?.Period.Year ?? result.Target.Period.Year;
}
