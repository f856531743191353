using DevPlan.Core.Attainment;
using DevPlan.Core.Serialization;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// A recorded assessment of a qualitative aim (保持在合理区间: met) is kept beside the indicator's figures of the
/// same year, never in their place: a growth target on the same indicator still has its growth, and the aim still
/// has its assessment, whichever row comes first and from whichever source. Figures are illustrative.
/// </summary>
public class AssessmentsBesideFiguresTest
{
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);

    private static Plan PlanOf() =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2023)
        {
            Indicators = [new Indicator("gdp", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow)],
            Targets =
            [
                new Target("aim", "gdp", Y2023, TargetKind.Qualitative, null, null, TargetNature.Expected),
                Target.Growth("growth", "gdp", Y2023, new Percent(5m), TargetQualifier.About),
            ],
        };

    public static TheoryData<bool> Orders => new() { true, false };

    [Theory]
    [MemberData(nameof(Orders))]
    public void TheAssessmentAndTheGrowth_BothServeTheirTargets_InEitherOrder(bool assessmentLast)
    {
        var growth = new Observation("gdp", Y2023, growth: new Percent(5.2m));
        var assessment = new Observation("gdp", Y2023, completed: true);
        Observation[] figures = assessmentLast ? [growth, assessment] : [assessment, growth];

        var evaluation = PlanEvaluator.Evaluate(PlanOf(), figures, new NodaTime.LocalDate(2024, 3, 1));

        evaluation.Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved, "the aim was recorded as met");
        evaluation.Results[0].Observation.Should().BeSameAs(assessment);
        evaluation.Results[1].Assessment.Actual.Should().Be(5.2m, "the growth figure is not replaced by the assessment");
        evaluation.Results[1].Observation.Should().BeSameAs(growth);
        evaluation.Unused.Counts.Should().NotContainKey(UnusedReason.Revised, "neither row revises the other");
    }

    [Fact]
    public void FromAFile_TheSameHolds()
    {
        const string csv = "indicator,zone,period,value,unit,growth,status,source,completed\n" +
            "gdp,,2023,,,5.2,A,,\n" +
            "gdp,,2023,,,,A,,true\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));

        var evaluation = PlanEvaluator.Evaluate(PlanOf(), ObservationCsv.OpenReader(stream), new NodaTime.LocalDate(2024, 3, 1));

        evaluation.Results.Select(r => r.Assessment.Status).Should().Equal(AttainmentStatus.Achieved, AttainmentStatus.Achieved);
        evaluation.Results[1].Assessment.Actual.Should().Be(5.2m);
    }

    [Fact]
    public void ARevisedAssessment_StillRevisesTheEarlierOne()
    {
        Observation[] figures = [new("gdp", Y2023, completed: true), new("gdp", Y2023, completed: false)];

        var evaluation = PlanEvaluator.Evaluate(PlanOf(), figures, new NodaTime.LocalDate(2024, 3, 1));

        evaluation.Results[0].Assessment.Status.Should().Be(AttainmentStatus.NotAchieved);
        evaluation.Results[1].Assessment.Status.Should().Be(AttainmentStatus.NoData);
    }
}
