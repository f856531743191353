using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>Evaluates every target of a plan against a set of observations at a date.</summary>
public static class PlanEvaluator
{
    /// <summary>
    /// Evaluates each target of the plan, in plan order. For each target the observation used is,
    /// among those of its indicator and zone whose period lies within the target's period and has
    /// ended by <paramref name="asOf"/>, the one that ends latest; among those, the one covering the
    /// most of the period (a January–May cumulative figure over the May figure); among equals, the
    /// last given (a revision replaces the figure before it). The same period a year earlier, for a
    /// nominal growth computed from levels, is looked up in the observations and then in the plan's
    /// baselines.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">The observations; figures of other indicators or zones are ignored.</param>
    /// <param name="asOf">The date of the evaluation; periods ending after it are not yet known.</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="observations"/> is null.</exception>
    /// <exception cref="UnitMismatchException">An observation's level is in another dimension than its target.</exception>
    public static PlanEvaluation Evaluate(Plan plan, IEnumerable<Observation> observations, LocalDate asOf, AttainmentPolicy? policy = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(observations);
        policy ??= AttainmentPolicy.Default;
        var byKey = new Dictionary<(string Indicator, ZoneScope Zone), List<Observation>>();
        foreach (var observation in observations)
        {
            Preconditions.CheckNotNull(observation, nameof(observations));
            Add(byKey, observation);
        }
        var results = ImmutableArray.CreateBuilder<TargetEvaluation>(plan.Targets.Length);
        foreach (var target in plan.Targets)
        {
            var indicator = plan.FindIndicator(target.Indicator);
            var candidates = byKey.GetValueOrDefault((target.Indicator, target.Zone));
            var chosen = Choose(candidates, target.Period, asOf);
            if (indicator is null)
            {
                results.Add(UnknownIndicator(target, chosen));
                continue;
            }
            var lastYear = chosen is null ? null : FindSamePeriodLastYear(candidates, plan, target, chosen.Period);
            results.Add(new TargetEvaluation(target, indicator, chosen, TargetAssessor.Assess(target, indicator, chosen, asOf, policy, lastYear)));
        }
        return new PlanEvaluation(plan, asOf, policy, results.MoveToImmutable());
    }

    private static void Add(Dictionary<(string, ZoneScope), List<Observation>> byKey, Observation observation)
    {
        var key = (observation.Indicator, observation.Zone);
        if (!byKey.TryGetValue(key, out var list))
        {
            byKey[key] = list = [];
        }
        list.Add(observation);
    }

    private static Observation? Choose(List<Observation>? candidates, ReportingPeriod period, LocalDate asOf)
    {
        Observation? best = null;
        foreach (var candidate in candidates ?? [])
        {
            if (IsEligible(period, candidate.Period, asOf) && (best is null || IsAtLeastAsGood(candidate.Period, best.Period)))
            {
                best = candidate;
            }
        }
        return best;
    }

    /// <summary>Whether a figure of <paramref name="candidate"/> can stand for a target of <paramref name="target"/> at <paramref name="asOf"/>.</summary>
    internal static bool IsEligible(ReportingPeriod target, ReportingPeriod candidate, LocalDate asOf) => target.Contains(candidate) && candidate.End <= asOf;

    /// <summary>
    /// Whether a later-given candidate replaces the best so far: it ends later, or ends the same day
    /// and starts no later (covers at least as much); an equal period replaces (a revision).
    /// </summary>
    internal static bool IsAtLeastAsGood(ReportingPeriod candidate, ReportingPeriod best)
    {
        var byEnd = candidate.End.CompareTo(best.End);
        return byEnd > 0 || (byEnd == 0 && candidate.Start <= best.Start);
    }

    /// <summary>The plan's baseline for the target's indicator and zone in a period, the last given if several.</summary>
    internal static Observation? BaselineFor(Plan plan, Target target, ReportingPeriod period)
    {
        Observation? found = null;
        foreach (var baseline in plan.Baselines)
        {
            if (baseline.Period == period && baseline.Zone == target.Zone && string.Equals(baseline.Indicator, target.Indicator, StringComparison.Ordinal))
            {
                found = baseline;
            }
        }
        return found;
    }

    /// <summary>The verdict for a target whose indicator the plan does not declare.</summary>
    internal static TargetEvaluation UnknownIndicator(Target target, Observation? chosen) =>
        new(target, null, chosen, new TargetAssessment(
            AttainmentStatus.NotAssessable, AttainmentReason.UnknownIndicator, target.Kind, target.Qualifier, target.Figure?.Unit ?? Unit.Percent,
            null, target.Figure?.Value, target.Stretch?.Value, null, false, null, null));

    private static Observation? FindSamePeriodLastYear(List<Observation>? candidates, Plan plan, Target target, ReportingPeriod period)
    {
        if (period.Year == ReportingPeriod.MinYear)
        {
            return null;
        }
        var previous = period.SamePeriodPreviousYear();
        Observation? found = null;
        foreach (var candidate in candidates ?? [])
        {
            if (candidate.Period == previous)
            {
                found = candidate;
            }
        }
        return found ?? BaselineFor(plan, target, previous);
    }
}
