using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>The zones' contributions to one indicator's growth in a period (贡献率 and 拉动), from their levels now and a year earlier.</summary>
public sealed record ZoneContribution
{
    internal ZoneContribution(Indicator indicator, ReportingPeriod period, ContributionBreakdown breakdown)
    {
        Indicator = indicator;
        Period = period;
        Breakdown = breakdown;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>Gets the period: the latest of the plan year with every zone's level and the same period a year earlier.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the region's growth (as the sum of the zones) and each zone's share and pull, in the zones' first-seen order.</summary>
    public ContributionBreakdown Breakdown { get; }
}
