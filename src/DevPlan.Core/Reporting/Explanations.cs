using DevPlan.Core.Attainment;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

/// <summary>
/// Targets and verdicts in words, as official statistical releases write them: a target as the plan
/// states it (增长7%左右, at least USD 770 million), and one sentence per verdict
/// (地区生产总值增长7.2%，高于目标（增长7%左右）0.2个百分点：完成。 GDP grew 7.2%, 0.2 percentage points above the
/// target of about 7%: achieved.). Every word comes from the <see cref="Catalogue"/>.
/// </summary>
/// <remarks>
/// <para>A sentence reads the verdict (<see cref="TargetAssessment"/>) and nothing else decides it: what
/// the figure measures, how the target bounds it (a ceiling is kept within or breached, never exceeded;
/// an "about" target met short of its figure is broadly achieved), which direction is better, and
/// whether the verdict is final. The indicator gives its name and its verb (prices rise, 上涨).</para>
/// <para>Figures are shown with the decimals they were published with; a computed figure is rounded to
/// the decimals of what it is compared with, and where rounding would hide the difference that
/// decided the verdict, more digits are shown (6.9996% against at least 7%). A difference of two
/// percentages is in percentage points (个百分点). A verdict that rests on a provisional or estimated
/// figure says so.</para>
/// </remarks>
public static partial class Explanations
{
    /// <summary>Writes a target as the plan states it: 增长7%左右, 控制在5.5%以内, growth of at least 7%; a price target as a rise (涨幅3%左右).</summary>
    /// <param name="target">The target.</param>
    /// <param name="catalogue">The language.</param>
    /// <param name="related">The indicator a relative target compares with, for its name; the code is shown without it.</param>
    /// <param name="indicator">The target's indicator, for its verb (a price rises); a growth is assumed without it.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="catalogue"/> is null.</exception>
    public static string Target(Target target, Catalogue catalogue, Indicator? related = null, Indicator? indicator = null)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(catalogue);
        var kind = TargetKinds.For(target);
        var key = kind.StatementKey(target);
        if (target.Figure is not { } figure)
        {
            return target.Note is { } aim && kind.MeasureOf(target, indicator) == VerdictMeasure.Aim ? catalogue.Text(aim) : catalogue[$"target.{key}"];
        }
        if (kind.RelatedIndicator(target) is { } relatedCode)
        {
            var other = related is { } r ? catalogue.MidSentence(catalogue.Text(r.Name)) : relatedCode;
            var relative = catalogue.Format($"target.{key}.{QualifierKey(target.Qualifier!.Value)}", ("related", other));
            return figure.Value == 0m ? relative : relative + catalogue.Format("target.relative.offset", ("offset", catalogue.Format(new PercentagePoints(figure.Value))));
        }
        var text = catalogue.Format(StatementKey(key, indicator) + "." + QualifierKey(target.Qualifier!.Value), ("figure", Figure(target, figure, catalogue)));
        // Over a span, a level is the end year's unless it must hold every year: the statement says which (2025年65%, 每年控制在5.5%以内).
        if (target.Period.Kind == PeriodKind.Span && kind.MeasureOf(target, indicator) is VerdictMeasure.Level or VerdictMeasure.EveryYear)
        {
            text = target.EachYear
                ? catalogue.Format("target.eachYear", ("target", text))
                : catalogue.Format("target.endYear", ("target", text), ("year", catalogue.Format(ReportingPeriod.ForYear(target.Period.LastYear))));
        }
        return target.Stretch is { } stretch
            ? text + Space(catalogue) + catalogue.Format("target.stretch", ("figure", Figure(target, stretch, catalogue)))
            : text;
    }

    /// <summary>Explains a verdict in one sentence, with the figures, the difference, the pace for in-year figures and the stretch verdict.</summary>
    /// <param name="result">The target's evaluation.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="catalogue"/> is null.</exception>
    public static string Explain(TargetEvaluation result, Catalogue catalogue)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(catalogue);
        var a = result.Assessment;
        var c = catalogue;
        var indicator = result.Indicator is { } i ? c.Text(i.Name) : result.Target.Indicator;
        if (a.Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable)
        {
            return NotJudged(result, c, indicator);
        }
        return a.Measure switch
        {
            VerdictMeasure.Task => c.Format(a.Actual == 1m ? "explain.completed" : "explain.notCompleted", ("indicator", indicator)),
            VerdictMeasure.Aim => c.Format("explain.qualitativeAssessed", ("indicator", indicator), ("aim", Aim(result, c)), ("status", c.Verdict(a))),
            VerdictMeasure.Growth or VerdictMeasure.Reduction => ExplainRate(result, c, indicator),
            VerdictMeasure.Level when a.LatestYear is null => ExplainLevel(result, c, indicator),
            VerdictMeasure.Level or VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction or VerdictMeasure.AverageGrowth or VerdictMeasure.LevelSum
                or VerdictMeasure.Increase or VerdictMeasure.RelativeGrowth or VerdictMeasure.EveryYear => ExplainSeries(result, c, indicator),
            VerdictMeasure.AnnualTargets => ExplainAnnualTargets(result, c, indicator),
        };
    }

    /// <summary>A verdict that could not be reached: no figure for the period, or the reason, with the years it concerns.</summary>
    private static string NotJudged(TargetEvaluation result, Catalogue c, string indicator)
    {
        var a = result.Assessment;
        var target = result.Target;
        if (a.Measure == VerdictMeasure.Aim && a.Reason == AttainmentReason.QualitativeAim)
        {
            return c.Format("explain.qualitative", ("indicator", indicator), ("aim", Aim(result, c)));
        }
        var status = c.Verdict(a);
        var reason = a.Reason switch
        {
            AttainmentReason.NoObservation => null,
            AttainmentReason.NoFigureFromPeriodStart => c.Format("reason.noFigureFromPeriodStart.detail",
                ("sources", string.Join(c["grammar.seriesSeparator"], result.Sources.Select(s => c.Format(s.Period))))),
            AttainmentReason.FiguresEndBeforePeriodEnd when a.MissingYear is { } missing => a.LatestYear is { } latest
                ? c.Format("reason.figuresEndBeforePeriodEnd.detail", ("missing", YearsText(c, missing, target.Period.LastYear)), ("latest", YearText(c, latest)))
                : c.Format("reason.figuresEndBeforePeriodEnd.none", ("missing", YearsText(c, missing, target.Period.LastYear))),
            AttainmentReason.MissingYearOfBound or AttainmentReason.MissingYear when a.MissingYear is { } missing =>
                c.Format(a.Reason == AttainmentReason.MissingYear ? "reason.missingYear.detail" : "reason.missingYearOfBound.detail", ("year", YearText(c, missing))),
            AttainmentReason.FiguresEndBeforePeriodEnd or AttainmentReason.MissingYearOfBound or AttainmentReason.MissingYear or AttainmentReason.None
                or AttainmentReason.ComparablePricesNeedPublishedGrowth or AttainmentReason.MissingGrowth or AttainmentReason.NonPositiveBase
                or AttainmentReason.MissingLevel or AttainmentReason.CompletionNeedsYesNo or AttainmentReason.TaskDueAtPeriodEnd
                or AttainmentReason.ObservationOutsidePeriod or AttainmentReason.UnknownIndicator or AttainmentReason.QualitativeAim
                or AttainmentReason.MissingBaseline or AttainmentReason.MissingRelatedFigure or AttainmentReason.GrowthOfMinus100OrLess
                or AttainmentReason.OutOfRange or AttainmentReason.NoAnnualTargets => c.Reason(a.Reason),
        };
        return reason is null
            ? c.Format("explain.noData", ("indicator", indicator), ("period", c.Format(target.Period)))
            : c.Format("explain.notJudged", ("indicator", indicator), ("status", status), ("reason", reason));
    }

    /// <summary>A growth or a reduction of one period (增长7.2%，高于目标（增长7%左右）0.2个百分点：完成。).</summary>
    private static string ExplainRate(TargetEvaluation result, Catalogue c, string indicator)
    {
        var a = result.Assessment;
        var target = result.Target;
        var actual = a.Actual!.Value;
        var figure = a.Target!.Value;
        var shown = Revealing.Actual(result);
        var gap = Revealing.Difference(Revealing.Minus(actual, figure), Math.Max(shown.Scale, figure.Scale));
        var comparison = c.Format(ComparisonKey(a, gap, level: false), ("gap", c.FormatProse(new PercentagePoints(gap))), ("target", InComparison(result, c)),
            ("nature", NatureInComparison(result.Target, c)));
        var moved = a.Measure == VerdictMeasure.Reduction
            ? c.Format(shown >= 0m ? "explain.reduction.down" : "explain.reduction.up", ("actual", c.Format(new Percent(Math.Abs(shown)))))
            : Moved(result, c, shown);
        return c.Format(a.Measure == VerdictMeasure.Reduction ? "explain.reduction" : "explain.growth", ("indicator", indicator), ("moved", moved), ("period", PeriodClause(result, c)),
            ("comparison", comparison), ("status", SentenceStatus(result, c)), ("provisional", Provisional(result, c)), ("stretch", Stretch(result, c)));
    }

    /// <summary>A level of one period, final or judged on pace (完成年度目标的54.5%，快于序时进度4.5个百分点).</summary>
    private static string ExplainLevel(TargetEvaluation result, Catalogue c, string indicator)
    {
        var a = result.Assessment;
        var target = result.Target;
        var actual = a.Actual!.Value;
        var figure = a.Target!.Value;
        var period = PeriodClause(result, c);
        if (a.ElapsedShare is { } elapsed && (a.Completion ?? a.UsedShare) is { } done)
        {
            var doneShown = Revealing.Share(done.Value, elapsed.Value);
            var paceGap = Revealing.Difference(Revealing.Minus(done.Value, elapsed.Value), 1);
            var pace = paceGap == 0m ? c["explain.pace.even"]
                : c.Format(paceGap > 0m ? "explain.pace.ahead" : "explain.pace.behind", ("gap", c.FormatProse(new PercentagePoints(paceGap))));
            return c.Format(a.Completion is null ? "explain.ceilingPace" : "explain.pace", ("indicator", indicator), ("actual", Revealing.LevelText(result, c, actual)), ("period", period),
                ("done", c.Format(new Percent(doneShown))), ("scope", c[target.Period.Kind == PeriodKind.Year ? "explain.scope.year" : "explain.scope.other"]),
                ("target", InComparison(result, c)), ("pace", pace), ("status", SentenceStatus(result, c)), ("provisional", Provisional(result, c)), ("stretch", Stretch(result, c)));
        }
        var shown = Revealing.Actual(result);
        var gap = Revealing.Difference(Revealing.Minus(actual, figure), Math.Max(shown.Scale, figure.Scale));
        var comparison = c.Format(ComparisonKey(a, gap, level: true), ("gap", GapText(c, a, gap, result.Target.Indicator)), ("target", InComparison(result, c)), ("nature", NatureInComparison(result.Target, c)));
        return c.Format("explain.level", ("indicator", indicator), ("actual", Revealing.LevelText(result, c, shown)), ("period", period),
            ("comparison", comparison), ("status", SentenceStatus(result, c)), ("provisional", Provisional(result, c)), ("stretch", Stretch(result, c)));
    }

    /// <summary>The words comparing a figure with its target, by the verdict's bound: above or below a target, within or above a ceiling, or level with it.</summary>
    private static string ComparisonKey(TargetAssessment a, decimal gap, bool level)
    {
        if (a.Bound == TargetBound.Ceiling)
        {
            return gap == 0m ? "explain.atCeiling" : gap > 0m ? "explain.aboveCeiling" : "explain.withinCeiling";
        }
        if (gap == 0m)
        {
            return "explain.equal";
        }
        return level
            ? gap > 0m ? "explain.levelAbove" : "explain.levelBelow"
            : gap > 0m ? "explain.above" : "explain.below";
    }

    /// <summary>The target as named in a comparison: a ceiling and a figure by its figure (高于控制目标（5.5%以内）), others as the language's grammar says.</summary>
    private static string InComparison(TargetEvaluation result, Catalogue c, bool statement = false)
    {
        var a = result.Assessment;
        var target = result.Target;
        return a.Bound != TargetBound.Ceiling && (statement || c["grammar.comparisonTarget"] == "statement")
            ? Target(WithoutStretch(target), c, result.RelatedIndicator, result.Indicator)
            : c.Format($"{(a.Bound == TargetBound.Ceiling ? "comparison.ceiling" : "comparison.figure")}.{QualifierKey(target.Qualifier!.Value)}", ("figure", Figure(target, target.Figure!.Value, c)));
    }

    /// <summary>The nature of a target as a comparison names it: 预期, 约束性 (高于7%的预期目标); nothing in English.</summary>
    private static string NatureInComparison(Target target, Catalogue c) => c[target.Nature switch
    {
        TargetNature.Expected => "nature.comparison.expected",
        TargetNature.Binding => "nature.comparison.binding",
        TargetNature.Unstated => "nature.comparison.unstated",
    }];

    /// <summary>The verdict as a sentence ends with it: a final verdict on a target of one year says so (完成年度目标).</summary>
    private static string SentenceStatus(TargetEvaluation result, Catalogue c)
    {
        var a = result.Assessment;
        var status = c.Verdict(a);
        return a.IsFinal && result.Target.Period.Kind == PeriodKind.Year && a.Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded or AttainmentStatus.NotAchieved
            ? c.Format("explain.status.ofYear", ("status", status))
            : status;
    }

    /// <summary>How a growth moved, in the indicator's verb: grew, rose, fell, did not change.</summary>
    private static string Moved(TargetEvaluation result, Catalogue c, decimal shown)
    {
        var verb = result.Indicator?.Change == ChangeVerb.Rise ? "rise" : "grow";
        return shown == 0m ? c["explain.moved.flat"]
            : c.Format(shown > 0m ? $"explain.moved.{verb}.up" : $"explain.moved.{verb}.down", ("actual", c.Format(new Percent(Math.Abs(shown)))));
    }

    /// <summary>The period of an in-year figure (2024年1—6月，), or nothing for a final one.</summary>
    private static string PeriodClause(TargetEvaluation result, Catalogue c) =>
        result.Assessment.Stage == VerdictStage.InProgress && result.Observation is { } observation && observation.Period != result.Target.Period
            ? Space(c) + c.Format("explain.period", ("period", c.Format(observation.Period)))
            : "";

    /// <summary>A gap in the target's own terms: percentage points for percents, the unit otherwise.</summary>
    private static string GapText(Catalogue c, TargetAssessment a, decimal gap, string indicator) =>
        a.Unit == Unit.Percent ? c.FormatProse(new PercentagePoints(gap)) : c.FormatComputed(new Quantity(Math.Abs(gap), a.Unit), indicator);

    /// <summary>What the verdict rests on beyond its figure: a provisional or estimated figure, and after a span the years without figures.</summary>
    private static string Provisional(TargetEvaluation result, Catalogue c)
    {
        var a = result.Assessment;
        var provisional = result.Sources.Any(s => s.Status is not (ObservationStatus.Normal or ObservationStatus.Break)) ? Space(c) + c["explain.provisional"] : "";
        return a switch
        {
            { Stage: VerdictStage.PeriodEnded, MissingYear: { } missing } => provisional + c.Format("explain.figuresMissing", ("missing", YearsText(c, missing, result.Target.Period.LastYear))),
            { Stage: VerdictStage.InProgress, SpanYears: not null, MissingYear: { } gap, LatestYear: { } latest } when gap > latest =>
                provisional + c.Format("explain.figuresUpTo", ("latest", YearText(c, latest))),
            _ => provisional,
        };
    }

    private static string Stretch(TargetEvaluation result, Catalogue c)
    {
        var a = result.Assessment;
        var target = result.Target;
        if (a.StretchStatus is not { } stretchStatus || target.Stretch is not { } stretchFigure)
        {
            return "";
        }
        var key = StatementKey(TargetKinds.For(target).StatementKey(target), result.Indicator);
        return c.Format("explain.stretch", ("stretch", c["grammar.comparisonTarget"] == "statement"
                ? c.Format($"target.{key}.exactly", ("figure", Figure(target, stretchFigure, c)))
                : Figure(target, stretchFigure, c)),
            ("status", c.Status(stretchStatus)));
    }

    private static string Aim(TargetEvaluation result, Catalogue c) => result.Target.Note is { } note ? c.Text(note) : c["target.qualitative"];

    /// <summary>A figure of the target in its terms: a rate as a percent, a level as a quantity.</summary>
    private static string Figure(Target target, Quantity figure, Catalogue catalogue) =>
        TargetKindShapes.FigureOf(target.Kind) == TargetFigure.Rate ? catalogue.Format(new Percent(figure.Value)) : catalogue.Format(figure, target.Indicator);

    private static Target WithoutStretch(Target target) => target.Stretch is null ? target : new Target(target.Id, target.Indicator, target.Period, target.Kind, target.Qualifier, target.Figure, target.Nature)
    {
        Zone = target.Zone,
        RelativeTo = target.RelativeTo,
        EachYear = target.EachYear,
        Note = target.Note,
    };

    private static string Space(Catalogue catalogue) => catalogue["grammar.wordsSpaced"] == "true" ? " " : "";

    /// <summary>A kind's statement key in the indicator's verb: a price's growth target is a rise (涨幅).</summary>
    private static string StatementKey(string key, Indicator? indicator) =>
        "target." + (indicator?.Change == ChangeVerb.Rise && key == "growthRate" ? "priceRise" : key);

    internal static string QualifierKey(TargetQualifier qualifier) => qualifier switch
    {
        TargetQualifier.About => "about",
        TargetQualifier.AtLeast => "atLeast",
        TargetQualifier.AtMost => "atMost",
        TargetQualifier.Exactly => "exactly",
        TargetQualifier.GreaterThan => "greaterThan",
        TargetQualifier.LessThan => "lessThan",
    };
}
