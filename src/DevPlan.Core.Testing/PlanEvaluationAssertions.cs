using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;

namespace DevPlan.Core.Testing;

/// <summary>Assertions on a <see cref="PlanEvaluation"/>: start them with <c>evaluation.Should()</c>.</summary>
public sealed class PlanEvaluationAssertions : ReferenceTypeAssertions<PlanEvaluation, PlanEvaluationAssertions>
{
    /// <summary>Creates the assertions for an evaluation.</summary>
    /// <param name="subject">The evaluation.</param>
    public PlanEvaluationAssertions(PlanEvaluation subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "evaluation";

    /// <summary>Asserts that a target is achieved or exceeded, explaining the verdict otherwise.</summary>
    /// <param name="targetId">The target's id.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>The assertions, and the target's result.</returns>
    public AndWhichConstraint<PlanEvaluationAssertions, TargetEvaluation> ShowAchieved(string targetId, string because = "", params object[] becauseArgs)
    {
        var result = Subject?.Results.FirstOrDefault(r => r.Target.Id == targetId);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(result is not null)
            .FailWith("Expected {context:evaluation} to have a result for target {0}{reason}, but the plan has no such target.", targetId)
            .Then
            .ForCondition(result!.Assessment.Status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded)
            .FailWith("Expected target {0} to be achieved{reason}, but it is " + PlanAssertions.Escape($"{result.Assessment.Status}: {Explanations.Explain(result, Catalogue.English)}"), targetId);
        return new AndWhichConstraint<PlanEvaluationAssertions, TargetEvaluation>(this, result!);
    }
}
