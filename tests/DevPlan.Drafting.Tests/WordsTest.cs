using DevPlan.Core.Drafting;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// The grammar's words, one by one (Grammar/Words.cs, listed in docs/methods.md): each word of each
/// role does its part in a clause, so that a word dropped from its list is a test that fails. The
/// clauses are illustrative, made of the words and the catalogue's names, not quoted from a report.
/// </summary>
public class WordsTest
{
    private static readonly DraftOptions Targets = Draw.Options with { Mode = DraftMode.Targets };

    [Theory]
    [InlineData("其中")]
    [InlineData("同时")]
    [InlineData("此外")]
    [InlineData("另外")]
    [InlineData("对此")]
    [InlineData("按可比价格计算")]
    [InlineData("按不变价格计算")]
    [InlineData("按可比口径计算")]
    [InlineData("全年")]
    [InlineData("今年")]
    [InlineData("当年")]
    [InlineData("年内")]
    [InlineData("去年")]
    [InlineData("上年")]
    [InlineData("过去一年")]
    [InlineData("一年来")]
    [InlineData("全国")]
    [InlineData("全省")]
    [InlineData("全市")]
    [InlineData("全区")]
    [InlineData("全县")]
    [InlineData("全州")]
    [InlineData("我国")]
    [InlineData("我省")]
    [InlineData("我市")]
    [InlineData("我区")]
    [InlineData("本市")]
    [InlineData("本省")]
    [InlineData("实现")]
    [InlineData("确保")]
    [InlineData("推动")]
    [InlineData("努力")]
    public void ConnectivesTimeWordsScopesAndLeadingWords_BeforeTheSubject_AddNothing(string word) =>
        Draw.Targets(word + "地区生产总值增长7%", Targets).Should().Equal("gdp growthRate exactly 7%");

    [Theory]
    [InlineData("全年")]
    [InlineData("预期")]
    [InlineData("再")]
    [InlineData("比上年")]
    [InlineData("比去年")]
    [InlineData("比上年末")]
    [InlineData("较上年")]
    [InlineData("同比")]
    [InlineData("按可比价格计算")]
    [InlineData("按可比口径计算")]
    [InlineData("按不变价格计算")]
    [InlineData("可比")]
    public void Fillers_AfterTheSubject_AddNothing(string word) =>
        Draw.Targets("地区生产总值" + word + "增长7%", Targets).Should().Equal("gdp growthRate exactly 7%");

    [Theory]
    [InlineData("初步核算", "provisional")]
    [InlineData("初步统计", "provisional")]
    [InlineData("据初步统计", "provisional")]
    [InlineData("初步测算", "provisional")]
    [InlineData("经初步核算", "provisional")]
    [InlineData("初步预计", "estimated")]
    [InlineData("预计", "estimated")]
    public void StatusWords_MarkTheSentencesResults(string word, string status) =>
        Draw.Results(word + ",地区生产总值增长6.2%").Should().Equal("gdp 2023 growth 6.2% " + status);

    [Theory]
    [InlineData("上半年", "2023-S1")]
    [InlineData("前三季度", "2023-YTD-M09")]
    [InlineData("一季度", "2023-Q1")]
    [InlineData("第一季度", "2023-Q1")]
    [InlineData("年末", "2023-M12")]
    [InlineData("年底", "2023-M12")]
    public void PartsOfTheYear_SetTheResultsPeriod(string word, string period) =>
        Draw.Results(word + "地区生产总值增长5%").Should().Equal($"gdp {period} growth 5%");

    [Theory]
    [InlineData("力争")]
    [InlineData("争取")]
    public void StrivingWords_BeforeTheSubject_NoteTheTarget(string word) =>
        Draw.Targets(word + "地区生产总值增长8%", Targets).Should().Equal("gdp growthRate exactly 8% \"力争\"");

    [Theory]
    [InlineData("实际")]
    [InlineData("扣除价格因素")]
    public void RealWords_AreReadBeforeTheRate(string word) =>
        Draw.Results("城镇居民人均可支配收入" + word + "增长5%").Should().Equal("urban-disposable-income 2023 growth 5%");

    [Theory]
    [InlineData("平均值")]
    [InlineData("平均")]
    [InlineData("均值")]
    public void AverageWords_MakeTheYearsAverage(string word) =>
        Draw.Results("城镇调查失业率" + word + "为5.2%").Should().Equal("unemployment 2023 level 5.2%");

