using System.Collections.Immutable;
using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>The whole's growth and each part's contribution to it.</summary>
public sealed record ContributionBreakdown
{
    internal ContributionBreakdown(Percent totalGrowth, Quantity totalIncrement, ImmutableArray<PartContribution> parts)
    {
        TotalGrowth = totalGrowth;
        TotalIncrement = totalIncrement;
        Parts = parts;
    }

    /// <summary>Gets the whole's growth ΣY_t / ΣY_{t−1} − 1.</summary>
    public Percent TotalGrowth { get; }

    /// <summary>Gets the whole's increment ΔY.</summary>
    public Quantity TotalIncrement { get; }

    /// <summary>Gets each part's contribution, in the order given.</summary>
    public ImmutableArray<PartContribution> Parts { get; }
}
