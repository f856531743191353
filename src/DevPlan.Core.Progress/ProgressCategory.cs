namespace DevPlan.Core.Progress;

/// <summary>The Open SDG progress categories (Open SDG, from Statistics Canada's method).</summary>
public enum ProgressCategory
{
    /// <summary>The numeric target is already met.</summary>
    TargetAchieved,

    /// <summary>Substantial progress, on track (R ≥ 0.95, or P ≥ 1.5% a year without a target).</summary>
    Substantial,

    /// <summary>Moderate progress, acceleration needed (R ≥ 0.60, or P ≥ 0.5%).</summary>
    Moderate,

    /// <summary>Limited progress (R ≥ 0, or P ≥ 0).</summary>
    Limited,

    /// <summary>Deterioration (R or P below 0).</summary>
    Deterioration,

    /// <summary>No result: fewer than two points, a base year not before the current one, or values of opposite signs.</summary>
    NotAvailable,
}
