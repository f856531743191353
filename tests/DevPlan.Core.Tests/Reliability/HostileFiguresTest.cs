using DevPlan.Core.Attainment;
using DevPlan.Core.Calculations;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.Reliability;

/// <summary>
/// The five-year arithmetic an adversarial review broke, each input reproduced: every one ends in a verdict
/// (typed not assessable where arithmetic cannot go on, with the reason) or a validation error, never an
/// exception; spans are judged over their years. Figures are illustrative.
/// </summary>
public class HostileFiguresTest
{
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);

    private static Indicator Make(string code, Unit unit, IndicatorDirection direction = IndicatorDirection.HigherIsBetter, Accumulation accumulation = Accumulation.Flow) =>
        new(code, new LocalizedText(code, code), unit, direction, GrowthBasis.Nominal, accumulation);

    private static readonly Indicator Gdp = Make("gdp", Unit.HundredMillionYuan);
    private static readonly Indicator Energy = Make("energy", Unit.Percent, IndicatorDirection.LowerIsBetter, Accumulation.Ratio);
    private static readonly Indicator Jobs = Make("jobs", Unit.TenThousandPersons);
    private static readonly Indicator Unemployment = Make("unemployment", Unit.Percent, IndicatorDirection.LowerIsBetter, Accumulation.Ratio);

    private static Plan PlanOf(ReportingPeriod horizon, Indicator indicator, Target target, UnitDefinition[]? units = null) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), horizon.Year)
        {
            Horizon = horizon,
            Units = units is null ? [] : [.. units],
            Indicators = [indicator],
            Targets = [target],
        };

    private static Target Rate(TargetKind kind, string indicator, decimal figure, ReportingPeriod? period = null, TargetQualifier qualifier = TargetQualifier.AtLeast) =>
        new("t", indicator, period ?? Span, kind, qualifier, Quantity.Percent(figure), TargetNature.Expected);

    private static Observation Grew(string indicator, int year, decimal growth) => new(indicator, ReportingPeriod.ForYear(year), growth: new Percent(growth));

    private static TargetEvaluation Evaluate(Plan plan, LocalDate asOf, params Observation[] figures)
    {
        var result = PlanEvaluator.Evaluate(plan, figures, asOf).Results.Should().ContainSingle().Subject;
        // Every such verdict is put into words in both languages without an exception.
        Explanations.Explain(result, Catalogue.Chinese).Should().NotBeNullOrEmpty();
        Explanations.Explain(result, Catalogue.English).Should().NotBeNullOrEmpty();
        return result;
    }

    [Theory]
    [InlineData(TargetKind.Reduction, "energy")]
    [InlineData(TargetKind.AverageAnnualGrowth, "gdp")]
    [InlineData(TargetKind.GrowthRate, "gdp")]
    public void AYearOfMinus100Percent_IsNotAssessable_AndAValidationError(TargetKind kind, string indicator)
    {
        var plan = PlanOf(Span, indicator == "gdp" ? Gdp : Energy, Rate(kind, indicator, kind == TargetKind.Reduction ? 13.5m : 7m));
        Observation[] figures = [Grew(indicator, 2021, -100m), Grew(indicator, 2022, -1m)];

        var a = Evaluate(plan, new LocalDate(2023, 6, 30), figures).Assessment;

        a.Status.Should().Be(AttainmentStatus.NotAssessable);
        a.Reason.Should().Be(AttainmentReason.GrowthOfMinus100OrLess);
        PlanValidator.ValidateObservations(plan, figures).Diagnostics.Select(d => d.Code).Should().Equal("DP1405");
    }

    [Fact]
    public void GrowthBelowMinus100Percent_IsAValidationError_AndNeverAFactor()
    {
        var plan = PlanOf(Span, Energy, Rate(TargetKind.Reduction, "energy", 13.5m));
        Observation[] figures = [Grew("energy", 2021, -150m), Grew("energy", 2022, -1m)];

        PlanValidator.ValidateObservations(plan, figures).Diagnostics.Should().ContainSingle()
            .Which.Message.Should().Contain("above −100%").And.Contain("-150%");
        Evaluate(plan, new LocalDate(2023, 6, 30), figures).Assessment.Reason.Should().Be(AttainmentReason.GrowthOfMinus100OrLess, "a fall of 150% is not chained as a factor of −0.5");
    }

    [Fact]
    public void FortyPercentAYearOverFifteenYears_IsJudged_WithTheProjectionTakenRootFirst()
    {
        var span = ReportingPeriod.ForSpan(2021, 2035);
        var plan = PlanOf(span, Gdp, Rate(TargetKind.GrowthRate, "gdp", 20m, span));

        var a = Evaluate(plan, new LocalDate(2026, 6, 30), [.. Enumerable.Range(2021, 5).Select(y => Grew("gdp", y, 40m))]).Assessment;

        a.Status.Should().Be(AttainmentStatus.AchievedEarly);
        a.Actual!.Value.Should().BeApproximately(437.824m, 0.001m, "1.4^5 − 1");
        a.Projected!.Value.Should().BeApproximately((decimal)(Math.Pow(1.4, 15) - 1) * 100m, 0.01m, "(1.4^5)^(15/5) − 1, the root taken before the power");
        // Behind a target of 1000%, the rate still required is computed too.
        var behind = Evaluate(PlanOf(span, Gdp, Rate(TargetKind.GrowthRate, "gdp", 1000m, span)), new LocalDate(2026, 6, 30),
            [.. Enumerable.Range(2021, 5).Select(y => Grew("gdp", y, 40m))]).Assessment;
        behind.Status.Should().Be(AttainmentStatus.FasterThanExpected, "437.8% of 1000% done with a third of the span elapsed");
        behind.Projected!.Value.Should().BeApproximately((decimal)(Math.Pow(1.4, 15) - 1) * 100m, 0.01m);
    }

    [Fact]
    public void ASpanEndingIn9999_SpeaksOfNoYearAfterIt()
    {
        var span = ReportingPeriod.ForSpan(9995, 9999);
        var plan = PlanOf(span, Energy, Rate(TargetKind.Reduction, "energy", 13.5m, span));

        var mid = Evaluate(plan, new LocalDate(9998, 12, 31), [.. Enumerable.Range(9995, 4).Select(y => Grew("energy", y, -1m))]);
        var last = Evaluate(plan, new LocalDate(9999, 12, 31), [.. Enumerable.Range(9995, 5).Select(y => Grew("energy", y, -1m))]);

        Explanations.Explain(mid, Catalogue.English).Should().Contain("9999 need").And.NotContain("10000");
        last.Assessment.Stage.Should().Be(VerdictStage.Final);
        Explanations.Explain(last, Catalogue.Chinese).Should().NotContain("10000");
    }

    [Fact]
    public void FlowLevelsSummingPastDecimal_AreNotAssessable_OutOfRange()
    {
        var plan = PlanOf(Span, Jobs, new Target("t", "jobs", Span, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(5500m, Unit.TenThousandPersons), TargetNature.Expected));
        var huge = 70000000000000000000000000000m;

        var a = Evaluate(plan, new LocalDate(2024, 6, 30), [.. Enumerable.Range(2021, 3).Select(y => new Observation("jobs", ReportingPeriod.ForYear(y), new Quantity(huge, Unit.TenThousandPersons)))]).Assessment;

        (a.Status, a.Reason).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange));
    }

    [Fact]
    public void MonthsSummingPastDecimal_AreNotAssessable_OutOfRange()
    {
        var year = ReportingPeriod.ForYear(2021);
        var plan = PlanOf(year, Jobs, new Target("t", "jobs", year, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(5500m, Unit.TenThousandPersons), TargetNature.Expected));
        var half = 50000000000000000000000000000m;

        var a = Evaluate(plan, new LocalDate(2022, 6, 30),
            new Observation("jobs", ReportingPeriod.ForYearToDate(2021, 11), new Quantity(half, Unit.TenThousandPersons)),
            new Observation("jobs", ReportingPeriod.Parse("2021-M12"), new Quantity(half, Unit.TenThousandPersons))).Assessment;

        (a.Status, a.Reason).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange));
    }

    [Fact]
    public void GrowthFromLevelsFarApart_IsNotAssessable_OutOfRange()
    {
        var tiny = new Quantity(0.00000000000000000001m, Unit.HundredMillionYuan);
        var vast = new Quantity(100000000000000000000m, Unit.HundredMillionYuan);

        Growth.For(Gdp, new Observation("gdp", ReportingPeriod.ForYear(2022), vast), new Observation("gdp", ReportingPeriod.ForYear(2021), tiny))
            .Issue.Should().Be(GrowthIssue.OutOfRange);
        var year = ReportingPeriod.ForYear(2022);
        var plan = PlanOf(year, Gdp, Rate(TargetKind.GrowthRate, "gdp", 7m, year));
        var a = Evaluate(plan, new LocalDate(2023, 6, 30), new Observation("gdp", ReportingPeriod.ForYear(2021), tiny), new Observation("gdp", year, vast)).Assessment;
        (a.Status, a.Reason).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange));
        Growth.For(Gdp, new Observation("gdp", year, new Quantity(-1m, Unit.HundredMillionYuan)), new Observation("gdp", ReportingPeriod.ForYear(2021), vast))
            .Issue.Should().Be(GrowthIssue.NonPositiveLevel, "a level of nothing or less is a fall of 100% or more");
        Growth.For(Gdp, new Observation("gdp", year, new Quantity(0m, Unit.HundredMillionYuan)), new Observation("gdp", ReportingPeriod.ForYear(2021), vast))
            .Issue.Should().Be(GrowthIssue.NonPositiveLevel, "a level of exactly nothing is the edge: a fall of 100%");
    }

    [Fact]
    public void ATargetInADeclaredUnitOf1e28_IsNotAssessable_OutOfRange()
    {
        var tiny = new UnitDefinition("tiny", new LocalizedText("微", "tiny"), new Quantity(0.0000000000000000000000000001m, new Unit(Dimension.Of("t"))));
        var grain = Make("grain", new Unit(Dimension.Of("t")));
        var year = ReportingPeriod.ForYear(2021);
        var plan = PlanOf(year, grain, new Target("t", "grain", year, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(5m, new Unit(tiny.Dimension)), TargetNature.Expected), [tiny]);

        var a = Evaluate(plan, new LocalDate(2022, 6, 30), new Observation("grain", year, new Quantity(10m, new Unit(Dimension.Of("t"))))).Assessment;

        (a.Status, a.Reason).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange));
    }

    [Fact]
    public void AGrowthOf5Point6e27Percent_IsExceeded_WithNoCompletionShare()
    {
        var year = ReportingPeriod.ForYear(2021);
        var plan = PlanOf(year, Gdp, Rate(TargetKind.GrowthRate, "gdp", 7m, year, TargetQualifier.About));

        var a = Evaluate(plan, new LocalDate(2022, 6, 30), Grew("gdp", 2021, 5600000000000000000000000000m)).Assessment;

        a.Status.Should().Be(AttainmentStatus.Exceeded);
        a.Completion.Should().BeNull("the share 8e28% lies beyond decimal's range");
    }

    [Fact]
    public void AnEveryYearBound_With2022And2024Missing_IsNotAssessable_Naming2022()
    {
        var target = new Target("t", "unemployment", Span, TargetKind.Level, TargetQualifier.AtMost, Quantity.Percent(5.5m), TargetNature.Expected) { EachYear = true };
        var plan = PlanOf(Span, Unemployment, target);
        Observation Was(int year, decimal value) => new("unemployment", ReportingPeriod.ForYear(year), Quantity.Percent(value));

        var a = Evaluate(plan, new LocalDate(2026, 3, 31), Was(2021, 5.1m), Was(2023, 5.2m), Was(2025, 5.0m));

        (a.Assessment.Status, a.Assessment.Reason, a.Assessment.MissingYear).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.MissingYearOfBound, (int?)2022));
        Explanations.Explain(a, Catalogue.English).Should().Contain("2022 has no figure").And.NotContain("every year of");
    }

    [Fact]
    public void ACumulativeTargetWithAGap_AsksNothingOfAYearOutsideItsSpan_AndIsFinalAfterIt()
    {
        var plan = PlanOf(Span, Energy, Rate(TargetKind.Reduction, "energy", 13.5m));
        Observation[] figures = [Grew("energy", 2021, -2.7m), Grew("energy", 2022, -0.1m), Grew("energy", 2024, -3m), Grew("energy", 2025, -3m)];

        var during = Evaluate(plan, new LocalDate(2025, 6, 30), figures);
        var after = Evaluate(plan, new LocalDate(2026, 6, 30), figures);

        during.Assessment.MissingYear.Should().Be(2023);
        during.Assessment.LatestYear.Should().Be(2022, "the years chain as far as they run without a gap");
        Explanations.Explain(during, Catalogue.English).Should().Contain("2023–2025 need").And.NotContain("2026");
        after.Assessment.Stage.Should().Be(VerdictStage.PeriodEnded);
        after.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        after.Assessment.Reason.Should().Be(AttainmentReason.MissingYear, "2024 and 2025 have figures: the year missing is inside the span");
        Explanations.Explain(after, Catalogue.English).Should().Be("energy: not assessable, because a multi-year target chains its years, and 2023 has no figure.");
    }

    [Fact]
    public void SixYearsAfterThePlansEnd_WithoutItsLastTwoYears_TheVerdictIsFinal_AndNamesThem()
    {
        var plan = PlanOf(Span, Energy, Rate(TargetKind.Reduction, "energy", 13.5m));

        var result = Evaluate(plan, new LocalDate(2031, 6, 30), Grew("energy", 2021, -2.7m), Grew("energy", 2022, -0.1m), Grew("energy", 2023, 0.5m));

        result.Assessment.IsFinal.Should().BeTrue();
        (result.Assessment.Status, result.Assessment.MissingYear).Should().Be((AttainmentStatus.NotAssessable, (int?)2024));
        Explanations.Explain(result, Catalogue.Chinese).Should().Be("energy：无法评价，原因是规划期已结束，缺少2024—2025年数据（现有数据截至2023年）。");
        Explanations.Explain(result, Catalogue.English).Should().NotContain("on track").And.NotContain("elapsed");
    }

    [Fact]
    public void ZonesWithANothingBase_GiveNoContribution_AndSayWhy()
    {
        var region = new Region("r", new LocalizedText("示例区", "Example district"))
        {
            Zones = [new Zone("east", ZonePosition.East, new LocalizedText("东区", "East")), new Zone("west", ZonePosition.West, new LocalizedText("西区", "West"))],
        };
        var year = ReportingPeriod.ForYear(2024);
        var plan = new Plan("p", new LocalizedText("示例", "Example"), region, 2024)
        {
            Indicators = [Gdp],
            Targets = [Rate(TargetKind.GrowthRate, "gdp", 7m, year)],
        };
        Observation Level(string zone, int y, decimal v) => new("gdp", ReportingPeriod.ForYear(y), new Quantity(v, Unit.HundredMillionYuan)) { Zone = ZoneScope.FromCode(zone) };

        var evaluation = PlanEvaluator.Evaluate(plan, [Level("east", 2023, 0m), Level("west", 2023, 0m), Level("east", 2024, 5m), Level("west", 2024, 5m)], new LocalDate(2025, 3, 1));

        var contribution = evaluation.ZoneContributions.Should().ContainSingle().Subject;
        contribution.Breakdown.Should().BeNull();
        contribution.IsComputed.Should().BeFalse();
        contribution.Gap.Should().Be(ZoneContributionGap.NonPositiveBase);
        contribution.Period.Should().Be(ReportingPeriod.ForYear(2024));
        var report = EvaluationReport.Build(evaluation, Catalogue.English);
        report.Contributions.Should().BeEmpty();
        report.ContributionNotes.Should().ContainSingle().Which.Should().Contain("zero or less");
    }
}
