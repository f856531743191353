using System.Collections.Immutable;
using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>The zones' contributions to one indicator's growth, with their texts in the report's language.</summary>
/// <param name="Contribution">The contributions (the figures, unrounded).</param>
/// <param name="Indicator">The indicator's name.</param>
/// <param name="Period">The period's name (2024年1—9月, January–September 2024).</param>
/// <param name="Growth">The region's growth as the sum of the zones, to one decimal (8.3%).</param>
/// <param name="Parts">One line per zone, in the zones' first-seen order.</param>
public sealed record ReportContribution(ZoneContribution Contribution, string Indicator, string Period, string Growth, ImmutableArray<ReportContributionPart> Parts);
