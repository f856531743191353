using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting;

/// <summary>
/// A result's relation to a reference, as a results paragraph states it (高于全省2.4个百分点, 快于经济增速):
/// the model's observations have no place for it, so the draft keeps it beside the observation.
/// </summary>
/// <param name="Reference">The reference as written (全省, 全国平均水平, 经济增速).</param>
/// <param name="Above">Whether the result is above (高于, 快于) or below (低于, 慢于) the reference.</param>
/// <param name="Difference">The gap in percentage points, signed (negative below), when the text gives one.</param>
public sealed record DraftComparison(string Reference, bool Above, PercentagePoints? Difference);
