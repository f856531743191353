using System.Text.RegularExpressions;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Reporting;

public partial class CatalogueTest
{
    [Fact]
    public void BothLanguages_HaveTheSameKeys()
    {
        Catalogue.Chinese.Keys.Except(Catalogue.English.Keys).Where(k => !k.StartsWith("magnitude.", StringComparison.Ordinal))
            .Should().BeEmpty("every Chinese text needs its English counterpart (only the magnitude words 万 and 亿 are Chinese alone)");
        Catalogue.English.Keys.Except(Catalogue.Chinese.Keys).Should().BeEmpty("every English text needs its Chinese counterpart");
    }

    [Fact]
    public void BothLanguages_UseTheSamePlaceholdersForEachKey()
    {
        foreach (var key in Catalogue.English.Keys)
        {
            Placeholders(Catalogue.Chinese[key]).Should().BeEquivalentTo(Placeholders(Catalogue.English[key]), $"the texts of \"{key}\" take the same values");
        }
    }

    [Fact]
    public void ChineseTexts_UseChinesePunctuation()
    {
        foreach (var key in Catalogue.Chinese.Keys.Where(k => k.StartsWith("explain.", StringComparison.Ordinal) || k.StartsWith("report.", StringComparison.Ordinal)))
        {
            var text = PlaceholderPattern().Replace(Catalogue.Chinese[key], "");
            text.Should().NotMatchRegex("[,;:()](?![0-9])", $"\"{key}\" is Chinese prose, written with ，；：（）");
        }
    }

    [Theory]
    [InlineData("zh", true)]
    [InlineData("zh-CN", true)]
    [InlineData("ZH-Hans", true)]
    [InlineData("en", false)]
    [InlineData("en-GB", false)]
    [InlineData("zhx", false)]
    [InlineData("", false)]
    public void For_ChoosesChineseForTheZhLanguageOnly(string tag, bool chinese) =>
        Catalogue.For(tag).IsChinese.Should().Be(chinese);

    [Fact]
    public void Format_NamesAMissingPlaceholderAndAnUnknownKey()
    {
        FluentActions.Invoking(() => Catalogue.English.Format("report.asOf")).Should().Throw<FormatException>().WithMessage("*report.asOf*{date}*");
        FluentActions.Invoking(() => Catalogue.English["no.such.key"]).Should().Throw<KeyNotFoundException>().WithMessage("*en*no.such.key*");
    }

    [Fact]
    public void QuotedText_KeepsTheSpacesAtItsEnds() => Catalogue.English["grammar.listSeparator"].Should().Be(", ");

    [Theory]
    [InlineData(1767.3, 8, "CNY", "1767.3亿元", "CNY 176.73 billion")]
    [InlineData(7.7, 8, "USD", "7.7亿美元", "USD 770 million")]
    [InlineData(1.65, 4, "person", "1.65万人", "16,500 people")]
    [InlineData(1, 0, "person", "1人", "1 person")]
    [InlineData(7, 0, "percent", "7%", "7%")]
    [InlineData(350, 4, "CNY", "350万元", "CNY 3.5 million")]
    [InlineData(12.5, 12, "CNY", "12.5万亿元", "CNY 12.5 trillion")]
    [InlineData(85, 0, "CNY", "85元", "CNY 85")]
    [InlineData(-0.3, 8, "USD", "-0.3亿美元", "USD -30 million")]
    public void Quantity_AsEachLanguageWritesIt(double value, int exponent, string dimension, string zh, string en)
    {
        var quantity = new Quantity((decimal)value, new Unit(Dimension.Of(dimension), exponent));

        Catalogue.Chinese.Format(quantity).Should().Be(zh);
        Catalogue.English.Format(quantity).Should().Be(en);
    }

