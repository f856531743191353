using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>The zones' contributions to one indicator's growth in a period (贡献率 and 拉动), from their levels now and a year earlier.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Period">The period: the latest of the plan year with every zone's level and the same period a year earlier.</param>
/// <param name="Breakdown">The region's growth (as the sum of the zones) and each zone's share and pull, in the zones' first-seen order.</param>
public sealed record ZoneContribution(Indicator Indicator, ReportingPeriod Period, ContributionBreakdown Breakdown);
