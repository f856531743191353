using DevPlan.Core.Units;
using DevPlan.Core.Attainment;
using DevPlan.Core.Serialization;
using NodaTime;
using Xunit.Sdk;

namespace DevPlan.Core.Testing.Tests;

public class AssertionsTest
{
    private static readonly string Seeds = Path.Combine(AppContext.BaseDirectory, "seeds");
    private static readonly Plan Seed = PlanJson.ReadFile(Path.Combine(Seeds, "jinan-high-tech-zone-2024.plan.json"));
    private static readonly List<Observation> Sample = ObservationCsv.Read(File.OpenRead(Path.Combine(Seeds, "jinan-high-tech-zone-2024.observations.sample.csv"))).ToList();
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    [Fact]
    public void BeValid_PassesForTheSeed() => Seed.Should().BeValid();

    [Fact]
    public void BeValid_FailsListingEveryError()
    {
        var broken = new Plan("p", Seed.Title, Seed.Region, 2024) { Targets = [Target.Growth("t", "cpi", Seed.Targets[0].Period, new Percent(3m), TargetQualifier.AtMost), Target.Completion("t", "x", Seed.Targets[0].Period)] };

        var act = () => broken.Should().BeValid("the plan is published");

        act.Should().Throw<XunitException>().WithMessage(
            "Expected plan to be valid because the plan is published, but found 3 error(s):*- $.targets[1].id: error DP1003*- $.targets[0].indicator: error DP1101*\"cpi\"*- $.targets[1].indicator: error DP1101*\"x\"*");
    }

    [Fact]
    public void HaveTargetFor_FindsTheTarget() => Seed.Should().HaveTargetFor("gdp").Which.Rate.Should().Be(new Units.Percent(7m));

    [Fact]
    public void HaveTargetFor_FailsNamingTheTargetsThereAre()
    {
        var act = () => Seed.Should().HaveTargetFor("cpi");

        act.Should().Throw<XunitException>().WithMessage("Expected plan to have a target for \"cpi\" in \"the whole region\", but it has targets only for: gdp in the whole region, *, energy-intensity in the whole region.");
    }

    [Fact]
    public void BeCoveredBy_FailsNamingTheTargetsWithoutAFigure()
    {
        var act = () => Seed.Should().BeCoveredBy(Sample, AsOf);

        act.Should().Throw<XunitException>().WithMessage("Expected the observations to cover every target of plan as of 2025-02-28, but 1 target(s) have no figure:*  - t06-foreign-trade (foreign-trade in the whole region, 2024)");
    }

    [Fact]
    public void BeCoveredBy_PassesWhenEveryTargetHasAFigure() =>
        Seed.Should().BeCoveredBy(Sample.Append(new Observation("foreign-trade", Seed.Targets[0].Period, growth: new Percent(6m))), AsOf);

    [Fact]
    public void ShowAchieved_PassesAndFailsWithTheExplanation()
    {
        var evaluation = PlanEvaluator.Evaluate(Seed, Sample, AsOf);

        evaluation.Should().ShowAchieved("t01-gdp").Which.Assessment.Actual.Should().Be(7.2m);
        var act = () => evaluation.Should().ShowAchieved("t03-services-value-added");
        act.Should().Throw<XunitException>().WithMessage("Expected target \"t03-services-value-added\" to be achieved, but it is NotAchieved: Value added of the services sector grew 6.1%, 0.4 percentage points below the target of 6.5%: not achieved.");
        FluentActions.Invoking(() => evaluation.Should().ShowAchieved("t99")).Should().Throw<XunitException>().WithMessage("*no such target*");
    }
}
