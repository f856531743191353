using System.Collections.Immutable;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>The verdicts on every target of a plan at a date, in plan order, with the zones' contributions to growth.</summary>
public sealed record PlanEvaluation
{
    internal PlanEvaluation(Plan plan, LocalDate asOf, AttainmentPolicy policy, EvaluationColumns columns)
    {
        Plan = plan;
        AsOf = asOf;
        Policy = policy;
        Columns = columns;
    }

    /// <summary>Gets the plan evaluated.</summary>
    public Plan Plan { get; }

    /// <summary>Gets the date of the evaluation.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the policy applied.</summary>
    public AttainmentPolicy Policy { get; }

    /// <summary>
    /// Gets the results as columns (statuses, verdicts, bases), one entry per target in the plan's
    /// order: what to read when the verdicts of many targets are counted or filtered, since it makes
    /// no objects.
    /// </summary>
    internal EvaluationColumns Columns { get; }

    /// <summary>
    /// Gets one result per target, in the plan's order, with the observations each names. They are
    /// made on the first read (once, whichever thread reads first) and the same array is returned after.
    /// </summary>
    public ImmutableArray<TargetEvaluation> Results => Columns.Results();

    /// <summary>
    /// Gets the zones' contributions to the growth of each indicator with zone figures in the plan year, in plan
    /// order of the indicators: each with its breakdown, or the gap that keeps it from being computed (comparable
    /// prices, a ratio, a base of zero or less, a figure out of range). A nominal flow or stock whose zones lack a
    /// level in the same period a year earlier has neither.
    /// </summary>
    public ImmutableArray<ZoneContribution> ZoneContributions { get; internal init; } = [];

    /// <summary>Gets the observations offered that no target used, by reason (none dropped in silence).</summary>
    public UnusedObservations Unused { get; internal init; } = UnusedObservations.None;

    /// <summary>Counts the results with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of targets with that status.</returns>
    public int Count(AttainmentStatus status) => Columns.CountOf(status);
}
