using DevPlan.Core.Attainment;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public static partial class Explanations
{
    /// <summary>
    /// The actual figure of a verdict as a report's cell shows it: in the target's terms (a rate, a
    /// level with its unit, 已完成 for a task done), with the decimals that never contradict the verdict; over
    /// a span, with its years (2021—2023年累计下降2.3%). A dash when there is no figure.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Actual(TargetEvaluation result, Catalogue catalogue)
    {
        Preconditions.CheckNotNull(result);
        var c = Preconditions.CheckNotNull(catalogue);
        var a = result.Assessment;
        if (a.Actual is not { } actual)
        {
            return "–";
        }
        if (a.SpanYears is not null && a.Measure is not (VerdictMeasure.Task or VerdictMeasure.Aim) && SpanCell(result, c, Revealing.Actual(result)) is { } span)
        {
            return span; // a span's figure with its years and what it is: 2021—2023年累计下降2.3%
        }
        return a.Measure switch
        {
            VerdictMeasure.Task => c[actual == 1m ? "label.completed" : "label.notCompleted"],
            VerdictMeasure.Aim => c.Verdict(a),
            VerdictMeasure.Level or VerdictMeasure.LevelSum => Revealing.LevelText(result, c, Revealing.Actual(result)),
            VerdictMeasure.Increase => c.FormatComputed(new Quantity(Revealing.Actual(result), a.Unit), result.Target.Indicator),
            VerdictMeasure.EveryYear => a.Unit == Unit.Percent ? c.Format(new Percent(Revealing.Actual(result))) : c.Format(new Quantity(Revealing.Actual(result), a.Unit), result.Target.Indicator),
            VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction
                or VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets => c.Format(new Percent(Revealing.Actual(result))),
        };
    }

    /// <summary>
    /// The gap of a verdict (actual − target) as a report's cell shows it, with its sign: in percentage
    /// points for rates, in the unit for levels; never shown as zero when it is not. A dash when there is none.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Gap(TargetEvaluation result, Catalogue catalogue)
    {
        Preconditions.CheckNotNull(result);
        var c = Preconditions.CheckNotNull(catalogue);
        var a = result.Assessment;
        if (ShownGap(result) is not { } gap)
        {
            return "–";
        }
        return a.Unit == Unit.Percent
            ? c.FormatSigned(new PercentagePoints(gap))
            : (gap > 0m ? "+" : "") + c.FormatComputed(new Quantity(gap, a.Unit), result.Target.Indicator);
    }

    /// <summary>
    /// The pace of a verdict during its period as a report's cell shows it: the share done against the
    /// share elapsed (完成63.2%，时间过半58.3%); over a span, the way done, the end figure at the pace
    /// so far and what the remaining years need. Empty when there is no pace to show.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Pace(TargetEvaluation result, Catalogue catalogue)
    {
        Preconditions.CheckNotNull(result);
        var c = Preconditions.CheckNotNull(catalogue);
        var a = result.Assessment;
        if (a.SpanYears is not null)
        {
            // The mid-course review: the share of the way done and of the span elapsed (a negative share means the figure moved away),
            // the end figure at the pace so far, and what the remaining years need.
            var progress = a.ElapsedShare is { } share && a.Completion is { } way && way.Value >= 0m && !a.IsFinal && a.Status != AttainmentStatus.AchievedEarly
                ? c.Format("label.spanPaceText", ("done", c.Format(new Percent(Revealing.Share(way.Value, share.Value)))),
                    ("elapsed", c.Format(new Percent(Math.Round(share.Value, 1, MidpointRounding.AwayFromZero)))))
                : "";
            var outlook = Outlook(result, c, sentence: false);
            return progress.Length > 0 && outlook.Length > 0 ? progress + c["grammar.clauseSeparator"] + outlook : progress + outlook;
        }
        if (a.ElapsedShare is not { } elapsed || (a.Completion ?? a.UsedShare) is not { } done)
        {
            return "";
        }
        return c.Format(a.Completion is null ? "label.ceilingPaceText" : "label.paceText",
            ("done", c.Format(new Percent(Revealing.Share(done.Value, elapsed.Value)))),
            ("elapsed", c.Format(new Percent(Math.Round(elapsed.Value, 1, MidpointRounding.AwayFromZero)))),
            ("gap", c.FormatSigned(new PercentagePoints(Revealing.Difference(Revealing.Minus(done.Value, elapsed.Value), 1)))));
    }

    /// <summary>
    /// The actual figure of a verdict as a number, rounded as the report's cells show it (a published
    /// figure as published, a computed rate to the decimals that reveal how it compares with its
    /// target); 1 or 0 for a task or an aim; null when there is no figure.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static decimal? ShownActual(TargetEvaluation result)
    {
        var a = Preconditions.CheckNotNull(result).Assessment;
        return a.Actual is null ? null : a.Measure is VerdictMeasure.Task or VerdictMeasure.Aim ? a.Actual : Revealing.Actual(result);
    }

    /// <summary>
    /// The gap of a verdict as a number, to the decimals of its figures as shown (one decimal against a
    /// computed reference), never rounded to zero or across its sign; null when there is no gap.
    /// </summary>
    /// <param name="result">The result.</param>
    /// <returns>The gap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static decimal? ShownGap(TargetEvaluation result)
    {
        var a = Preconditions.CheckNotNull(result).Assessment;
        return a is { Gap: { } gap, Target: { } target, Actual: not null }
            ? Revealing.Difference(gap, a.Measure is VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets ? 1 : Math.Max(Revealing.Actual(result).Scale, target.Scale))
            : a.Gap;
    }
}
