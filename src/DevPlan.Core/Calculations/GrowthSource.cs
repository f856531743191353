namespace DevPlan.Core.Calculations;

/// <summary>Where a growth rate came from.</summary>
public enum GrowthSource
{
    /// <summary>No rate: see <see cref="GrowthResult.Issue"/>.</summary>
    None,

    /// <summary>The growth rate as published (the only source for comparable-price indicators).</summary>
    Published,

    /// <summary>Computed from two levels of a nominal indicator.</summary>
    ComputedFromLevels,
}
