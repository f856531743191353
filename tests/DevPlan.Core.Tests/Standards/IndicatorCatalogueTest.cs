using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Standards;

/// <summary>The standard indicator catalogue shipped with the library, and the seeds' indicators against it.</summary>
public class IndicatorCatalogueTest
{
    private static readonly IndicatorCatalogue Standard = IndicatorCatalogue.Standard;

    /// <summary>The indicators the catalogue must carry: those of work reports, outlines and communiqués the issue names, and the 14th Five-Year Plan's twenty.</summary>
    public static TheoryData<string> RequiredCodes =>
    [
        "gdp", "industrial-value-added", "services-value-added", "fixed-asset-investment", "retail-sales", "foreign-trade", "exports", "imports",
        "foreign-capital", "budget-revenue", "rd-intensity", "rd-expenditure", "new-urban-jobs", "unemployment", "registered-unemployment", "cpi",
        "disposable-income", "urban-disposable-income", "rural-disposable-income", "grain-output", "energy-intensity", "carbon-intensity",
        "air-quality", "surface-water", "forest-coverage", "urbanisation", "population-growth",
        "labour-productivity", "high-value-patents", "digital-economy-share", "schooling-years", "doctors", "pension-coverage",
        "childcare-places", "life-expectancy", "grain-capacity", "energy-capacity",
    ];

    [Theory]
    [MemberData(nameof(RequiredCodes))]
    public void RequiredIndicator_IsCatalogued_WithItsDefinitionAndSources(string code)
    {
        var entry = Standard.Find(code);

        entry.Should().NotBeNull();
        entry!.Indicator.Code.Should().Be(code);
        entry.Synonyms.Should().Contain(entry.Indicator.Name.ZhCN, "the standard Chinese name is one of the names the text may use");
        entry.Definition.ZhCN.Should().NotBeNullOrWhiteSpace();
        entry.Definition.En.Should().NotBeNullOrWhiteSpace();
        entry.Sources.Should().NotBeEmpty().And.OnlyContain(s => s.Length > 20, "each source names a document and its issuer");
    }

    [Fact]
    public void Names_AreUniqueAcrossEntries_AndFoundExactly()
    {
        var names = Standard.Entries.SelectMany(e => e.Synonyms.Select(s => (Name: s, e.Code))).ToList();

        names.Select(n => n.Name).Should().OnlyHaveUniqueItems();
        foreach (var (name, code) in names)
        {
            Standard.FindByName(name)!.Code.Should().Be(code);
        }
        Standard.FindByName("国内生产总值 ").Should().BeNull("names are matched exactly, as written");
        Standard.Find("GDP").Should().BeNull("codes are matched exactly");
    }

    [Theory]
    [InlineData("国内生产总值", "gdp")]
    [InlineData("地区生产总值", "gdp")]
    [InlineData("生产总值", "gdp")]
    [InlineData("规上工业增加值", "industrial-value-added")]
    [InlineData("地方一般公共预算收入", "budget-revenue")]
    [InlineData("地方财政收入", "budget-revenue")]
    [InlineData("第三产业增加值", "services-value-added")]
    [InlineData("单位国内生产总值能耗", "energy-intensity")]
    [InlineData("能耗强度", "energy-intensity")]
    [InlineData("农民人均纯收入", "rural-net-income")]
    public void PublishedSynonyms_NameTheirIndicator(string name, string code) => Standard.FindByName(name)!.Code.Should().Be(code);

    [Fact]
    public void Cpi_RisesAndLowerIsBetter_AsPricesAreTargeted()
    {
        var cpi = Standard.Find("cpi")!.Indicator;

        cpi.Change.Should().Be(ChangeVerb.Rise);
        cpi.Direction.Should().Be(IndicatorDirection.LowerIsBetter);
        Standard.Entries.Where(e => e.Indicator.Change == ChangeVerb.Rise).Select(e => e.Code).Should().Equal("cpi");
    }

    [Fact]
    public void GrowthBases_FollowTheStatisticalPractice()
    {
        string[] comparable = ["gdp", "industrial-value-added", "services-value-added", "disposable-income", "energy-intensity", "labour-productivity"];
        string[] nominal = ["fixed-asset-investment", "retail-sales", "foreign-trade", "budget-revenue", "rd-expenditure"];

        comparable.Select(c => Standard.Find(c)!.Indicator.GrowthBasis).Should().AllBeEquivalentTo(GrowthBasis.Comparable);
        nominal.Select(c => Standard.Find(c)!.Indicator.GrowthBasis).Should().AllBeEquivalentTo(GrowthBasis.Nominal);
    }

    [Fact]
    public void BindingNatures_AreThoseOfThe14thFiveYearPlansTable()
    {
        var fiveYear = SeedFiles.FiveYearPlan;

        foreach (var target in fiveYear.Targets)
        {
            Standard.Find(target.Indicator)!.Nature.Should().Be(target.Nature, $"the nature of {target.Indicator} in the 14th Five-Year Plan's table");
        }
    }

