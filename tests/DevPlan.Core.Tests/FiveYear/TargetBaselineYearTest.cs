using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.FiveYear;

/// <summary>
/// A target that names its baseline year (the 14th Five-Year Plan's starred 2019 figures, taken where 2020 was
/// abnormal) is measured from the plan's baseline of exactly that year, whatever later baseline or figure there is.
/// Life expectancy 77.3 years (2019, the plan's table) and 78.6 (2023, NHC bulletin); the 2020 figure is illustrative.
/// </summary>
public class TargetBaselineYearTest
{
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);
    private static readonly Unit Years = Unit.Parse("year");

    private static Plan PlanOf(int? baselineYear, params Observation[] baselines) =>
        new("p", new LocalizedText("示例", "Example"), new Region("cn", new LocalizedText("全国", "China")), 2021)
        {
            Horizon = Span,
            Indicators = [new Indicator("life", new LocalizedText("人均预期寿命", "Life expectancy"), Years, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Ratio)],
            Baselines = [.. baselines],
            Targets = [new Target("t", "life", Span, TargetKind.Increase, TargetQualifier.Exactly, new Quantity(1m, Years), TargetNature.Expected) { BaselineYear = baselineYear }],
        };

    private static Observation Level(int year, decimal value) => new("life", ReportingPeriod.ForYear(year), new Quantity(value, Years));

    [Fact]
    public void TheNamedYearsBaseline_IsTaken_OverALaterOne()
    {
        var plan = PlanOf(2019, Level(2019, 77.3m), Level(2020, 77.9m));

        var named = PlanEvaluator.Evaluate(plan, [Level(2023, 78.6m)], new LocalDate(2024, 9, 30)).Results[0];
        var latest = PlanEvaluator.Evaluate(PlanOf(null, Level(2019, 77.3m), Level(2020, 77.9m)), [Level(2023, 78.6m)], new LocalDate(2024, 9, 30)).Results[0];

        (named.Baseline!.Period, named.Assessment.Actual).Should().Be((ReportingPeriod.ForYear(2019), 1.3m));
        (latest.Baseline!.Period, latest.Assessment.Actual).Should().Be((ReportingPeriod.ForYear(2020), 0.7m));
        PlanValidator.Validate(plan).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void WithoutABaselineOfThatYear_ThereIsNoBaseline_AndValidationSaysSo()
    {
        var plan = PlanOf(2019, Level(2020, 77.9m));

        var result = PlanEvaluator.Evaluate(plan, [Level(2020, 77.9m), Level(2023, 78.6m)], new LocalDate(2024, 9, 30)).Results[0];

        result.Baseline.Should().BeNull("neither the 2020 baseline nor the 2020 figure is the 2019 one the target names");
        result.Assessment.Reason.Should().Be(AttainmentReason.MissingBaseline);
        var warning = PlanValidator.Validate(plan).Diagnostics.Should().ContainSingle().Subject;
        (warning.Code, warning.Location.JsonPath).Should().Be(("DP1502", "$.targets[0].baselineYear"));
        warning.Message.Should().Contain("\"life\" for 2019");
    }

    [Fact]
    public void TheYearBeforeThePeriod_MayComeFromTheFigures_AsTheLatestBaselineDoes()
    {
        var result = PlanEvaluator.Evaluate(PlanOf(2020), [Level(2020, 77.9m), Level(2023, 78.6m)], new LocalDate(2024, 9, 30)).Results[0];

        (result.Baseline!.Period, result.Assessment.Actual).Should().Be((ReportingPeriod.ForYear(2020), 0.7m));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2023)]
    public void ABaselineYearInThePeriod_IsAnError(int year)
    {
        var diagnostic = PlanValidator.Validate(PlanOf(year, Level(year, 78m))).Diagnostics.Should().ContainSingle(d => d.Code == "DP1303").Subject;

        diagnostic.Message.Should().Be($"Expected a baseline year before the target's period 2021/2025, but found {year}.");
    }

    [Fact]
    public void TheYearBeforeTheFirst_IsNoError()
    {
        PlanValidator.Validate(PlanOf(2020, Level(2020, 77.9m))).Diagnostics.Should().BeEmpty();
    }

    [Fact]
    public void TheBaselineYear_RoundTripsThroughPlanJson()
    {
        var plan = PlanOf(2019, Level(2019, 77.3m));

        var json = PlanJson.ToJson(plan);
        json.Should().Contain("\"baselineYear\": 2019");
        PlanJson.Parse(json).Targets[0].BaselineYear.Should().Be(2019);
        PlanJson.Parse(PlanJson.ToJson(PlanOf(null))).Targets[0].BaselineYear.Should().BeNull();
    }

    [Fact]
    public void TheSeedsStarredTargets_NameTheir2019Baselines()
    {
        SeedFiles.FiveYearPlan.Targets.Where(t => t.BaselineYear == 2019).Select(t => t.Indicator)
            .Should().Equal("urbanisation", "life-expectancy", "forest-coverage");
    }
}