    [Theory]
    [InlineData("均")]
    [InlineData("都")]
    public void SharedWords_GiveSeveralSubjectsOneFigure(string word) =>
        Draw.Targets("进口和出口" + word + "增长3%左右", Targets).Should().Equal("imports growthRate about 3%", "exports growthRate about 3%");

    [Theory]
    [InlineData("保持在")]
    [InlineData("稳定在")]
    [InlineData("维持在")]
    [InlineData("提高到")]
    [InlineData("提高至")]
    [InlineData("提升到")]
    [InlineData("提升至")]
    [InlineData("增加到")]
    [InlineData("增加至")]
    [InlineData("上升到")]
    [InlineData("上升至")]
    [InlineData("下降到")]
    [InlineData("下降至")]
    [InlineData("降低到")]
    [InlineData("降低至")]
    [InlineData("减少到")]
    [InlineData("减少至")]
    [InlineData("达到")]
    [InlineData("增至")]
    [InlineData("降到")]
    [InlineData("降至")]
    [InlineData("达")]
    [InlineData("为")]
    [InlineData("在")]
    public void LevelVerbs_MakeALevel(string verb) =>
        Draw.Targets("常住人口城镇化率" + verb + "65%", Targets).Should().Equal("urbanisation level exactly 65%");

    [Fact]
    public void TheControlVerb_MakesACeiling() =>
        Draw.Targets("常住人口城镇化率控制在65%", Targets).Should().Equal("urbanisation level atMost 65%");

    [Theory]
    [InlineData("增长")]
    [InlineData("上涨")]
    [InlineData("涨幅")]
    [InlineData("增幅")]
    [InlineData("增速")]
    [InlineData("上涨幅度")]
    [InlineData("增长幅度")]
    [InlineData("上升")]
    [InlineData("增加")]
    [InlineData("提高")]
    [InlineData("提升")]
    public void GrowthVerbs_MakeAGrowthRate(string verb) =>
        Draw.Targets("居民消费价格" + verb + "3%", Targets).Should().Equal("cpi growthRate exactly 3%");

    [Theory]
    [InlineData("涨幅")]
    [InlineData("增幅")]
    [InlineData("增速")]
    [InlineData("上涨幅度")]
    [InlineData("增长幅度")]
    [InlineData("增长")]
    public void RateNouns_TakeTheVerbOfTheirBound(string noun) =>
        Draw.Targets("居民消费价格" + noun + "控制在3%", Targets).Should().Equal("cpi growthRate atMost 3%");

    [Fact]
    public void AFallsRateNoun_TakesTheVerbOfItsBound() =>
        Draw.Targets("单位地区生产总值能耗降幅控制在3%", Targets).Should().Equal("energy-intensity reduction atMost 3% binding");

    [Theory]
    [InlineData("下降")]
    [InlineData("降低")]
    [InlineData("减少")]
    [InlineData("削减")]
    [InlineData("下跌")]
    [InlineData("降幅")]
    [InlineData("回落")]
    public void ReductionVerbs_MakeAReduction(string verb) =>
        Draw.Targets("单位地区生产总值能耗" + verb + "3%", Targets).Should().Equal("energy-intensity reduction exactly 3% binding");

    [Theory]
    [InlineData("提高")]
    [InlineData("增加")]
    [InlineData("提升")]
    public void IncreaseVerbs_BeforeAnAmount_MakeAnIncrease(string verb) =>
        Draw.Targets("人均预期寿命" + verb + "1岁", Targets).Should().Equal("life-expectancy increase exactly 1 year");

    [Theory]
    [InlineData("突破")]
    [InlineData("超过")]
    [InlineData("超")]
    public void ApproximateVerbs_MakeAResultThatIsNotKept(string verb)
    {
        var draft = Draw.Draft("城镇新增就业" + verb + "143万人", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);
    }

    [Theory]
    [InlineData("不低于", "atLeast")]
    [InlineData("不少于", "atLeast")]
    [InlineData("不高于", "atMost")]
    [InlineData("不超过", "atMost")]
    [InlineData("不多于", "atMost")]
    [InlineData("低于", "lessThan")]
    [InlineData("少于", "lessThan")]
    [InlineData("小于", "lessThan")]
    [InlineData("高于", "greaterThan")]
    [InlineData("超过", "greaterThan")]
    [InlineData("多于", "greaterThan")]
    [InlineData("大于", "greaterThan")]
    public void QualifierPrefixes_QualifyTheFigure(string word, string qualifier) =>
        Draw.Targets("新增城镇就业" + word + "110万人", Targets).Should().Equal($"new-urban-jobs level {qualifier} 110 10^4 person");

