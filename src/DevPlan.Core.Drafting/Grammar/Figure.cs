using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// A figure as written: its value exactly (1767.3 stays 1767.3), its unit (percent, per mille, 亿元,
/// 万人…; none when the text gives none), whether it is in percentage points (个百分点), and the
/// qualifier written after it (左右, 以上…).
/// </summary>
internal readonly record struct Figure(decimal Value, Unit? Unit, bool Points, TargetQualifier? Suffix)
{
    public bool IsRate => Unit == Units.Unit.Percent && !Points;
}
