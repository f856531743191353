using DevPlan.Core.Calculations;

namespace DevPlan.Core.Reporting;

/// <summary>One zone's contribution to its region's growth, with its texts in the report's language.</summary>
public sealed record ReportContributionPart
{
    internal ReportContributionPart(PartContribution part, string zone, string share, string pull)
    {
        Part = part;
        Zone = zone;
        Share = share;
        Pull = pull;
    }

    /// <summary>Gets the contribution (the figures, unrounded).</summary>
    public PartContribution Part { get; }

    /// <summary>Gets the zone's name.</summary>
    public string Zone { get; }

    /// <summary>Gets its share of the growth (贡献率) to one decimal, or a dash when the region did not change.</summary>
    public string Share { get; }

    /// <summary>Gets its pull on the region's growth (拉动) to two decimals, in percentage points with a sign.</summary>
    public string Pull { get; }
}
