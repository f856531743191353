using System.Collections.Immutable;
using DevPlan.Core.Attainment;

namespace DevPlan.Core.Scoring;

/// <summary>Scores a plan evaluation, or the targets of one responsibility agreement, under a scoring policy.</summary>
public static class AssessmentScorer
{
    /// <summary>Scores the targets of an evaluation.</summary>
    /// <param name="evaluation">The plan evaluation.</param>
    /// <param name="policy">The scoring policy.</param>
    /// <param name="weights">Each target's full marks by target id; a target not listed weighs 1. Null weighs every target 1.</param>
    /// <param name="agreement">An agreement whose targets alone are scored; null (or an agreement that lists no targets) scores every target.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative.</exception>
    public static AssessmentScore Score(PlanEvaluation evaluation, ScoringPolicy policy, IReadOnlyDictionary<string, decimal>? weights = null, ResponsibilityAgreement? agreement = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(policy);
        var scope = agreement is { Targets.IsEmpty: false } ? agreement.Targets.ToHashSet(StringComparer.Ordinal) : null;
        var scores = ImmutableArray.CreateBuilder<TargetScore>();
        var vetoes = ImmutableArray.CreateBuilder<string>();
        decimal total = 0m, full = 0m;
        foreach (var result in evaluation.Results)
        {
            if (scope is not null && !scope.Contains(result.Target.Id))
            {
                continue;
            }
            var weight = weights is not null && weights.TryGetValue(result.Target.Id, out var w) ? w : 1m;
            if (weight < 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(weights), weight, $"Expected a weight of zero or more for target \"{result.Target.Id}\".");
            }
            var points = policy.Rule.Score(result, weight);
            scores.Add(new TargetScore(result.Target.Id, weight, points));
            total += points;
            full += weight;
            if (policy.BindingTargetsVeto && result.Target.Nature == TargetNature.Binding && result.Assessment.Status == AttainmentStatus.NotAchieved)
            {
                vetoes.Add(result.Target.Id);
            }
        }
        return new AssessmentScore(vetoes.Count > 0 ? 0m : total, full, scores.ToImmutable(), vetoes.ToImmutable());
    }
}
