using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// Figures of the same months are figures of the same thing: an annual figure and a twelve-month
/// year-to-date figure of one year (2024, 2024-YTD-M12), or a half and the year to June, are one coverage,
/// so the later given revises the earlier, validation reports the pair as a duplicate naming both, and a
/// series takes a year to December as that year's figure. Figures are illustrative.
/// </summary>
public class SameCoverageTest
{
    private static readonly Indicator Gdp = new("gdp", new LocalizedText("国内生产总值", "GDP"), Unit.HundredMillionYuan,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);

    private static Plan PlanOf(ReportingPeriod period) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), period.Year)
        {
            Horizon = period,
            Indicators = [Gdp],
            Targets = [new Target("t", "gdp", period, period.Kind == PeriodKind.Span ? TargetKind.AverageAnnualGrowth : TargetKind.GrowthRate, TargetQualifier.AtLeast, Quantity.Percent(5m), TargetNature.Expected)],
        };

    private static Observation Grew(string period, decimal growth) => new("gdp", ReportingPeriod.Parse(period), growth: new Percent(growth));

    [Theory]
    [InlineData("2024", "2024-YTD-M12")]
    [InlineData("2024-YTD-M12", "2024")]
    public void OfAYearAndItsYearToDecember_TheLaterGiven_IsUsed_AndTheOtherIsARevision(string earlier, string later)
    {
        var evaluation = PlanEvaluator.Evaluate(PlanOf(ReportingPeriod.ForYear(2024)), [Grew(earlier, 4m), Grew(later, 6m)], new LocalDate(2025, 3, 1));

        var result = evaluation.Results[0];
        result.Observation!.Period.Should().Be(ReportingPeriod.Parse(later));
        result.Assessment.Actual.Should().Be(6m);
        result.Assessment.Stage.Should().Be(VerdictStage.Final);
        evaluation.Unused.Counts.Should().ContainSingle().Which.Key.Should().Be(UnusedReason.Revised, "the same months, given again: not a figure covering more");
    }

    [Fact]
    public void AHalfAndTheYearToJune_AreOneCoverage_TooInValidation()
    {
        var plan = PlanOf(ReportingPeriod.ForYear(2024));

        var found = PlanValidator.ValidateObservations(plan, [Grew("2024-S1", 4m), Grew("2024-YTD-M06", 6m), Grew("2024-YTD-M05", 6m)]).Diagnostics;

        found.Should().ContainSingle().Which.Should().Match<Diagnostics.Diagnostic>(d => d.Code == "DP2001" && d.Message.Contains("covers the same months"));
        ReportingPeriod.ForYearToDate(2024, 3).Coverage.Should().Be(ReportingPeriod.ForQuarter(2024, 1));
        ReportingPeriod.ForYearToDate(2024, 1).Coverage.Should().Be(ReportingPeriod.ForMonth(2024, 1));
        ReportingPeriod.ForYearToDate(2024, 5).Coverage.Should().Be(ReportingPeriod.ForYearToDate(2024, 5));
        ReportingPeriod.ForQuarter(2024, 1).Coverage.Should().Be(ReportingPeriod.ForQuarter(2024, 1));
    }

    [Fact]
    public void ASeries_TakesAYearToDecember_AsThatYearsFigure()
    {
        var span = ReportingPeriod.ForSpan(2021, 2023);

        var result = PlanEvaluator.Evaluate(PlanOf(span), [Grew("2021", 5m), Grew("2022-YTD-M12", 5m), Grew("2023", 5m)], new LocalDate(2024, 3, 1)).Results[0];

        result.Assessment.YearsObserved.Should().Be(3);
        result.Assessment.Stage.Should().Be(VerdictStage.Final);
        result.Assessment.Status.Should().Be(AttainmentStatus.Achieved);
    }
}