    /// <summary>
    /// The precision rule for computed levels, at every magnitude of both languages: the largest magnitude
    /// reached, four significant digits at most, never more decimals than the figures computed from.
    /// </summary>
    [Theory]
    [InlineData("0.09082", 12, "jin", "908.2亿斤", "90.82 billion jin")]
    [InlineData("1.39082", 12, "jin", "1.391万亿斤", "1.391 trillion jin")]
    [InlineData("0.04", 8, "USD", "400万美元", "USD 4 million")]
    [InlineData("0.15", 8, "USD", "1500万美元", "USD 15 million")]
    [InlineData("0.64875", 8, "t", "6488万吨", "64.88 million tonnes")]
    [InlineData("7.14875", 8, "t", "7.149亿吨", "714.9 million tonnes")]
    [InlineData("12345.6", 8, "CNY", "1.235万亿元", "CNY 1.235 trillion")]
    [InlineData("1767.3", 8, "CNY", "1767亿元", "CNY 176.7 billion")]
    [InlineData("10000", 4, "person", "1亿人", "100 million people")]
    [InlineData("9999.96", 4, "person", "1亿人", "100 million people")]
    [InlineData("0.82501", 4, "person", "8250人", "8,250 people")]
    [InlineData("184413", 0, "CNY", "18.44万元", "CNY 184,413")]
    [InlineData("999.96", 0, "CNY", "1000元", "CNY 1,000")]
    [InlineData("1.00", 0, "year", "1.00岁", "1 year")]
    [InlineData("0.67", 0, "year", "0.67岁", "0.67 years")]
    [InlineData("0.00042", 0, "person", "0.00042人", "0.00042 people")]
    [InlineData("0.00042000", 0, "person", "0.0004200人", "0.00042 people")]
    [InlineData("1.00000", 0, "person", "1.000人", "1 person")]
    [InlineData("0.10000", 0, "person", "0.1000人", "0.1 people")]
    [InlineData("0.0000000000000000000000000001", 0, "person", "0.0000000000000000000000000001人", "0.0000000000000000000000000001 people")]
    [InlineData("-0.04", 8, "USD", "-400万美元", "USD -4 million")]
    [InlineData("0", 8, "USD", "0美元", "USD 0")]
    public void ComputedQuantity_TakesTheMagnitudeAndDigitsOfTheRule(string value, int exponent, string dimension, string zh, string en)
    {
        var quantity = new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new Unit(Dimension.Of(dimension), exponent));