    [Theory]
    [InlineData("左右", "about")]
    [InlineData("上下", "about")]
    [InlineData("以上", "atLeast")]
    [InlineData("及以上", "atLeast")]
    [InlineData("以内", "atMost")]
    [InlineData("之内", "atMost")]
    [InlineData("以下", "atMost")]
    public void QualifierSuffixes_QualifyTheFigure(string word, string qualifier) =>
        Draw.Targets("新增城镇就业110万人" + word, Targets).Should().Equal($"new-urban-jobs level {qualifier} 110 10^4 person");

    [Theory]
    [InlineData("—")]
    [InlineData("–")]
    [InlineData("-")]
    [InlineData("~")]
    [InlineData("〜")]
    [InlineData("至")]
    [InlineData("到")]
    public void RangeMarks_JoinTheEndsOfARange(string mark) =>
        Draw.Targets("地区生产总值增长6%" + mark + "6.5%", Targets).Should().Equal("gdp growthRate atLeast 6% stretch 6.5%");

    [Theory]
    [InlineData("、")]
    [InlineData("和")]
    [InlineData("与")]
    [InlineData("及")]
    public void FigureJoins_JoinTheFiguresOf分别(string join) =>
        Draw.Targets("城镇和农村居民人均可支配收入分别增长6%" + join + "7%", Targets)
            .Should().Equal("urban-disposable-income growthRate exactly 6%", "rural-disposable-income growthRate exactly 7%");

    [Theory]
    [InlineData("以及")]
    [InlineData("、")]
    [InlineData("和")]
    [InlineData("与")]
    [InlineData("及")]
    public void SubjectJoins_JoinTheSubjects(string join) =>
        Draw.Targets("进口" + join + "出口均增长3%左右", Targets).Should().Equal("imports growthRate about 3%", "exports growthRate about 3%");

    [Theory]
    [InlineData("(约束性)", " binding")]
    [InlineData("(预期性)", "")]
    [InlineData("约束性", " binding")]
    [InlineData("预期性", "")]
    public void NatureWords_AfterTheFigure_StateTheNature(string word, string nature) =>
        Draw.Targets("城镇调查失业率5.5%以内" + word, Targets).Should().Equal("unemployment level atMost 5.5%" + nature);

    [Fact]
    public void NatureWords_OfAForestsCoverage_OverrideItsBindingNature() =>
        Draw.Targets("森林覆盖率达到24.1%预期性", Targets).Should().Equal("forest-coverage level exactly 24.1%");

    [Theory]
    [InlineData("保持")]
    [InlineData("基本")]
    [InlineData("持续")]
    [InlineData("继续")]
    [InlineData("稳定")]
    [InlineData("稳步")]
    [InlineData("进一步")]
    [InlineData("总体")]
    [InlineData("合理")]
    [InlineData("平稳")]
    [InlineData("平衡")]
    [InlineData("改善")]
    [InlineData("好转")]
    [InlineData("向好")]
    [InlineData("提质")]
    [InlineData("促稳")]
    [InlineData("保稳")]
    [InlineData("回稳")]
    [InlineData("稳中")]
    [InlineData("增长")]
    [InlineData("下降")]
    [InlineData("减少")]
    [InlineData("增加")]
    [InlineData("提高")]
    [InlineData("提升")]
    [InlineData("区间")]
    [InlineData("水平")]
    [InlineData("在")]
    [InlineData("各年度视情提出")]
    [InlineData("量稳")]
    [InlineData("质升")]
    [InlineData("稳")]
    [InlineData("稳中向好")]
    [InlineData("量稳质升")]
    [InlineData("保持稳定、持续改善")]
    public void AimWords_AloneAfterTheSubject_AreAQualitativeTarget(string words) =>
        Draw.Targets("生态环境质量" + words, Targets).Should().Equal($"eco-environment-quality qualitative \"{words}\"");

