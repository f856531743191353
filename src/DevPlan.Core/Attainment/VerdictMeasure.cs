namespace DevPlan.Core.Attainment;

/// <summary>
/// What the actual figure of a verdict measures, as the target's kind decides it: the words of the
/// sentence and the cells follow from it, so that a report never asks which kind a target is.
/// </summary>
public enum VerdictMeasure
{
    /// <summary>A growth rate over the same period a year earlier, in percent (增长7.2%).</summary>
    Growth,

    /// <summary>A reduction: the fall in percent (下降2.5%); a rise is a negative reduction.</summary>
    Reduction,

    /// <summary>A level in the target's unit (8.0亿美元, 5.2%).</summary>
    Level,

    /// <summary>A growth over the years of a span so far, the years' rates chained (累计增长).</summary>
    CumulativeGrowth,

    /// <summary>A fall over the years of a span so far, the years' rates chained (累计下降).</summary>
    CumulativeReduction,

    /// <summary>An average annual growth over the years so far, the geometric mean of their rates (年均增长).</summary>
    AverageGrowth,

    /// <summary>A flow's levels added over the years of a span so far (累计新增就业).</summary>
    LevelSum,

    /// <summary>The change of a level since the baseline, in the target's unit (比2020年提高1.3岁).</summary>
    Increase,

    /// <summary>An average annual growth compared with another indicator's over the same years (高于GDP增长).</summary>
    RelativeGrowth,

    /// <summary>A bound that must hold in every year: the figure of the year that decides (the first breach, or the latest year).</summary>
    EveryYear,

    /// <summary>A task, done or not (完成…任务): the actual is 1 for done, 0 for not.</summary>
    Task,

    /// <summary>A qualitative aim judged by a recorded assessment: the actual is 1 for met, 0 for not.</summary>
    Aim,

    /// <summary>
    /// The average annual growth over the years the annual plans judged, against the average of their growth
    /// targets (<see cref="TargetKind.SetEachYear"/>), in percent; <see cref="TargetAssessment.YearsMet"/> says
    /// how many of those years met their own target.
    /// </summary>
    AnnualTargets,
}