        Catalogue.Chinese.FormatComputed(quantity).Should().Be(zh);
        Catalogue.English.FormatComputed(quantity).Should().Be(en);
    }

    [Fact]
    public void ComputedRate_KeepsTheDecimalsItsCallerChose() =>
        Catalogue.Chinese.FormatComputed(Quantity.Percent(6.184m)).Should().Be("6.184%");

    [Theory]
    [InlineData("Gross domestic product (GDP)", "gross domestic product (GDP)")]
    [InlineData("GDP growth", "GDP growth")]
    [InlineData("PM2.5 concentration", "PM2.5 concentration")]
    [InlineData("A", "A")]
    [InlineData("x-ray exports", "x-ray exports")]
    public void AName_InsideAnEnglishSentence_IsLowerCasedUnlessItStartsWithAnAcronym(string name, string inside)
    {
        Catalogue.English.MidSentence(name).Should().Be(inside);
        Catalogue.Chinese.MidSentence(name).Should().Be(name, "Chinese has no case");
    }

    [Theory]
    [InlineData("12", 0, "piece", "high-value-patents", "12件", "12 patents")]
    [InlineData("3.2", 0, "person", "doctors", "3.2人", "3.2 doctors")]
    [InlineData("4.5", 0, "count", "childcare-places", "4.5个", "4.5 places")]
    [InlineData("1100", 4, "person", "new-urban-jobs", "1100万人", "11 million jobs")]
    [InlineData("12", 0, "piece", "steel-output", "12件", "12 pieces")]
    [InlineData("8.0", 8, "USD", "high-value-patents", "8.0亿美元", "USD 800 million")]
    public void ACountOfAStandardIndicator_IsNamedByWhatItCounts(string value, int exponent, string dimension, string indicator, string zh, string en)
    {
        var quantity = new Quantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), new Unit(Dimension.Of(dimension), exponent));

        Catalogue.Chinese.Format(quantity, indicator).Should().Be(zh);
        Catalogue.English.Format(quantity, indicator).Should().Be(en);
        Catalogue.English.FormatComputed(quantity, indicator).Should().Be(Catalogue.English.Format(quantity, indicator), "a computed count is named the same way");
    }

    [Theory]
    [InlineData(6, "USD", null, "百万美元", "USD million")]
    [InlineData(9, "t", null, "十亿吨", "billion tonnes")]
    [InlineData(8, "t", null, "亿吨", "100 million tonnes")]
    [InlineData(4, "person", null, "万人", "10,000 people")]
    [InlineData(0, "piece", "high-value-patents", "件", "patents")]
    [InlineData(0, "person", "doctors", "人", "doctors")]
    [InlineData(0, "piece", null, "件", "pieces")]
    public void AUnitsName_IsItsScaleWord_OrWhatItCounts(int exponent, string dimension, string? indicator, string zh, string en)
    {
        var unit = new Unit(Dimension.Of(dimension), exponent);

        Catalogue.Chinese.UnitName(unit, indicator).Should().Be(zh);
        Catalogue.English.UnitName(unit, indicator).Should().Be(en);
    }

    [Theory]
    [InlineData("以当年粮食产量为衡量", "以当年粮食产量为衡量。", "以当年粮食产量为衡量.")]
    [InlineData("已完成。", "已完成。", "已完成。")]
    [InlineData("set year by year ", "set year by year。", "set year by year.")]
    [InlineData("Is it?", "Is it?", "Is it?")]
    [InlineData("", "", "")]
    public void ANote_EndsAsASentenceOfTheLanguage(string note, string zh, string en)
    {
        Catalogue.Chinese.Sentence(note).Should().Be(zh);
        Catalogue.English.Sentence(note).Should().Be(en);
    }

    [Fact]
    public void ADiagnosticWithoutItsValues_KeepsItsEnglishMessage_InItsLanguagesFrame()
    {
        var diagnostic = new DevPlan.Core.Diagnostics.Diagnostic(DevPlan.Core.Diagnostics.DiagnosticRule.DuplicateObservation, "Something English.",
            new DevPlan.Core.Diagnostics.DiagnosticLocation("f.csv", line: 3, column: "period"), "a hint");

        Catalogue.English.Describe(diagnostic).Should().Be(diagnostic.ToString());
        Catalogue.Chinese.Describe(diagnostic).Should().Be("f.csv:3，“period”列：警告 DP2001：Something English.（a hint）");
    }

    [Fact]
    public void Quantity_KeepsItsPublishedDecimals()
    {
        Catalogue.Chinese.Format(new Quantity(8.0m, Unit.HundredMillionUsd)).Should().Be("8.0亿美元");
        Catalogue.Chinese.Format(Quantity.Percent(3.0m)).Should().Be("3.0%");
    }

    [Fact]
    public void Quantity_BeyondDecimalInPlainUnits_KeepsItsPowerOfTen()
    {
        var huge = new Quantity(80_000_000_000m, new Unit(Dimension.Of("CNY"), 18));

        Catalogue.English.Format(huge).Should().Be("CNY 80000000000 × 10^18");
        Catalogue.Chinese.Format(huge).Should().Be("80000000000×10^18元");
    }

    [Theory]
    [InlineData("2024", "2024年", "2024")]
    [InlineData("2024-S1", "2024年上半年", "H1 2024")]
    [InlineData("2024-S2", "2024年下半年", "H2 2024")]
    [InlineData("2024-Q2", "2024年二季度", "Q2 2024")]
    [InlineData("2024-M06", "2024年6月", "June 2024")]
    [InlineData("2024-YTD-M05", "2024年1—5月", "January–May 2024")]
    [InlineData("2024-YTD-M01", "2024年1月", "January 2024")]
    public void Period_AsEachLanguageWritesIt(string period, string zh, string en)
    {
        var p = ReportingPeriod.Parse(period);

        Catalogue.Chinese.Format(p).Should().Be(zh);
        Catalogue.English.Format(p).Should().Be(en);
    }

    [Theory]
    [InlineData(0.2, "+0.2个百分点", "+0.2 pp")]
    [InlineData(-0.4, "-0.4个百分点", "-0.4 pp")]
    [InlineData(0, "0个百分点", "0 pp")]
    public void PercentagePoints_CarryTheirSign(double points, string zh, string en)
    {
        Catalogue.Chinese.FormatSigned(new PercentagePoints((decimal)points)).Should().Be(zh);
        Catalogue.English.FormatSigned(new PercentagePoints((decimal)points)).Should().Be(en);
    }

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex(@"\{[A-Za-z]+\}")]
    private static partial Regex PlaceholderPattern();
}
