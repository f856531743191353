using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// Which figure the evaluator chooses and which it counts as unused, on a small plan built for each
/// rule (a flow, a stock, a task, a five-year span with and without a baseline). Figures are illustrative.
/// </summary>
public class SelectionRulesTest
{
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    private static readonly Indicator Investment = new("investment", new LocalizedText("固定资产投资", "Investment"), Unit.HundredMillionYuan,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);
    private static readonly Indicator Loans = new("loans", new LocalizedText("贷款余额", "Loans outstanding"), Unit.HundredMillionYuan,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);
    private static readonly Indicator Task = new("task", new LocalizedText("任务", "Task"), Unit.Percent,
        IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);

    private static Plan PlanOf(params Target[] targets) => PlanOf([], targets);

    private static Plan PlanOf(Observation[] baselines, params Target[] targets)
    {
        var multiYear = targets.Any(t => t.Period.Kind == PeriodKind.Span);
        var region = new Region("r", new LocalizedText("示例区", "Example district")) { Zones = [new Zone("east", ZonePosition.East, new LocalizedText("东区", "East"))] };
        return new("p", new LocalizedText("示例", "Example"), region, multiYear ? Span.Year : 2024)
        {
            Horizon = multiYear ? Span : Y2024,
            Indicators = [Investment, Loans, Task],
            Baselines = [.. baselines],
            Targets = [.. targets],
        };
    }

    private static Observation Level(Indicator indicator, ReportingPeriod period, decimal level, string? zone = null) =>
        new(indicator.Code, period, new Quantity(level, indicator.Unit)) { Zone = zone is null ? ZoneScope.Region : ZoneScope.Zone(zone) };

    private static Target GrowthOf(Indicator indicator, decimal rate, ReportingPeriod? period = null) =>
        new("growth", indicator.Code, period ?? Y2024, TargetKind.GrowthRate, TargetQualifier.AtLeast, Quantity.Percent(rate), TargetNature.Expected);

    private static Target LevelOf(Indicator indicator, decimal level, string id = "level") =>
        new(id, indicator.Code, Y2024, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(level, indicator.Unit), TargetNature.Expected);

