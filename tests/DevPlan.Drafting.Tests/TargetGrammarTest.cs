using DevPlan.Core;
using DevPlan.Core.Drafting;
using DevPlan.Core.Periods;

namespace DevPlan.Drafting.Tests;

/// <summary>The clause grammar of targets, rule by rule (docs/methods.md, "Drafting a plan from its text").</summary>
public class TargetGrammarTest
{
    [Theory]
    [InlineData("地区生产总值增长7%", "gdp growthRate exactly 7%")]
    [InlineData("地区生产总值增长7%左右", "gdp growthRate about 7%")]
    [InlineData("地区生产总值增长7%上下", "gdp growthRate about 7%")]
    [InlineData("地区生产总值增长7%以上", "gdp growthRate atLeast 7%")]
    [InlineData("地区生产总值增长7%及以上", "gdp growthRate atLeast 7%")]
    [InlineData("地区生产总值增长不低于7%", "gdp growthRate atLeast 7%")]
    [InlineData("地区生产总值增长不少于7%", "gdp growthRate atLeast 7%")]
    [InlineData("地区生产总值增长高于7%", "gdp growthRate greaterThan 7%")]
    [InlineData("地区生产总值增长超过7%", "gdp growthRate greaterThan 7%")]
    [InlineData("地区生产总值增长大于7%", "gdp growthRate greaterThan 7%")]
    [InlineData("城镇调查失业率5.5%以内", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率5.5%之内", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率5.5%以下", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率控制在5.5%", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率控制在5.5%左右", "unemployment level about 5.5%")]
    [InlineData("城镇调查失业率不高于5.5%", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率不超过5.5%", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率低于5.5%", "unemployment level lessThan 5.5%")]
    [InlineData("城镇调查失业率小于5.5%", "unemployment level lessThan 5.5%")]
    [InlineData("城镇调查失业率保持在5.5%以内", "unemployment level atMost 5.5%")]
    [InlineData("城镇调查失业率稳定在5.5%左右", "unemployment level about 5.5%")]
    [InlineData("城镇调查失业率5.5%", "unemployment level exactly 5.5%")]
    public void Qualifiers_ReadTheWordsBeforeAndAfterTheFigure(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("居民消费价格涨幅3%左右", "cpi growthRate about 3%")]
    [InlineData("居民消费价格上涨3%", "cpi growthRate exactly 3%")]
    [InlineData("居民消费价格总水平涨幅控制在4%左右", "cpi growthRate about 4%")]
    [InlineData("居民消费价格涨幅控制在3.5%以内", "cpi growthRate atMost 3.5%")]
    [InlineData("居民消费价格涨幅控制在3.5%", "cpi growthRate atMost 3.5%")]
    [InlineData("居民消费价格上涨幅度控制在5%左右", "cpi growthRate about 5%")]
    [InlineData("居民消费价格指数上涨3%左右", "cpi growthRate about 3%")]
    [InlineData("居民消费价格(CPI)涨幅3%左右", "cpi growthRate about 3%")]
    [InlineData("国内生产总值(GDP)增长5%左右", "gdp growthRate about 5%")]
    [InlineData("国内生产总值预期增长5.5%左右", "gdp growthRate about 5.5%")]
    [InlineData("经济增长5%左右", "gdp growthRate about 5%")]
    [InlineData("规上工业增加值增长6%", "industrial-value-added growthRate exactly 6%")]
    [InlineData("地区生产总值增速7%", "gdp growthRate exactly 7%")]
    [InlineData("地区生产总值增幅7%", "gdp growthRate exactly 7%")]
    [InlineData("一般公共预算收入增加7%", "budget-revenue growthRate exactly 7%")]
    public void GrowthVerbs_MakeGrowthTargets_AndPricesRise(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("单位国内生产总值能耗降低2.5%左右", "energy-intensity reduction about 2.5% binding")]
    [InlineData("单位国内生产总值能耗下降3.4%以上", "energy-intensity reduction atLeast 3.4% binding")]
    [InlineData("单位地区生产总值能耗下降2%", "energy-intensity reduction exactly 2% binding")]
    [InlineData("单位国内生产总值二氧化碳排放降低3.8%左右", "carbon-intensity reduction about 3.8% binding")]
    [InlineData("单位地区生产总值水耗减少3%", "water-intensity reduction exactly 3% binding")]
    [InlineData("主要污染物排放总量削减2%", "major-pollutant-emissions reduction exactly 2% binding")]
    public void ReductionVerbs_MakeReductions_BindingAsTheCatalogueHasThem(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("实际使用外资7.7亿美元", "foreign-capital level exactly 7.7 10^8 USD")]
    [InlineData("新增城镇就业1.65万人", "new-urban-jobs level exactly 1.65 10^4 person")]
    [InlineData("城镇新增就业人数110万人以上", "new-urban-jobs level atLeast 110 10^4 person")]
    [InlineData("粮食产量保持在1.3万亿斤以上", "grain-output level atLeast 1.3 10^12 jin")]
    [InlineData("粮食产量1268万吨以上", "grain-output level atLeast 1268 10^4 t")]
    [InlineData("粮食产能稳定在1100亿斤以上", "grain-capacity level atLeast 1100 10^8 jin binding")]
    [InlineData("常住人口城镇化率提高到65%", "urbanisation level exactly 65%")]
    [InlineData("常住人口城镇化率提高至65%", "urbanisation level exactly 65%")]
    [InlineData("森林覆盖率达到24.1%", "forest-coverage level exactly 24.1% binding")]
    [InlineData("森林覆盖率达24.1%", "forest-coverage level exactly 24.1% binding")]
    [InlineData("劳动年龄人口平均受教育年限提高到11.3年", "schooling-years level exactly 11.3 school-year binding")]
    [InlineData("人口自然增长率控制在4.82‰以内", "population-growth level atMost 4.82 permille")]
    [InlineData("细颗粒物年均浓度降至42微克/立方米", "pm25 level exactly 42 ug/m3 binding")]
    [InlineData("研究与试验发展经费支出占生产总值比重1.9%左右", "rd-intensity level about 1.9%")]
    [InlineData("全员劳动生产率达到12万元/人", "labour-productivity level exactly 12 10^4 CNY/person")]
    public void LevelVerbsAndAmounts_MakeLevels_InTheUnitsAsWritten(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("人均预期寿命再提高1岁", "life-expectancy increase exactly 1 year")]
    [InlineData("人均预期寿命提高1岁", "life-expectancy increase exactly 1 year")]
    [InlineData("常住人口城镇化率提高1个百分点", "urbanisation increase exactly 1%")]
    [InlineData("城镇新增就业增加10万人", "new-urban-jobs increase exactly 10 10^4 person")]
    public void IncreaseVerbs_BeforeAnAmount_MakeIncreases(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("地区生产总值增长6%—6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("地区生产总值增长6%-6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("地区生产总值增长6-6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("地区生产总值增长6%~6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("地区生产总值增长6%至6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("地区生产总值增长6%到6.5%", "gdp growthRate atLeast 6% stretch 6.5%")]
    [InlineData("居民消费价格涨幅2%—3%", "cpi growthRate atMost 3% stretch 2%")]
    [InlineData("单位地区生产总值能耗下降2%—3%", "energy-intensity reduction atLeast 2% stretch 3% binding")]
    [InlineData("城镇调查失业率5%—5.5%", "unemployment level atMost 5.5% stretch 5%")]
    public void ARange_IsABoundInTheWorseDirection_AndAStretch(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("地区生产总值达到9000万元—1亿元", "9000 [10^4 CNY] and 1 [10^8 CNY]")]
    [InlineData("常住人口城镇化率提高1个百分点—2%", "1 percentage points and 2 [percent]")]
    public void ARangeWhoseEndsHaveDifferentUnits_IsNotKept(string clause, string ends)
    {
        var draft = Draw.Draft(clause);

        draft.Targets.Should().BeEmpty();
        var finding = draft.Findings.Should().ContainSingle().Which;
        finding.Kind.Should().Be(DraftFindingKind.FigureNotKept);
        finding.Message.Should().Be($"expected both ends of a range in one unit, but found {ends}; nothing was drafted:");
    }

    [Fact]
    public void ARangeWithAPrefixQualifier_KeepsIt() =>
        Draw.Targets("地区生产总值增长不低于6%—6.5%").Should().Equal("gdp growthRate atLeast 6% stretch 6.5%");

    [Theory]
    [InlineData("地区生产总值增长7%左右,力争8%", "gdp growthRate about 7% stretch 8%")]
    [InlineData("地区生产总值增长7%左右,力争增长8%", "gdp growthRate about 7% stretch 8%")]
    [InlineData("地区生产总值增长7%左右,争取8", "gdp growthRate about 7% stretch 8%")]
    [InlineData("地区生产总值增长7%左右,力争更好", "gdp growthRate about 7% \"力争更好\"")]
    [InlineData("地区生产总值增长7%左右,在实际工作中争取更好结果", "gdp growthRate about 7% \"在实际工作中争取更好结果\"")]
    [InlineData("地区生产总值增长7%左右,努力在实际工作中争取更好结果", "gdp growthRate about 7% \"努力在实际工作中争取更好结果\"")]
    [InlineData("进出口总额力争增长8%左右", "foreign-trade growthRate about 8% \"力争\"")]
    [InlineData("力争地区生产总值增长8%", "gdp growthRate exactly 8% \"力争\"")]
    public void Stretches_AreTheFigureAfter力争_OrANoteWhenThereIsNone(string text, string target) => Draw.Targets(text).Should().Equal(target);

    [Fact]
    public void AStretchOnAStrivenTarget_AddsToItsNote() =>
        Draw.Targets("进出口总额力争增长8%左右,在实际工作中争取更好结果").Should().Equal("foreign-trade growthRate about 8% \"力争；在实际工作中争取更好结果\"");

    [Theory]
    [InlineData("力争8%")]
    [InlineData("在实际工作中争取更好结果")]
    public void AStretchWithoutATargetBeforeIt_IsAFinding(string text)
    {
        var draft = Draw.Draft(text);

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle(f => f.Source.Text == text && f.Kind == DraftFindingKind.UnknownClause);
    }

    [Fact]
    public void AStretchInAnotherUnit_IsNotKept()
    {
        var draft = Draw.Draft("实际使用外资7.7亿美元,力争8%");

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("foreign-capital level exactly 7.7 10^8 USD");
        draft.Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.FigureNotKept && f.Source.Text == "力争8%");
    }

    [Fact]
    public void AStretchAfterTwoTargets_IsAFinding() =>
        Draw.Findings("城镇和农村居民人均可支配收入均增长6%,力争7%").Should().Equal("力争7%");

    [Theory]
    [InlineData("城镇和农村居民人均可支配收入分别增长6%和7%", "urban-disposable-income growthRate exactly 6%", "rural-disposable-income growthRate exactly 7%")]
    [InlineData("城乡居民人均可支配收入分别增长5.5%左右和6%左右", "urban-disposable-income growthRate about 5.5%", "rural-disposable-income growthRate about 6%")]
    [InlineData("常住和户籍人口城镇化率分别达到59%和49%", "urbanisation level exactly 59%", "household-urbanisation level exactly 49%")]
    [InlineData("单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%", "energy-intensity reduction exactly 13.5% binding", "carbon-intensity reduction exactly 18% binding")]
    [InlineData("固定资产投资、社会消费品零售总额分别增长4%、6%", "fixed-asset-investment growthRate exactly 4%", "retail-sales growthRate exactly 6%")]
    [InlineData("进口和出口均增长3%左右", "imports growthRate about 3%", "exports growthRate about 3%")]
    [InlineData("城镇调查失业率和登记失业率稳定在4.3%左右", "unemployment level about 4.3%", "registered-unemployment level about 4.3%")]
    [InlineData("城镇居民人均可支配收入和农民人均纯收入均增长10%左右", "urban-disposable-income growthRate about 10%", "rural-net-income growthRate about 10%")]
    [InlineData("外贸外资促稳提质", "foreign-trade qualitative \"促稳提质\"", "foreign-capital qualitative \"促稳提质\"")]
    [InlineData("单位地区生产总值能耗、水耗分别下降4%和3%左右", "energy-intensity reduction exactly 4% binding", "water-intensity reduction about 3% binding")]
    public void Distribution_PairsSubjectsAndFigures_OrSharesOne(string clause, string first, string second) =>
        Draw.Targets(clause).Should().Equal(first, second);

    [Theory]
    [InlineData("城镇和农村居民人均可支配收入分别增长6%、7%和8%")]
    [InlineData("城镇和农村居民人均可支配收入增长6%和7%")]
    [InlineData("地区生产总值分别增长6%和7%")]
    public void FiguresThatDoNotPairWithTheSubjects_AreAMismatch(string clause)
    {
        var draft = Draw.Draft(clause);

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.Mismatch);
    }

    [Theory]
    [InlineData("完成能耗强度降低任务", "energy-intensity completion binding")]
    [InlineData("完成市下达的能耗强度降低任务", "energy-intensity completion binding")]
    [InlineData("完成国家下达的节能减排任务", "energy-emission-tasks completion binding")]
    [InlineData("全面完成国家下达的年度节能减排约束性指标", "energy-emission-tasks completion binding")]
    [InlineData("全面完成国家下达的节能减排各项约束性目标", "energy-emission-tasks completion binding")]
    [InlineData("按照国家要求完成节能减排降碳任务", "energy-emission-tasks completion binding")]
    [InlineData("主要污染物排放总量完成国家下达目标", "major-pollutant-emissions completion binding")]
    [InlineData("完成单位生产总值能耗、化学需氧量等年度节能减排任务", "energy-emission-tasks completion binding")]
    [InlineData("完成上级下达的单位地区生产总值能耗降低任务(预期性)", "energy-intensity completion")]
    public void Tasks_HandedDown_AreCompletionTargets(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Fact]
    public void ATaskOfTwoIndicators_IsTwoTargets() =>
        Draw.Targets("完成省下达的节能减排降碳约束性指标和环境质量改善目标").Should().Equal("energy-emission-tasks completion binding", "eco-environment-quality completion binding");

    [Fact]
    public void APartOfATaskOutsideTheCatalogue_IsAFinding_AndTheOtherPartsAreKept()
    {
        var draft = Draw.Draft("完成国家下达的节能减排和环境保护等任务");

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("energy-emission-tasks completion binding");
        draft.Findings.Should().ContainSingle().Which.Message.Should().Contain("\"环境保护\"");
    }

    [Theory]
    [InlineData("完成投资1000亿元")]
    [InlineData("完成灾后重建主要目标任务的72%")]
    [InlineData("完成改革任务")]
    public void Completion_NeedsAnIndicatorAndAHead(string clause) => Draw.Findings(clause).Should().Equal(clause);

    [Theory]
    [InlineData("居民收入增长和经济增长同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("居民收入增长与经济增长基本同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("居民人均可支配收入与经济增长基本同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("居民人均可支配收入增长与经济增长保持同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("居民人均可支配收入增长与国内生产总值增长基本同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("居民收入同经济增长同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("全员劳动生产率增长高于国内生产总值增长", "labour-productivity relative greaterThan 0% vs gdp")]
    [InlineData("进出口总额增长快于经济增速", "foreign-trade relative greaterThan 0% vs gdp")]
    [InlineData("地区生产总值增速高于全国平均水平", "gdp qualitative \"高于全国平均水平\"")]
    [InlineData("地区生产总值增长高于全省", "gdp qualitative \"高于全省\"")]
    public void Relations_AreRelativeTargets_OrQualitativeOnesAgainstAPlace(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("全市居民收入增长和经济增长同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("全市进出口总额增长快于经济增速", "foreign-trade relative greaterThan 0% vs gdp")]
    public void ARelationAfterWordsBeforeItsSubject_IsRead(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ARelationInStep_NeedsAJoinBeforeTheOtherIndicator() =>
        Draw.Findings("居民收入增长即经济增长同步").Should().Equal("居民收入增长即经济增长同步");

    [Fact]
    public void SeveralSubjectsOfARelation_EachGetOne() =>
        Draw.Targets("地方一般公共预算收入、居民收入增长和经济增长基本同步").Should().Equal("budget-revenue relative about 0% vs gdp", "disposable-income relative about 0% vs gdp");

    [Theory]
    [InlineData("居民收入增长和物流增长同步")]
    [InlineData("增长和经济增长同步")]
    [InlineData("居民收入增长和经济增长同步发展")]
    public void ARelationWithoutItsParts_IsAFinding(string clause) => Draw.Findings(clause).Should().Equal(clause);

    [Theory]
    [InlineData("国际收支保持基本平衡")]
    [InlineData("生态环境质量、能源、水资源等指标按国家要求落实")]
    [InlineData("重点控制化石能源消费")]
    public void Unknown_AreFindings(string clause) => Draw.Findings(clause).Should().Equal(clause);

    [Theory]
    [InlineData("进出口促稳提质", "foreign-trade qualitative \"促稳提质\"")]
    [InlineData("生态环境质量持续改善", "eco-environment-quality qualitative \"持续改善\"")]
    [InlineData("主要污染物排放量继续下降", "major-pollutant-emissions qualitative binding \"继续下降\"")]
    [InlineData("居民消费价格保持合理水平", "cpi qualitative \"保持合理水平\"")]
    [InlineData("物价水平保持总体平稳", "cpi qualitative \"保持总体平稳\"")]
    [InlineData("固定资产投资合理增长", "fixed-asset-investment qualitative \"合理增长\"")]
    [InlineData("粮食产量保持基本稳定", "grain-output qualitative \"保持基本稳定\"")]
    [InlineData("实际利用外资稳步增加", "foreign-capital qualitative \"稳步增加\"")]
    [InlineData("进出口量稳质升", "foreign-trade qualitative \"量稳质升\"")]
    [InlineData("国内生产总值年均增长保持在合理区间、各年度视情提出", "gdp qualitative \"增长保持在合理区间、各年度视情提出\"")]
    public void Aims_WithoutAFigure_AreQualitative(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Fact]
    public void PositiveGrowth_IsGrowthAboveZero() =>
        Draw.Targets("外贸进出口总额实现正增长").Should().Equal("foreign-trade growthRate greaterThan 0%");

    [Theory]
    [InlineData("地区生产总值增长7%(约束性)", "gdp growthRate exactly 7% binding")]
    [InlineData("森林覆盖率达到24.1%(预期性)", "forest-coverage level exactly 24.1%")]
    [InlineData("森林覆盖率达到24.1%（预期性）", "forest-coverage level exactly 24.1%")]
    public void AStatedNature_OverridesTheCatalogues(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Theory]
    [InlineData("全年地区生产总值增长7%")]
    [InlineData("全市地区生产总值增长7%")]
    [InlineData("济南地区生产总值增长7%")]
    [InlineData("济南市地区生产总值增长7%")]
    [InlineData("——地区生产总值增长7%")]
    [InlineData("1、地区生产总值增长7%")]
    [InlineData("一、地区生产总值增长7%")]
    [InlineData("(一)地区生产总值增长7%")]
    [InlineData("一是地区生产总值增长7%")]
    [InlineData("1.地区生产总值增长7%")]
    [InlineData("其中地区生产总值增长7%")]
    [InlineData("到2024年地区生产总值增长7%")]
    [InlineData("确保地区生产总值增长7%")]
    public void WordsBeforeTheSubject_AddNothing(string clause) => Draw.Targets(clause).Should().Equal("gdp growthRate exactly 7%");

    [Theory]
    [InlineData("地区生产总值增长7%", 0)]
    [InlineData("实际使用外资7.7亿美元,地区生产总值增长7%", 1)]
    public void Ids_NumberTheTargetsInTextOrder(string text, int index) =>
        Draw.Draft(text).Targets[index].Target.Id.Should().Be($"t{index + 1:00}-{Draw.Draft(text).Targets[index].Target.Indicator}");

    [Fact]
    public void Ids_HaveThreeDigitsPastNinetyNine() =>
        Draw.Draft(string.Concat(Enumerable.Repeat("地区生产总值增长7%;", 100))).Targets[99].Target.Id.Should().Be("t100-gdp");

    [Fact]
    public void AnAverageAnnualRate_InAFiveYearPlan_IsAnAverageAnnualGrowthTarget_OverItsSpan()
    {
        var draft = Draw.Draft("全社会研发经费投入年均增长7%以上", Draw.Options with { Year = null, Horizon = ReportingPeriod.Parse("2021/2025") });

        Describe.Target(draft.Targets.Single().Target).Should().Be("rd-expenditure averageAnnualGrowth atLeast 7%");
        draft.Targets.Single().Target.Period.Should().Be(ReportingPeriod.Parse("2021/2025"));
        draft.Plan!.Horizon.Should().Be(ReportingPeriod.Parse("2021/2025"));
    }

    [Fact]
    public void AnAverageAnnualRate_InAnAnnualPlan_IsNotExpressible()
    {
        var draft = Draw.Draft("全社会研发经费投入年均增长7%以上");

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.NotExpressible);
    }

    [Theory]
    [InlineData("地区生产总值增长7亿元")]
    [InlineData("地区生产总值下降7亿元")]
    [InlineData("地区生产总值7%")]
    [InlineData("实际使用外资7.7亿元")]
    [InlineData("城镇新增就业100")]
    [InlineData("城镇调查失业率下降0.5个百分点")]
    public void AFigureTheIndicatorCannotTake_IsNotKept(string clause)
    {
        var draft = Draw.Draft(clause);

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);
    }

    [Fact]
    public void AGrowthOfMinus120Percent_IsDraftedAsWritten_AndTheValidatorJudgesIt()
    {
        var draft = Draw.Draft("地区生产总值增长-120%");

        Describe.Target(draft.Targets.Single().Target).Should().Be("gdp growthRate exactly -120%");
        Core.Validation.PlanValidator.Validate(draft.Plan!).Errors.Should().ContainSingle(e => e.Code == "DP1401");
    }

    [Fact]
    public void AReductionOf150Percent_IsDraftedAsWritten_AndTheValidatorRefusesIt() =>
        Core.Validation.PlanValidator.Validate(Draw.Draft("单位地区生产总值能耗下降150%").Plan!).Errors.Should().ContainSingle(e => e.Code == "DP1402");

    [Fact]
    public void AClauseWithoutASubject_ContinuesTheOneBefore() =>
        Draw.Targets("地区生产总值增长7%,增长8%").Should().Equal("gdp growthRate exactly 7%", "gdp growthRate exactly 8%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ClausesWithoutASubject_AllContinueTheLastSubject() =>
        Draw.Targets("地区生产总值增长7%,增长8%,增长9%").Should().Equal("gdp growthRate exactly 7%", "gdp growthRate exactly 8%", "gdp growthRate exactly 9%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ARangeMarkWithoutAFigureAfterIt_IsWordsAfterTheFigure() =>
        Draw.Draft("地区生产总值增长7%到年底").Findings.Should().ContainSingle()
            .Which.Message.Should().Contain("expected the clause to end after the figure, but found \"到年底\"");

    [Fact]
    public void AClauseWithoutASubject_AtTheStartOfASentence_IsAFinding() =>
        Draw.Findings("地区生产总值增长7%。增长8%").Should().Equal("增长8%");

    [Fact]
    public void TheWordsOfAResult_InATargetSentence_AreNotATarget()
    {
        var draft = Draw.Draft("城镇调查失业率平均为5.5%", Draw.Options with { Mode = DraftMode.Targets });

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.NotExpressible);
    }

    [Fact]
    public void AComparison_InATargetSentence_IsNotExpressible() =>
        Draw.Draft("地区生产总值增长7%,高于全省1个百分点", Draw.Options with { Mode = DraftMode.Targets }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.NotExpressible);

    [Fact]
    public void AHeading_GivesThePlanYear_AndACompoundClauseIsSplit()
    {
        var draft = Draw.Draft("2025年主要预期目标为:常住人口城镇化率达到60%、户籍人口城镇化率达到45%。", Draw.Options with { Year = null });

        draft.Plan!.Year.Should().Be(2025);
        draft.Targets.Select(t => t.Source.Text).Should().Equal("常住人口城镇化率达到60%", "户籍人口城镇化率达到45%");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheHeadingsOwnYear_GivesThePlanYear_NotAnEarlierYearOfItsSentence() =>
        Draw.Draft("2023年成绩显著,2024年主要预期目标为:地区生产总值增长5%左右", Draw.Options with { Year = null }).Plan!.Year.Should().Be(2024);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AMalformedHeading_GivesNoPlanYear() =>
        Draw.Draft(")2025年主要预期目标为:地区生产总值增长7%", Draw.Options with { Year = null }).Plan.Should().BeNull();

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData(12, 2025)]
    [InlineData(11, null)]
    public void AHeadingAsLongAsTheLimit_GivesThePlanYear(int maxClauseLength, int? year) =>
        (Draw.Draft("2025年主要预期目标为:地区生产总值增长7%", Draw.Options with { Year = null, MaxClauseLength = maxClauseLength }).Plan?.Year).Should().Be(year);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AHeadingBeforeAColon_NeedNotEndAsAHeadingWithoutOneDoes() =>
        Draw.Draft("2025年主要预期目标如下:地区生产总值增长5%左右", Draw.Options with { Year = null }).Plan!.Year.Should().Be(2025);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AHeadingAsLongAsTheLimit_MakesItsSentenceOneOfTargets()
    {
        var draft = Draw.Draft("今年经济社会发展主要预期目标为:地区生产总值比上年增长7%。", Draw.Options with { MaxClauseLength = 15 });

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("gdp growthRate exactly 7%");
        draft.Observations.Should().BeEmpty();
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AMalformedHeading_DoesNotMakeItsSentenceOneOfTargets()
    {
        var draft = Draw.Draft(")今年主要预期目标为:地区生产总值比上年增长7%。");

        draft.Targets.Should().BeEmpty();
        draft.Observations.Select(Describe.Observation).Should().Equal("gdp 2023 growth 7%");
    }

    [Fact]
    public void AHeadingsYear_ThatIsNotThePlanYear_IsAMismatch() =>
        Draw.Draft("2025年主要预期目标为:地区生产总值增长7%").Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.Mismatch);

    [Fact]
    public void AColonAfterWordsThatAreNotAHeading_IsAFinding() =>
        Draw.Findings("李强表示:地区生产总值增长7%").Should().Equal("李强表示");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7%左右,力争更好", "Strive for a better result (力争更好)")]
    [InlineData("进出口总额力争增长8%左右", "Striven for (力争)")]
    [InlineData("进出口总额力争增长8%左右,在实际工作中争取更好结果", "Striven for (力争); strive for better: 在实际工作中争取更好结果")]
    [InlineData("生态环境质量持续改善", "As worded: 持续改善")]
    public void Notes_SayInEnglishWhatTheWordsAsk(string text, string note) =>
        Draw.Draft(text).Targets.Single().Target.Note!.En.Should().Be(note);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ARangesPrefixQualifier_OverridesTheDirectionsBound() =>
        Draw.Targets("地区生产总值增长不高于6%—6.5%").Should().Equal("gdp growthRate atMost 6% stretch 6.5%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void PercentagePoints_AreAnIncreaseOfAPercentIndicatorOnly()
    {
        var draft = Draw.Draft("人口自然增长率提高1个百分点");

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AnIndicatorAfter等_WithWordsAfterIt_IsNoTask() =>
        Draw.Findings("完成单位生产总值能耗、化学需氧量等节能减排工作任务").Should().Equal("完成单位生产总值能耗、化学需氧量等节能减排工作任务");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ASubjectWhosePredicateHasAFigureNotUnderstood_DoesNotCarryToTheNextClause()
    {
        var draft = Draw.Draft("地区生产总值增长7%多,增长8%");

        draft.Targets.Should().BeEmpty();
        draft.Findings.Select(f => f.Source.Text).Should().Equal("地区生产总值增长7%多", "增长8%");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void 力争TwiceOver_IsStillStriving() =>
        Draw.Targets("力争地区生产总值争取增长8%").Should().Equal("gdp growthRate exactly 8% \"力争\"");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AnEmptyPartOfATask_IsAFinding_AndTheOtherPartsAreKept()
    {
        var draft = Draw.Draft("完成、节能减排任务");

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("energy-emission-tasks completion binding");
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.UnknownClause);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ATaskHandedDown_WithoutItsIssuer_IsATask() =>
        Draw.Targets("完成下达的能耗强度降低任务").Should().Equal("energy-intensity completion binding");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void FillersAfter力争_AreRead() =>
        Draw.Targets("人均预期寿命力争再提高1岁").Should().Equal("life-expectancy increase exactly 1 year \"力争\"");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7%、约8%", "expected the clause to end after the figure, but found \"、约8%\"")]
    [InlineData("地区生产总值增长约8%", "expected a figure, an aim or a task, but found \"约8%\"")]
    [InlineData("增长7%多", "expected the clause to end after the figure, but found \"多\"")]
    [InlineData("增长再创新高", "expected an indicator of the catalogue, but none of its names begins the clause")]
    public void AClauseNotUnderstood_SaysWhatWasExpected(string clause, string problem) =>
        Draw.Draft(clause).Findings.Should().ContainSingle().Which.Message.Should().Be($"clause not understood ({problem}); nothing was drafted from it:");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ANumberBeyondDecimal_IsAFigureNotKept()
    {
        var finding = Draw.Draft("地区生产总值增长" + new string('9', 30) + "%").Findings.Should().ContainSingle().Subject;

        finding.Kind.Should().Be(DraftFindingKind.FigureNotKept);
        finding.Message.Should().Contain("expected a number that decimal holds exactly as written");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("粮食产量超过1.3万亿斤", "grain-output level greaterThan 1.3 10^12 jin")]
    [InlineData("粮食产量突破1.3万亿斤", "grain-output level greaterThan 1.3 10^12 jin")]
    public void AnApproximateVerb_MakesAFloorNotReached(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("完成节能减排等年度任务")]
    [InlineData("完成节能减排等任务")]
    public void TasksBefore等AndAHead_AreTheTasks(string clause) => Draw.Targets(clause).Should().Equal("energy-emission-tasks completion binding");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("完成地区生产总值")]
    [InlineData("能耗强度完成")]
    [InlineData("能耗强度完成国家下达的降低任务的90%")]
    [InlineData("推动经济社会发展的5项主要目标")]
    [InlineData("—地区生产总值增长7%X")]
    [InlineData("()地区生产总值增长7%")]
    [InlineData("是地区生产总值增长7%")]
    [InlineData("——(一)地区生产总值增长7%")]
    [InlineData("国内生产总值()增长5%")]
    [InlineData("地区生产总值(GRP值)增长5%")]
    [InlineData("居民收入较快增长和经济增长同步")]
    [InlineData("地区生产总值两年增长10%")]
    [InlineData("甲和户籍人口城镇化率达到60%")]
    [InlineData("甲、乙、丙、丁、戊、己、庚、辛、壬增长5%")]
    [InlineData("常住人口城镇化率两年达到65%")]
    public void ClausesTheGrammarDoesNotRead_AreFindings(string clause) => Draw.Findings(clause).Should().Equal(clause);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("—地区生产总值增长7%", "gdp growthRate exactly 7%")]
    [InlineData("—地区生产总值增长", "gdp qualitative \"增长\"")]
    [InlineData("地区生产总值(GRP)增长5%", "gdp growthRate exactly 5%")]
    [InlineData("国内生产总值(地区生产总值)增长5%", "gdp growthRate exactly 5%")]
    [InlineData("地区生产总值(GRP)增速高于全国平均水平", "gdp qualitative \"高于全国平均水平\"")]
    [InlineData("地区生产总值增速高于全省增速", "gdp qualitative \"高于全省\"")]
    [InlineData("居民收入实际增长和经济增长同步", "disposable-income relative about 0% vs gdp")]
    [InlineData("完成节能减排和研究与试验发展经费投入强度目标", "energy-emission-tasks completion binding", "rd-intensity completion binding")]
    public void ListMarksAliasesAndNamesWithJoins_AreRead(string clause, params string[] targets) => Draw.Targets(clause).Should().Equal(targets);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheRegionsName_MayBeOneCharacter() =>
        Draw.Targets("市地区生产总值增长7%", Draw.Options with { RegionName = "市" }).Should().Equal("gdp growthRate exactly 7%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void APastYearsAverage_InAFiveYearPlan_IsAnAverageAnnualTarget() =>
        Draw.Targets("过去五年地区生产总值平均增长6%", Draw.Options with { Year = null, Horizon = ReportingPeriod.Parse("2021/2025"), Mode = DraftMode.Targets })
            .Should().Equal("gdp averageAnnualGrowth exactly 6%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("城镇和农村居民人均可支配收入分别增长6%、7%和8%", "expected as many figures as indicators after 分别 (2), but found 3 figures for 2 indicators; nothing was drafted:")]
    [InlineData("地区生产总值增长6%和7%", "expected one figure, or 分别 before several, but found 2 figures for 1 indicator; nothing was drafted:")]
    [InlineData("地区生产总值增长7%,高于全省1个百分点", "expected a target, but found a comparison with a reference, which only results state; nothing was drafted:")]
    [InlineData("全社会研发经费投入年均增长7%以上", "expected an annual rate in a plan of one year (2024), but found an average annual one (年均); give the plan's span (DraftOptions.Horizon) to draft it:")]
    [InlineData("城镇和农村居民人均可支配收入均增长6%,力争7%", "expected one target in the clause before a stretch figure (力争), but found 2; nothing was drafted:")]
    [InlineData("在实际工作中争取更好结果", "expected a target before a call for better results, but found none; nothing was drafted:")]
    [InlineData("李强表示:地区生产总值增长7%", "clause not understood (expected a heading that names the targets (…目标为：) before a colon); nothing was drafted from it:")]
    [InlineData("持续改善", "clause not understood (expected an indicator of the catalogue, but none of its names begins the clause); nothing was drafted from it:")]
    [InlineData("地区生产总值增长7%。增长8%", "expected an indicator of the catalogue, or a clause before it with one, but found neither:")]
    [InlineData("年末增长8%", "expected an indicator of the catalogue, or a clause before it with one, but found neither:")]
    [InlineData("城镇调查失业率平均为5.5%", "expected a target, but found the words of a result (平均, 年末, a level with its growth); nothing was drafted:")]
    [InlineData("居民收入增长和物流增长同步", "clause not understood (expected a figure, an aim or a task, but found \"和物流增长同步\"); nothing was drafted from it:")]
    public void Findings_SayWhatWasExpectedAndFound(string text, string message) =>
        Draw.Draft(text, Draw.Options with { Mode = DraftMode.Targets }).Findings.Should().ContainSingle().Which.Message.Should().Be(message);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7亿元", "expected a rate in percent after a verb of growth (or, after 提高 or 增加, an amount in the indicator's unit or in percentage points of a share) for gdp (in ", "but found 7 ")]
    [InlineData("城镇调查失业率下降0.5个百分点", "expected a rate in percent after a verb of reduction for unemployment (in ", "but found 0.5 percentage points; nothing was drafted:")]
    [InlineData("城镇新增就业100", "expected a level in the indicator's unit for new-urban-jobs (in ", "but found 100 with no unit; nothing was drafted:")]
    [InlineData("实际使用外资7.7亿美元,力争8%", "expected a stretch figure in the target's unit (10^8 USD)", "but found 8 [percent]; it was not kept:")]
    [InlineData("生态环境质量持续改善,力争8%", "expected a stretch figure in the target's unit (none)", "but found 8 [percent]; it was not kept:")]
    public void AFigureNotKept_SaysWhatWasExpectedAndFound(string text, string expected, string found) =>
        Draw.Draft(text).Findings.Should().ContainSingle().Which.Message.Should().StartWith(expected).And.Contain(found);

    [Fact]
    public void TheCatalogue_CanBeAnother_WhoseIndicatorsThePlanDeclares()
    {
        var gdp = IndicatorCatalogue.Standard.Find("gdp")!;
        var catalogue = new IndicatorCatalogue([new CatalogueEntry(gdp.Indicator, ["产值"], TargetNature.Expected, gdp.Definition, gdp.Sources)]);

        var draft = Draw.Draft("产值增长7%,地区生产总值增长7%", Draw.Options with { Catalogue = catalogue });

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("gdp growthRate exactly 7%");
        draft.Plan!.DeclaredIndicators.Select(i => i.Code).Should().Equal("gdp");
        draft.Plan.StandardIndicators.Should().BeEmpty();
        draft.Findings.Select(f => f.Source.Text).Should().Equal("地区生产总值增长7%");
    }
}