    public static TheoryData<string> SeedPlans => ["jinan-high-tech-zone-2024.plan.json", "china-2023-annual-plan.plan.json", "china-14th-five-year-plan.plan.json"];

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public void EverySeedIndicator_IsACatalogueEntry_ThatItAgreesWith(string seed)
    {
        var plan = DevPlan.Core.Serialization.PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", seed));

        foreach (var declared in plan.DeclaredIndicators)
        {
            var entry = Standard.Find(declared.Code);
            entry.Should().NotBeNull($"{declared.Code} of {seed} is a standard indicator");
            declared.Direction.Should().Be(entry!.Indicator.Direction, declared.Code);
            declared.GrowthBasis.Should().Be(entry.Indicator.GrowthBasis, declared.Code);
            declared.Accumulation.Should().Be(entry.Indicator.Accumulation, declared.Code);
            declared.Change.Should().Be(entry.Indicator.Change, declared.Code);
            declared.Unit.IsCompatibleWith(entry.Indicator.Unit).Should().BeTrue(declared.Code);
        }
        foreach (var used in plan.Targets.Select(t => t.Indicator).Concat(plan.Baselines.Select(b => b.Indicator)))
        {
            (plan.FindIndicator(used) ?? Standard.Find(used)?.Indicator).Should().NotBeNull($"{used} of {seed} resolves");
        }
    }

    [Fact]
    public void Units_AreThoseTheTextsUse_ConvertibleWhereTheFamilyAllows()
    {
        Standard.Find("grain-output")!.Indicator.Unit.IsCompatibleWith(Unit.Parse("万亿斤")).Should().BeTrue();
        Standard.Find("new-urban-jobs")!.Indicator.Unit.Should().Be(Unit.TenThousandPersons);
        Standard.Find("foreign-capital")!.Indicator.Unit.Should().Be(Unit.HundredMillionUsd);
        Standard.Find("population-growth")!.UnitWords.Should().Equal("‰");
        Standard.Find("schooling-years")!.UnitWords.Should().Equal("年");
    }

    [Fact]
    public void ACatalogue_RefusesAnotherEntryOfTheSameCodeOrName()
    {
        var gdp = Standard.Find("gdp")!;
        var other = new CatalogueEntry(new Indicator("gdp2", new LocalizedText("生产总值二", "GDP two"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter,
            GrowthBasis.Comparable, Accumulation.Flow), ["生产总值"], TargetNature.Expected, new LocalizedText("定义", "Definition"), ["a source of the definition, 2024"]);

        FluentActions.Invoking(() => new IndicatorCatalogue([gdp, gdp])).Should().Throw<ArgumentException>().WithMessage("*\"gdp\" appears twice*");
        FluentActions.Invoking(() => new IndicatorCatalogue([gdp, other])).Should().Throw<ArgumentException>().WithMessage("*\"生产总值\" names both \"gdp\" and \"gdp2\"*");
    }

    [Fact]
    public void AnEntry_NeedsNamesAndSources()
    {
        var gdp = Standard.Find("gdp")!;

        FluentActions.Invoking(() => new CatalogueEntry(gdp.Indicator, [], TargetNature.Expected, gdp.Definition, gdp.Sources)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CatalogueEntry(gdp.Indicator, ["名"], TargetNature.Expected, gdp.Definition, [" "])).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CatalogueEntry(gdp.Indicator, ["名"], (TargetNature)9, gdp.Definition, gdp.Sources)).Should().Throw<ArgumentOutOfRangeException>();
        new CatalogueEntry(gdp.Indicator, ["名"], TargetNature.Expected, gdp.Definition, gdp.Sources) { UnitWords = default }.UnitWords.Should().BeEmpty();
    }

    [Fact]
    public void AMalformedDataFile_IsRefusedNamingTheEntry()
    {
        using var document = JsonDocument.Parse("""
            { "sources": { "s": "a source" }, "indicators": [ { "code": "x", "name": { "zh-CN": "x", "en": "x" }, "synonyms": ["x"], "unit": "CNY",
              "direction": "upward", "growthBasis": "nominal", "accumulation": "flow", "nature": "expected",
              "definition": { "zh-CN": "x", "en": "x" }, "sources": ["s"] } ] }
            """);

        FluentActions.Invoking(() => IndicatorCatalogueData.Read(document.RootElement)).Should().Throw<InvalidOperationException>()
            .WithMessage("*entry \"x\"*IndicatorDirection*upward*");
    }

    [Fact]
    public void EveryEntry_IsDocumentedInTheMethods_WithItsSources()
    {
        var methods = File.ReadAllText(Repository.PathOf("docs", "methods.md"));
        var start = methods.IndexOf("## 14. The standard indicator catalogue", StringComparison.Ordinal);
        var end = methods.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = methods[start..(end < 0 ? methods.Length : end)];
        var rows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToList();

        rows.Select(r => r.Split('`')[1]).Should().Equal(Standard.Entries.Select(e => e.Code), "the table lists every entry, in catalogue order");
        foreach (var entry in Standard.Entries)
        {
            var row = rows.Single(r => r.StartsWith($"| `{entry.Code}` |", StringComparison.Ordinal));
            row.Should().Contain(entry.Indicator.Name.ZhCN).And.Contain($"`{entry.Indicator.Unit}`").And.Contain(entry.Definition.En);
        }
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream(IndicatorCatalogueData.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        foreach (var source in document.RootElement.GetProperty("sources").EnumerateObject())
        {
            section.Should().Contain($"- `{source.Name}`: {source.Value.GetString()}");
        }
    }

    [Fact]
    public void TheDataFile_IsReadWhole()
    {
        using var stream = typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream(IndicatorCatalogueData.ResourceName)!;
        using var document = JsonDocument.Parse(stream);

        Standard.Entries.Should().HaveCount(document.RootElement.GetProperty("indicators").GetArrayLength());
        ImmutableArray<string> codes = [.. Standard.Entries.Select(e => e.Code)];
        codes.Should().OnlyHaveUniqueItems();
    }
}