    [Fact]
    public void Stock_IsJudgedOnItsLatestFigure_NotOnASum()
    {
        var plan = PlanOf(LevelOf(Loans, 1000m));

        var result = PlanEvaluator.Evaluate(plan, [Level(Loans, ReportingPeriod.ForMonth(2024, 1), 600m), Level(Loans, ReportingPeriod.ForMonth(2024, 2), 700m)], AsOf).Results[0];

        result.Assessment.Actual.Should().Be(700m, "a stock is a level at a date: February's balance, not January's plus February's");
        result.Basis.Should().Be(FigureBasis.Published);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void OfFiguresEndingTheSameDay_TheOneCoveringMostIsChosen(bool yearFirst)
    {
        var plan = PlanOf(new Target("task", "task", Y2024, TargetKind.Completion, null, null, TargetNature.Expected));
        var year = new Observation("task", Y2024, completed: true);
        var fourthQuarter = new Observation("task", ReportingPeriod.ForQuarter(2024, 4), completed: false);

        var result = PlanEvaluator.Evaluate(plan, yearFirst ? [year, fourthQuarter] : [fourthQuarter, year], AsOf).Results[0];

        result.Observation.Should().BeSameAs(year);
        result.Assessment.Status.Should().Be(AttainmentStatus.Achieved);
    }

    [Fact]
    public void GrowthFromLevels_FindsLastYearInThePlansBaselines_OfItsOwnIndicatorAndZone()
    {
        var baselines = new[]
        {
            Level(Investment, ReportingPeriod.ForYear(2023), 800m),
            Level(Investment, ReportingPeriod.ForYear(2023), 100m, "east"),
            Level(Loans, ReportingPeriod.ForYear(2023), 5m),
            Level(Investment, ReportingPeriod.ForYear(2022), 1m),
        };
        var plan = PlanOf(baselines, GrowthOf(Investment, 4m));

        var result = PlanEvaluator.Evaluate(plan, [Level(Investment, Y2024, 832m)], AsOf).Results[0];

        result.Assessment.Actual.Should().Be(4m, "832 / 800 − 1");
    }

    [Fact]
    public void SpanWithoutABaseline_TakesTheYearBeforeFromTheObservations()
    {
        var target = new Target("span", "loans", Span, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(150m, Unit.HundredMillionYuan), TargetNature.Expected);
        var plan = PlanOf(target);
        var figures = new[] { Level(Loans, ReportingPeriod.ForYear(2020), 100m), Level(Loans, ReportingPeriod.ForYear(2021), 110m), Level(Loans, ReportingPeriod.ForYear(2022), 120m) };

        var result = PlanEvaluator.Evaluate(plan, figures, AsOf).Results[0];

        result.Baseline.Should().BeSameAs(figures[0]);
        result.Assessment.Completion.Should().Be(new Percent(40m), "(120 − 100) / (150 − 100)");
        result.Basis.Should().Be(FigureBasis.Published);
        result.Sources.Should().Equal(figures[1], figures[2]);
    }

    [Fact]
    public void SpanWithBaselines_TakesTheLatestBeforeTheSpan()
    {
        var target = new Target("span", "loans", Span, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(150m, Unit.HundredMillionYuan), TargetNature.Expected);
        var plan = PlanOf([Level(Loans, ReportingPeriod.ForYear(2019), 90m), Level(Loans, ReportingPeriod.ForYear(2020), 100m), Level(Loans, ReportingPeriod.ForYear(2018), 80m)], target);

        var result = PlanEvaluator.Evaluate(plan, [Level(Loans, ReportingPeriod.ForYear(2022), 120m)], AsOf).Results[0];

        result.Baseline!.Period.Should().Be(ReportingPeriod.ForYear(2020));
    }

    [Fact]
    public void SpanWithoutFigures_HasNoBasis()
    {
        var target = new Target("span", "loans", Span, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(150m, Unit.HundredMillionYuan), TargetNature.Expected);

        var result = PlanEvaluator.Evaluate(PlanOf(target), [], AsOf).Results[0];

        result.Basis.Should().Be(FigureBasis.None);
        result.Assessment.Status.Should().Be(AttainmentStatus.NoData);
    }

    [Fact]
    public void FiguresAfterTheAsOfDate_OfTwoTargetsOnOneSeries_AreCountedAsNotYetKnown()
    {
        var plan = PlanOf(GrowthOf(Investment, 4m), LevelOf(Investment, 900m));

        var evaluation = PlanEvaluator.Evaluate(plan, [Level(Investment, Y2024, 832m)], new LocalDate(2024, 12, 1));

        evaluation.Unused[UnusedReason.AfterAsOf].Should().Be(1);
        evaluation.Unused.Examples.Should().ContainSingle().Which.Zone.Should().BeNull();
    }

    [Fact]
    public void UnusedExamples_ArePerReason_UpToTheLimit_WithTheirZone()
    {
        var figures = Enumerable.Range(1, UnusedObservations.ExamplesPerReason + 1)
            .Select(m => Level(Investment, ReportingPeriod.ForMonth(2019, m), 1m, "east")).ToArray();

        var unused = PlanEvaluator.Evaluate(PlanOf(GrowthOf(Investment, 4m)), figures, AsOf).Unused;

        unused[UnusedReason.NoTarget].Should().Be(UnusedObservations.ExamplesPerReason + 1, "no target is set for the east zone");
        unused.Examples.Should().HaveCount(UnusedObservations.ExamplesPerReason).And.OnlyContain(e => e.Zone == "east");
    }

    [Fact]
    public void EveryFigureUsed_IsNoUnusedAtAll() =>
        PlanEvaluator.Evaluate(PlanOf(LevelOf(Loans, 1000m)), [Level(Loans, Y2024, 1200m)], AsOf).Unused.Should().BeSameAs(UnusedObservations.None);

    [Fact]
    public void TargetOfAnUndeclaredIndicator_KeepsItsFigure_AndSaysWhy()
    {
        var target = new Target("x", "undeclared", Y2024, TargetKind.GrowthRate, TargetQualifier.AtLeast, Quantity.Percent(4m), TargetNature.Expected);
        var figure = new Observation("undeclared", Y2024, growth: new Percent(5m));

        var result = PlanEvaluator.Evaluate(PlanOf(target), [figure], AsOf).Results[0];

        result.Assessment.Reason.Should().Be(AttainmentReason.UnknownIndicator);
        result.Observation.Should().BeSameAs(figure);
        result.Sources.Should().ContainSingle().Which.Should().BeSameAs(figure);
        result.Basis.Should().Be(FigureBasis.Published);
    }

    [Fact]
    public void RelativeTargets_TakeTheOtherIndicatorsFigures_ForEachOfTheirPeriods()
    {
        // Two relative targets on the same other indicator: a five-year span and one year, each taking the figures within its own period.
        var span = new Target("span", "loans", Span, TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "investment" };
        var later = new Target("later", "loans", ReportingPeriod.ForYear(2025), TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "investment" };
        var plan = PlanOf([Level(Loans, ReportingPeriod.ForYear(2020), 100m), Level(Investment, ReportingPeriod.ForYear(2020), 100m)], span, later);
        var figures = new[]
        {
            Level(Loans, ReportingPeriod.ForYear(2021), 110m), Level(Investment, ReportingPeriod.ForYear(2021), 105m),
        };

        var evaluation = PlanEvaluator.Evaluate(plan, figures, AsOf);

        evaluation.Results[0].Assessment.Actual.Should().Be(10m);
        evaluation.Results[0].Assessment.Target.Should().Be(5m, "investment's 5% and 0 points more");
        evaluation.Results[0].RelatedIndicator.Should().BeSameAs(Investment);
        evaluation.Unused.Total.Should().Be(0);
    }

    [Fact]
    public void RelativeTarget_WithoutBaselinesInThePlan_TakesItsOwnLastYearFromTheFigures()
    {
        // No plan baselines: the target's own baseline is last year's figure; the other indicator's is looked for in the plan only.
        var target = new Target("rel", "loans", Y2024, TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "investment" };
        var lastYear = Level(Loans, ReportingPeriod.ForYear(2023), 100m);
        Observation[] figures = [lastYear, Level(Loans, Y2024, 110m), Level(Investment, ReportingPeriod.ForYear(2023), 100m), Level(Investment, Y2024, 105m)];

        var result = PlanEvaluator.Evaluate(PlanOf(target), figures, AsOf).Results.Single();

        result.Baseline.Should().BeSameAs(lastYear);
        result.RelatedIndicator.Should().BeSameAs(Investment);
    }

    [Fact]
    public void RelativeTarget_ToAnUndeclaredIndicator_IgnoresThatIndicatorsFigures()
    {
        var target = new Target("rel", "loans", Y2024, TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "deposits" };
        Observation[] figures = [Level(Loans, Y2024, 110m), new("deposits", Y2024, new Quantity(90m, Unit.HundredMillionYuan))];

        var result = PlanEvaluator.Evaluate(PlanOf(target), figures, AsOf).Results.Single();

        result.RelatedIndicator.Should().BeNull();
        result.Sources.Should().ContainSingle().Which.Indicator.Should().Be("loans");
    }

    [Fact]
    public void LastYearsFigure_OfALevelTarget_IsCountedAsUnused()
    {
        // A level target does not compute a growth: last year's figure is not silently taken in.
        var evaluation = PlanEvaluator.Evaluate(PlanOf(LevelOf(Loans, 1000m)), [Level(Loans, ReportingPeriod.ForYear(2023), 900m), Level(Loans, Y2024, 1200m)], AsOf);

        evaluation.Unused[UnusedReason.OutsideTargetPeriods].Should().Be(1);
    }

    [Fact]
    public void LastYearsFigure_OfAGrowthTarget_IsUsed() =>
        PlanEvaluator.Evaluate(PlanOf(GrowthOf(Investment, 4m)), [Level(Investment, ReportingPeriod.ForYear(2023), 800m), Level(Investment, Y2024, 832m)], AsOf)
            .Unused.Total.Should().Be(0);
}
