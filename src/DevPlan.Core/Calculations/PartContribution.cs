using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>One part's contribution to its whole's growth.</summary>
public sealed record PartContribution
{
    internal PartContribution(string name, Quantity increment, Percent? share, PercentagePoints pull)
    {
        Name = name;
        Increment = increment;
        Share = share;
        Pull = pull;
    }

    /// <summary>Gets the part's name or code.</summary>
    public string Name { get; }

    /// <summary>Gets its increment ΔY_i, in the finer unit of its two levels.</summary>
    public Quantity Increment { get; }

    /// <summary>Gets its contribution share ΔY_i / ΔY; null when the whole did not change (ΔY = 0).</summary>
    public Percent? Share { get; }

    /// <summary>Gets its pull ΔY_i / Y_{t−1} in percentage points.</summary>
    public PercentagePoints Pull { get; }
}
