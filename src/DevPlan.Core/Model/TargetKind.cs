namespace DevPlan.Core;

/// <summary>What a target asks for.</summary>
public enum TargetKind
{
    /// <summary>A growth rate in percent over the same period of the previous year (增长7%).</summary>
    GrowthRate,

    /// <summary>An absolute level for the period (7.7亿美元, 1.65万人).</summary>
    Level,

    /// <summary>A reduction in percent (下降2.5%): met when the reduction is at least the figure.</summary>
    Reduction,

    /// <summary>A task judged completed or not, with no figure (完成能耗强度降低任务).</summary>
    Completion,

    /// <summary>
    /// An average annual growth over a span of years, in percent (年均增长7%以上): the geometric mean of
    /// the years' rates, (Π(1 + gᵢ))^(1/n) − 1.
    /// </summary>
    AverageAnnualGrowth,

    /// <summary>A change by an amount from the baseline, in the indicator's unit (人均预期寿命提高1岁).</summary>
    Increase,

    /// <summary>
    /// A growth rate relative to another indicator's (<see cref="Target.RelativeTo"/>), in the same
    /// period: higher than it (高于GDP增长), in step with it (与经济增长基本同步), with a figure that is the
    /// offset in percentage points (0 for none).
    /// </summary>
    Relative,

    /// <summary>A qualitative aim with no figure (保持在合理区间): judged only by a recorded assessment, never reported as missing data.</summary>
    Qualitative,

    /// <summary>
    /// A five-year target whose figure the annual plans set year by year (保持在合理区间、各年度视情提出): judged
    /// on the annual plans' growth targets of the same indicator and their outcomes, the years that met theirs and
    /// the span's average growth against the annual targets' average.
    /// </summary>
    SetEachYear,
}
