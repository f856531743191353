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
        var comparison = c.Format(ComparisonKey(a, gap, level: !isRate), ("gap", isRate ? c.FormatProse(new PercentagePoints(gap)) : GapText(c, a, gap, result.Target.Indicator)), ("target", inComparison),
            ("nature", NatureInComparison(target, c)));
        var midCourse = a.Stage == VerdictStage.InProgress && a.ElapsedShare is not null;
        var lastYear = target.Period.LastYear;
        switch (a.Measure)
        {
            case VerdictMeasure.EveryYear:
            {
                var shownValue = a.Unit == Unit.Percent ? c.Format(new Percent(actual)) : c.Format(new Quantity(actual, a.Unit), target.Indicator);
                // The target as stated, which says that it holds every year (每年控制在5.5%以内).
                var stated = Target(WithoutStretch(target), c, result.RelatedIndicator, result.Indicator);
                return a.Status == AttainmentStatus.NotAchieved
                    ? c.Format(a.Bound == TargetBound.Ceiling ? "explain.series.eachYearBreached" : "explain.series.eachYearMissed", ("indicator", indicator), ("actual", shownValue), ("year", YearClause(c, latestYear)),
                        ("target", stated), ("status", status), ("provisional", provisional))
                    : c.Format("explain.series.eachYearHeld", ("indicator", indicator), ("years", years), ("target", stated), ("status", status), ("provisional", provisional));
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
                    ("required", Outlook(result, c, sentence: true)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.LevelSum:
            {
                if (midCourse && a.Completion is { } done && a.Status != AttainmentStatus.AchievedEarly)
                {
                    comparison = Progress(c, a, result, done);
                }
                return c.Format("explain.series.flow", ("indicator", indicator), ("years", years), ("actual", Revealing.LevelText(result, c, shown)),
                    ("comparison", comparison), ("required", Outlook(result, c, sentence: true)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Level:
            {
                var judging = midCourse && a.Status is AttainmentStatus.OnTrack or AttainmentStatus.Behind;
                var progress = !judging || a.Completion is not { } done ? ""
                    : done.Value < 0m && result.Baseline is { Level: { } baseLevel } baseline && baseLevel.Unit.IsCompatibleWith(a.Unit)
                        ? AwayFromBase(c, a, shown, baseLevel.ConvertTo(a.Unit).Value, baseline.Period, target.Indicator)
                        : c.Format("explain.series.levelProgress",
                            ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
                            ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));
                return c.Format("explain.series.level", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", Revealing.LevelText(result, c, shown)),
                    ("comparison", comparison), ("progress", progress), ("required", Outlook(result, c, sentence: true)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Increase:
            {
                var level = result.Observation?.Level is { } l ? c.Format(l, target.Indicator) : "";
                var change = c.Format(actual >= 0m ? "explain.series.change.up" : "explain.series.change.down", ("amount", c.FormatComputed(new Quantity(Math.Abs(shown), a.Unit), result.Target.Indicator)));
                var baseYear = result.Baseline is { } baseline ? c.Format(baseline.Period) : "";
                return c.Format("explain.series.increase", ("indicator", indicator), ("year", YearClause(c, latestYear)), ("actual", level), ("baseYear", baseYear),
                    ("change", change), ("comparison", comparison), ("required", Outlook(result, c, sentence: true)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.RelativeGrowth:
            {
                var other = Revealing.Minus(figure, target.Rate?.Value ?? 0m);
                var difference = Revealing.Difference(Revealing.Minus(actual, other), 1);
                var pace = difference == 0m ? c["explain.series.samePace"]
                    : c.Format(difference > 0m ? "explain.series.faster" : "explain.series.slower", ("gap", c.FormatProse(new PercentagePoints(difference))));
                var related = result.RelatedIndicator is { } r ? c.MidSentence(c.Text(r.Name)) : target.RelativeTo ?? "";
                // Over one year (or part of one) a rate is that year's, not an average a year.
                var oneYear = observed == 1;
                var period = oneYear ? c.Format(result.Observation is { } o && o.Period.LastYear == first ? o.Period : ReportingPeriod.ForYear(first)) : years;
                return c.Format(oneYear ? "explain.series.relativeOneYear" : "explain.series.relative", ("indicator", indicator), ("years", period),
                    ("own", c.Format(new Percent(Math.Round(actual, 1, MidpointRounding.AwayFromZero) + 0.0m))),
                    ("related", related), ("other", c.Format(new Percent(Math.Round(other, 1, MidpointRounding.AwayFromZero) + 0.0m))), ("comparison", pace),
                    ("required", oneYear ? "" : Outlook(result, c, sentence: true)), ("status", status), ("provisional", provisional));
            }
            case VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim or VerdictMeasure.AnnualTargets:
                throw new InvalidOperationException($"A verdict measuring {a.Measure} has no series sentence.");
        }
        throw new InvalidOperationException($"The measure {a.Measure} has no sentence.");
    }

    /// <summary>
    /// A figure set each year in the annual plans: the span's average growth against the annual targets' average,
    /// the years that met their own target, and each year's outcome beside its annual target and verdict (2021年增长8.1%，
    /// 目标增长6%以上，超额完成), as the annual plans' evaluations decided them.
    /// </summary>
    private static string ExplainAnnualTargets(TargetEvaluation result, Catalogue c, string indicator)
    {
        var a = result.Assessment;
        var years = YearsText(c, result.Target.Period.Year, a.LatestYear ?? result.Target.Period.Year);
        var shown = Revealing.Actual(result);
        var average = Math.Round(a.Target!.Value, 1, MidpointRounding.AwayFromZero);
        var gap = Revealing.Difference(Revealing.Minus(shown, average), Math.Max((int)shown.Scale, 1));
        var comparison = gap == 0m
            ? c.Format("explain.series.annualTargets.equal", ("average", c.Format(new Percent(average))))
            : c.Format(gap > 0m ? "explain.series.annualTargets.above" : "explain.series.annualTargets.below",
                ("average", c.Format(new Percent(average))), ("gap", c.FormatProse(new PercentagePoints(Math.Abs(gap)))));
        var steps = result.AnnualResults
            .Where(r => r.Assessment is { Measure: VerdictMeasure.Growth, Stage: VerdictStage.Final, Actual: not null })
            .Select(r => c.Format("explain.series.annualTargets.step", ("year", YearText(c, r.Target.Period.Year)),
                ("actual", c.Format(new Percent(Revealing.Actual(r)))), ("target", Target(r.Target, c, r.RelatedIndicator, r.Indicator)), ("status", c.Verdict(r.Assessment))));
        var moved = c.Format(shown < 0m ? "explain.series.moved.averageDown" : "explain.series.moved.averageUp", ("actual", c.Format(new Percent(Math.Abs(shown)))));
        return c.Format("explain.series.annualTargets", ("indicator", indicator), ("years", years), ("moved", moved), ("comparison", comparison),
            ("met", YearsMet(c, a.YearsMet ?? 0, a.YearsObserved ?? 0)),
            ("steps", string.Join(c["explain.series.annualTargets.separator"], steps)), ("status", c.Verdict(a)), ("provisional", Provisional(result, c)));
    }

    /// <summary>How many of the years judged met their annual target: 5年中有4年达到当年目标, 各年均达到当年目标, 各年均未达到当年目标.</summary>
    private static string YearsMet(Catalogue c, int met, int observed)
    {
        var key = met == observed ? "explain.series.annualTargets.metAll" : met == 0 ? "explain.series.annualTargets.metNone" : "explain.series.annualTargets.met";
        return c.Format(key, ("met", met.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("observed", observed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    /// <summary>The progress made against the time elapsed: 完成目标（…）的17.1%，时间进度60.0%.</summary>
    private static string Progress(Catalogue c, TargetAssessment a, TargetEvaluation result, Percent done) =>
        c.Format("explain.series.progress", ("target", Target(WithoutStretch(result.Target), c, result.RelatedIndicator, result.Indicator)),
            ("done", c.Format(new Percent(Revealing.Share(done.Value, a.ElapsedShare!.Value.Value)))),
            ("elapsed", c.Format(new Percent(Math.Round(a.ElapsedShare.Value.Value, 1, MidpointRounding.AwayFromZero)))));

    /// <summary>
    /// What a review says of a target in progress beyond its figure so far: the end figure at the pace so far
    /// and the rate (or the points a year, for a share) the remaining years of the span need to reach the
    /// target — never a year outside the span; nothing once a target is met early, or for a relation's offset.
    /// </summary>
    /// <param name="result">The target's evaluation.</param>
    /// <param name="c">The language.</param>
    /// <param name="sentence">Whether the words go into a sentence (after a comma) or a cell (on their own).</param>
    internal static string Outlook(TargetEvaluation result, Catalogue c, bool sentence)
    {
        var a = result.Assessment;
        if (a is not { Stage: VerdictStage.InProgress, SpanYears: not null, Actual: { } actual, Target: { } figure, LatestYear: { } latest }
            || a.Status is AttainmentStatus.AchievedEarly or AttainmentStatus.NoData or AttainmentStatus.NotAssessable)
        {
            return "";
        }
        var lastYear = result.Target.Period.LastYear;
        var parts = new List<string>(2);
        if (a.Projected is { } projected && Projected(c, a, projected, figure, result.Target.Indicator) is { } value)
        {
            parts.Add(c.Format(sentence ? "explain.series.projected" : "cell.outlook.projected", ("year", YearText(c, lastYear)), ("projected", value)));
        }
        // A ceiling asks nothing of the remaining years but to stay under it: no rate is required of them.
        if (latest < lastYear && a.Bound != TargetBound.Ceiling)
        {
            var remaining = YearsText(c, latest + 1, lastYear);
            if (a.Unit == Unit.Percent && a.Measure == VerdictMeasure.Level)
            {
                // A share moves by percentage points: the years left need so many points a year, not a growth rate of the share.
                var points = Math.Round(Revealing.Minus(figure, actual) / (lastYear - latest), 2, MidpointRounding.AwayFromZero);
                if (Math.Sign(points) == (a.Better == IndicatorDirection.HigherIsBetter ? 1 : -1))
                {
                    var text = c.FormatProse(new PercentagePoints(points));
                    parts.Add(sentence ? c.Format("explain.series.requiredPoints", ("remaining", remaining), ("points", text))
                        : c.Format("cell.outlook.requiredPoints", ("remaining", remaining), ("points", text)));
                }
            }
            else if (a.RequiredRate is { } rate)
            {
                var shown = c.Format(new Percent(Math.Round(Math.Abs(rate.Value), 2, MidpointRounding.AwayFromZero)));
                var key = rate.Value < 0m ? "required.down" : "required.up";
                parts.Add(c.Format(sentence ? "explain.series." + key : "cell.outlook." + key, ("remaining", remaining), ("rate", shown)));
            }
        }
        return sentence ? string.Concat(parts) : string.Join(c["grammar.clauseSeparator"], parts);
    }

    /// <summary>A level moving away from its target, as the change since the base year (，比2020年下降1.5个百分点).</summary>
    private static string AwayFromBase(Catalogue c, TargetAssessment a, decimal shown, decimal baseValue, ReportingPeriod basePeriod, string indicator)
    {
        var change = Revealing.Difference(Revealing.Minus(shown, baseValue), Math.Max(shown.Scale, baseValue.Scale));
        var amount = a.Unit == Unit.Percent ? c.FormatProse(new PercentagePoints(change)) : c.FormatComputed(new Quantity(Math.Abs(change), a.Unit), indicator);
        return c.Format(change < 0m ? "explain.series.levelAway.down" : "explain.series.levelAway.up", ("year", c.Format(basePeriod)), ("amount", amount));
    }

    /// <summary>The end figure at the pace so far, in the target's terms and the decimals of its figure (at least one for a rate).</summary>
    private static string? Projected(Catalogue c, TargetAssessment a, decimal projected, decimal figure, string indicator)
    {
        var isRate = a.Measure is VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction or VerdictMeasure.AverageGrowth;
        // Taken to the decimals of the figures it projects (11.8件 projects to 15.0件, not 15件), at least one for a rate.
        var value = Revealing.Round(projected, figure, isRate ? 1 : a.Actual?.Scale ?? 0, published: false);
        string Percent(decimal v) => c.Format(new Percent(Math.Abs(v)));
        return a.Measure switch
        {
            VerdictMeasure.CumulativeGrowth => c.Format(value < 0m ? "projected.cumulativeDown" : "projected.cumulativeUp", ("value", Percent(value))),
            VerdictMeasure.CumulativeReduction => c.Format(value < 0m ? "projected.cumulativeUp" : "projected.cumulativeDown", ("value", Percent(value))),
            VerdictMeasure.Level => c.Format("projected.level", ("value", c.FormatComputed(new Quantity(value, a.Unit), indicator))),
            VerdictMeasure.LevelSum => c.Format("projected.sum", ("value", c.FormatComputed(new Quantity(value, a.Unit), indicator))),
            VerdictMeasure.Increase => c.Format("projected.increase", ("value", c.FormatComputed(new Quantity(value, a.Unit), indicator))),
            // An average's pace so far is the average itself: nothing to project.
            VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth or VerdictMeasure.EveryYear or VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim
                or VerdictMeasure.AnnualTargets => null,
        };
    }

    /// <summary>
    /// A span's figure as a cell shows it, with its years and what it is: 2021—2023年累计下降2.3%, 2021—2023年年均增长6.2%,
    /// 2023年66.16%, 2023年78.6岁，比2019年提高1.3岁; null for a figure of one period.
    /// </summary>
    internal static string? SpanCell(TargetEvaluation result, Catalogue c, decimal shown)
    {
        var a = result.Assessment;
        if (a.SpanYears is null || a.LatestYear is not { } latest)
        {
            return null;
        }
        var first = result.Target.Period.Year;
        var years = YearsText(c, first, latest);
        string Percent(decimal v) => c.Format(new Percent(Math.Abs(v)));
        return a.Measure switch
        {
            VerdictMeasure.CumulativeGrowth => c.Format(shown < 0m ? "cell.cumulativeDown" : "cell.cumulativeUp", ("years", years), ("actual", Percent(shown))),
            VerdictMeasure.CumulativeReduction => c.Format(shown < 0m ? "cell.cumulativeUp" : "cell.cumulativeDown", ("years", years), ("actual", Percent(shown))),
            VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets => c.Format(shown < 0m ? "cell.averageDown" : "cell.averageUp", ("years", years), ("actual", Percent(shown))),
            VerdictMeasure.LevelSum => c.Format("cell.sum", ("years", years), ("actual", Revealing.LevelText(result, c, shown))),
            VerdictMeasure.Level or VerdictMeasure.EveryYear => c.Format("cell.level", ("year", YearText(c, latest)), ("actual",
                a.Unit == Unit.Percent ? c.Format(new Percent(shown)) : Revealing.LevelText(result, c, shown))),
            VerdictMeasure.Increase => result.Observation?.Level is { } level && result.Baseline is { } baseline
                ? c.Format("cell.increase", ("year", YearText(c, latest)), ("actual", c.Format(level, result.Target.Indicator)), ("baseYear", c.Format(baseline.Period)),
                    ("change", c.Format(shown >= 0m ? "explain.series.change.up" : "explain.series.change.down", ("amount", c.FormatComputed(new Quantity(Math.Abs(shown), a.Unit), result.Target.Indicator)))))
                : null,
            VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.Task or VerdictMeasure.Aim => null,
        };
    }

    /// <summary>A run of years: 2023年 or 2021—2023年; 2023 or 2021–2023.</summary>
    internal static string YearsText(Catalogue c, int first, int last) =>
        last <= first ? YearText(c, Math.Max(first, last)) : c.Format(ReportingPeriod.ForSpan(first, last));

    /// <summary>A year (2023年, 2023), within the supported years.</summary>
    internal static string YearText(Catalogue c, int year) => c.Format(ReportingPeriod.ForYear(Math.Clamp(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear)));

    private static string YearClause(Catalogue c, int year) => c.Format("explain.series.year", ("year", YearText(c, year)));
}
