using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.Units;

/// <summary>Units as planners write them: built-in families that convert exactly, and units a plan declares.</summary>
public class UnitSystemTest
{
    [Theory]
    [InlineData("亿斤", "10^8 jin")]
    [InlineData("万亿斤", "10^12 jin")]
    [InlineData("万吨", "10^4 t")]
    [InlineData("公斤", "kg")]
    [InlineData("千克", "kg")]
    [InlineData("万亩", "10^4 mu")]
    [InlineData("公顷", "ha")]
    [InlineData("平方公里", "km2")]
    [InlineData("千瓦", "kW")]
    [InlineData("万千瓦", "10^4 kW")]
    [InlineData("兆瓦", "MW")]
    [InlineData("万件", "10^4 piece")]
    [InlineData("个", "count")]
    [InlineData("万家", "10^4 firm")]
    [InlineData("岁", "year")]
    [InlineData("1", "1")]
    public void ChineseNames_ParseToTheirCodes(string text, string invariant) =>
        Unit.Parse(text).ToString().Should().Be(invariant);

    [Theory]
    [InlineData(1, "10^4 t", "10^8 jin", "0.2")]
    [InlineData(70650, "10^4 t", "10^12 jin", "1.413")]
    [InlineData(1, "ha", "mu", "15")]
    [InlineData(3, "km2", "10^2 ha", "3")]
    [InlineData(1, "10^4 kW", "MW", "10")]
    [InlineData(5, "kg", "jin", "10")]
    public void AFamily_ConvertsExactly(double value, string from, string to, string expected) =>
        new Quantity((decimal)value, Unit.Parse(from)).ConvertTo(Unit.Parse(to)).Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be(expected);

    [Fact]
    public void AFamily_ComparesAndAddsAcrossItsMembers()
    {
        new Quantity(1m, Unit.Parse("ha")).IsEquivalentTo(new Quantity(15m, Unit.Parse("mu"))).Should().BeTrue();
        new Quantity(1m, Unit.Parse("t")).Should().BeGreaterThan(new Quantity(1999m, Unit.Parse("jin")));
        (new Quantity(1m, Unit.Parse("t")) + new Quantity(1000m, Unit.Parse("jin"))).Should().Be(new Quantity(1.5m, Unit.Parse("t")));
        FluentActions.Invoking(() => new Quantity(1m, Unit.Parse("t")).ConvertTo(Unit.Parse("tce"))).Should().Throw<UnitMismatchException>("standard coal is energy, not mass");
    }

    [Fact]
    public void AnUnknownUnit_IsRefusedWithTheAcceptedForms() =>
        FluentActions.Invoking(() => Unit.Parse("亿公担")).Should().Throw<FormatException>()
            .WithMessage("Expected a unit such as *\"10^8 jin\"*亿斤, 万吨*, but found \"亿公担\".");

    // A plan in 亿斤 with a figure in 万吨: the 2024 grain target "1.3万亿斤以上" (Report on the Work of the
    // Government, 2024) against the 2024 harvest of 70650万吨 (NBS announcement on grain output, December 2024).
    private static Plan GrainPlan() => new("grain", new LocalizedText("粮食生产", "Grain production"), new Region("cn", new LocalizedText("全国", "China")), 2024)
    {
        Indicators = [new Indicator("grain", new LocalizedText("粮食产量", "Grain output"), Unit.Parse("亿斤"), IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow)],
        Targets = [Target.Level("t-grain", "grain", ReportingPeriod.ForYear(2024), new Quantity(1.3m, Unit.Parse("万亿斤")), TargetQualifier.AtLeast)],
    };

    [Fact]
    public void APlanInJin_AcceptsObservationsInTonnes()
    {
        var plan = GrainPlan();
        var csv = "indicator,period,value,unit\ngrain,2024,70650,万吨\n";
        var read = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ObservationCsvOptions.Default with { Units = plan.UnitSystem });

        PlanValidator.ValidateObservations(plan, read).Diagnostics.Should().BeEmpty();
        var result = PlanEvaluator.Evaluate(plan, read.Observations, new LocalDate(2025, 1, 31)).Results.Single();

