using DevPlan.Core.Attainment;

namespace DevPlan.Core.Testing;

/// <summary>The entry points of the DevPlan assertions.</summary>
public static class DevPlanAssertionExtensions
{
    /// <summary>Starts assertions on a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The assertions.</returns>
    public static PlanAssertions Should(this Plan plan) => new(plan);

    /// <summary>Starts assertions on a plan evaluation.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The assertions.</returns>
    public static PlanEvaluationAssertions Should(this PlanEvaluation evaluation) => new(evaluation);
}
