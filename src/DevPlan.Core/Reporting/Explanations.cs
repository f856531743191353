using DevPlan.Core.Attainment;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

/// <summary>
/// Targets and verdicts in words, as official statistical releases write them: a target as the plan
/// states it (增长7%左右, at least USD 770 million), and one sentence per verdict
/// (地区生产总值增长7.2%，高于目标（增长7%）0.2个百分点：完成。 GDP grew 7.2%, 0.2 pp above the target of 7%:
/// achieved.). Every word comes from the <see cref="Catalogue"/>.
/// </summary>
/// <remarks>
/// Figures are shown with the decimals they were published with; a computed figure is rounded to
/// the decimals of what it is compared with, and where rounding would hide the difference that
/// decided the verdict, more digits are shown (6.9996% against at least 7%). A difference of two
/// percentages is in percentage points (个百分点). A verdict that rests on a provisional or estimated
/// figure says so.
/// </remarks>
public static partial class Explanations
{
    /// <summary>Writes a target as the plan states it: 增长7%左右, 控制在5.5%以内, growth of at least 7%.</summary>
    /// <param name="target">The target.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <param name="related">The indicator a relative target compares with, for its name; the code is shown without it.</param>
    public static string Target(Target target, Catalogue catalogue, Indicator? related = null)
    {
        Preconditions.CheckNotNull(target);
        Preconditions.CheckNotNull(catalogue);
        if (target.Kind == TargetKind.Qualitative)
        {
            return target.Note is { } aim ? catalogue.Text(aim) : catalogue["target.qualitative"];
        }
        if (target.Figure is not { } figure)
        {
            return catalogue["target.completion"];
        }
        if (target.Kind == TargetKind.Relative)
        {
            var other = related is { } r ? catalogue.Text(r.Name) : target.RelativeTo ?? "";
            var relative = catalogue.Format($"target.relative.{QualifierKey(target.Qualifier!.Value)}", ("related", other));
            return figure.Value == 0m ? relative : relative + catalogue.Format("target.relative.offset", ("offset", catalogue.Format(new PercentagePoints(figure.Value))));
        }
        var text = catalogue.Format($"target.{KindKey(target)}.{QualifierKey(target.Qualifier!.Value)}", ("figure", Figure(target, figure, catalogue)));
        return target.Stretch is { } stretch
            ? text + Space(catalogue) + catalogue.Format("target.stretch", ("figure", Figure(target, stretch, catalogue)))
            : text;
    }

    /// <summary>Explains a verdict in one sentence, with the figures, the difference, the pace for in-year figures and the stretch verdict.</summary>
    /// <param name="result">The target's evaluation.</param>
    /// <param name="catalogue">The language.</param>
    /// <param name="policy">The policy the verdict was reached under (it decides which targets are ceilings); <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <returns>The sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> or <paramref name="catalogue"/> is null.</exception>
    public static string Explain(TargetEvaluation result, Catalogue catalogue, AttainmentPolicy? policy = null)
    {
        Preconditions.CheckNotNull(result);
        Preconditions.CheckNotNull(catalogue);
        policy ??= AttainmentPolicy.Default;
        var a = result.Assessment;
        var target = result.Target;
        var c = catalogue;
        var indicator = result.Indicator is { } i ? c.Text(i.Name) : target.Indicator;
        var status = c.Status(a.Status);
        if (target.Kind == TargetKind.Qualitative && a.Status != AttainmentStatus.NoData)
        {
            return ExplainSeries(result, c, policy, indicator, status);
        }
        if (a.Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable)
        {
            var sources = string.Join(c.IsChinese ? "、" : ", ", result.Sources.Select(s => c.Format(s.Period)));
            var reason = a.Reason == AttainmentReason.NoFigureFromPeriodStart ? c.Format("reason.noFigureFromPeriodStart", ("sources", sources)) : c.Reason(a.Reason);
            return c.Format("explain.notJudged", ("indicator", indicator), ("status", status), ("reason", reason));
        }
        if (target.Kind == TargetKind.Completion)
        {
            return c.Format(a.Actual == 1m ? "explain.completed" : "explain.notCompleted", ("indicator", indicator));
        }
        if (SeriesRule.Applies(target))
        {
            return ExplainSeries(result, c, policy, indicator, status);
        }
        var actual = a.Actual!.Value;
        var figure = a.Target!.Value;
        var better = target.Kind == TargetKind.Reduction || result.Indicator?.Direction != IndicatorDirection.LowerIsBetter ? 1 : -1;
        var ceiling = Verdicts.IsCeiling(target.Qualifier!.Value, better, policy);
        var period = !a.IsFinal && result.Observation is { } observation && observation.Period != target.Period
            ? Space(c) + c.Format("explain.period", ("period", c.Format(observation.Period)))
            : "";
        var provisional = result.Sources.Any(s => s.Status is not (ObservationStatus.Normal or ObservationStatus.Break))
            ? Space(c) + c["explain.provisional"]
            : "";
        var stretch = a.StretchStatus is { } stretchStatus && target.Stretch is { } stretchFigure
            ? c.Format("explain.stretch", ("stretch", c["grammar.comparisonTarget"] == "statement"
                    ? c.Format($"target.{KindKey(target)}.exactly", ("figure", Figure(target, stretchFigure, c)))
                    : Figure(target, stretchFigure, c)),
                ("status", c.Status(stretchStatus)))
            : "";
        // A ceiling is named by its figure (高于控制目标（5.5%以内）); other targets as the language's grammar says.
        var inComparison = !ceiling && c["grammar.comparisonTarget"] == "statement"
            ? Target(WithoutStretch(target), c)
            : c.Format($"figure.{QualifierKey(target.Qualifier.Value)}", ("figure", Figure(target, target.Figure!.Value, c)));
        // In-year pace: the share of the target done, or for a ceiling the share of the allowance used, against the time elapsed.
        if (a.ElapsedShare is { } elapsed && (a.Completion ?? UsedShare(a, ceiling, target)) is { } done)
        {
            var doneShown = Revealing.Share(done.Value, elapsed.Value);
            var paceGap = Revealing.Difference(done.Value - elapsed.Value, 1);
            var pace = paceGap == 0m ? c["explain.pace.even"]
                : c.Format(paceGap > 0m ? "explain.pace.ahead" : "explain.pace.behind", ("gap", c.Format(new PercentagePoints(paceGap))));
            return c.Format(a.Completion is null ? "explain.ceilingPace" : "explain.pace", ("indicator", indicator), ("actual", c.Format(new Quantity(actual, a.Unit))), ("period", period),
                ("done", c.Format(new Percent(doneShown))), ("scope", c[target.Period.Kind == Periods.PeriodKind.Year ? "explain.scope.year" : "explain.scope.other"]),
                ("target", inComparison), ("pace", pace), ("status", status), ("provisional", provisional), ("stretch", stretch));
        }
        var shown = Revealing.Actual(result);
        var gap = Revealing.Difference(actual - figure, Math.Max(shown.Scale, figure.Scale));
        var gapText = target.Kind == TargetKind.Level && a.Unit != Unit.Percent
            ? c.Format(new Quantity(Math.Abs(gap), a.Unit))
            : c.Format(new PercentagePoints(gap));
        var comparison = c.Format(ComparisonKey(target.Kind, ceiling, gap), ("gap", gapText), ("target", inComparison));
        if (target.Kind == TargetKind.Level)
        {
            return c.Format("explain.level", ("indicator", indicator), ("actual", c.Format(new Quantity(shown, a.Unit))), ("period", period),
                ("comparison", comparison), ("status", status), ("provisional", provisional), ("stretch", stretch));
        }
        var moved = target.Kind == TargetKind.Reduction
            ? c.Format(shown >= 0m ? "explain.reduction.down" : "explain.reduction.up", ("actual", c.Format(new Percent(Math.Abs(shown)))))
            : shown == 0m ? c["explain.moved.flat"]
            : c.Format(shown > 0m ? "explain.moved.up" : "explain.moved.down", ("actual", c.Format(new Percent(Math.Abs(shown)))));
        return c.Format(target.Kind == TargetKind.Reduction ? "explain.reduction" : "explain.growth", ("indicator", indicator), ("moved", moved), ("period", period),
            ("comparison", comparison), ("status", status), ("provisional", provisional), ("stretch", stretch));
    }

