using System.Collections.Immutable;
using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>The zones' contributions to one indicator's growth, with their texts in the report's language.</summary>
public sealed record ReportContribution
{
    internal ReportContribution(ZoneContribution contribution, string indicator, string period, string growth, ImmutableArray<ReportContributionPart> parts)
    {
        Contribution = contribution;
        Indicator = indicator;
        Period = period;
        Growth = growth;
        Parts = parts;
    }

    /// <summary>Gets the contributions (the figures, unrounded).</summary>
    public ZoneContribution Contribution { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Indicator { get; }

    /// <summary>Gets the period's name (2024年1—9月, January–September 2024).</summary>
    public string Period { get; }

    /// <summary>Gets the region's growth as the sum of the zones, to one decimal (8.3%).</summary>
    public string Growth { get; }

    /// <summary>Gets one line per zone, in the plan's order of the zones (those it does not declare after them, by code).</summary>
    public ImmutableArray<ReportContributionPart> Parts { get; }
}
