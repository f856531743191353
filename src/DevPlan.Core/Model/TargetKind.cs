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
}
