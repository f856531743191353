namespace DevPlan.Core.Attainment;

/// <summary>An indicator with zone figures whose contributions are not computed, and why.</summary>
public sealed record ZoneContributionGap
{
    internal ZoneContributionGap(Indicator indicator, ZoneContributionGapReason reason)
    {
        Indicator = indicator;
        Reason = reason;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets why no contribution is computed.</summary>
    public ZoneContributionGapReason Reason { get; }
}