    [Theory]
    [InlineData("在实际工作中努力争取更好结果")]
    [InlineData("努力在实际工作中争取更好结果")]
    [InlineData("在实际工作中争取更好结果")]
    [InlineData("在实际工作中力争更好结果")]
    [InlineData("努力争取更好结果")]
    [InlineData("争取更好结果")]
    [InlineData("力争更好结果")]
    [InlineData("力争更好")]
    [InlineData("争取更好")]
    public void CallsForBetter_NoteTheTargetBefore(string words) =>
        Draw.Targets("地区生产总值增长7%左右," + words, Targets).Should().Equal($"gdp growthRate about 7% \"{words}\"");

    [Theory]
    [InlineData("居民收入增速和经济增长同步")]
    [InlineData("居民收入增幅和经济增长同步")]
    [InlineData("居民收入增长和经济增幅同步")]
    [InlineData("居民收入增长和经济增长保持基本同步")]
    [InlineData("居民收入增长和经济增长保持同步")]
    [InlineData("居民收入增长和经济增长基本同步")]
    public void RateNounsAndAdverbs_OfARelationInStep_AreRead(string clause) =>
        Draw.Targets(clause, Targets).Should().Equal("disposable-income relative about 0% vs gdp");

    [Theory]
    [InlineData("高于")]
    [InlineData("快于")]
    [InlineData("高出")]
    public void WordsAbove_MakeARelationFasterThanAnother(string word) =>
        Draw.Targets("进出口总额增幅" + word + "经济增幅", Targets).Should().Equal("foreign-trade relative greaterThan 0% vs gdp");

    [Theory]
    [InlineData("高于", "above", "2.4")]
    [InlineData("快于", "above", "2.4")]
    [InlineData("高出", "above", "2.4")]
    [InlineData("低于", "below", "-2.4")]
    [InlineData("慢于", "below", "-2.4")]
    public void WordsAboveAndBelow_MakeAComparison(string word, string side, string points) =>
        Draw.Results("固定资产投资增长9.1%," + word + "全省2.4个百分点").Should().Equal($"fixed-asset-investment 2023 growth 9.1% {side} 全省 {points}pp");

    [Theory]
    [InlineData("全国平均水平")]
    [InlineData("全省平均水平")]
    [InlineData("全市平均水平")]
    [InlineData("全国平均")]
    [InlineData("全省平均")]
    [InlineData("全市平均")]
    [InlineData("全国")]
    [InlineData("全省")]
    [InlineData("全市")]
    [InlineData("全区")]
    [InlineData("同期")]
    public void Places_AreTheReferencesOfComparisons(string place) =>
        Draw.Results("固定资产投资增长9.1%,高于" + place + "1个百分点").Should().Equal($"fixed-asset-investment 2023 growth 9.1% above {place} 1pp");

    [Theory]
    [InlineData("全国平均水平")]
    [InlineData("全省平均")]
    [InlineData("同期")]
    public void Places_AreTheReferencesOfQualitativeRelations(string place) =>
        Draw.Targets("地区生产总值增速高于" + place, Targets).Should().Equal($"gdp qualitative \"高于{place}\"");

    [Theory]
    [InlineData("国家")]
    [InlineData("中央")]
    [InlineData("上级")]
    [InlineData("省")]
    [InlineData("市")]
    [InlineData("区")]
    [InlineData("县")]
    [InlineData("省级")]
    [InlineData("市级")]
    public void Issuers_HandTasksDown(string issuer) =>
        Draw.Targets("完成" + issuer + "下达的能耗强度降低任务", Targets).Should().Equal("energy-intensity completion binding");

    [Theory]
    [InlineData("完成国家下达能耗强度降低任务")]
    [InlineData("完成国家下达的能耗强度降低任务")]
    [InlineData("全面完成国家下达的能耗强度降低任务")]
    [InlineData("全面确保完成国家下达的能耗强度降低任务")]
    [InlineData("按照国家要求完成能耗强度降低任务")]
    [InlineData("按国家要求完成能耗强度降低任务")]
    [InlineData("按照上级要求完成能耗强度降低任务")]
    [InlineData("超额完成能耗强度降低任务")]
    [InlineData("圆满完成能耗强度降低任务")]
    [InlineData("完成能耗强度下降任务")]
    [InlineData("完成能耗强度提升任务")]
    [InlineData("完成能耗强度减排任务")]
    [InlineData("完成能耗强度改善目标")]
    [InlineData("完成能耗强度目标任务")]
    [InlineData("完成能耗强度约束性目标")]
    [InlineData("完成能耗强度约束性指标")]
    [InlineData("完成能耗强度各项约束性目标")]
    [InlineData("完成能耗强度指标")]
    [InlineData("完成能耗强度目标")]
    [InlineData("能耗强度完成国家下达的降低任务")]
    [InlineData("能耗强度完成国家下达的下降任务")]
    [InlineData("能耗强度完成国家下达的改善目标")]
    public void TheWordsOfATask_BeforeAndAfterItsIndicator_AreRead(string clause) =>
        Draw.Targets(clause, Targets).Should().Equal("energy-intensity completion binding");

