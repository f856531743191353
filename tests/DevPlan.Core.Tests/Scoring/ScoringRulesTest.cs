using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Scoring;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Scoring;

/// <summary>
/// Each rule at its edges: the direction of the better figure, a level's points as percent of its target,
/// bounds of zero, and arguments refused. Figures are illustrative, set against the targets of the
/// 2023 national annual plan (seed: 政府工作报告 2023).
/// </summary>
public class ScoringRulesTest
{
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);

    private static readonly Plan China2023 = PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", "china-2023-annual-plan.plan.json"));

    /// <summary>The result of one target of the plan, on one illustrative figure.</summary>
    private static TargetEvaluation ResultOf(string targetId, Observation figure) =>
        PlanEvaluator.Evaluate(China2023, [figure], new LocalDate(2024, 3, 31)).Results.Single(r => r.Target.Id == targetId);

    private static TargetEvaluation Unemployment(decimal rate) => ResultOf("t03-unemployment", new Observation("unemployment", Y2023, new Quantity(rate, Unit.Percent)));

    [Fact]
    public void Proportional_ForALowerIsBetterTargetMissed_IsTheTargetOverTheActual()
    {
        var missed = Unemployment(6.0m);

        missed.Assessment.Status.Should().Be(AttainmentStatus.NotAchieved);
        new ProportionalScoring().Score(missed, 12m).Should().Be(12m * 5.5m / 6.0m);
    }

    [Fact]
    public void BonusPerPoint_ForALowerIsBetterTarget_CountsThePointsBelowIt()
    {
        var better = Unemployment(5.0m);

        better.Assessment.Status.Should().BeOneOf(AttainmentStatus.Achieved, AttainmentStatus.Exceeded);
        new BonusPerPointScoring(bonusPerPoint: 1m, maximumBonus: 10m).Score(better, 5m).Should().Be(5.5m, "0.5 percentage points below the ceiling earn 0.5");
    }

    [Fact]
    public void BonusPerPoint_ForALevelInAnotherUnit_CountsPercentOfTheTarget()
    {
        // 实际使用外资 7.7亿美元 in the Jinan seed; 8.0 is 3.896…% above it.
        var plan = SeedFiles.JinanPlan;
        var result = PlanEvaluator.Evaluate(plan, [new Observation("foreign-capital", ReportingPeriod.ForYear(2024), new Quantity(8.0m, Unit.HundredMillionUsd))], new LocalDate(2025, 3, 1))
            .Results.Single(r => r.Target.Id == "t07-foreign-capital");

        new BonusPerPointScoring(bonusPerPoint: 0.1m, maximumBonus: 10m).Score(result, 5m).Should().Be(5m + 0.3m / 7.7m * 100m * 0.1m);
    }

    [Fact]
    public void BonusPerPoint_IsCappedAndNeverNegative()
    {
        var rule = new BonusPerPointScoring(bonusPerPoint: 2m, maximumBonus: 0.4m);

        rule.Score(Unemployment(5.0m), 5m).Should().Be(5.4m, "1 point of bonus is capped at 0.4");
        rule.Score(Unemployment(6.0m), 5m).Should().Be(0m, "a missed target earns nothing");
    }

    [Theory]
    [InlineData(0, 0, null)]
    [InlineData(-0.1, 1, "bonusPerPoint")]
    [InlineData(1, -0.1, "maximumBonus")]
    [InlineData(-1, -1, "bonusPerPoint")]
    public void BonusPerPoint_TakesBonusesOfZeroOrMore(double perPoint, double maximum, string? refused)
    {
        var act = () => new BonusPerPointScoring((decimal)perPoint, (decimal)maximum);

        if (refused is null)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(refused);
        }
    }

    [Fact]
    public void AWeightOfZero_IsAllowed_AndEarnsNothing()
    {
        var evaluation = PlanEvaluator.Evaluate(China2023, [new Observation("unemployment", Y2023, new Quantity(5.2m, Unit.Percent))], new LocalDate(2024, 3, 31));

        var score = AssessmentScorer.Score(evaluation, new ScoringPolicy(new AllOrNothingScoring()), new Dictionary<string, decimal> { ["t03-unemployment"] = 0m });

        score.Targets.Single(t => t.TargetId == "t03-unemployment").Points.Should().Be(0m);
    }

    [Fact]
    public void EveryArgument_IsRequired()
    {
        var evaluation = PlanEvaluator.Evaluate(China2023, [], new LocalDate(2024, 3, 31));
        var policy = new ScoringPolicy(new AllOrNothingScoring());

        FluentActions.Invoking(() => AssessmentScorer.Score(null!, policy)).Should().Throw<ArgumentNullException>().WithParameterName("evaluation");
        FluentActions.Invoking(() => AssessmentScorer.Score(evaluation, null!)).Should().Throw<ArgumentNullException>().WithParameterName("policy");
        FluentActions.Invoking(() => new ScoringPolicy(null!)).Should().Throw<ArgumentNullException>().WithParameterName("rule");
        foreach (IScoringRule rule in (IScoringRule[])[new AllOrNothingScoring(), new ProportionalScoring(), new BonusPerPointScoring(1m, 1m)])
        {
            FluentActions.Invoking(() => rule.Score(null!, 1m)).Should().Throw<ArgumentNullException>().WithParameterName("result");
        }
    }
}
