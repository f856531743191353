using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>One part's contribution to its whole's growth.</summary>
/// <param name="Name">The part's name or code.</param>
/// <param name="Increment">Its increment ΔY_i, in the finer unit of its two levels.</param>
/// <param name="Share">Its contribution share ΔY_i / ΔY; null when the whole did not change (ΔY = 0).</param>
/// <param name="Pull">Its pull ΔY_i / Y_{t−1} in percentage points.</param>
public sealed record PartContribution(string Name, Quantity Increment, Percent? Share, PercentagePoints Pull);
