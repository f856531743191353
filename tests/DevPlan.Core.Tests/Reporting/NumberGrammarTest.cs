using DevPlan.Core.Reporting;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// How a language writes its figures is catalogue data, not code per language: the scales a level is
/// rewritten by (<c>figures.scales</c>), the digits' pattern (<c>figures.pattern</c>) and the separators
/// of clauses, series and labels. Each test changes only the data and sees the figures follow.
/// </summary>
public class NumberGrammarTest
{
    // 1767.3亿元 is the 2023 GDP of the Jinan High-tech Zone as its 2024 plan states it (seeds/jinan-high-tech-zone-2024.plan.json).
    private static readonly Quantity Gdp = new(1767.3m, Unit.HundredMillionYuan);

    // Illustrative counts, made for the rule they test.
    private static readonly Quantity Jobs = new(9000m, new Unit(Dimension.Persons));
    private static readonly Quantity ManyPeople = new(900m, Unit.TenThousandPersons);

    [Fact]
    public void TheShippedGrammars_RescaleInEnglish_AndKeepThePublishedMagnitudeInChinese()
    {
        Catalogue.English.Format(Gdp).Should().Be("CNY 176.73 billion");
        Catalogue.Chinese.Format(Gdp).Should().Be("1767.3亿元");
        Catalogue.English.Format(ManyPeople).Should().Be("9 million people");
        Catalogue.Chinese.Format(ManyPeople).Should().Be("900万人");
    }

    [Fact]
    public void ThePattern_WritesTheDigits()
    {
        Catalogue.English.Format(Jobs).Should().Be("9,000 people");
        Catalogue.English.With(new Dictionary<string, string> { ["figures.pattern"] = "0.############" }).Format(Jobs).Should().Be("9000 people");
        Catalogue.Chinese.With(new Dictionary<string, string> { ["figures.pattern"] = "#,0.##" }).Format(Jobs).Should().Be("9,000人");
    }

