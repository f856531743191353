namespace DevPlan.Core.Attainment;

/// <summary>Why the zones' contributions to an indicator's growth are not computed (<see cref="ZoneContribution.Gap"/>).</summary>
public enum ZoneContributionGap
{
    /// <summary>Its growth is at comparable prices: contributions need constant-price increments, which current-price levels do not give.</summary>
    ComparablePrices,

    /// <summary>It is a ratio: ratios do not add up across zones.</summary>
    Ratio,

    /// <summary>The zones' levels of the same period a year earlier add up to zero or less: growth and pulls are undefined on that base.</summary>
    NonPositiveBase,

    /// <summary>The zones' levels add up, or their shares come out, beyond the range of exact decimal arithmetic.</summary>
    OutOfRange,
}