    [Theory]
    [InlineData("比上年")]
    [InlineData("比去年")]
    [InlineData("较上年")]
    [InlineData("同比")]
    [InlineData("初步核算")]
    [InlineData("初步统计")]
    [InlineData("初步测算")]
    [InlineData("预计")]
    [InlineData("去年")]
    [InlineData("过去一年")]
    [InlineData("上年")]
    [InlineData("年末")]
    [InlineData("年底")]
    public void ResultMarkers_MakeASentenceOfResults(string marker)
    {
        var draft = Draw.Draft(marker + ",地区生产总值增长7%。");

        draft.Targets.Should().BeEmpty();
        draft.Observations.Should().ContainSingle();
    }

    [Theory]
    [InlineData("平均为")]
    [InlineData("平均值为")]
    [InlineData("均值为")]
    public void AverageMarkers_MakeASentenceOfResults(string marker)
    {
        var draft = Draw.Draft("城镇调查失业率" + marker + "5.2%。");

        draft.Targets.Should().BeEmpty();
        draft.Observations.Select(Describe.Observation).Should().Equal("unemployment 2023 level 5.2%");
    }

    [Theory]
    [InlineData("主要预期目标")]
    [InlineData("预期目标")]
    [InlineData("主要目标")]
    [InlineData("主要指标")]
    [InlineData("预期目标是")]
    [InlineData("预期目标为")]
    [InlineData("主要目标是")]
    [InlineData("主要目标为")]
    [InlineData("目标是")]
    [InlineData("目标为")]
    public void HeadingEnds_WithoutAColon_GiveThePlanYear(string end) =>
        Draw.Draft("2025年经济社会发展" + end + "。地区生产总值增长5%左右。", Draw.Options with { Year = null }).Plan!.Year.Should().Be(2025);

    [Theory]
    [InlineData("目标")]
    [InlineData("指标")]
    public void HeadingWords_BeforeAColon_GiveThePlanYear(string word) =>
        Draw.Draft("2025年主要预期" + word + "为:地区生产总值增长5%左右", Draw.Options with { Year = null }).Plan!.Year.Should().Be(2025);

    [Theory]
    [InlineData("十一五", "2006/2010")]
    [InlineData("十二五", "2011/2015")]
    [InlineData("十三五", "2016/2020")]
    [InlineData("十四五", "2021/2025")]
    [InlineData("十五五", "2026/2030")]
    public void FiveYearPlans_NameTheirSpans(string plan, string span) =>
        Draw.Results($"“{plan}”期间地区生产总值年均增长6.4%").Should().Equal($"gdp {span} average 6.4%");

    [Theory]
    [InlineData("两年", "2022/2023")]
    [InlineData("三年", "2021/2023")]
    [InlineData("四年", "2020/2023")]
    [InlineData("五年", "2019/2023")]
    public void YearCounts_BeforeAnAverage_AreItsYears(string years, string span) =>
        Draw.Results("地区生产总值" + years + "平均增长5.9%").Should().Equal($"gdp {span} average 5.9%");

    [Theory]
    [InlineData("过去五年", "2019/2023")]
    [InlineData("五年来", "2019/2023")]
    [InlineData("过去两年", "2022/2023")]
    [InlineData("两年来", "2022/2023")]
    [InlineData("过去三年", "2021/2023")]
    [InlineData("三年来", "2021/2023")]
    public void PastYears_BeforeTheSubject_AreTheYearsOfAnAverage(string words, string span) =>
        Draw.Results(words + "地区生产总值平均增长6%").Should().Equal($"gdp {span} average 6%");
}
