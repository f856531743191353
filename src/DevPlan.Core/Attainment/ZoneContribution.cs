using System.Diagnostics.CodeAnalysis;
using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The zones' contributions to one indicator's growth in a period (贡献率 and 拉动), from their levels now and
/// a year earlier: a <see cref="Breakdown"/>, or the <see cref="Gap"/> that keeps it from being computed, as a
/// <see cref="GrowthResult"/> has a rate or an issue.
/// </summary>
public sealed record ZoneContribution
{
    internal ZoneContribution(Indicator indicator, ReportingPeriod period, ContributionBreakdown breakdown)
    {
        Indicator = indicator;
        Period = period;
        Breakdown = breakdown;
    }

    internal ZoneContribution(Indicator indicator, ReportingPeriod period, ZoneContributionGap gap)
    {
        Indicator = indicator;
        Period = period;
        Gap = gap;
    }

    /// <summary>Gets the indicator.</summary>
    public Indicator Indicator { get; }

    /// <summary>
    /// Gets the period: the latest of the plan year with zone levels. A breakdown has every zone's level then and
    /// in the same period a year earlier.
    /// </summary>
    public ReportingPeriod Period { get; }

    /// <summary>
    /// Gets the region's growth (as the sum of the zones) and each zone's share and pull, in the zones' plan
    /// order; null when <see cref="Gap"/> says why there is none.
    /// </summary>
    public ContributionBreakdown? Breakdown { get; }

    /// <summary>Gets why no contribution is computed, or null when <see cref="Breakdown"/> holds them.</summary>
    public ZoneContributionGap? Gap { get; }

    /// <summary>Gets whether the contributions are computed: <see cref="Breakdown"/> holds them (and <see cref="Gap"/> is null).</summary>
    [MemberNotNullWhen(true, nameof(Breakdown))]
    [MemberNotNullWhen(false, nameof(Gap))]
    public bool IsComputed => Breakdown is not null;
}
