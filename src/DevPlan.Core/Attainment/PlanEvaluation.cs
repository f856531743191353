using System.Collections.Immutable;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>The verdicts on every target of a plan at a date, in plan order, with the zones' contributions to growth.</summary>
/// <param name="Plan">The plan evaluated.</param>
/// <param name="AsOf">The date of the evaluation.</param>
/// <param name="Policy">The policy applied.</param>
/// <param name="Results">One result per target, in the plan's order.</param>
public sealed record PlanEvaluation(Plan Plan, LocalDate AsOf, AttainmentPolicy Policy, ImmutableArray<TargetEvaluation> Results)
{
    /// <summary>Gets the zones' contributions to the growth of each indicator with zone figures, in plan order of the indicators.</summary>
    public ImmutableArray<ZoneContribution> ZoneContributions { get; init; } = [];

    /// <summary>Gets the indicators with zone figures whose contributions are not computed, and why.</summary>
    public ImmutableArray<ZoneContributionGap> ZoneContributionGaps { get; init; } = [];

    /// <summary>Counts the results with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of targets with that status.</returns>
    public int Count(AttainmentStatus status)
    {
        var count = 0;
        foreach (var result in Results)
        {
            if (result.Assessment.Status == status)
            {
                count++;
            }
        }
        return count;
    }
}
