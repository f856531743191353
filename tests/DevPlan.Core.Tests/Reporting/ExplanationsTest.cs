using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// The sentences a statistician would sign. The seed's targets are real (Jinan High-tech Zone 2024);
/// the actual figures here are illustrative, as in the sample observations.
/// </summary>
public class ExplanationsTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static Observation[] Fixture =>
    [
        new("gdp", Y2024, growth: new Percent(7.2m)),
        new("services-value-added", Y2024, growth: new Percent(6.1m)),
        new("foreign-capital", Y2024, new Quantity(8.0m, Unit.HundredMillionUsd)),
        new("new-urban-jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)),
    ];

    private static string Explain(string targetId, Catalogue catalogue, Observation[]? observations = null, Plan? plan = null)
    {
        var evaluation = PlanEvaluator.Evaluate(plan ?? Seed, observations ?? Fixture, AsOf);
        return Explanations.Explain(evaluation.Results.Single(r => r.Target.Id == targetId), catalogue);
    }

    [Theory]
    [InlineData("t01-gdp", "地区生产总值增长7.2%，高于7%的预期目标0.2个百分点，完成年度目标。")]
    [InlineData("t03-services-value-added", "服务业增加值增长6.1%，低于6.5%的预期目标0.4个百分点，未完成年度目标。")]
    [InlineData("t07-foreign-capital", "实际使用外资8.0亿美元，超过7.7亿美元的预期目标3000万美元，超额完成年度目标。")]
    [InlineData("t09-new-urban-jobs", "2024年1—6月，新增城镇就业0.9万人，完成年度目标的54.5%，快于序时进度4.5个百分点，进度正常。")]
    public void Chinese_AsAStatisticalReleaseWritesIt(string targetId, string expected) =>
        Explain(targetId, Catalogue.Chinese).Should().Be(expected);

    [Theory]
    [InlineData("t01-gdp", "Gross domestic product (GDP) grew 7.2%, 0.2 percentage points above the target of 7%: achieved.")]
    [InlineData("t03-services-value-added", "Value added of the services sector grew 6.1%, 0.4 percentage points below the target of 6.5%: not achieved.")]
    [InlineData("t07-foreign-capital", "Foreign capital actually used: USD 800 million, USD 30 million above the target of USD 770 million: exceeded.")]
    [InlineData("t09-new-urban-jobs", "New urban jobs: 9,000 jobs in January–June 2024, 54.5% of the annual target done, 4.5 percentage points ahead of the time elapsed: on track.")]
    public void English_AsAnInternationalStatisticianWritesIt(string targetId, string expected) =>
        Explain(targetId, Catalogue.English).Should().Be(expected);

    /// <summary>An illustrative plan with a ceiling on a rate level: the surveyed urban unemployment rate within 5.5%.</summary>
    private static readonly Plan Unemployment = new("u", Seed.Title, Seed.Region, 2024)
    {
        Indicators = [new Indicator("unemployment", new LocalizedText("城镇调查失业率", "Surveyed urban unemployment rate"), Unit.Percent, IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Ratio)],
        Targets = [Target.Level("t", "unemployment", Y2024, Quantity.Percent(5.5m), TargetQualifier.AtMost)],
    };

    [Fact]
    public void Ceiling_IsNamedAsAControlTarget_AndItsGapIsInPercentagePoints()
    {
        Observation[] observations = [new("unemployment", Y2024, Quantity.Percent(5.6m))];

        Explain("t", Catalogue.Chinese, observations, Unemployment).Should().Be("城镇调查失业率5.6%，高于5.5%以内的控制目标0.1个百分点，未完成年度目标。");
        Explain("t", Catalogue.English, observations, Unemployment).Should().Be("Surveyed urban unemployment rate: 5.6%, 0.1 percentage points above the ceiling of 5.5%: not achieved.");
    }

    // The 2023 national plan: consumer prices rose 0.2% against a ceiling of about 3% (NBS Statistical Communiqué 2023;
    // Report on the Implementation of the 2022 Plan and on the 2023 Draft Plan): kept within the ceiling, not exceeded.
    [Fact]
    public void Ceiling_MetByAWideMargin_IsWithinTheCeiling_NeverExceeded()
    {
        var plan = SeedFiles.NationalPlan;
        var evaluation = PlanEvaluator.Evaluate(plan, [new Observation("cpi", Y2023, growth: new Percent(0.2m))], new LocalDate(2024, 3, 1));
        var cpi = evaluation.Results.Single(r => r.Target.Indicator == "cpi");

        cpi.Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        cpi.Assessment.Bound.Should().Be(TargetBound.Ceiling);
        Explanations.Explain(cpi, Catalogue.Chinese).Should().Be("居民消费价格上涨0.2%，未超出3%左右的控制目标，完成年度目标。");
        Explanations.Explain(cpi, Catalogue.English).Should().Be("Consumer prices rose 0.2%, within the ceiling of 3%: achieved.");
    }

    [Fact]
    public void NotJudged_SaysWhyInBothLanguages()
    {
        Observation[] levelsOnly = [new("gdp", Y2024, new Quantity(1900m, Unit.HundredMillionYuan)), new("gdp", ReportingPeriod.ForYear(2023), new Quantity(1767.3m, Unit.HundredMillionYuan))];

        Explain("t01-gdp", Catalogue.English, levelsOnly).Should().Be(
            "Gross domestic product (GDP): not assessable, because its growth is measured at comparable prices, so the published rate is needed; it is not derived from current-price levels.");
        Explain("t02-industrial-value-added", Catalogue.English, levelsOnly).Should().Be(
            "Value added of industrial enterprises above designated size: no data for 2024.");
        Explain("t02-industrial-value-added", Catalogue.Chinese, levelsOnly).Should().Be("规模以上工业增加值：暂无2024年数据。");
    }

    [Fact]
    public void RateComputedFromLevels_IsShownToTheTargetsDecimals_AndAPublishedOneAsPublished()
    {
        // 832.8 against 800 is 4.1% exactly, which decimal arithmetic carries as 4.100.
        Observation[] levels = [new("fixed-asset-investment", Y2024, new Quantity(832.8m, Unit.HundredMillionYuan)), new("fixed-asset-investment", ReportingPeriod.ForYear(2023), new Quantity(800m, Unit.HundredMillionYuan))];
        Observation[] published = [new("fixed-asset-investment", Y2024, growth: new Percent(4.10m))];

        Explain("t04-fixed-asset-investment", Catalogue.Chinese, levels).Should().Be("固定资产投资增长4.1%，高于4%的预期目标0.1个百分点，完成年度目标。");
        Explain("t04-fixed-asset-investment", Catalogue.Chinese, published).Should().Be("固定资产投资增长4.10%，高于4%的预期目标0.10个百分点，完成年度目标。");
    }

    [Fact]
    public void Figures_NeverContradictTheVerdict()
    {
        // 6.996 against "at least 7" is not achieved, and reads so; a gap of +0.004 is not +0.00.
        var floor = new Plan("f", Seed.Title, Seed.Region, 2024)
        {
            Indicators = [Seed.GetIndicator("fixed-asset-investment")],
            Targets = [Target.Growth("t", "fixed-asset-investment", Y2024, new Percent(7m), TargetQualifier.AtLeast)],
        };

        Explain("t", Catalogue.English, [new("fixed-asset-investment", Y2024, growth: new Percent(6.996m))], floor)
            .Should().Be("Fixed-asset investment grew 6.996%, 0.004 percentage points below the target of at least 7%: not achieved.");
        Explain("t", Catalogue.Chinese, [new("fixed-asset-investment", Y2024, growth: new Percent(7.004m))], floor)
            .Should().Be("固定资产投资增长7.004%，高于7%以上的预期目标0.004个百分点，完成年度目标。");
        Explain("t", Catalogue.Chinese, [new("fixed-asset-investment", Y2024, growth: new Percent(3.0m))], floor)
            .Should().StartWith("固定资产投资增长3.0%，", "a figure keeps the decimals it was published with");
    }

    [Fact]
    public void Levels_AreWrittenAsPublished_InEachLanguagesUnits()
    {
        Observation[] jobs = [new("new-urban-jobs", Y2024, new Quantity(0.82499m, Unit.TenThousandPersons))];

        Explain("t09-new-urban-jobs", Catalogue.English, jobs).Should().StartWith("New urban jobs: 8,249.9 jobs, 8,250 jobs short of the target of 16,500 jobs");
        Explain("t09-new-urban-jobs", Catalogue.Chinese, jobs).Should().StartWith("新增城镇就业0.82499万人，低于1.65万人的预期目标8250人");
    }
}
