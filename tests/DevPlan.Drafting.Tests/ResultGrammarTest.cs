using DevPlan.Core;
using DevPlan.Core.Drafting;

namespace DevPlan.Drafting.Tests;

/// <summary>The clause grammar of results (docs/methods.md, "Drafting: from clauses to results").</summary>
public class ResultGrammarTest
{
    [Theory]
    [InlineData("全年地区生产总值1767.3亿元,增长7.3%", "gdp 2023 level 1767.3 10^8 CNY growth 7.3%")]
    [InlineData("全区地区生产总值达到1767.3亿元,同比增长7.3%", "gdp 2023 level 1767.3 10^8 CNY growth 7.3%")]
    [InlineData("地区生产总值1767.3亿元、增长7.3%", "gdp 2023 level 1767.3 10^8 CNY growth 7.3%")]
    [InlineData("地区生产总值1767.3亿元、同比增长7.3%", "gdp 2023 level 1767.3 10^8 CNY growth 7.3%")]
    [InlineData("地区生产总值为1767.3亿元,按可比价格计算,比上年增长7.3%", "gdp 2023 level 1767.3 10^8 CNY growth 7.3%")]
    [InlineData("地区生产总值比上年增长7.30%", "gdp 2023 growth 7.30%")]
    [InlineData("实现地区生产总值1767.3亿元", "gdp 2023 level 1767.3 10^8 CNY")]
    [InlineData("完成一般公共预算收入1060.8亿元、增长6%", "budget-revenue 2023 level 1060.8 10^8 CNY growth 6%")]
    public void ALevelAndItsGrowth_AreOneObservation(string text, string result) => Draw.Results(text).Should().Equal(result);

    [Theory]
    [InlineData("居民消费价格上涨2%", "cpi 2023 growth 2%")]
    [InlineData("居民消费价格比上年下降0.3%", "cpi 2023 growth -0.3%")]
    [InlineData("单位国内生产总值能耗下降5.6%", "energy-intensity 2023 growth -5.6%")]
    [InlineData("工业生产者出厂价格下跌1%", null)]
    [InlineData("全员劳动生产率为152977元/人,比上年提高4.2%", "labour-productivity 2023 level 152977 CNY/person growth 4.2%")]
    [InlineData("全国居民人均可支配收入实际增长7.4%", "disposable-income 2023 growth 7.4%")]
    [InlineData("城镇居民人均可支配收入扣除价格因素增长5%", "urban-disposable-income 2023 growth 5%")]
    public void Rates_AreGrowths_AFallNegative(string text, string? result)
    {
        if (result is null)
        {
            Draw.Results(text).Should().BeEmpty();
            return;
        }
        Draw.Results(text).Should().Equal(result);
    }

