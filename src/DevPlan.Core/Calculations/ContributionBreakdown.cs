using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>
/// The whole's growth and each part's contribution to it: contribution shares (贡献率) and pulls (拉动) of
/// parts (zones, sectors) to the growth of their whole (<see cref="Compute"/>). Feed constant-price
/// increments for growth at comparable prices.
/// </summary>
/// <remarks>
/// Share_i = ΔY_i / ΔY × 100% and pull_i = ΔY_i / Y_{t−1} × 100 percentage points = g × share_i.
/// Shares sum to 100% and pulls to the whole's growth, exactly up to decimal rounding (within
/// 10^-20 for any realistic number of parts).
/// </remarks>
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

    /// <summary>Computes each part's increment, share and pull, with the whole taken as the sum of the parts.</summary>
    /// <param name="parts">The parts, each with its level a year earlier and now, in one dimension.</param>
    /// <returns>The whole's growth and each part's contribution, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no parts, or a part is null.</exception>
    /// <exception cref="UnitMismatchException">The parts have different dimensions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The whole's earlier level is zero or negative.</exception>
    public static ContributionBreakdown Compute(IEnumerable<ContributionPart> parts)
    {
        Preconditions.CheckNotNull(parts);
        var list = parts.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Expected at least one part.", nameof(parts));
        }
        var missing = list.IndexOf(null!);
        if (missing >= 0)
        {
            throw new ArgumentException($"Expected no null parts, but part {missing} is null.", nameof(parts));
        }
        var previousTotal = list[0].Previous;
        var currentTotal = list[0].Current;
        for (var i = 1; i < list.Count; i++)
        {
            previousTotal += list[i].Previous;
            currentTotal += list[i].Current;
        }
        if (previousTotal.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), previousTotal.Value, $"Pulls are undefined on a zero or negative base ({previousTotal}).");
        }
        var totalIncrement = currentTotal - previousTotal;
        var builder = ImmutableArray.CreateBuilder<PartContribution>(list.Count);
        foreach (var part in list)
        {
            var increment = part.Current - part.Previous;
            Percent? share = totalIncrement.Value == 0m ? null : Percent.FromFraction(increment / totalIncrement);
            builder.Add(new PartContribution(part.Name, increment, share, new PercentagePoints(increment / previousTotal * 100m)));
        }
        return new ContributionBreakdown(Percent.FromFactor(currentTotal / previousTotal), totalIncrement, builder.MoveToImmutable());
    }
}
