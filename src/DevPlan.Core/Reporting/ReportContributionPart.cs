using DevPlan.Core.Calculations;

namespace DevPlan.Core.Reporting;

/// <summary>One zone's contribution to its region's growth, with its texts in the report's language.</summary>
/// <param name="Part">The contribution (the figures, unrounded).</param>
/// <param name="Zone">The zone's name.</param>
/// <param name="Share">Its share of the growth (贡献率) to one decimal, or a dash when the region did not change.</param>
/// <param name="Pull">Its pull on the region's growth (拉动) to two decimals, in percentage points with a sign.</param>
public sealed record ReportContributionPart(PartContribution Part, string Zone, string Share, string Pull);
