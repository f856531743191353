using System.Collections.Immutable;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.FiveYear;

/// <summary>
/// China's 14th Five-Year Plan table (the seed) at its mid-course review, and each semantic of
/// five-year tables with worked figures (docs/methods.md §12). Published figures name their source
/// in the seed files; figures in the focused tests below are illustrative unless a comment cites one.
/// </summary>
public class FiveYearPlanTest
{
    private static readonly LocalDate EndOf2023 = new(2023, 12, 31);
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);

    /// <summary>The mid-course review on the figures of 2021–2023 (release dates set aside: a test of its own holds them).</summary>
    private static PlanEvaluation MidTerm => PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearFiguresThrough(2023), EndOf2023);

    private static TargetEvaluation Result(PlanEvaluation evaluation, string id) => evaluation.Results.Single(r => r.Target.Id == id);

    [Fact]
    public void Seed_IsValidAndRoundTrips()
    {
        var bytes = File.ReadAllBytes(SeedFiles.FiveYearPlanPath);

        PlanJson.ParseLenient(bytes).Diagnostics.Should().BeEmpty();
        PlanJson.ToUtf8Bytes(SeedFiles.FiveYearPlan).Should().Equal(bytes);
        SeedFiles.FiveYearPlan.Targets.Should().HaveCount(20);
        SeedFiles.FiveYearPlan.Horizon.Should().Be(Span);
    }

    [Fact]
    public void MidTerm_GivesAVerdictOrAReasonForEveryTarget_AndNoDataOnlyWhereNoFigureIsPublishedInTheSeed()
    {
        var evaluation = MidTerm;

        evaluation.Results.Where(r => r.Assessment.Status == AttainmentStatus.NoData).Select(r => r.Target.Indicator)
            .Should().Equal(["pension-coverage"], "no figure of pension coverage is in the seed's observations; every other target has a verdict or a stated reason");
        Result(evaluation, "t01-gdp").Assessment.Reason.Should().Be(AttainmentReason.NoAnnualTargets, "GDP is set each year in the annual plans, and none was given");
        evaluation.Results.Count(r => r.Assessment.Status is not (AttainmentStatus.NoData or AttainmentStatus.NotAssessable)).Should().Be(18);
    }

    [Fact]
    public void MidTerm_WithTheAnnualPlans_GivesAVerdictFor19Of20_AndGdpOnTheAnnualTargets()
    {
        var evaluation = SeedFiles.EvaluateFiveYearWithAnnualPlans(SeedFiles.FiveYearFiguresThrough(2023), EndOf2023);

        evaluation.Results.Where(r => r.Assessment.Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable).Select(r => r.Target.Indicator)
            .Should().Equal("pension-coverage");
        var gdp = Result(evaluation, "t01-gdp");
        gdp.Assessment.Status.Should().Be(AttainmentStatus.OnTrack, "5.4% a year over 2021–2023 against annual targets averaging 5.5%: broadly as expected");
        (gdp.Assessment.YearsMet, gdp.Assessment.YearsObserved).Should().Be((2, 3));
        gdp.AnnualResults.Select(r => (r.Target.Period.Year, r.Assessment.Status)).Should().Equal(
            (2021, AttainmentStatus.Exceeded), (2022, AttainmentStatus.NotAchieved), (2023, AttainmentStatus.Achieved));
    }

    [Fact]
    public void AtTheEndOf2023_TheYearsFiguresAreNotYetPublished_SoTheReviewRestsOn2022()
    {
        // The 2023 communiqué was published on 2024-02-29: at the end of 2023 the review has the figures up to 2022.
        var atYearEnd = PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearObservations(), EndOf2023);
        var afterTheCommunique = PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearObservations(), new LocalDate(2024, 2, 29));

        Result(atYearEnd, "t03-urbanisation").Assessment.LatestYear.Should().Be(2022);
        Result(afterTheCommunique, "t03-urbanisation").Assessment.LatestYear.Should().Be(2023);
        atYearEnd.Unused.Counts[UnusedReason.NotYetReleased].Should().BeGreaterThan(0);
    }

    // The worked example of docs/methods.md §12: energy use per unit of GDP, published annual changes
    // 2021 −2.7%, 2022 −0.1%, 2023 +0.5% (NBS Statistical Communiqués 2021, 2022 and 2023).
    [Fact]
    public void CumulativeReduction_ChainsTheYears_AndSaysWhatTheRemainingYearsNeed()
    {
        var result = Result(MidTerm, "t14-energy-intensity");
        var a = result.Assessment;

        a.Actual!.Value.Should().BeApproximately(2.3112865m, 0.0000001m, "0.973 × 0.999 × 1.005 − 1 = −2.31%");
        a.Completion!.Value.Value.Should().BeApproximately(17.12m, 0.01m, "2.31 of 13.5");
        a.ElapsedShare.Should().Be(new Percent(60m), "three of five years");
        a.RequiredRate!.Value.Value.Should().BeApproximately(-5.90m, 0.01m, "(0.865 / 0.97689)^(1/2) − 1");
        a.Status.Should().Be(AttainmentStatus.Behind);
        Explanations.Explain(result, Catalogue.Chinese).Should().Be(
            "单位国内生产总值能源消耗2021—2023年累计下降2.3%，完成目标（累计下降13.5%）的17.1%，时间进度60.0%，按目前进度预计2025年累计下降3.8%，2024—2025年需年均下降5.90%，滞后。");
    }

    // Urbanisation 60.6% (2019, the table's starred figure) → 65% by 2025, with 66.16% in 2023 (NBS Communiqué 2023): 126% of the way.
    [Fact]
    public void EndYearLevel_AlreadyReached_IsAchievedEarly()
    {
        var a = Result(MidTerm, "t03-urbanisation").Assessment;

        a.Status.Should().Be(AttainmentStatus.AchievedEarly);
        a.Actual.Should().Be(66.16m);
        a.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void EndYearLevel_ProgressIsMeasuredFromTheBaseline()
    {
        // High-value patents per 10,000 persons: 6.3 (2020) → 12 (2025), 11.8 in 2023: (11.8 − 6.3) / (12 − 6.3) = 96.5%, ahead of 60%.
        var a = Result(MidTerm, "t05-high-value-patents").Assessment;

        a.Status.Should().Be(AttainmentStatus.FasterThanExpected, "96.5% of the way with 60% of the span elapsed: faster than expected (快于预期)");
        a.Completion!.Value.Value.Should().BeApproximately(96.49m, 0.01m);
    }

    [Fact]
    public void AverageAnnualGrowth_IsTheGeometricMeanOfTheYears()
    {
        // R&D expenditure +14.2%, +10.4%, +8.1% (NBS Communiqués 2021–2023): (1.142 × 1.104 × 1.081)^(1/3) − 1 = 10.8716%.
        var a = Result(MidTerm, "t04-rd-expenditure").Assessment;

        a.Actual!.Value.Should().BeApproximately(10.8716m, 0.0001m);
        a.Status.Should().Be(AttainmentStatus.FasterThanExpected, "10.9% a year against more than 7%: faster than expected (快于预期)");
        a.YearsObserved.Should().Be(3);
    }

    [Fact]
    public void Relative_ComparesTheAverageRatesOfTheSameYears()
    {
        var evaluation = MidTerm;
        var productivity = Result(evaluation, "t02-labour-productivity");
        var income = Result(evaluation, "t07-disposable-income");

        productivity.Assessment.Status.Should().Be(AttainmentStatus.OnTrack, "6.2% a year against GDP's 5.4%: higher, as 高于GDP增长 asks, by less than a point: broadly as expected");
        income.Assessment.Status.Should().Be(AttainmentStatus.OnTrack, "5.7% against 5.4% is within the 0.5-point band of 基本同步");
        Explanations.Explain(productivity, Catalogue.English).Should().Be(
            "Overall labour productivity grew 6.2% a year over 2021–2023 and gross domestic product (GDP) 5.4%, 0.8 percentage points faster: broadly as expected.");
    }

    [Fact]
    public void Increase_IsMeasuredFromTheBaselineYear()
    {
        // Life expectancy 77.3 (2019) → 78.6 (2023, NHC bulletin): +1.3 years against "提高1岁".
        var result = Result(MidTerm, "t13-life-expectancy");

        result.Assessment.Actual.Should().Be(1.3m);
        result.Assessment.Status.Should().Be(AttainmentStatus.AchievedEarly);
        Explanations.Explain(result, Catalogue.Chinese).Should().Be("2023年，人均预期寿命78.6岁，比2019年提高1.3岁，超过提高1岁的预期目标0.3岁，提前完成。");
    }

    [Fact]
    public void ATargetSetEachYear_WithoutItsAnnualPlans_SaysWhatIsMissing_NeverNoData()
    {
        var result = Result(MidTerm, "t01-gdp");

        result.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        Explanations.Explain(result, Catalogue.Chinese).Should().Be("国内生产总值：无法评价，原因是各年度目标由年度计划视情提出，未提供本规划期的年度计划。");
    }

    [Fact]
    public void TheFinalReview_WithTheAnnualPlans_JudgesGdpOnTheFiveYearsTargetsAndOutcomes()
    {
        var evaluation = SeedFiles.EvaluateFiveYearWithAnnualPlans(SeedFiles.FiveYearObservations(), new LocalDate(2026, 3, 31));
        var gdp = Result(evaluation, "t01-gdp");

        (gdp.Assessment.Status, gdp.Assessment.IsBroadlyAchieved, gdp.Assessment.Stage).Should().Be((AttainmentStatus.Achieved, true, VerdictStage.Final));
        (gdp.Assessment.YearsMet, gdp.Assessment.YearsObserved).Should().Be((4, 5));
    }

    [Fact]
    public void TheMidCourseReview_OnTheFiguresReleasedBy30September2024_GivesAVerdictFor19Of20()
    {
        // The README's mid-course command: figures as released (the 2023 communiqué of 2024-02-29; the
        // digital-economy share as first announced in May 2024), with the annual plans.
        var evaluation = SeedFiles.EvaluateFiveYearWithAnnualPlans(SeedFiles.FiveYearObservations(), new LocalDate(2024, 9, 30));

        evaluation.Results.Where(r => r.Assessment.Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable).Select(r => r.Target.Indicator)
            .Should().Equal("pension-coverage");
        Result(evaluation, "t06-digital-economy-share").Assessment.Actual.Should().Be(10m, "the census revision to 9.9% came out on 2025-01-02");
    }

    [Fact]
    public void TheFinalReview_GivesAFinalVerdictWhereTheEndIsKnown_AndNamesTheYearMissingElsewhere()
    {
        var evaluation = SeedFiles.EvaluateFiveYearWithAnnualPlans(SeedFiles.FiveYearObservations(), new LocalDate(2026, 3, 31));

        evaluation.Results.Count(r => r.Assessment.Status is not (AttainmentStatus.NoData or AttainmentStatus.NotAssessable)).Should().Be(16);
        var open = evaluation.Results.Where(r => r.Assessment.Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable)
            .ToDictionary(r => r.Target.Indicator, r => Explanations.Explain(r, Catalogue.Chinese));
        open.Should().Equal(new Dictionary<string, string>
        {
            // The 2024 communiqué's productivity figure is not in the seed: the years cannot be chained past it.
            ["labour-productivity"] = "全员劳动生产率：无法评价，原因是跨年目标须逐年连乘，缺少2024年数据。",
            ["digital-economy-share"] = "数字经济核心产业增加值占GDP比重：无法评价，原因是规划期已结束，缺少2024—2025年数据（现有数据截至2023年）。",
            ["childcare-places"] = "每千人口拥有3岁以下婴幼儿托位数：无法评价，原因是规划期已结束，缺少2025年数据（现有数据截至2024年）。",
            ["carbon-intensity"] = "单位国内生产总值二氧化碳排放：无法评价，原因是跨年目标须逐年连乘，缺少2023年数据。",
        });
        Result(evaluation, "t11-pension-coverage").Assessment.Status.Should().Be(AttainmentStatus.AchievedEarly, "95% at the end of 2024 (MOHRSS, reported 2025-03-10)");
    }

    [Fact]
    public void AShareMovingAwayFromItsTarget_SaysSo_AndThePointsTheRemainingYearsNeed()
    {
        // Good-air days 87% (2020) → 87.5% (2025), 85.5% in 2023 (Report on the State of the Ecology and Environment 2023).
        var result = Result(MidTerm, "t16-air-quality");

        result.Assessment.Status.Should().Be(AttainmentStatus.Behind);
        Explanations.Explain(result, Catalogue.Chinese).Should().Be(
            "2023年，地级及以上城市空气质量优良天数比率85.5%，低于87.5%的约束性目标2.0个百分点，比2020年下降1.5个百分点，按目前进度预计2025年达到84.5%，2024—2025年需年均提高1.0个百分点，滞后。");
    }

    [Fact]
    public void FiguresInAnotherUnitOfTheFamily_AreConverted()
    {
        // Grain output 69541万吨 in 2023 (NBS Communiqué 2023) against a capacity of more than 6.5亿吨.
        Result(MidTerm, "t19-grain-capacity").Assessment.Actual.Should().Be(6.9541m);
    }

    // Focused cases, illustrative figures.
    private static Plan PlanWith(Indicator indicator, Target target, params Observation[] baselines) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2021)
        {
            Horizon = Span,
            Indicators = [indicator],
            Baselines = [.. baselines],
            Targets = [target],
        };

    private static readonly Indicator Unemployment = new("u", new LocalizedText("城镇调查失业率", "Surveyed urban unemployment rate"), Unit.Percent,
        IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Ratio);

    [Fact]
    public void EachYear_OneYearOutsideTheBound_IsAMissForTheSpan()
    {
        var target = new Target("t", "u", Span, TargetKind.Level, TargetQualifier.AtMost, Quantity.Percent(5.5m), TargetNature.Expected) { EachYear = true };
        Observation[] years = [new("u", ReportingPeriod.ForYear(2021), Quantity.Percent(5.1m)), new("u", ReportingPeriod.ForYear(2022), Quantity.Percent(5.6m)), new("u", ReportingPeriod.ForYear(2023), Quantity.Percent(5.2m))];

        var result = PlanEvaluator.Evaluate(PlanWith(Unemployment, target), years, EndOf2023).Results[0];
        var held = PlanEvaluator.Evaluate(PlanWith(Unemployment, target), [years[0], years[2]], EndOf2023).Results[0];

        result.Assessment.Status.Should().Be(AttainmentStatus.NotAchieved);
        result.Assessment.IsFinal.Should().BeTrue("one breach is a breach for the span");
        Explanations.Explain(result, Catalogue.Chinese).Should().Be("2022年，城镇调查失业率5.6%，超出控制目标（每年控制在5.5%以内），未完成。");
        held.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable, "2022 has no figure: the bound cannot be said to have held in it");
        held.Assessment.Reason.Should().Be(AttainmentReason.MissingYearOfBound);
        held.Assessment.MissingYear.Should().Be(2022);
        Explanations.Explain(held, Catalogue.Chinese).Should().Be("城镇调查失业率：无法评价，原因是目标须每年达到，缺少2022年数据。");
        var allHeld = PlanEvaluator.Evaluate(PlanWith(Unemployment, target), [years[0], new("u", ReportingPeriod.ForYear(2022), Quantity.Percent(5.5m)), years[2]], EndOf2023).Results[0];
        allHeld.Assessment.Status.Should().Be(AttainmentStatus.OnTrack);
    }

    [Theory]
    [InlineData(5.5, TargetQualifier.LessThan, AttainmentStatus.NotAchieved)]
    [InlineData(5.49, TargetQualifier.LessThan, AttainmentStatus.Achieved)]
    [InlineData(5.5, TargetQualifier.AtMost, AttainmentStatus.Achieved)]
    public void StrictBounds_ExcludeTheFigureItself(double actual, TargetQualifier qualifier, AttainmentStatus expected)
    {
        var target = new Target("t", "u", ReportingPeriod.ForYear(2021), TargetKind.Level, qualifier, Quantity.Percent(5.5m), TargetNature.Expected);

        PlanEvaluator.Assess(target, Unemployment, new Observation("u", ReportingPeriod.ForYear(2021), Quantity.Percent((decimal)actual)), EndOf2023).Status.Should().Be(expected);
    }

    [Fact]
    public void FinalReview_JudgesTheWholeSpan()
    {
        var indicator = new Indicator("e", new LocalizedText("单位国内生产总值能耗", "Energy use per unit of GDP"), new Unit(Dimension.Of("tce/CNY"), -4),
            IndicatorDirection.LowerIsBetter, GrowthBasis.Comparable, Accumulation.Ratio);
        var target = Target.Reduction("t", "e", Span, new Percent(13.5m), TargetQualifier.AtLeast);
        var years = Enumerable.Range(2021, 5).Select(y => new Observation("e", ReportingPeriod.ForYear(y), growth: new Percent(-3.0m))).ToArray();

        var a = PlanEvaluator.Evaluate(PlanWith(indicator, target), years, new LocalDate(2026, 6, 30)).Results[0].Assessment;

        a.IsFinal.Should().BeTrue();
        a.Actual!.Value.Should().BeApproximately(14.127m, 0.001m, "1 − 0.97^5");
        a.Status.Should().Be(AttainmentStatus.Exceeded, "0.63 points beyond a floor of 13.5, more than the 0.5-point margin");
        a.RequiredRate.Should().BeNull();
    }

    [Fact]
    public void AGapInTheYears_StopsTheChain()
    {
        var indicator = new Indicator("e", new LocalizedText("能耗", "Energy"), Unit.Percent, IndicatorDirection.LowerIsBetter, GrowthBasis.Comparable, Accumulation.Ratio);
        var target = Target.Reduction("t", "e", Span, new Percent(13.5m), TargetQualifier.AtLeast);

        var a = PlanEvaluator.Evaluate(PlanWith(indicator, target), [new Observation("e", ReportingPeriod.ForYear(2022), growth: new Percent(-3.0m))], EndOf2023).Results[0].Assessment;

        a.Status.Should().Be(AttainmentStatus.NotAssessable);
        a.Reason.Should().Be(AttainmentReason.MissingYear);
    }

    [Fact]
    public void ASpanFlow_IsSummedOverTheYears()
    {
        var jobs = new Indicator("j", new LocalizedText("城镇新增就业", "New urban jobs"), Unit.TenThousandPersons, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);
        var target = Target.Level("t", "j", Span, new Quantity(5500m, Unit.TenThousandPersons), TargetQualifier.AtLeast);
        Observation[] years = [new("j", ReportingPeriod.ForYear(2021), new Quantity(1269m, Unit.TenThousandPersons)), new("j", ReportingPeriod.ForYear(2022), new Quantity(1206m, Unit.TenThousandPersons))];

        var a = PlanEvaluator.Evaluate(PlanWith(jobs, target), years, EndOf2023).Results[0].Assessment;

        a.Actual.Should().Be(2475m);
        a.Completion!.Value.Value.Should().BeApproximately(45m, 0.01m);
        a.ElapsedShare.Should().Be(new Percent(40m));
        a.Status.Should().Be(AttainmentStatus.OnTrack);
    }

    [Fact]
    public void Periods_OfASpan_RoundTripAndNest()
    {
        var span = ReportingPeriod.Parse("2021/2025");

        span.ToString().Should().Be("2021/2025");
        span.LastYear.Should().Be(2025);
        span.Contains(ReportingPeriod.ForYear(2023)).Should().BeTrue();
        span.End.Should().Be(new LocalDate(2025, 12, 31));
        span.Next().Should().Be(ReportingPeriod.ForSpan(2026, 2030));
        ReportingPeriod.TryParse("2025/2021", out _).Should().BeFalse();
        ReportingPeriod.TryParse("2021/2036", out _).Should().BeFalse("15 years at most");
        Catalogue.Chinese.Format(span).Should().Be("2021—2025年");
        Catalogue.English.Format(span).Should().Be("2021–2025");
    }

    [Fact]
    public void Validation_KnowsHorizonsRelativeTargetsAndShares()
    {
        var gdp = new Indicator("g", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);
        var plan = new Plan("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")) { Zones = [new Zone("east", ZonePosition.East, new LocalizedText("东区", "East"))] }, 2021)
        {
            Horizon = Span,
            Indicators = [gdp],
            Targets =
            [
                Target.Level("whole", "g", Span, new Quantity(800m, Unit.HundredMillionYuan), TargetQualifier.AtLeast),
                Target.Level("east", "g", Span, new Quantity(300m, Unit.HundredMillionYuan), TargetQualifier.AtLeast),
                new Target("rel", "g", Span, TargetKind.Relative, TargetQualifier.GreaterThan, Quantity.Percent(0m), TargetNature.Expected),
                Target.Level("late", "g", ReportingPeriod.ForYear(2026), new Quantity(1m, Unit.HundredMillionYuan), TargetQualifier.AtLeast),
            ],
        };
        var sharing = new Plan(plan.Id, plan.Title, plan.Region, plan.Year)
        {
            Horizon = plan.Horizon,
            Indicators = plan.Indicators,
            Targets = [plan.Targets[0], new Target("east", "g", Span, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(300m, Unit.HundredMillionYuan), TargetNature.Expected) { Zone = ZoneScope.Zone("east"), ShareOf = "whole" }, plan.Targets[2], plan.Targets[3]],
        };

        var codes = PlanValidator.Validate(sharing).Diagnostics.Select(d => d.Code).ToList();

        codes.Should().Contain(["DP1110", "DP1301", "DP1603"]);
    }
}
