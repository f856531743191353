namespace DevPlan.Core.Attainment;

/// <summary>An indicator with zone figures whose contributions are not computed, and why.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Reason">Why no contribution is computed.</param>
public sealed record ZoneContributionGap(Indicator Indicator, ZoneContributionGapReason Reason);
