using System.Collections.Immutable;
using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>The whole's growth and each part's contribution to it.</summary>
/// <param name="TotalGrowth">The whole's growth ΣY_t / ΣY_{t−1} − 1.</param>
/// <param name="TotalIncrement">The whole's increment ΔY.</param>
/// <param name="Parts">Each part's contribution, in the order given.</param>
public sealed record ContributionBreakdown(Percent TotalGrowth, Quantity TotalIncrement, ImmutableArray<PartContribution> Parts);
