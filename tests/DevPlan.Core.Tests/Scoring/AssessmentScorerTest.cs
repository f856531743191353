using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Scoring;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Scoring;

public class AssessmentScorerTest
{
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);

    private static PlanEvaluation Evaluate(bool taskCompleted) => PlanEvaluator.Evaluate(SeedFiles.JinanPlan,
    [
        new Observation("gdp", Y2024, growth: new Percent(7.8m)),                                              // +0.8 pp: exceeded
        new Observation("services-value-added", Y2024, growth: new Percent(5.2m)),                             // 5.2 / 6.5 = 80%
        new Observation("foreign-capital", Y2024, new Quantity(7.7m, Unit.HundredMillionUsd)),    // exactly met
        new Observation("energy-intensity", Y2024, completed: taskCompleted),
    ], new LocalDate(2025, 3, 1));

    private static readonly Dictionary<string, decimal> Weights = new()
    {
        ["t01-gdp"] = 10m,
        ["t03-services-value-added"] = 10m,
        ["t07-foreign-capital"] = 5m,
        ["t10-energy-intensity"] = 5m,
    };

    private static decimal PointsOf(AssessmentScore score, string id) => score.Targets.Single(t => t.TargetId == id).Points;

    [Fact]
    public void AllOrNothing_FullMarksOnlyWhenAchieved()
    {
        var score = AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new AllOrNothingScoring()), Weights);

        PointsOf(score, "t01-gdp").Should().Be(10m);
        PointsOf(score, "t03-services-value-added").Should().Be(0m);
        PointsOf(score, "t07-foreign-capital").Should().Be(5m);
        PointsOf(score, "t02-industrial-value-added").Should().Be(0m, "no data earns nothing");
        score.FullMarks.Should().Be(30m + 6m, "unlisted targets weigh 1");
        score.Total.Should().Be(20m);
    }

    [Fact]
    public void Proportional_MarksInProportionToCompletion()
    {
        var score = AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new ProportionalScoring()), Weights);

        PointsOf(score, "t03-services-value-added").Should().Be(10m * 5.2m / 6.5m);
        PointsOf(score, "t01-gdp").Should().Be(10m);
    }

    [Fact]
    public void BonusPerPoint_AddsForEachPointAboveUpToTheCap()
    {
        var score = AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new BonusPerPointScoring(bonusPerPoint: 1m, maximumBonus: 0.5m)), Weights);

        PointsOf(score, "t01-gdp").Should().Be(10.5m, "0.8 points above earns 0.8, capped at 0.5");
        PointsOf(score, "t07-foreign-capital").Should().Be(5m);
        PointsOf(score, "t03-services-value-added").Should().Be(0m);
    }

    [Fact]
    public void BindingTargetMissed_VetoesTheWholeScore()
    {
        var policy = new ScoringPolicy(new AllOrNothingScoring(), bindingTargetsVeto: true);

        var vetoed = AssessmentScorer.Score(Evaluate(false), policy, Weights);
        var clear = AssessmentScorer.Score(Evaluate(true), policy, Weights);

        vetoed.Total.Should().Be(0m);
        vetoed.VetoedBy.Should().Equal("t10-energy-intensity");
        vetoed.IsVetoed.Should().BeTrue();
        clear.IsVetoed.Should().BeFalse();
        clear.Total.Should().Be(20m);
    }

    [Fact]
    public void Agreement_ScoresOnlyTheTargetsItCovers()
    {
        var agreement = new ResponsibilityAgreement("a") { Targets = ["t01-gdp", "t07-foreign-capital"] };

        var score = AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new AllOrNothingScoring()), Weights, agreement);

        score.Targets.Select(t => t.TargetId).Should().Equal("t01-gdp", "t07-foreign-capital");
        score.Total.Should().Be(15m);
    }

    [Fact]
    public void NegativeWeight_Throws()
    {
        var act = () => AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new AllOrNothingScoring()), new Dictionary<string, decimal> { ["t01-gdp"] = -1m });

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*t01-gdp*");
    }

    [Fact]
    public void ToString_SummarisesTheScore_WithoutTypeNames()
    {
        var kept = AssessmentScorer.Score(Evaluate(true), new ScoringPolicy(new AllOrNothingScoring()), Weights);
        var vetoed = AssessmentScorer.Score(Evaluate(false), new ScoringPolicy(new AllOrNothingScoring(), bindingTargetsVeto: true), Weights);

        kept.ToString().Should().Be("20 of 36 marks over 10 targets");
        vetoed.ToString().Should().Be("0 of 36 marks over 10 targets, vetoed by t10-energy-intensity");
    }
}
