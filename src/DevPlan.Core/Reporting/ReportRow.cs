using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>One target of a report, with its texts in the report's language.</summary>
/// <param name="Result">The target's evaluation (the figures, unrounded).</param>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Zone">The zone's name, or the name of the whole region.</param>
/// <param name="Target">The target as the plan states it (增长7%左右).</param>
/// <param name="Actual">The figure judged (7.2%, 8.0亿美元, 已完成), or a dash.</param>
/// <param name="Gap">The difference from the target (+0.2个百分点, +0.3亿美元), or a dash.</param>
/// <param name="Pace">The in-year pace (完成54.5%，序时进度50.0%（+4.5个百分点）), or empty.</param>
/// <param name="Status">The verdict's word.</param>
/// <param name="Explanation">The verdict in one sentence.</param>
/// <param name="Note">The target's note, if the plan gives one.</param>
/// <param name="IsProvisional">Whether the verdict rests on a provisional or estimated figure.</param>
public sealed record ReportRow(
    TargetEvaluation Result, string Indicator, string Zone, string Target, string Actual, string Gap, string Pace, string Status, string Explanation, string? Note, bool IsProvisional);
