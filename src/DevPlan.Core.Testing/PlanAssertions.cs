using DevPlan.Core.Attainment;
using DevPlan.Core.Validation;
using FluentAssertions;
using FluentAssertions.Execution;
using FluentAssertions.Primitives;
using NodaTime;

namespace DevPlan.Core.Testing;

/// <summary>Assertions on a <see cref="Plan"/>: start them with <c>plan.Should()</c>.</summary>
public sealed class PlanAssertions : ReferenceTypeAssertions<Plan, PlanAssertions>
{
    /// <summary>Creates the assertions for a plan.</summary>
    /// <param name="subject">The plan.</param>
    public PlanAssertions(Plan subject)
        : base(subject)
    {
    }

    /// <inheritdoc />
    protected override string Identifier => "plan";

    /// <summary>Asserts that the plan has no validation error (warnings allowed), listing every error otherwise.</summary>
    /// <param name="because">Why the assertion is needed, with placeholders for <paramref name="becauseArgs"/>.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>The assertions, to chain with <c>And</c>.</returns>
    public AndConstraint<PlanAssertions> BeValid(string because = "", params object[] becauseArgs)
    {
        var errors = Subject is null ? [] : PlanValidator.Validate(Subject).Errors.Select(e => e.ToString()).ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(Subject is not null)
            .FailWith("Expected {context:plan} to be valid{reason}, but found <null>.")
            .Then
            .ForCondition(errors.Count == 0)
            .FailWith("Expected {context:plan} to be valid{reason}, but found {0} error(s):" + Listed(errors), errors.Count);
        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Asserts that the plan sets a target for an indicator (for the whole region, or the given zone).</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="zone">The scope; the whole region by default.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>The assertions, and the target found.</returns>
    public AndWhichConstraint<PlanAssertions, Target> HaveTargetFor(string indicatorCode, ZoneScope zone = default, string because = "", params object[] becauseArgs)
    {
        var target = Subject?.TargetsFor(indicatorCode).FirstOrDefault(t => t.Zone == zone);
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(target is not null)
            .FailWith("Expected {context:plan} to have a target for {0} in {1}{reason}, but it has targets only for: "
                + Escape(Subject is null ? "<null plan>" : string.Join(", ", Subject.Targets.Select(t => $"{t.Indicator} in {Scope(t.Zone)}").Distinct())) + ".",
                indicatorCode, Scope(zone));
        return new AndWhichConstraint<PlanAssertions, Target>(this, target!);
    }

    /// <summary>
    /// Asserts that the observations give every target of the plan a figure at the date (no target
    /// evaluates to no data), naming the targets left without one.
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The evaluation date.</param>
    /// <param name="because">Why the assertion is needed.</param>
    /// <param name="becauseArgs">The values of the placeholders.</param>
    /// <returns>The assertions, to chain with <c>And</c>.</returns>
    public AndConstraint<PlanAssertions> BeCoveredBy(IEnumerable<Observation> observations, LocalDate asOf, string because = "", params object[] becauseArgs)
    {
        var missing = Subject is null ? [] : PlanEvaluator.Evaluate(Subject, observations, asOf).Results
            .Where(r => r.Assessment.Status == AttainmentStatus.NoData).Select(r => $"{r.Target.Id} ({r.Target.Indicator} in {Scope(r.Target.Zone)}, {r.Target.Period})").ToList();
        Execute.Assertion
            .BecauseOf(because, becauseArgs)
            .ForCondition(missing.Count == 0)
            .FailWith("Expected the observations to cover every target of {context:plan} as of " + asOf.ToString("uuuu-MM-dd", null) + "{reason}, but {0} target(s) have no figure:" + Listed(missing), missing.Count);
        return new AndConstraint<PlanAssertions>(this);
    }

    /// <summary>Lines for a message, escaped so that FluentAssertions leaves them as they are.</summary>
    internal static string Listed(IEnumerable<string> lines) => Escape(string.Concat(lines.Select(l => Environment.NewLine + "  - " + l)));

    internal static string Escape(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private static string Scope(ZoneScope zone) => zone.ZoneCode is { } code ? "zone " + code : "the whole region";
}
