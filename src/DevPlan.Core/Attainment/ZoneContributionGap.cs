namespace DevPlan.Core.Attainment;

/// <summary>An indicator with zone figures whose contributions are not computed, and why.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Reason">Why no contribution is computed.</param>
public sealed record ZoneContributionGap(Indicator Indicator, ZoneContributionGapReason Reason);

/// <summary>Why zone contributions are not computed for an indicator.</summary>
public enum ZoneContributionGapReason
{
    /// <summary>Its growth is at comparable prices: contributions need constant-price increments, which current-price levels do not give.</summary>
    ComparablePrices,

    /// <summary>It is a ratio: ratios do not add up across zones.</summary>
    Ratio,
}
