namespace DevPlan.Core.Attainment;

/// <summary>One target of a plan evaluation: the target, its indicator, the observation used and the verdict.</summary>
/// <param name="Target">The target.</param>
/// <param name="Indicator">The target's indicator; null when the plan does not declare it.</param>
/// <param name="Observation">The observation judged; null when none matched.</param>
/// <param name="Assessment">The verdict.</param>
public sealed record TargetEvaluation(Target Target, Indicator? Indicator, Observation? Observation, TargetAssessment Assessment);