    /// <summary>The words comparing the figure with the target: above or below, a ceiling or a target, or level with it.</summary>
    private static string ComparisonKey(TargetKind kind, bool ceiling, decimal gap)
    {
        if (gap == 0m)
        {
            return ceiling ? "explain.atCeiling" : "explain.equal";
        }
        if (ceiling)
        {
            return gap > 0m ? "explain.aboveCeiling" : "explain.belowCeiling";
        }
        return kind == TargetKind.Level
            ? gap > 0m ? "explain.levelAbove" : "explain.levelBelow"
            : gap > 0m ? "explain.above" : "explain.below";
    }

    /// <summary>For a level ceiling during the year, the share of the allowance used so far; null otherwise.</summary>
    internal static Percent? UsedShare(TargetAssessment a, bool ceiling, Target target) =>
        ceiling && a.Kind == TargetKind.Level && !a.IsFinal && !SeriesRule.Applies(target) && a.ElapsedShare is not null && a.Actual is { } actual && a.Target is { } figure && figure != 0m
            ? Percent.FromFraction(actual / figure)
            : null;

    /// <summary>A figure of the target in its terms: a rate as a percent, a level as a quantity.</summary>
    private static string Figure(Target target, Quantity figure, Catalogue catalogue) =>
        Core.Target.FigureOf(target.Kind) == TargetFigure.Rate ? catalogue.Format(new Percent(figure.Value)) : catalogue.Format(figure);

    private static Target WithoutStretch(Target target) => target.Stretch is null ? target : new Target(target.Id, target.Indicator, target.Period, target.Kind, target.Qualifier, target.Figure, target.Nature);

    private static string Space(Catalogue catalogue) => catalogue["grammar.wordsSpaced"] == "true" ? " " : "";

    /// <summary>The catalogue's name of a target's kind: a growth or reduction over a span of years is cumulative (累计).</summary>
    internal static string KindKey(Target target) => target.Kind switch
    {
        TargetKind.GrowthRate => target.Period.Kind == Periods.PeriodKind.Span ? "cumulativeGrowth" : "growthRate",
        TargetKind.Reduction => target.Period.Kind == Periods.PeriodKind.Span ? "cumulativeReduction" : "reduction",
        TargetKind.Level => "level",
        TargetKind.Completion => "completion",
        TargetKind.AverageAnnualGrowth => "averageAnnualGrowth",
        TargetKind.Increase => "increase",
        TargetKind.Relative => "relative",
        TargetKind.Qualitative => "qualitative",
    };

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
