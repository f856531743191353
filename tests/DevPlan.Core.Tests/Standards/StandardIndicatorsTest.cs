using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Standards;

/// <summary>A plan referencing catalogue indicators instead of declaring them, and the rules DP1701 and DP1702.</summary>
public class StandardIndicatorsTest
{
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);

    private static Plan Plan(string[] standard, Indicator[]? declared = null, Target[]? targets = null) =>
        new("p", new LocalizedText("计划", "Plan"), new Region("r", new LocalizedText("地区", "Region")), 2024)
        {
            StandardIndicators = [.. standard],
            Indicators = [.. declared ?? []],
            Targets = [.. targets ?? []],
        };

    private static Indicator Cpi(IndicatorDirection direction = IndicatorDirection.LowerIsBetter, ChangeVerb change = ChangeVerb.Rise, Unit? unit = null, string code = "cpi") =>
        new(code, new LocalizedText("居民消费价格", "Consumer prices"), unit ?? Unit.Percent, direction, GrowthBasis.Nominal, Accumulation.Ratio) { Change = change };

    [Fact]
    public void ReferencedIndicators_FollowTheDeclaredOnes_AndResolve()
    {
        var plan = Plan(["gdp", "cpi"], [new Indicator("jobs", new LocalizedText("就业", "Jobs"), Unit.TenThousandPersons, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow)],
            [Target.Growth("t1", "gdp", Y2024, new Percent(5m), TargetQualifier.About)]);

        plan.Indicators.Select(i => i.Code).Should().Equal("jobs", "gdp", "cpi");
        plan.DeclaredIndicators.Select(i => i.Code).Should().Equal("jobs");
        plan.GetIndicator("cpi").Should().BeSameAs(IndicatorCatalogue.Standard.Find("cpi")!.Indicator);
        plan.Indicators.Should().Equal(plan.Indicators, "the merged list is made once");
        PlanValidator.Validate(plan).HasErrors.Should().BeFalse();
    }

    [Fact]
    public void AReference_RoundTripsThroughJson_WithoutBeingDeclared()
    {
        var plan = Plan(["cpi", "gdp"], targets: [Target.Growth("t1", "gdp", Y2024, new Percent(5m), TargetQualifier.About)]);

        var json = PlanJson.ToJson(plan);
        var read = PlanJson.Parse(json);

        json.Should().Contain("\"standardIndicators\": [\n    \"cpi\",\n    \"gdp\"\n  ],").And.NotContain("\"indicators\"");
        read.StandardIndicators.Should().Equal("cpi", "gdp");
        read.DeclaredIndicators.Should().BeEmpty();
        read.Indicators.Select(i => i.Code).Should().Equal("cpi", "gdp");
        PlanJson.ToJson(read).Should().Be(json);
    }

    [Fact]
    public void AnUnknownCode_IsDP1702_AtItsPlaceInTheDocument()
    {
        var loaded = PlanJson.ParseLenient("""
            {
              "schemaVersion": 1, "id": "p", "title": { "zh-CN": "计划", "en": "Plan" }, "year": 2024,
              "region": { "code": "r", "name": { "zh-CN": "地区", "en": "Region" } },
              "standardIndicators": ["gdp", "gdpp"]
            }
            """u8);

        var problem = loaded.Diagnostics.Should().ContainSingle().Subject;
        problem.Rule.Should().Be(DiagnosticRule.StandardIndicatorUnknown);
        problem.Severity.Should().Be(DiagnosticSeverity.Error);
        problem.Location.JsonPath.Should().Be("$.standardIndicators[1]");
        problem.Location.Line.Should().Be(4);
        problem.Message.Should().Contain("\"gdpp\"");
        problem.Hint.Should().Contain("gdp");
        loaded.Plan.Indicators.Select(i => i.Code).Should().Equal("gdp");
    }

    [Fact]
    public void AnUnknownCodeFarFromAnyOther_PointsToTheListOfCodes() =>
        PlanValidator.Validate(Plan(["zz"])).Errors.Should().ContainSingle().Which.Hint.Should().Contain("docs/methods.md");

    [Fact]
    public void ACodeReferencedTwice_OrAlsoDeclared_IsDP1001()
    {
        var plan = Plan(["cpi", "gdp", "gdp"], [Cpi()]);

        var duplicates = PlanValidator.Validate(plan).Diagnostics.Where(d => d.Rule == DiagnosticRule.DuplicateIndicator).ToList();

        duplicates.Select(d => d.Location.JsonPath).Should().Equal("$.standardIndicators[0]", "$.standardIndicators[2]");
        duplicates[0].Message.Should().Contain("also declared at $.indicators[0]");
        duplicates[1].Message.Should().Contain("also at $.standardIndicators[1]");
        plan.Indicators.Select(i => i.Code).Should().Equal("cpi", "gdp");
    }

    [Fact]
    public void ADeclaredIndicatorAgreeingWithTheCatalogue_DrawsNoWarning() =>
        PlanValidator.Validate(Plan([], [Cpi()])).Diagnostics.Should().BeEmpty();

    [Fact]
    public void ACpiDeclaredHigherIsBetter_IsDP1701_AtItsDirection()
    {
        var warning = PlanValidator.Validate(Plan([], [Cpi(IndicatorDirection.HigherIsBetter)])).Diagnostics.Should().ContainSingle().Subject;

        warning.Rule.Should().Be(DiagnosticRule.IndicatorContradictsCatalogue);
        warning.Severity.Should().Be(DiagnosticSeverity.Warning);
        warning.Location.JsonPath.Should().Be("$.indicators[0].direction");
        warning.Message.Should().Be("Expected \"cpi\" to agree with the standard catalogue's indicator of the same code (居民消费价格), but its direction is higherIsBetter where the catalogue has lowerIsBetter.");
        warning.Hint.Should().Contain("\"standardIndicators\": [\"cpi\"]");
    }

    [Fact]
    public void EveryDifference_IsNamed_AndAnIndicatorIsMatchedByItsChineseName()
    {
        var prices = new Indicator("prices", new LocalizedText("居民消费价格", "Prices"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);

        var warning = PlanValidator.Validate(Plan([], [prices])).Diagnostics.Should().ContainSingle().Subject;

        warning.Location.JsonPath.Should().Be("$.indicators[0].direction");
        warning.Message.Should().Contain("indicator \"cpi\", named 居民消费价格").And.Contain("direction is higherIsBetter")
            .And.Contain("growth basis is comparable where the catalogue has nominal").And.Contain("accumulates as a flow where the catalogue has a ratio")
            .And.Contain("change verb is grow where the catalogue has rise").And.Contain("unit 10^8 CNY is not in the dimension of the catalogue's percent");
    }

    [Theory]
    [InlineData("growthBasis")]
    [InlineData("accumulation")]
    [InlineData("change")]
    [InlineData("unit")]
    public void EachProperty_AloneIsEnoughForTheWarning(string member)
    {
        var cpi = Cpi();
        var changed = member switch
        {
            "growthBasis" => new Indicator("cpi", cpi.Name, cpi.Unit, cpi.Direction, GrowthBasis.Comparable, cpi.Accumulation) { Change = cpi.Change },
            "accumulation" => new Indicator("cpi", cpi.Name, cpi.Unit, cpi.Direction, cpi.GrowthBasis, Accumulation.Stock) { Change = cpi.Change },
            "change" => Cpi(change: ChangeVerb.Grow),
            _ => Cpi(unit: Unit.HundredMillionYuan),
        };

        PlanValidator.Validate(Plan([], [changed])).Diagnostics.Should().ContainSingle().Which.Location.JsonPath.Should().Be($"$.indicators[0].{member}");
    }

    [Fact]
    public void AnIndicatorTheCatalogueDoesNotKnow_IsNotChecked() =>
        PlanValidator.Validate(Plan([], [new Indicator("my-index", new LocalizedText("我的指数", "My index"), Unit.Percent, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow)]))
            .Diagnostics.Should().BeEmpty();

    [Fact]
    public void AUnitInAnotherMagnitudeOrMemberOfTheFamily_Agrees() =>
        PlanValidator.Validate(Plan([], [new Indicator("grain-output", new LocalizedText("粮食产量", "Grain"), Unit.Parse("亿斤"), IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow)]))
            .Diagnostics.Should().BeEmpty();

    [Fact]
    public void AMalformedReference_IsRefusedByThePlan() =>
        FluentActions.Invoking(() => Plan(["not a code"])).Should().Throw<ArgumentException>().WithParameterName("StandardIndicators");
}
