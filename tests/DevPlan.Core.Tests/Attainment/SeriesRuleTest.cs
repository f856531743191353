using System.Collections.Immutable;
using DevPlan.Core.Attainment;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// The rule for targets over several years, each figure it reports worked by hand (docs/methods.md
/// §12). The figures are illustrative, chosen so that each boundary is met exactly: progress equal
/// to the elapsed share, the last year of the span, a rate of zero.
/// </summary>
public class SeriesRuleTest
{
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);
    // During the span: a review after it has ended is final (SpanOver tests below).
    private static readonly LocalDate AsOf = new(2025, 6, 30);

    private static readonly Indicator Gdp = new("gdp", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);
    private static readonly Indicator Income = new("income", new LocalizedText("居民人均可支配收入", "Disposable income per person"), new Unit(Dimension.Cny),
        IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);
    private static readonly Indicator Urbanisation = new("urban", new LocalizedText("常住人口城镇化率", "Urbanisation rate"), Unit.Percent,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Ratio);
    private static readonly Indicator Jobs = new("jobs", new LocalizedText("城镇新增就业", "New urban jobs"), Unit.TenThousandPersons,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);
    private static readonly Indicator Energy = new("energy", new LocalizedText("单位地区生产总值能耗", "Energy use per unit of GDP"), Unit.Percent,
        IndicatorDirection.LowerIsBetter, GrowthBasis.Comparable, Accumulation.Ratio);
    private static readonly Indicator Cpi = new("cpi", new LocalizedText("居民消费价格涨幅", "Consumer prices"), Unit.Percent,
        IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Ratio);

    private static Target Rate(TargetKind kind, string indicator, decimal rate, TargetQualifier qualifier = TargetQualifier.AtLeast, bool eachYear = false, string? relativeTo = null) =>
        new("t", indicator, Span, kind, qualifier, Quantity.Percent(rate), TargetNature.Expected) { EachYear = eachYear, RelativeTo = relativeTo };

    private static Target Amount(TargetKind kind, Indicator indicator, decimal amount, TargetQualifier qualifier = TargetQualifier.AtLeast, bool eachYear = false) =>
        new("t", indicator.Code, Span, kind, qualifier, new Quantity(amount, indicator.Unit), TargetNature.Expected) { EachYear = eachYear };

    private static Observation Grew(Indicator indicator, int year, decimal growth) => new(indicator.Code, ReportingPeriod.ForYear(year), growth: new Percent(growth));

    private static Observation Was(Indicator indicator, int year, decimal level) => new(indicator.Code, ReportingPeriod.ForYear(year), new Quantity(level, indicator.Unit));

    private static TargetAssessment Assess(Target target, Indicator indicator, Observation? baseline, params Observation[] figures) =>
        TargetKinds.AssessSeries(new SeriesInput(target, indicator, baseline, [.. figures], null, null, [], AsOf, AttainmentPolicy.Default));

    // ---- cumulative growth and reduction over the span (累计) ----

    [Fact]
    public void CumulativeGrowth_ProgressEqualToTheElapsedShare_IsOnTrack()
    {
        // 20% over five years; 8% then 0%: 8 of 20 = 40%, after two of five years = 40%.
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2021, 8m), Grew(Gdp, 2022, 0m));

        a.Status.Should().Be(AttainmentStatus.OnTrack);
        a.Actual.Should().Be(8m);
        a.Completion.Should().Be(new Percent(40m));
        a.ElapsedShare.Should().Be(new Percent(40m));
        a.RequiredRate!.Value.Value.Should().BeApproximately(3.5744169m, 0.000001m, "(1.2 / 1.08)^(1/3) − 1");
        a.Projected!.Value.Should().BeApproximately(21.2158437m, 0.000001m, "1.08^(5/2) − 1 at the pace so far");
        a.YearsObserved.Should().Be(2);
        a.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void CumulativeGrowth_ProgressBelowTheElapsedShare_IsBehind_OnlyBeyondTheMargin()
    {
        // 7.9 of 20 is 39.5% at 40% elapsed: within the default ten points, broadly as expected; 5.9 is 29.5%: lagging.
        Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2021, 7.9m), Grew(Gdp, 2022, 0m)).Status.Should().Be(AttainmentStatus.OnTrack);
        Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2021, 5.9m), Grew(Gdp, 2022, 0m)).Status.Should().Be(AttainmentStatus.Behind);
    }

    [Fact]
    public void CumulativeGrowth_AllYears_IsFinal_WithoutWhatRemains()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null,
            Grew(Gdp, 2021, 4m), Grew(Gdp, 2022, 4m), Grew(Gdp, 2023, 4m), Grew(Gdp, 2024, 4m), Grew(Gdp, 2025, 4m));

        a.IsFinal.Should().BeTrue();
        a.Actual!.Value.Should().BeApproximately(21.6652902m, 0.000001m, "1.04^5 − 1");
        a.Status.Should().Be(AttainmentStatus.Exceeded);
        a.RequiredRate.Should().BeNull();
        a.Projected.Should().BeNull();
    }

    [Fact]
    public void CumulativeReduction_ProjectsTheReductionAtThePaceSoFar()
    {
        // The energy-intensity changes of 2021–2023 (−2.7%, −0.1%, +0.5%; NBS Statistical Communiqués 2021–2023) against 13.5%.
        var a = Assess(Rate(TargetKind.Reduction, "energy", 13.5m), Energy, null, Grew(Energy, 2021, -2.7m), Grew(Energy, 2022, -0.1m), Grew(Energy, 2023, 0.5m));

        a.Actual!.Value.Should().BeApproximately(2.3112865m, 0.0000001m);
        a.Projected!.Value.Should().BeApproximately(3.8223893m, 0.000001m, "a reduction: −(0.976887^(5/3) − 1)");
        a.RequiredRate!.Value.Value.Should().BeApproximately(-5.90m, 0.01m);
        a.Status.Should().Be(AttainmentStatus.Behind);
    }

    [Fact]
    public void CumulativeTargetOfZero_HasNoProgress()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 0m), Gdp, null, Grew(Gdp, 2021, 1m));

        a.Completion.Should().BeNull();
        a.Status.Should().Be(AttainmentStatus.AchievedEarly);
    }

    [Fact]
    public void CumulativeReductionBeyondAHundredPercent_NeedsNoRate()
    {
        var a = Assess(Rate(TargetKind.Reduction, "energy", 100m), Energy, null, Grew(Energy, 2021, -10m));

        a.RequiredRate.Should().BeNull("nothing can fall by 100%: no rate gets there");
    }

    [Fact]
    public void FirstYearMissing_IsNotAssessable_ForAMissingYear()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2022, 5m));

        a.Status.Should().Be(AttainmentStatus.NotAssessable);
        a.Reason.Should().Be(AttainmentReason.MissingYear);
    }

    [Fact]
    public void GapAfterTheFirstYear_StopsTheChain_AndJudgesTheYearsBefore()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2021, 5m), Grew(Gdp, 2023, 5m));

        a.YearsObserved.Should().Be(1);
        a.Actual.Should().Be(5m);
    }

    [Fact]
    public void NominalGrowthFromLevels_UsesTheYearBefore_OnlyWhenItIsTheYearBefore()
    {
        var jobsRate = Rate(TargetKind.GrowthRate, "jobs", 20m);

        Assess(jobsRate, Jobs, Was(Jobs, 2020, 100m), Was(Jobs, 2021, 110m)).Actual.Should().Be(10m);
        var fromOlder = Assess(jobsRate, Jobs, Was(Jobs, 2019, 100m), Was(Jobs, 2021, 110m));
        fromOlder.Status.Should().Be(AttainmentStatus.NotAssessable);
        fromOlder.Reason.Should().Be(AttainmentReason.MissingGrowth);
    }

    [Fact]
    public void ComparableGrowthWithoutAPublishedRate_SaysWhy()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, Was(Gdp, 2020, 100m), Was(Gdp, 2021, 110m));

        a.Reason.Should().Be(AttainmentReason.ComparablePricesNeedPublishedGrowth);
    }

    [Fact]
    public void GrowthFromANonPositiveBase_SaysWhy()
    {
        var a = Assess(Rate(TargetKind.GrowthRate, "jobs", 20m), Jobs, Was(Jobs, 2020, 0m), Was(Jobs, 2021, 110m));

        a.Reason.Should().Be(AttainmentReason.NonPositiveBase);
    }

    // ---- average annual growth (年均) ----

    [Fact]
    public void AverageAnnualGrowth_IsTheGeometricMean_WithTheRateTheRemainingYearsNeed()
    {
        var a = Assess(Rate(TargetKind.AverageAnnualGrowth, "gdp", 6m), Gdp, null, Grew(Gdp, 2021, 8m), Grew(Gdp, 2022, 5m));

        a.Actual!.Value.Should().BeApproximately(6.4894361m, 0.000001m, "√(1.08 × 1.05) − 1");
        a.RequiredRate!.Value.Value.Should().BeApproximately(5.6749596m, 0.000001m, "(1.06^5 / 1.134)^(1/3) − 1");
        a.Projected.Should().Be(a.Actual, "at the pace so far the average stays what it is");
        a.Completion.Should().BeNull("an average has no share done");
        a.ElapsedShare.Should().Be(new Percent(40m), "two of five years observed");
        a.Status.Should().Be(AttainmentStatus.OnTrack);
        a.IsFinal.Should().BeFalse();
        a.YearsObserved.Should().Be(2);
    }

    [Fact]
    public void AverageAnnualGrowth_AllYears_IsFinal()
    {
        var a = Assess(Rate(TargetKind.AverageAnnualGrowth, "gdp", 6m), Gdp, null,
            Grew(Gdp, 2021, 5m), Grew(Gdp, 2022, 5m), Grew(Gdp, 2023, 5m), Grew(Gdp, 2024, 5m), Grew(Gdp, 2025, 5m));

        a.IsFinal.Should().BeTrue();
        a.Status.Should().Be(AttainmentStatus.NotAchieved);
        a.RequiredRate.Should().BeNull();
        a.Projected.Should().BeNull();
    }

    [Fact]
    public void AverageAnnualGrowth_BelowSoFar_IsBehind()
    {
        var a = Assess(Rate(TargetKind.AverageAnnualGrowth, "gdp", 6m), Gdp, null, Grew(Gdp, 2021, 5m));

        a.Status.Should().Be(AttainmentStatus.Behind);
        a.Reason.Should().Be(AttainmentReason.None);
    }

    [Fact]
    public void AverageAnnualGrowth_WithoutAFirstYear_IsNotAssessable()
    {
        var a = Assess(Rate(TargetKind.AverageAnnualGrowth, "gdp", 6m), Gdp, null, Grew(Gdp, 2023, 5m));

        a.Status.Should().Be(AttainmentStatus.NotAssessable);
        a.Reason.Should().Be(AttainmentReason.MissingYear);
    }

    // ---- end-year level of a stock or ratio, and a flow's sum over the span ----

    [Fact]
    public void EndYearLevel_FromTheBaseline_ProgressEqualToTheElapsedShare_IsOnTrack()
    {
        // 60% in 2020 → 65% by 2025; 62% in 2022: 2 of 5 points, 2 of 5 years.
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2020, 60m),
            Was(Urbanisation, 2021, 61m), Was(Urbanisation, 2022, 62m));

        a.Status.Should().Be(AttainmentStatus.OnTrack);
        a.Actual.Should().Be(62m);
        a.Completion.Should().Be(new Percent(40m));
        a.ElapsedShare.Should().Be(new Percent(40m));
        a.Projected.Should().Be(65m, "62 + (62 − 60) / 2 × 3");
        a.RequiredRate!.Value.Value.Should().BeApproximately(1.5875662m, 0.000001m, "(65 / 62)^(1/3) − 1");
        a.YearsObserved.Should().Be(2);
        a.IsFinal.Should().BeFalse();
    }

    [Fact]
    public void EndYearLevel_WithoutABaseline_CountsYearsFromTheSpansStart()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, null, Was(Urbanisation, 2021, 61m), Was(Urbanisation, 2022, 62m));

        a.ElapsedShare.Should().Be(new Percent(40m), "2021 and 2022 of five years");
        a.Completion.Should().BeNull();
        a.Projected.Should().BeNull();
        a.Status.Should().Be(AttainmentStatus.Behind, "a floor not yet reached, with no progress to measure");
    }

    [Fact]
    public void EndYearLevel_InTheLastYear_IsFinal()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2020, 60m), Was(Urbanisation, 2025, 64m));

        a.IsFinal.Should().BeTrue();
        a.Status.Should().Be(AttainmentStatus.NotAchieved);
        a.RequiredRate.Should().BeNull();
        a.Projected.Should().BeNull();
    }

    [Fact]
    public void EndYearLevel_BaselineEqualToTheTarget_HasNoProgress()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2020, 65m), Was(Urbanisation, 2022, 64m));

        a.Completion.Should().BeNull();
        a.Projected.Should().Be(62.5m, "64 + (64 − 65) / 2 × 3");
    }

    [Fact]
    public void EndYearLevel_AtZero_NeedsNoRate()
    {
        Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, null, Was(Urbanisation, 2022, 0m)).RequiredRate.Should().BeNull();
    }

    [Fact]
    public void EndYearLevel_WithoutALevel_IsNotAssessable()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, null, Grew(Urbanisation, 2022, 1m));

        a.Reason.Should().Be(AttainmentReason.MissingLevel);
    }

    [Fact]
    public void FlowLevel_IsTheSumOverTheSpan_ProjectedAtThePaceSoFar()
    {
        // 累计新增就业 500 (万人) over five years: 110 + 90 = 200 after two years: 40% at 40%.
        var a = Assess(Amount(TargetKind.Level, Jobs, 500m), Jobs, null, Was(Jobs, 2021, 110m), Was(Jobs, 2022, 90m));

        a.Actual.Should().Be(200m);
        a.Completion.Should().Be(new Percent(40m));
        a.Projected.Should().Be(500m, "200 × 5 / 2");
        a.Status.Should().Be(AttainmentStatus.OnTrack);
        a.Unit.Should().Be(Unit.TenThousandPersons);
    }

    // ---- an increase from the baseline ----

    [Fact]
    public void Increase_IsTheChangeFromTheBaseline_ProjectedToTheLastYear()
    {
        // Life expectancy up by 1 year from 77.3 (2020); 78.0 in 2022.
        var lifeYears = new Indicator("life", new LocalizedText("人均预期寿命", "Life expectancy"), new Unit(Dimension.Of("year")),
            IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);
        var a = Assess(Amount(TargetKind.Increase, lifeYears, 1m), lifeYears, Was(lifeYears, 2020, 77.3m), Was(lifeYears, 2022, 78.0m));

        a.Actual.Should().Be(0.7m);
        a.Projected.Should().Be(1.75m, "0.7 / 2 × 5");
        a.Completion.Should().Be(new Percent(70m));
        a.ElapsedShare.Should().Be(new Percent(40m));
        a.Status.Should().Be(AttainmentStatus.FasterThanExpected, "70% of the way with 40% of the span elapsed");
        a.IsFinal.Should().BeFalse();

        var final = Assess(Amount(TargetKind.Increase, lifeYears, 1m), lifeYears, Was(lifeYears, 2020, 77.3m), Was(lifeYears, 2025, 78.5m));
        final.IsFinal.Should().BeTrue();
        final.Status.Should().Be(AttainmentStatus.Exceeded);
        final.Projected.Should().BeNull();

        Assess(Amount(TargetKind.Increase, lifeYears, 1m), lifeYears, null, Was(lifeYears, 2022, 78m)).Reason.Should().Be(AttainmentReason.MissingBaseline);
        Assess(Amount(TargetKind.Increase, lifeYears, 1m), lifeYears, Was(lifeYears, 2020, 77.3m), Grew(lifeYears, 2022, 1m)).Reason.Should().Be(AttainmentReason.MissingLevel);
        Assess(Amount(TargetKind.Increase, lifeYears, 0m), lifeYears, Was(lifeYears, 2020, 77.3m), Was(lifeYears, 2022, 78m)).Completion.Should().BeNull();
    }

    // ---- relative to another indicator (与经济增长同步) ----

    [Fact]
    public void Relative_ComparesTheAveragesOverTheYearsBothHave()
    {
        var target = Rate(TargetKind.Relative, "income", 1m, relativeTo: "gdp");
        var input = new SeriesInput(target, Income, null, [Grew(Income, 2021, 8m), Grew(Income, 2022, 7m), Grew(Income, 2023, 1m)],
            Gdp, null, [Grew(Gdp, 2021, 5m), Grew(Gdp, 2022, 5m)], AsOf, AttainmentPolicy.Default);

        var a = TargetKinds.AssessSeries(input);

        a.Actual!.Value.Should().BeApproximately(7.4988372m, 0.000001m, "√(1.08 × 1.07) − 1: 2023 has no GDP figure to compare");
        a.Target.Should().Be(6m, "GDP's 5% average and 1 point more");
        a.YearsObserved.Should().Be(2);
        a.ElapsedShare.Should().Be(new Percent(40m));
        a.IsFinal.Should().BeFalse();
        a.Status.Should().Be(AttainmentStatus.FasterThanExpected, "7.5% a year against 6%: more than a point faster");

        var noOther = TargetKinds.AssessSeries(input with { RelatedFigures = [] });
        noOther.Reason.Should().Be(AttainmentReason.MissingRelatedFigure);
        TargetKinds.AssessSeries(input with { Related = null }).Reason.Should().Be(AttainmentReason.MissingRelatedFigure);
    }

    // ---- a bound every year (每年) ----

    [Fact]
    public void EachYear_TheFirstMissDecides_AndIsFinal()
    {
        var target = Rate(TargetKind.GrowthRate, "cpi", 3m, TargetQualifier.AtMost, eachYear: true);

        var a = Assess(target, Cpi, null, Grew(Cpi, 2021, 0.9m), Grew(Cpi, 2022, 3.6m), Grew(Cpi, 2023, 0.2m));

        a.Status.Should().Be(AttainmentStatus.NotAchieved);
        a.Actual.Should().Be(3.6m);
        a.IsFinal.Should().BeTrue();
        a.Completion.Should().BeNull();
        a.ElapsedShare.Should().Be(new Percent(60m), "three of five years observed");
        a.YearsObserved.Should().Be(3);
    }

    [Fact]
    public void EachYear_HeldSoFar_IsOnTrackUntilTheLastYear()
    {
        var target = Rate(TargetKind.GrowthRate, "cpi", 3m, TargetQualifier.AtMost, eachYear: true);

        var soFar = Assess(target, Cpi, null, Grew(Cpi, 2021, 0.9m), Grew(Cpi, 2022, 2.0m));
        soFar.Status.Should().Be(AttainmentStatus.OnTrack);
        soFar.IsFinal.Should().BeFalse();
        soFar.Actual.Should().Be(2.0m, "the latest year, when none missed");

        var all = Assess(target, Cpi, null, Grew(Cpi, 2021, 0.9m), Grew(Cpi, 2022, 2.0m), Grew(Cpi, 2023, 0.2m), Grew(Cpi, 2024, 0.2m), Grew(Cpi, 2025, 2.8m));
        all.IsFinal.Should().BeTrue();
        all.Status.Should().Be(AttainmentStatus.Achieved);
        all.ElapsedShare.Should().Be(new Percent(100m));
    }

    [Fact]
    public void EachYear_Reduction_ReadsAFallAsPositive()
    {
        var target = Rate(TargetKind.Reduction, "energy", 3m, eachYear: true);

        var a = Assess(target, Energy, null, Grew(Energy, 2021, -3.5m), Grew(Energy, 2022, -2m));

        a.Actual.Should().Be(2m);
        a.Status.Should().Be(AttainmentStatus.NotAchieved);
        Assess(target, Energy, null, Grew(Energy, 2021, -3.5m)).Status.Should().Be(AttainmentStatus.OnTrack);
    }

    [Fact]
    public void EachYear_Level_IsJudgedInTheTargetsUnit_WithTheLevelTolerance()
    {
        // Arable land at least 18亿亩 every year; 17.9 is within the 1% tolerance of "about", not of "at least".
        var land = new Indicator("land", new LocalizedText("耕地保有量", "Arable land"), new Unit(Dimension.Of("mu"), 8),
            IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);
        var atLeast = Amount(TargetKind.Level, land, 18m, eachYear: true);
        var about = Amount(TargetKind.Level, land, 18m, TargetQualifier.About, eachYear: true);

        Assess(atLeast, land, null, Was(land, 2021, 18.2m), Was(land, 2022, 17.9m)).Status.Should().Be(AttainmentStatus.NotAchieved);
        var a = Assess(about, land, null, Was(land, 2021, 18.2m), Was(land, 2022, 17.9m));
        a.Status.Should().Be(AttainmentStatus.OnTrack);
        a.Unit.Should().Be(land.Unit);
        Assess(atLeast, land, null, Grew(land, 2021, 1m)).Reason.Should().Be(AttainmentReason.MissingLevel);
        Assess(Rate(TargetKind.GrowthRate, "cpi", 3m, TargetQualifier.AtMost, eachYear: true), Cpi, null, Was(Cpi, 2021, 1m))
            .Reason.Should().Be(AttainmentReason.MissingGrowth);
    }

    // ---- qualitative aims and tasks over the span ----

    [Fact]
    public void Qualitative_IsJudgedOnTheLatestRecordedAssessment()
    {
        var target = new Target("t", "gdp", Span, TargetKind.Qualitative, null, null, TargetNature.Expected);
        static Observation Done(int year, bool done) => new("gdp", ReportingPeriod.ForYear(year), completed: done);

        Assess(target, Gdp, null, Done(2022, true)).Status.Should().Be(AttainmentStatus.OnTrack);
        Assess(target, Gdp, null, Done(2022, false)).Status.Should().Be(AttainmentStatus.Behind);
        var final = Assess(target, Gdp, null, Done(2022, false), Done(2025, true));
        final.Status.Should().Be(AttainmentStatus.Achieved);
        final.IsFinal.Should().BeTrue();
        final.Actual.Should().Be(1m);
        Assess(target, Gdp, null, Done(2025, false)).Actual.Should().Be(0m);
        Assess(target, Gdp, null, Grew(Gdp, 2022, 5m)).Reason.Should().Be(AttainmentReason.QualitativeAim);
        Assess(target, Gdp, null).Reason.Should().Be(AttainmentReason.QualitativeAim);
    }

    [Fact]
    public void NoFigures_IsNoData()
    {
        var a = Assess(Rate(TargetKind.AverageAnnualGrowth, "gdp", 6m), Gdp, null);

        a.Status.Should().Be(AttainmentStatus.NoData);
        a.Reason.Should().Be(AttainmentReason.NoObservation);
    }

    [Theory]
    [InlineData(TargetKind.AverageAnnualGrowth, true)]
    [InlineData(TargetKind.Increase, true)]
    [InlineData(TargetKind.Relative, true)]
    [InlineData(TargetKind.Qualitative, true)]
    [InlineData(TargetKind.GrowthRate, false)]
    [InlineData(TargetKind.Reduction, false)]
    [InlineData(TargetKind.Level, false)]
    [InlineData(TargetKind.Completion, false)]
    public void OneYearTarget_IsASeries_OnlyForTheMultiYearKinds(TargetKind kind, bool series)
    {
        var figure = TargetKindShapes.FigureOf(kind) switch
        {
            TargetFigure.Rate => Quantity.Percent(5m),
            TargetFigure.Level => new Quantity(5m, Unit.HundredMillionYuan),
            TargetFigure.None => (Quantity?)null,
        };
        Target Make(bool eachYear) => new("t", "gdp", ReportingPeriod.ForYear(2024), kind, figure is null ? null : TargetQualifier.AtLeast, figure, TargetNature.Expected) { EachYear = eachYear };

        TargetKinds.For(Make(eachYear: false)).IsJudgedOnSeries(Make(eachYear: false)).Should().Be(series);
        TargetKinds.For(Make(eachYear: true)).IsJudgedOnSeries(Make(eachYear: true)).Should().BeTrue();
    }

    // ---- tolerances, ceilings and pace tolerance over a span ----

    [Fact]
    public void LevelsOverASpan_UseTheLevelToleranceAndMargin_InProportionToTheTarget()
    {
        // 100 by 2025; 1% of 100 is the tolerance of "about" and the margin of "at least".
        var stock = Assess(Amount(TargetKind.Level, Urbanisation, 100m, TargetQualifier.About), Urbanisation, null, Was(Urbanisation, 2025, 103m));
        var atLeast = Assess(Amount(TargetKind.Level, Urbanisation, 100m), Urbanisation, null, Was(Urbanisation, 2025, 102m));
        var flow = Assess(Amount(TargetKind.Level, Jobs, 100m, TargetQualifier.About), Jobs, null,
            Was(Jobs, 2021, 20.6m), Was(Jobs, 2022, 20.6m), Was(Jobs, 2023, 20.6m), Was(Jobs, 2024, 20.6m), Was(Jobs, 2025, 20.6m));
        var eachYear = Assess(Amount(TargetKind.Level, Urbanisation, 100m, TargetQualifier.About, eachYear: true), Urbanisation, null, Was(Urbanisation, 2021, 98m));

        stock.Status.Should().Be(AttainmentStatus.Exceeded);
        atLeast.Status.Should().Be(AttainmentStatus.Exceeded);
        flow.Status.Should().Be(AttainmentStatus.Exceeded, "103 against about 100");
        eachYear.Status.Should().Be(AttainmentStatus.NotAchieved, "a year outside the band of about 100 misses the bound");
    }

    [Fact]
    public void IncreaseOverASpan_UsesTheLevelTolerance_AndReportsTheShareDone()
    {
        var lifeYears = new Indicator("life", new LocalizedText("人均预期寿命", "Life expectancy"), new Unit(Dimension.Of("year")),
            IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);

        var a = Assess(Amount(TargetKind.Increase, lifeYears, 2m, TargetQualifier.About), lifeYears, Was(lifeYears, 2020, 77m), Was(lifeYears, 2025, 79.1m));

        a.Status.Should().Be(AttainmentStatus.Exceeded, "2.1 against about 2, beyond 1% of 2");
        a.Completion!.Value.Value.Should().Be(105m);
        Assess(Amount(TargetKind.Increase, lifeYears, 2m), lifeYears, Was(lifeYears, 2020, 77m), Was(lifeYears, 2022, 77.7m)).Completion.Should().Be(new Percent(35m));
    }

    [Fact]
    public void CeilingOverASpan_IsAtRiskOnceExceeded_WithNoShareDone()
    {
        // 累计 at most 100 over five years.
        var ceiling = Amount(TargetKind.Level, Jobs, 100m, TargetQualifier.AtMost);

        var over = Assess(ceiling, Jobs, null, Was(Jobs, 2021, 60m), Was(Jobs, 2022, 50m));
        var under = Assess(ceiling, Jobs, null, Was(Jobs, 2021, 10m), Was(Jobs, 2022, 10m));

        over.Status.Should().Be(AttainmentStatus.AtRisk, "a ceiling already passed during the span is at risk, never behind");
        over.Bound.Should().Be(TargetBound.Ceiling);
        under.Status.Should().Be(AttainmentStatus.OnTrack);
        under.Completion.Should().BeNull("staying under a ceiling is no share of a task");
    }

    [Fact]
    public void LaggingMargin_LetsProgressLagTheElapsedShareByThatMuch_ThenTheProjectionDecides()
    {
        var policy = AttainmentPolicy.Default with { LaggingMargin = new PercentagePoints(5m) };
        var target = Amount(TargetKind.Level, Jobs, 500m);
        SeriesInput Input(decimal second, AttainmentPolicy p) => new(target, Jobs, null, [Was(Jobs, 2021, 100m), Was(Jobs, 2022, second)], null, null, [], AsOf, p);

        TargetKinds.AssessSeries(Input(75m, policy)).Status.Should().Be(AttainmentStatus.OnTrack, "35% done at 40% elapsed, 5 points allowed");
        TargetKinds.AssessSeries(Input(74m, policy)).Status.Should().Be(AttainmentStatus.Behind, "34.8% at 40%, and 174 a year for five years is 435, short of 500");
        TargetKinds.AssessSeries(Input(74m, policy)).Projected.Should().Be(435m);
        TargetKinds.AssessSeries(Input(100m, policy)).Status.Should().Be(AttainmentStatus.OnTrack, "40% at 40%");
        TargetKinds.AssessSeries(Input(150m, policy)).Status.Should().Be(AttainmentStatus.FasterThanExpected, "50% at 40%: ten points ahead");
        TargetKinds.AssessSeries(Input(149m, policy)).Status.Should().Be(AttainmentStatus.OnTrack, "49.8% at 40%: less than ten points ahead");
        TargetKinds.AssessSeries(Input(74m, AttainmentPolicy.Default)).Status.Should().Be(AttainmentStatus.OnTrack, "within the default ten points");
        TargetKinds.AssessSeries(Input(49m, AttainmentPolicy.Default)).Status.Should().Be(AttainmentStatus.Behind, "29.8% at 40%: more than ten points behind, and the pace misses");
    }

    [Fact]
    public void TheFinalReview_KeepsAchievedEarly_ForAFloorMetBeforeItsLastYear_AndHeld()
    {
        // 13.5% reduction: 4% a year reaches 15.1% by 2024 (met a year early) and 18.5% by 2025.
        var early = Assess(Rate(TargetKind.Reduction, "energy", 13.5m), Energy, null, [.. Enumerable.Range(2021, 5).Select(y => Grew(Energy, y, -4m))]);
        // 2.9% a year reaches 13.7% only in 2025.
        var onTime = Assess(Rate(TargetKind.Reduction, "energy", 13.5m), Energy, null, [.. Enumerable.Range(2021, 5).Select(y => Grew(Energy, y, -2.9m))]);
        // Met in 2024 (15.1%), held in 2025 after a rise of 0.5% (14.6%): still early; lost after a rise of 2% (13.4%): not achieved.
        var held = Assess(Rate(TargetKind.Reduction, "energy", 13.5m), Energy, null,
            Grew(Energy, 2021, -4m), Grew(Energy, 2022, -4m), Grew(Energy, 2023, -4m), Grew(Energy, 2024, -4m), Grew(Energy, 2025, 0.5m));
        var lost = Assess(Rate(TargetKind.Reduction, "energy", 13.5m), Energy, null,
            Grew(Energy, 2021, -4m), Grew(Energy, 2022, -4m), Grew(Energy, 2023, -4m), Grew(Energy, 2024, -4m), Grew(Energy, 2025, 2m));

        (early.Status, early.Stage).Should().Be((AttainmentStatus.AchievedEarly, VerdictStage.Final));
        onTime.Status.Should().Be(AttainmentStatus.Achieved);
        held.Status.Should().Be(AttainmentStatus.AchievedEarly);
        lost.Status.Should().Be(AttainmentStatus.NotAchieved, "the end year's figure decides the final review");
        lost.Stage.Should().Be(VerdictStage.Final);
    }

    [Fact]
    public void AFloorBehindItsPace_ButReachingItAtThePaceSoFar_IsBroadlyAsExpected()
    {
        // Urbanisation from 60 to 65 (2020–2025): 60.5 by 2022 is 10% of the way at 40% elapsed, and linear from the baseline 61.25 in 2025 misses.
        var share = Amount(TargetKind.Level, Urbanisation, 65m);

        Assess(share, Urbanisation, Was(Urbanisation, 2020, 60m), Was(Urbanisation, 2022, 60.5m)).Status.Should().Be(AttainmentStatus.Behind);
        // A cumulative growth whose projection reaches its target though its chained share lags: 1.2^(5/2)… is the projection.
        var a = Assess(Rate(TargetKind.GrowthRate, "gdp", 20m), Gdp, null, Grew(Gdp, 2021, 5m), Grew(Gdp, 2022, 0m));
        a.Completion!.Value.Value.Should().Be(25m, "5 of 20 at 40% elapsed: fifteen points behind");
        a.Projected!.Value.Should().BeLessThan(20m);
        a.Status.Should().Be(AttainmentStatus.Behind);
    }

    [Fact]
    public void FlowTargetOfZero_HasNoShareDone() =>
        Assess(Amount(TargetKind.Level, Jobs, 0m), Jobs, null, Was(Jobs, 2021, 1m)).Completion.Should().BeNull();

    [Fact]
    public void EndYearLevelOfZero_NeedsNoRate() =>
        Assess(Amount(TargetKind.Level, Urbanisation, 0m, TargetQualifier.AtMost), Urbanisation, null, Was(Urbanisation, 2022, 5m)).RequiredRate.Should().BeNull();

    [Fact]
    public void EndYearLevel_WithABaselineOfTheLatestYear_HasNoPace()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2022, 62m), Was(Urbanisation, 2022, 62m));

        a.Completion.Should().BeNull();
        a.Projected.Should().BeNull();
    }

    [Fact]
    public void EndYearLevel_WithABaselineInTheSpansFirstYear_CountsFromTheSpansStart()
    {
        // A "baseline" of 2021 is not before the span: the years run from 2021, five of them.
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2021, 60m), Was(Urbanisation, 2022, 62m));

        a.ElapsedShare.Should().Be(new Percent(40m));
    }

    [Fact]
    public void EndYearLevel_CountsTheYearsObserved_NotTheYearsSinceTheBaseline()
    {
        var a = Assess(Amount(TargetKind.Level, Urbanisation, 65m), Urbanisation, Was(Urbanisation, 2020, 60m), Was(Urbanisation, 2022, 62m));

        a.YearsObserved.Should().Be(1);
        a.ElapsedShare.Should().Be(new Percent(40m));
    }

    [Fact]
    public void Level_WithAYearWithoutALevel_IsNotAssessable() =>
        Assess(Amount(TargetKind.Level, Jobs, 500m), Jobs, null, Was(Jobs, 2021, 100m), Grew(Jobs, 2022, 5m)).Reason.Should().Be(AttainmentReason.MissingLevel);

    [Fact]
    public void EachYear_CeilingHeldWellUnder_IsAchieved_NeverExceeded()
    {
        var target = Rate(TargetKind.GrowthRate, "cpi", 3m, TargetQualifier.AtMost, eachYear: true);

        var a = Assess(target, Cpi, null, Grew(Cpi, 2021, 0.9m), Grew(Cpi, 2022, 2.0m), Grew(Cpi, 2023, 0.2m), Grew(Cpi, 2024, 0.2m), Grew(Cpi, 2025, 1m));

        a.Status.Should().Be(AttainmentStatus.Achieved, "1% is 2 points under a ceiling of 3%: kept within it, which is not over-fulfilment");
        a.Stage.Should().Be(VerdictStage.Final);
    }

    [Theory]
    [InlineData(TargetKind.AverageAnnualGrowth)]
    [InlineData(TargetKind.Increase)]
    [InlineData(TargetKind.Relative)]
    [InlineData(TargetKind.Qualitative)]
    public void OneFigure_OfAMultiYearKind_IsJudgedByTheSeriesRule(TargetKind kind)
    {
        var figure = TargetKindShapes.FigureOf(kind) switch
        {
            TargetFigure.Rate => Quantity.Percent(5m),
            TargetFigure.Level => new Quantity(1m, Unit.Percent),
            TargetFigure.None => (Quantity?)null,
        };
        var target = new Target("t", "urban", ReportingPeriod.ForYear(2024), kind, figure is null ? null : TargetQualifier.AtLeast, figure, TargetNature.Expected);
        var observation = kind == TargetKind.Qualitative
            ? new Observation("urban", ReportingPeriod.ForYear(2024), completed: true)
            : new Observation("urban", ReportingPeriod.ForYear(2024), new Quantity(60m, Unit.Percent), new Percent(6m));

        var a = PlanEvaluator.Assess(target, Urbanisation, observation, AsOf);

        var expected = kind switch
        {
            TargetKind.AverageAnnualGrowth => (AttainmentStatus.Exceeded, AttainmentReason.None),
            TargetKind.Increase => (AttainmentStatus.NotAssessable, AttainmentReason.MissingBaseline),
            TargetKind.Relative => (AttainmentStatus.NotAssessable, AttainmentReason.MissingRelatedFigure),
            _ => (AttainmentStatus.Achieved, AttainmentReason.None),
        };
        (a.Status, a.Reason).Should().Be(expected);
    }
}