    [Fact]
    public void PublishedDigits_KeepTheirTrailingZeros()
    {
        var level = new Quantity(1700.0m, Unit.HundredMillionYuan);

        Catalogue.Chinese.Format(level).Should().Be("1700.0亿元");
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "", ["figures.pattern"] = "published", ["magnitude.8"] = "00 million" })
            .Format(level).Should().Be("CNY 1700.000 million", "without scales a level keeps its magnitude, named by magnitude.N, and its own digits");
    }

    [Fact]
    public void TheScales_ChooseTheLargestTheLevelReaches()
    {
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "12 9" }).Format(ManyPeople).Should().Be("9,000,000 people");
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "6 12" }).Format(ManyPeople).Should().Be("9 million people",
            "the scales are taken largest first, whatever their order in the catalogue");
        Catalogue.Chinese.With(new Dictionary<string, string> { ["figures.scales"] = "8", ["figures.pattern"] = "#,0.##", ["scale.8"] = "亿" })
            .Format(Gdp).Should().Be("1,767.3亿元");
    }

    [Fact]
    public void WithoutScales_AMagnitudeTheCatalogueDoesNotName_IsAPowerOfTen()
    {
        Catalogue.Chinese.Format(new Quantity(3m, new Unit(Dimension.Persons, 13))).Should().Be("3×10^13人");
        Catalogue.Chinese.Format(new Quantity(3m, new Unit(Dimension.Persons, 5))).Should().Be("3十万人");
        Catalogue.Chinese.UnitName(new Unit(Dimension.Persons, 13)).Should().Be("×10^13人");
        Catalogue.Chinese.UnitName(Unit.HundredMillionYuan).Should().Be("亿元");
    }

    [Fact]
    public void AScaledFigure_AgreesInNumberWithItsPlainAmount()
    {
        Catalogue.English.Format(new Quantity(100m, Unit.TenThousandPersons)).Should().Be("1 million people");
        Catalogue.English.Format(new Quantity(1m, new Unit(Dimension.Persons))).Should().Be("1 person");
    }

    [Fact]
    public void AUnitsName_FollowsTheScales()
    {
        Catalogue.English.UnitName(new Unit(Dimension.Persons, 6)).Should().Be("million people");
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "12 9" }).UnitName(new Unit(Dimension.Persons, 6)).Should().Be("1,000,000 people",
            "a power of ten that is not a scale keeps its figure");
    }

    [Fact]
    public void TheLargestScale_IsTakenOnce()
    {
        // 5×10^21 yuan: 5,000,000,000 trillion, not rewritten again by the smaller scales.
        Catalogue.English.Format(new Quantity(50_000_000_000_000m, Unit.HundredMillionYuan)).Should().Be("CNY 5,000,000,000 trillion");
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "6 12" })
            .Format(new Quantity(500_000_000m, Unit.TenThousandPersons)).Should().Be("5 trillion people", "the largest scale the level reaches is taken, whatever the catalogue's order");
    }

    [Fact]
    public void AFigureInItsPublishedMagnitude_AgreesInNumberWithItsPlainAmountToo() =>
        Catalogue.English.With(new Dictionary<string, string> { ["figures.scales"] = "" })
            .Format(new Quantity(1m, Unit.TenThousandPersons)).Should().Be("1×10^4 people", "one ten-thousand people are ten thousand");

    [Fact]
    public void AScalesName_IsItsWord_InEveryLanguage()
    {
        var chinese = Catalogue.Chinese.With(new Dictionary<string, string> { ["figures.scales"] = "8", ["scale.8"] = "亿" });

        chinese.UnitName(Unit.HundredMillionYuan).Should().Be("亿元", "words are not spaced in Chinese, and no figure stands before a unit's name");
        Catalogue.English.UnitName(Unit.HundredMillionUsd).Should().Be("USD 100 million");
        Catalogue.English.UnitName(new Unit(Dimension.Usd, 6)).Should().Be("USD million");
    }

    [Fact]
    public void MinusOne_IsSingularToo() =>
        Catalogue.English.Format(new Quantity(-1m, new Unit(Dimension.Persons))).Should().Be("-1 person");

    [Fact]
    public void AUnitsName_OfAPercentAPowerOfTenBelowOneAndTheLargestMagnitude()
    {
        Catalogue.English.UnitName(Unit.Percent).Should().Be("%");
        Catalogue.Chinese.UnitName(Unit.Percent).Should().Be("%");
        Catalogue.English.UnitName(new Unit(Dimension.Persons, -1)).Should().Be("10^-1 people");
        Catalogue.English.UnitName(new Unit(Dimension.Persons, 18)).Should().Be("1,000,000 trillion people");
    }

    [Fact]
    public void ADimensionNoCatalogueNames_IsWrittenWithItsCode()
    {
        var widgets = new Unit(Dimension.Of("widget"));

        Catalogue.English.Format(new Quantity(5m, widgets)).Should().Be("5 widget");
        Catalogue.Chinese.Format(new Quantity(5m, widgets)).Should().Be("5 widget");
    }

    [Fact]
    public void PercentagePoints_AreWrittenWithoutTheirSign_ForTheSentenceSaysWhichWay()
    {
        Catalogue.English.Format(new PercentagePoints(-0.5m)).Should().Be("0.5 pp");
        Catalogue.Chinese.Format(new PercentagePoints(-0.5m)).Should().Be("0.5个百分点");
    }

    [Fact]
    public void ANameMidSentence_IsLowerCased_UnlessAnAcronym()
    {
        Catalogue.English.MidSentence("Ab").Should().Be("ab");
        Catalogue.English.MidSentence("AB").Should().Be("AB");
        FluentActions.Invoking(() => Catalogue.English.MidSentence(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalogue.English.Sentence(null!)).Should().Throw<ArgumentNullException>();
    }
}
