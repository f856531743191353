using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;
using static DevPlan.Core.Tests.Attainment.SyntheticIndicators;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// What the selection may drop as figures stream in, and what it must keep: a figure of last year
/// that a later, better figure of this year still needs as its counterpart; of figures ending the
/// same day, the one covering most. Figures are illustrative, not published statistics.
/// </summary>
public class SelectionRetentionTest
{
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static Plan PlanWith(params Target[] targets) =>
        new("retention", Name, new Region("r", Name) { Zones = [new Zone("central", ZonePosition.Central, Name)] }, 2024)
        {
            Indicators = [Deposits],
            Targets = [.. targets],
        };

    private static readonly Target GrowthTarget = Target.Growth("deposits-growth", "deposits", ReportingPeriod.ForYear(2024), new Percent(8m), TargetQualifier.AtLeast);

    private static Observation Level(ReportingPeriod period, decimal level) => new("deposits", period, new Quantity(level, Unit.HundredMillionYuan));

    /// <summary>The period of the figure the growth target is judged on, and the growth computed from levels.</summary>
    private static (ReportingPeriod Period, decimal? Growth) JudgedOn(params Observation[] figures)
    {
        var result = PlanEvaluator.Evaluate(PlanWith(GrowthTarget), figures, AsOf).Results.Single();
        return (result.Observation!.Period, result.Assessment.Actual);
    }

    [Fact]
    public void LastYearsLaterFigure_IsKept_UntilThisYearsBestReachesIt() =>
        // 2023-M09 arrives first; 2024-M06 becomes the best and its counterpart is 2023-M06; 2023-M09 must
        // survive that, because 2024-M09 arrives later and is judged against it (220 against 200).
        JudgedOn(
            Level(ReportingPeriod.ForMonth(2023, 9), 200m),
            Level(ReportingPeriod.ForMonth(2023, 6), 100m),
            Level(ReportingPeriod.ForMonth(2024, 6), 105m),
            Level(ReportingPeriod.ForMonth(2024, 9), 220m))
        .Should().Be((ReportingPeriod.ForMonth(2024, 9), 10m));

    [Fact]
    public void LastYearsFigureCoveringMore_IsKept_WhenThisYearsBestEndsTheSameDay() =>
        // 2024-Q2 is the best at first (counterpart 2023-Q2); 2024-YTD-M06 ends the same day and covers more,
        // so it wins when it comes, and needs 2023-YTD-M06, which came before both (420 against 400).
        JudgedOn(
            Level(ReportingPeriod.ForYearToDate(2023, 6), 400m),
            Level(ReportingPeriod.ForQuarter(2023, 2), 100m),
            Level(ReportingPeriod.ForQuarter(2024, 2), 150m),
            Level(ReportingPeriod.ForYearToDate(2024, 6), 420m))
        .Should().Be((ReportingPeriod.ForYearToDate(2024, 6), 5m));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OfFiguresEndingTheSameDay_TheOneCoveringMost_IsChosen_InEitherOrder(bool yearFirst)
    {
        var year = Level(ReportingPeriod.ForYear(2024), 500m);
        var quarter = Level(ReportingPeriod.ForQuarter(2024, 4), 130m);
        var target = Target.Level("deposits-level", "deposits", ReportingPeriod.ForYear(2024), new Quantity(450m, Unit.HundredMillionYuan), TargetQualifier.AtLeast);

        var evaluation = PlanEvaluator.Evaluate(PlanWith(target), yearFirst ? [year, quarter] : [quarter, year], AsOf);

        evaluation.Results.Single().Observation.Should().BeSameAs(year);
        evaluation.Results.Single().Assessment.Actual.Should().Be(500m);
    }

    [Fact]
    public void TargetOfAnUndeclaredIndicator_StillNamesTheFigureFound()
    {
        var stray = Target.Level("stray", "undeclared", ReportingPeriod.ForYear(2024), new Quantity(1m, Unit.HundredMillionYuan), TargetQualifier.AtLeast);
        var figure = new Observation("undeclared", ReportingPeriod.ForYear(2024), new Quantity(2m, Unit.HundredMillionYuan));

        var result = PlanEvaluator.Evaluate(PlanWith(stray), [figure], AsOf).Results.Single();

        result.Assessment.Reason.Should().Be(AttainmentReason.UnknownIndicator);
        result.Basis.Should().Be(FigureBasis.Published);
        result.Sources.Should().ContainSingle().Which.Should().BeSameAs(figure);
    }

    [Fact]
    public void ABaselineOfAnotherSpan_IsNotTheCounterpart()
    {
        // The plan's baseline is the whole of 2023; the figure chosen is January–June 2024, whose counterpart is
        // January–June 2023: a baseline starting the same day but ending later must not stand in for it.
        var bare = PlanWith(GrowthTarget);
        var plan = new Plan(bare.Id, bare.Title, bare.Region, bare.Year)
        {
            Indicators = bare.Indicators,
            Targets = bare.Targets,
            Baselines = [Level(ReportingPeriod.ForYear(2023), 1000m)],
        };

        var result = PlanEvaluator.Evaluate(plan, [Level(ReportingPeriod.ForYearToDate(2024, 6), 550m)], AsOf).Results.Single();

        result.Observation!.Period.Should().Be(ReportingPeriod.ForYearToDate(2024, 6));
        result.Assessment.Actual.Should().BeNull();
    }
}