        result.Assessment.Status.Should().Be(AttainmentStatus.Exceeded);
        result.Assessment.Actual.Should().Be(1.413m);
        Explanations.Explain(result, Catalogue.Chinese).Should().Be("粮食产量1.413万亿斤，超过1.3万亿斤以上的预期目标1130亿斤，超额完成年度目标。");
        Explanations.Explain(result, Catalogue.English).Should().Be("Grain output: 1.413 trillion jin, 113 billion jin above the target of at least 1.3 trillion jin: exceeded.");
    }

    [Fact]
    public void AFigureInAnotherMagnitudeOfTheTargetsUnit_IsShownAsPublished_AndTheGapAsComputed()
    {
        // 69541万吨 against a target of 6.5亿吨 (the NBS 2023 communiqué writes 69541万吨): tonnes both, only the magnitude differs.
        var plan = new Plan("grain", new LocalizedText("粮食生产", "Grain production"), new Region("cn", new LocalizedText("全国", "China")), 2024)
        {
            Indicators = [new Indicator("grain", new LocalizedText("粮食产量", "Grain output"), Unit.Parse("亿吨"), IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow)],
            Targets = [Target.Level("t-grain", "grain", ReportingPeriod.ForYear(2024), new Quantity(6.5m, Unit.Parse("亿吨")), TargetQualifier.AtLeast)],
        };
        var result = PlanEvaluator.Evaluate(plan, [new Observation("grain", ReportingPeriod.ForYear(2024), new Quantity(69541m, Unit.Parse("万吨")))], new LocalDate(2025, 1, 31)).Results.Single();

        Explanations.Explain(result, Catalogue.Chinese).Should().Be("粮食产量69541万吨，超过6.5亿吨以上的预期目标4541万吨，超额完成年度目标。");
    }

    private const string DeclaringPlan = """
        {
          "schemaVersion": 1,
          "id": "innovation",
          "title": { "zh-CN": "创新", "en": "Innovation" },
          "year": 2024,
          "region": { "code": "r", "name": { "zh-CN": "示例区", "en": "Example district" } },
          "units": [
            { "code": "patent-per-10k", "name": { "zh-CN": "件/万人", "en": "patents per 10,000 persons" } },
            { "code": "liang", "name": { "zh-CN": "两", "en": "liang" }, "equivalent": { "value": 0.1, "unit": "jin" } }
          ],
          "indicators": [
            { "code": "patents", "name": { "zh-CN": "每万人口高价值发明专利拥有量", "en": "High-value invention patents per 10,000 persons" }, "unit": "patent-per-10k", "direction": "higherIsBetter", "growthBasis": "nominal", "accumulation": "ratio" },
            { "code": "tea", "name": { "zh-CN": "茶叶产量", "en": "Tea output" }, "unit": "10^4 jin", "direction": "higherIsBetter", "growthBasis": "nominal", "accumulation": "flow" }
          ],
          "targets": [
            { "id": "t1", "indicator": "patents", "period": "2024", "kind": "level", "qualifier": "atLeast", "value": 12, "unit": "patent-per-10k", "nature": "expected" },
            { "id": "t2", "indicator": "tea", "period": "2024", "kind": "level", "qualifier": "atLeast", "value": 5, "unit": "10^4 jin", "nature": "expected" }
          ]
        }
        """;

    [Fact]
    public void DeclaredUnits_AreReadByNameInObservations_ConvertAsDeclared_AndShowTheirNames()
    {
        // Illustrative figures: a plan that declares its own units.
        var plan = PlanJson.Parse(DeclaringPlan);
        var csv = "indicator,period,value,unit\npatents,2024,12.5,件/万人\ntea,2024,60,万两\n";
        var read = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ObservationCsvOptions.Default with { Units = plan.UnitSystem });

        read.Diagnostics.Should().BeEmpty();
        PlanValidator.ValidateObservations(plan, read).Diagnostics.Should().BeEmpty();
        var evaluation = PlanEvaluator.Evaluate(plan, read.Observations, new LocalDate(2025, 1, 31));

        evaluation.Results[0].Assessment.Status.Should().Be(AttainmentStatus.Exceeded);
        Explanations.Explain(evaluation.Results[0], Catalogue.Chinese).Should().Be("每万人口高价值发明专利拥有量12.5件/万人，超过12件/万人以上的预期目标0.5件/万人，超额完成年度目标。");
        evaluation.Results[1].Assessment.Actual.Should().Be(6m, "60万两 is 6万斤");
        Explanations.Explain(evaluation.Results[1], Catalogue.English).Should().StartWith("Tea output: 60,000 jin, 10,000 jin above the target of at least 50,000 jin");
        PlanJson.Parse(PlanJson.ToJson(plan)).Units.Select(u => u.Code).Should().Equal("patent-per-10k", "liang");
    }

    [Fact]
    public void APlanDeclaringUnits_IsValidAgainstTheSchema()
    {
        var schema = DevPlan.Core.Tests.Serialization.SchemaTest.Plan;
        using var document = System.Text.Json.JsonDocument.Parse(PlanJson.ToJson(PlanJson.Parse(DeclaringPlan)));

        schema.Evaluate(document.RootElement).IsValid.Should().BeTrue();
    }

    [Fact]
    public void ADeclaredUnit_UnknownToTheReader_IsRefusedNamingTheFormsItAccepts()
    {
        var plan = PlanJson.Parse(DeclaringPlan);
        var csv = "indicator,period,value,unit\npatents,2024,12.5,件/千人\n";

        var read = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(csv)), ObservationCsvOptions.Default with { Units = plan.UnitSystem });

        read.Diagnostics.Single().Message.Should().Contain("or a unit the plan declares: patent-per-10k (件/万人), liang (两)").And.Contain("件/千人");
    }

    [Fact]
    public void UnitCodes_DeclaredTwice_AreReported() =>
        PlanJson.ParseLenient(Encoding.UTF8.GetBytes(DeclaringPlan.Replace("\"code\": \"liang\"", "\"code\": \"patent-per-10k\"", StringComparison.Ordinal)))
            .Diagnostics.Should().ContainSingle(d => d.Rule == DiagnosticRule.DuplicateUnitDefinition && d.Location.JsonPath == "$.units[1].code");

    [Theory]
    [InlineData("t", null, "built in")]
    [InlineData("ABC", null, "currency")]
    [InlineData("liang", "0 jin", "positive")]
    [InlineData("liang", "1 CNY", "currency")]
    [InlineData("liang", "1 percent", "percent")]
    public void ADefinition_IsCheckedWhenMade(string code, string? equivalent, string message)
    {
        Quantity? quantity = equivalent is null ? null : new Quantity(decimal.Parse(equivalent.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture), Unit.Parse(equivalent.Split(' ')[1]));

        FluentActions.Invoking(() => new UnitDefinition(code, new LocalizedText("两", "liang"), quantity)).Should().Throw<ArgumentException>().WithMessage($"*{message}*");
    }
}
