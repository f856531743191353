using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// A verdict's cells as every report shows them (the actual figure, the gap, the pace) and its figures
/// as shown. The targets are the Jinan High-tech Zone's 2024 plan (the seed); the actual figures are
/// illustrative, as in the seed's sample observations.
/// </summary>
public class ExplanationsCellsTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static readonly Observation[] Fixture =
    [
        new("gdp", Y2024, growth: new Percent(7.2m)),
        new("services-value-added", Y2024, growth: new Percent(6.1m)),
        new("budget-revenue", Y2024, growth: new Percent(7.5m)),
        new("foreign-capital", Y2024, new Quantity(8.0m, Unit.HundredMillionUsd)),
        new("new-urban-jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)),
        new("energy-intensity", Y2024, completed: true),
    ];

    private static TargetEvaluation Result(string targetId, Observation[]? observations = null, Plan? plan = null, LocalDate? asOf = null) =>
        PlanEvaluator.Evaluate(plan ?? Seed, observations ?? Fixture, asOf ?? AsOf).Results.Single(r => r.Target.Id == targetId);

    [Theory]
    [InlineData("t01-gdp", "7.2%", "+0.2个百分点", "7.2%", "+0.2 pp")]
    [InlineData("t03-services-value-added", "6.1%", "-0.4个百分点", "6.1%", "-0.4 pp")]
    [InlineData("t08-budget-revenue", "7.5%", "0.0个百分点", "7.5%", "0.0 pp")]
    [InlineData("t07-foreign-capital", "8.0亿美元", "+3000万美元", "USD 800 million", "+USD 30 million")]
    [InlineData("t09-new-urban-jobs", "0.9万人", "-7500人", "9,000 jobs", "-7,500 jobs")]
    [InlineData("t10-energy-intensity", "已完成", "–", "completed", "–")]
    [InlineData("t06-foreign-trade", "–", "–", "–", "–")]
    public void TheActualAndTheGap_InTheTargetsTerms(string targetId, string actualZh, string gapZh, string actualEn, string gapEn)
    {
        var result = Result(targetId);

        (Explanations.Actual(result, Catalogue.Chinese), Explanations.Gap(result, Catalogue.Chinese)).Should().Be((actualZh, gapZh));
        (Explanations.Actual(result, Catalogue.English), Explanations.Gap(result, Catalogue.English)).Should().Be((actualEn, gapEn));
    }

    [Fact]
    public void ATaskNotDone_IsWordedSo()
    {
        var result = Result("t10-energy-intensity", [new("energy-intensity", Y2024, completed: false)]);

        Explanations.Actual(result, Catalogue.Chinese).Should().Be("未完成");
        Explanations.ShownActual(result).Should().Be(0m);
    }

    [Fact]
    public void ALevelMetExactly_HasAGapWithoutASign()
    {
        var result = Result("t07-foreign-capital", [new("foreign-capital", Y2024, new Quantity(7.7m, Unit.HundredMillionUsd))]);

        result.Assessment.Gap.Should().Be(0m);
        Explanations.Gap(result, Catalogue.English).Should().NotStartWith("+").And.NotStartWith("-");
        Explanations.Gap(result, Catalogue.Chinese).Should().NotStartWith("+").And.NotStartWith("-");
    }

    [Fact]
    public void ThePace_OfAFloorDuringItsYear_IsTheShareDoneAgainstTheTimeElapsed()
    {
        var result = Result("t09-new-urban-jobs");

        Explanations.Pace(result, Catalogue.Chinese).Should().Be("完成54.5%，时间进度50.0%（+4.5个百分点）");
        Explanations.Pace(result, Catalogue.English).Should().Be("54.5% done, 50.0% elapsed (+4.5 pp)");
    }

    [Theory]
    [InlineData("t01-gdp")]
    [InlineData("t07-foreign-capital")]
    [InlineData("t06-foreign-trade")]
    public void AVerdictOnAWholeYear_HasNoPace(string targetId) =>
        Explanations.Pace(Result(targetId), Catalogue.Chinese).Should().BeEmpty();

    /// <summary>An illustrative ceiling on a flow during its year: energy use of at most 100万吨标准煤 in 2024.</summary>
    private static readonly Plan EnergyCeiling = new("e", Seed.Title, Seed.Region, 2024)
    {
        Indicators = [new Indicator("energy-use", new LocalizedText("能源消费总量", "Total energy consumption"), Unit.TenThousandTce, IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Flow)],
        Targets = [Target.Level("t", "energy-use", Y2024, new Quantity(100m, Unit.TenThousandTce), TargetQualifier.AtMost)],
    };

    [Fact]
    public void ThePace_OfACeilingDuringItsYear_IsTheShareUsed()
    {
        var result = Result("t", [new("energy-use", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(40m, Unit.TenThousandTce))], EnergyCeiling, new LocalDate(2024, 7, 20));

        result.Assessment.UsedShare.Should().NotBeNull();
        result.Assessment.Completion.Should().BeNull();
        Explanations.Pace(result, Catalogue.Chinese).Should().StartWith("已用40.0%，序时进度");
        Explanations.Pace(result, Catalogue.English).Should().StartWith("40.0% used, ");
    }

    [Fact]
    public void TheFiguresAsShown_AreThoseOfTheCells()
    {
        var gdp = Result("t01-gdp");
        var capital = Result("t07-foreign-capital");
        var trade = Result("t06-foreign-trade");
        var task = Result("t10-energy-intensity");

        (Explanations.ShownActual(gdp), Explanations.ShownGap(gdp)).Should().Be((7.2m, 0.2m));
        (Explanations.ShownActual(capital), Explanations.ShownGap(capital)).Should().Be((8.0m, 0.3m));
        (Explanations.ShownActual(trade), Explanations.ShownGap(trade)).Should().Be((null, null));
        (Explanations.ShownActual(task), Explanations.ShownGap(task)).Should().Be((1m, null));
    }

    [Fact]
    public void AShownGap_KeepsTheDecimalsOfTheFiguresAsPublished()
    {
        // 8.00亿美元 against 7.7: the gap is shown to two decimals, as the actual figure was published.
        var result = Result("t07-foreign-capital", [new("foreign-capital", Y2024, new Quantity(8.00m, Unit.HundredMillionUsd))]);

        Explanations.ShownGap(result)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0.30");
    }

    [Fact]
    public void Arguments_AreRequired()
    {
        var result = Result("t01-gdp");

        FluentActions.Invoking(() => Explanations.Actual(null!, Catalogue.Chinese)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.Actual(result, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.Gap(null!, Catalogue.Chinese)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.Gap(result, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.Pace(null!, Catalogue.Chinese)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.Pace(result, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.ShownActual(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Explanations.ShownGap(null!)).Should().Throw<ArgumentNullException>();
    }
}

/// <summary>
/// The cells of a five-year plan's verdicts: China's 14th five-year plan (the seed, its targets from
/// the outline of 2021) against the published figures of its observations file, as of the end of 2026.
/// </summary>
public class FiveYearCellsTest
{
    private static readonly Lazy<PlanEvaluation> Final = new(() =>
    {
        using var csv = File.OpenRead(SeedFiles.FiveYearObservationsPath);
        return PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, DevPlan.Core.Serialization.ObservationCsv.Read(csv).ToList(), new LocalDate(2026, 12, 1));
    });

    private static TargetEvaluation Result(string id) => Final.Value.Results.Single(r => r.Target.Id == id);

    [Theory]
    [InlineData("t03-urbanisation", "2025年67.89%", "+2.89个百分点")]
    [InlineData("t04-rd-expenditure", "2021—2025年年均增长9.9%", "+2.9个百分点")]
    [InlineData("t02-labour-productivity", "2021—2023年年均增长6.2%", "+0.8个百分点")]
    [InlineData("t14-energy-intensity", "2021—2025年累计下降10.8%", "-2.7个百分点")]
    [InlineData("t19-grain-capacity", "2025年7.149亿吨", "+6488万吨")]
    public void AFinalVerdictOverASpan_NamesItsYears(string targetId, string actual, string gap)
    {
        var result = Result(targetId);

        (Explanations.Actual(result, Catalogue.Chinese), Explanations.Gap(result, Catalogue.Chinese)).Should().Be((actual, gap));
        Explanations.Pace(result, Catalogue.Chinese).Should().NotContain("时间进度", "a final verdict has no pace of the span");
    }

    [Fact]
    public void ARateComparedWithAnothers_HasItsGapToOneDecimal()
    {
        var productivity = Result("t02-labour-productivity");

        productivity.Assessment.Measure.Should().Be(VerdictMeasure.RelativeGrowth);
        Explanations.ShownGap(productivity).Should().Be(0.8m);
    }
}

/// <summary>The cells of the same five-year plan at its mid-term, as of the middle of 2023 (the figures of 2021 and 2022 known).</summary>
public class MidTermCellsTest
{
    private static readonly Lazy<PlanEvaluation> MidTerm = new(() =>
    {
        using var csv = File.OpenRead(SeedFiles.FiveYearObservationsPath);
        return PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, DevPlan.Core.Serialization.ObservationCsv.Read(csv).ToList(), new LocalDate(2023, 6, 30));
    });

    private static TargetEvaluation Result(string id) => MidTerm.Value.Results.Single(r => r.Target.Id == id);

    [Fact]
    public void ThePace_DuringTheSpan_IsTheWayDoneAgainstTheSpanElapsed_ThenTheOutlook()
    {
        // 2021—2022 fell 2.8% in total against 13.5% by 2025: 20.7% of the way in 40% of the span, 6.8% at
        // that pace by 2025, and 3.81% a year needed in 2023—2025 (1 − (1 − 13.5%) / (1 − 2.8%) over three years).
        var result = Result("t14-energy-intensity");

        Explanations.Actual(result, Catalogue.Chinese).Should().Be("2021—2022年累计下降2.8%");
        Explanations.Pace(result, Catalogue.Chinese).Should().Be("完成20.7%，时间进度40.0%；预计2025年累计下降6.8%；2023—2025年需年均下降3.81%");
        Explanations.Pace(result, Catalogue.English).Should().Be("20.7% done, 40.0% of the span; projected a fall of 6.8% in total by 2025; 2023–2025 need a fall of 3.81% a year");
    }

    [Fact]
    public void ATargetReachedBeforeItsEndYear_HasNoPaceLeft()
    {
        // 65.22% in 2022 against 65% by 2025: achieved early, with nothing left to pace.
        var result = Result("t03-urbanisation");

        result.Assessment.Status.Should().Be(AttainmentStatus.AchievedEarly);
        (Explanations.Actual(result, Catalogue.Chinese), Explanations.Gap(result, Catalogue.Chinese), Explanations.Pace(result, Catalogue.Chinese))
            .Should().Be(("2022年65.22%", "+0.22个百分点", ""));
    }
}
/// <summary>The pace cells of the same plan earlier in its span, where the share of the way is not known or not shown.</summary>
public class EarlySpanCellsTest
{
    private static readonly Lazy<List<Observation>> Figures = new(() =>
    {
        using var csv = File.OpenRead(SeedFiles.FiveYearObservationsPath);
        return [.. DevPlan.Core.Serialization.ObservationCsv.Read(csv)];
    });

    private static TargetEvaluation Result(string id, LocalDate asOf) =>
        PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, Figures.Value, asOf).Results.Single(r => r.Target.Id == id);

    [Fact]
    public void AFigureThatMovedAway_ShowsNoShareOfTheWay_OnlyTheOutlook()
    {
        var result = Result("t16-air-quality", new LocalDate(2023, 6, 30));

        result.Assessment.Completion!.Value.Value.Should().BeNegative();
        Explanations.Pace(result, Catalogue.Chinese).Should().Be("预计2025年达到85.8%；2023—2025年需年均提高0.33个百分点");
    }

    [Fact]
    public void AnAverageRate_HasNoShareOfTheWay_OnlyWhatTheRemainingYearsNeed()
    {
        var result = Result("t04-rd-expenditure", new LocalDate(2022, 6, 30));

        result.Assessment.Completion.Should().BeNull();
        Explanations.Pace(result, Catalogue.Chinese).Should().Be("2022—2025年需年均增长5.27%");
        Explanations.Pace(result, Catalogue.English).Should().NotStartWith(";").And.NotStartWith(" ");
    }
}