    [Fact]
    public void ANominalRate_OfAComparablePriceIndicator_IsNotKept()
    {
        var draft = Draw.Draft("全国居民人均可支配收入名义增长10.4%", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Should().ContainSingle().Which.Observation.Should().BeNull();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.NotExpressible);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void OneFigureOfSeveralSubjects_IsEachOnesResult() =>
        Draw.Results("进口和出口均增长3%").Should().Equal("imports 2023 growth 3%", "exports 2023 growth 3%");

    [Fact]
    public void ANominalRate_OfANominalIndicator_IsKept() =>
        Draw.Results("社会消费品零售总额名义增长7%").Should().Equal("retail-sales 2023 growth 7%");

    [Theory]
    [InlineData("城镇调查失业率平均为5.2%", "unemployment 2023 level 5.2%")]
    [InlineData("全年全国城镇调查失业率平均值为5.6%", "unemployment 2023 level 5.6%")]
    [InlineData("年末城镇调查失业率降到5.5%", "unemployment 2023-M12 level 5.5%")]
    [InlineData("年底城镇调查失业率为5.5%", "unemployment 2023-M12 level 5.5%")]
    [InlineData("上半年地区生产总值增长5%", "gdp 2023-S1 growth 5%")]
    [InlineData("前三季度地区生产总值增长5%", "gdp 2023-YTD-M09 growth 5%")]
    [InlineData("一季度地区生产总值增长5%", "gdp 2023-Q1 growth 5%")]
    [InlineData("2021年地区生产总值增长8.1%", "gdp 2021 growth 8.1%")]
    [InlineData("2021年,地区生产总值增长8.1%", "gdp 2021 growth 8.1%")]
    public void Averages_YearEnds_PartsOfTheYear_AndYears_SetThePeriod(string text, string result) => Draw.Results(text).Should().Equal(result);

    [Theory]
    [InlineData("地区生产总值比上年增长8.3%,两年平均增长5.9%", "gdp 2023 growth 8.3%", "gdp 2022/2023 average 5.9%")]
    [InlineData("“十三五”期间地区生产总值年均增长6.4%", "gdp 2016/2020 average 6.4%", null)]
    [InlineData("十三五时期,地区生产总值年均增长6.4%", "gdp 2016/2020 average 6.4%", null)]
    [InlineData("过去五年地区生产总值平均增长6%", "gdp 2019/2023 average 6%", null)]
    public void MultiYearAverages_AreKeptOverTheirSpan(string text, string first, string? second) =>
        Draw.Results(text).Should().Equal(second is null ? [first] : [first, second]);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AYearClause_SetsTheYearOfTheClausesAfterIt_UntilAnother() =>
        Draw.Results("2022年,地区生产总值增长5%,2023年,地区生产总值增长6%").Should().Equal("gdp 2022 growth 5%", "gdp 2023 growth 6%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ASpanClause_SetsTheSpanOfTheClausesAfterIt_UntilAnother() =>
        Draw.Results("“十二五”期间,地区生产总值年均增长8%,“十三五”期间,地区生产总值年均增长6%").Should().Equal("gdp 2011/2015 average 8%", "gdp 2016/2020 average 6%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TwoNamesOfOneIndicator_InOneClause_AreOneResult()
    {
        var draft = Draw.Draft("国内生产总值和地区生产总值分别增长5%和6%", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Select(Describe.Observation).Should().Equal("gdp 2023 growth 5%");
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.Mismatch);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("上半年预计地区生产总值增长5%", "gdp 2023-S1 growth 5% estimated")]
    [InlineData("2023年预计地区生产总值增长5%", "gdp 2023 growth 5% estimated")]
    [InlineData("“十三五”期间预计地区生产总值年均增长6%", "gdp 2016/2020 average 6%")]
    [InlineData("\"十三五\"期间地区生产总值年均增长6.4%", "gdp 2016/2020 average 6.4%")]
    [InlineData("(一)2023年地区生产总值增长7%", "gdp 2023 growth 7%")]
    public void WordsAfterAPeriod_AreStillRead(string text, string result) => Draw.Results(text).Should().Equal(result);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AListMarkedClauseThatBeginsWithAnEarlierYear_IsAResult() =>
        Draw.Draft("(一)2023年地区生产总值增长7%").Observations.Select(Describe.Observation).Should().Equal("gdp 2023 growth 7%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("居民消费价格上涨-1%", "cpi 2023 growth -1%")]
    [InlineData("居民消费价格上涨-2%", "cpi 2023 growth -2%")]
    [InlineData("居民消费价格上涨-9%", "cpi 2023 growth -9%")]
    [InlineData("居民消费价格上涨+2%", "cpi 2023 growth 2%")]
    [InlineData("居民消费价格上涨-0%", "cpi 2023 growth 0%")]
    [InlineData("居民消费价格上涨-0.0%", "cpi 2023 growth 0.0%")]
    public void SignedRates_AreKeptAsWritten(string text, string result) => Draw.Results(text).Should().Equal(result);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值年均增长6.4%", "expected the years of an average annual rate (“十三五”期间, 两年平均), but the text names none; nothing was drafted:")]
    [InlineData("全国居民人均可支配收入名义增长10.4%", "expected the real rate of disposable-income, whose growth is at comparable prices, but found a nominal one (名义); it was not kept:")]
    [InlineData("地区生产总值增长7%,增长8%", "expected one figure of a kind for a result, but found 8% after 7%; the first was kept:")]
    [InlineData("高于全省2.4个百分点", "expected one result in the clause before a comparison, but found 0; nothing was drafted:")]
    public void ResultFindings_SayWhatWasExpectedAndFound(string text, string message) =>
        Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle().Which.Message.Should().Be(message);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值和固定资产投资增长5%和6%", "expected one figure for each result, but found 2 for 2 indicators; nothing was drafted:")]
    [InlineData("地区生产总值增长6%—7%", "expected one figure for each result, but found 1 and a range for 1 indicator; nothing was drafted:")]
    [InlineData("增长7%", "expected an indicator of the catalogue, or a clause before it with one, but found neither:")]
    public void FiguresThatMakeNoResult_AreAFindingSayingWhy(string text, string message)
    {
        var draft = Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Message.Should().Be(message);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void FiguresWithoutASubject_AreOneFinding_EvenWithoutAYear() =>
        PlanDrafter.Draft("增长7%", new DraftOptions { Mode = DraftMode.Results }).Findings.Select(f => f.Kind)
            .Should().Equal(DraftFindingKind.UnknownClause, DraftFindingKind.MissingInformation);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ANumberDecimalWouldRound_IsNotKept() =>
        Draw.Draft("地区生产总值增长1." + new string('0', 29) + "1%", Draw.Options with { Mode = DraftMode.Results }).Findings
            .Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AResultWithoutAYear_SaysSo() =>
        PlanDrafter.Draft("地区生产总值增长7%", new DraftOptions { Mode = DraftMode.Results }).Findings.Select(f => f.Message)
            .Should().Contain("expected the year of a result, but neither the text (2023年) nor the options (DraftOptions.ResultsYear, Year) give one; nothing was drafted:");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("全年地区生产总值增长7%,比上年提高1个百分点", "for gdp, but found 1 percentage points; it was not kept:")]
    [InlineData("实际使用外资7.7亿元", "for foreign-capital, but found 7.7 ")]
    [InlineData("城镇新增就业100", "for new-urban-jobs, but found 100 with no unit; it was not kept:")]
    public void AResultsFigureNotKept_SaysWhatWasFound(string text, string found) =>
        Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle().Which.Message.Should().StartWith("expected a level in ").And.Contain(found);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("固定资产投资增长9.1%,高于预期")]
    [InlineData("固定资产投资增长9.1%,高于全省2.4%")]
    public void AComparisonWithoutAReferenceOrPoints_IsAFinding(string text)
    {
        var draft = Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Select(Describe.Observation).Should().Equal("fixed-asset-investment 2023 growth 9.1%");
        draft.Findings.Should().ContainSingle().Which.Message.Should().StartWith("clause not understood (expected");
    }

    [Fact]
    public void AnAverageAnnualRateWithoutItsYears_IsMissingInformation() =>
        Draw.Draft("地区生产总值年均增长6.4%", Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.MissingInformation);

    [Theory]
    [InlineData("固定资产投资增长9.1%,高于全省2.4个百分点", "fixed-asset-investment 2023 growth 9.1% above 全省 2.4pp")]
    [InlineData("固定资产投资增长9.1%,低于全国平均水平0.5个百分点", "fixed-asset-investment 2023 growth 9.1% below 全国平均水平 -0.5pp")]
    [InlineData("全国居民人均可支配收入实际增长7.4%,快于经济增速", "disposable-income 2023 growth 7.4% above 经济增速")]
    [InlineData("固定资产投资增长9.1%,比全省高2.4个百分点", null)]
    public void Comparisons_AreKeptBesideTheirResult(string text, string? result)
    {
        if (result is null)
        {
            Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Source.Text == "比全省高2.4个百分点");
            return;
        }
        Draw.Results(text).Should().Equal(result);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AFillerBeforeAComparison_IsRead() =>
        Draw.Results("固定资产投资增长9.1%,同比高于全省2.4个百分点").Should().Equal("fixed-asset-investment 2023 growth 9.1% above 全省 2.4pp");

    [Theory]
    [InlineData("高于全省2.4个百分点")]
    [InlineData("地区生产总值和固定资产投资分别增长5%和6%,高于全省1个百分点")]
    public void AComparisonWithoutOneResultBeforeIt_IsAFinding(string text) =>
        Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Source.Text.StartsWith("高于", StringComparison.Ordinal));

    [Theory]
    [InlineData("地区生产总值增长6.2%左右", "gdp 2023 growth 6.2% estimated")]
    [InlineData("初步核算,地区生产总值增长6.2%", "gdp 2023 growth 6.2% provisional")]
    [InlineData("初步统计,地区生产总值增长6.2%", "gdp 2023 growth 6.2% provisional")]
    [InlineData("预计地区生产总值增长6.2%", "gdp 2023 growth 6.2% estimated")]
    [InlineData("初步预计,地区生产总值增长6.2%", "gdp 2023 growth 6.2% estimated")]
    public void StatusWords_MarkTheResultsOfTheirSentence(string text, string result) => Draw.Results(text).Should().Equal(result);

    [Fact]
    public void AStatusWord_MarksItsSentenceOnly() =>
        Draw.Results("初步核算,地区生产总值增长6.2%。固定资产投资增长3%。").Should().Equal("gdp 2023 growth 6.2% provisional", "fixed-asset-investment 2023 growth 3%");

    [Theory]
    [InlineData("规模以上工业增加值突破4万亿元")]
    [InlineData("粮食总产超过1000亿斤")]
    [InlineData("城镇新增就业超143万人")]
    [InlineData("城镇新增就业143万人以上")]
    [InlineData("城镇调查失业率低于5%")]
    public void ABound_IsNotAResult(string text)
    {
        var draft = Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Should().BeEmpty();
        var finding = draft.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DraftFindingKind.FigureNotKept);
        finding.Message.Should().StartWith("expected an exact result, but the figure is a bound");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ABoundRate_AfterALevel_IsNotKept_AndTheLevelIs()
    {
        var draft = Draw.Draft("地区生产总值1767.3亿元、增长7%以上", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Select(Describe.Observation).Should().Equal("gdp 2023 level 1767.3 10^8 CNY");
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AClauseWhoseFigureIsNotKept_DoesNotCarryItsSubject()
    {
        var draft = Draw.Draft("城镇新增就业超143万人,增长5%", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Should().BeEmpty();
        draft.Findings.Select(f => f.Source.Text).Should().Equal("城镇新增就业超143万人", "增长5%");
    }

    [Fact]
    public void ABoundLevel_KeepsTheRateAfterIt() =>
        Draw.Results("规模以上工业增加值突破4万亿元、增长4.4%").Should().Equal("industrial-value-added 2023 growth 4.4%");

    [Fact]
    public void ACompletedTask_IsAResultCompleted() =>
        Draw.Results("完成市下达的能耗强度降低任务").Should().Equal("energy-intensity 2023 completed");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("生态环境质量持续改善")]
    [InlineData("居民收入增长和经济增长同步")]
    [InlineData("外贸进出口总额实现正增长")]
    [InlineData("在实际工作中争取更好结果")]
    public void AStatementWithoutAFigure_IsNotAResult(string text)
    {
        var finding = Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(DraftFindingKind.NotExpressible);
        finding.Message.Should().StartWith("expected a result with a figure, but found a statement without one");
    }

    [Fact]
    public void TwoFiguresOfOneKind_KeepTheFirst() =>
        Draw.Draft("地区生产总值增长7%,增长8%", Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.Mismatch);

    [Fact]
    public void ARange_IsNotAResult() =>
        Draw.Draft("地区生产总值增长6%—7%", Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.Mismatch);

    [Fact]
    public void ResultsOfYearsBeforeThePlan_AreItsBaselines_OthersAreNot()
    {
        var draft = Draw.Draft("2023年,地区生产总值增长7%。2024年,地区生产总值增长8%。", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Select(o => o.Period.ToString()).Should().Equal("2023", "2024");
        draft.Plan!.Baselines.Should().ContainSingle().Which.Period.ToString().Should().Be("2023");
        draft.Plan.StandardIndicators.Should().Equal("gdp");
    }

    [Fact]
    public void AResultWithoutAYear_IsMissingInformation()
    {
        var draft = PlanDrafter.Draft("地区生产总值增长7%", new DraftOptions { Mode = DraftMode.Results });

        draft.Plan.Should().BeNull();
        draft.Findings.Select(f => f.Kind).Should().Contain(DraftFindingKind.MissingInformation);
    }

    [Fact]
    public void TheResultsYear_IsAnOption() =>
        Draw.Results("地区生产总值增长7%", Draw.Options with { ResultsYear = 2020 }).Should().Equal("gdp 2020 growth 7%");

    [Fact]
    public void TheSourceOfAResult_NamesTheDocumentAndTheClause()
    {
        var draft = Draw.Draft("地区生产总值增长7%", Draw.Options with { Mode = DraftMode.Results, SourceName = "《公报》" });

        draft.Observations.Single().Observation!.Source.Should().Be("《公报》: 地区生产总值增长7%");
        Draw.Draft("地区生产总值增长7%", Draw.Options with { Mode = DraftMode.Results }).Observations.Single().Observation!.Source.Should().Be("地区生产总值增长7%");
    }

    [Theory]
    [InlineData("全年地区生产总值增长7%,比上年提高1个百分点")]
    public void ADifferenceInPointsOfARate_IsNotKept(string text) =>
        Draw.Draft(text, Draw.Options with { Mode = DraftMode.Results }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.FigureNotKept);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData(15, 1, 0)]
    [InlineData(14, 0, 0)]
    public void AClauseThatBeginsWithAnEarlierYear_MakesItsSentenceOneOfResults_WhenItIsRead(int maxClauseLength, int results, int targets)
    {
        var draft = Draw.Draft("2023年地区生产总值增长7%", Draw.Options with { MaxClauseLength = maxClauseLength });

        (draft.Observations.Length, draft.Targets.Length).Should().Be((results, targets));
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AClauseTooLongToRead_DoesNotMakeItsSentenceOneOfResults()
    {
        var draft = Draw.Draft("2023年地区生产总值增长7%,城镇调查失业率5.5%", Draw.Options with { MaxClauseLength = 14 });

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("unemployment level exactly 5.5%");
        draft.Observations.Should().BeEmpty();
    }

    [Theory]
    [InlineData("全年地区生产总值增长7%。", false)]
    [InlineData("地区生产总值比上年增长7%。", true)]
    [InlineData("2023年,地区生产总值增长7%。", true)]
    [InlineData("过去一年,地区生产总值增长7%。", true)]
    [InlineData("地区生产总值增长7%。", false)]
    [InlineData("到2020年地区生产总值增长7%。", false)]
    [InlineData("今年主要预期目标为:地区生产总值比上年增长7%。", false)]
    public void InAuto_ASentenceStatesResults_ByItsWords(string text, bool results)
    {
        var draft = Draw.Draft(text);

        (draft.Observations.Length, draft.Targets.Length).Should().Be(results ? (1, 0) : (0, 1));
    }
}
