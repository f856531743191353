using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;
using static DevPlan.Core.Tests.Attainment.SyntheticIndicators;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// What the selection keeps as figures stream past, which is what its memory grows with: only what a
/// result can still use. Figures are illustrative, not published statistics.
/// </summary>
public class SelectionMemoryTest
{
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static ObservationSelection SelectionFor(Target target) =>
        new(new Plan("memory", Name, new Region("r", Name), 2024) { Indicators = [Investment, Deposits], Targets = [target] }, AsOf);

    private static Observation Level(Indicator indicator, ReportingPeriod period, decimal level) => new(indicator.Code, period, new Quantity(level, indicator.Unit));

    private static void Offer(ObservationSelection selection, IEnumerable<Observation> figures)
    {
        foreach (var figure in figures)
        {
            if (selection.Wants(figure.Indicator, figure.Zone.ZoneCode, figure.Period))
            {
                selection.Offer(figure);
            }
        }
    }

    private static IEnumerable<Observation> Months(Indicator indicator, int year) =>
        Enumerable.Range(1, 12).Select(m => Level(indicator, ReportingPeriod.ForMonth(year, m), 10m * m));

    [Fact]
    public void AFlowsGrowthTarget_KeepsOfLastYear_OnlyTheFigureFromTheSameDay()
    {
        // Judged on a figure from the start of 2024, its counterpart starts on 1 January 2023: of last
        // year's twelve months only January can be one (a national file's year before, otherwise held whole).
        var selection = SelectionFor(Target.Growth("growth", "investment", ReportingPeriod.ForYear(2024), new Percent(5m), TargetQualifier.AtLeast));

        Offer(selection, Months(Investment, 2023));

        selection.KeptFigures.Should().Be(1);
    }

    [Fact]
    public void AFlowsLevelTarget_KeepsEveryMonthOfItsYear_ToSumThem()
    {
        var selection = SelectionFor(new Target("level", "investment", ReportingPeriod.ForYear(2024), TargetKind.Level, TargetQualifier.AtLeast, new Quantity(500m, Unit.HundredMillionYuan), TargetNature.Expected));

        Offer(selection, Months(Investment, 2023).Concat(Months(Investment, 2024)));

        selection.KeptFigures.Should().Be(12, "last year's months are no use to a level target; this year's twelve are summed");
    }

    [Fact]
    public void AStocksGrowthTarget_DropsLastYearsFiguresEarlierThanItsBestsCounterpart()
    {
        // The best of 2024 is June, against 2023-M06: 2023-M03 can no longer be a counterpart and is dropped;
        // 2023-M09 stays, since a later 2024-M09 would be judged against it.
        var selection = SelectionFor(Target.Growth("growth", "deposits", ReportingPeriod.ForYear(2024), new Percent(5m), TargetQualifier.AtLeast));

        Offer(selection,
        [
            Level(Deposits, ReportingPeriod.ForMonth(2023, 3), 90m),
            Level(Deposits, ReportingPeriod.ForMonth(2023, 6), 100m),
            Level(Deposits, ReportingPeriod.ForMonth(2023, 9), 110m),
            Level(Deposits, ReportingPeriod.ForMonth(2024, 6), 105m),
        ]);

        selection.KeptFigures.Should().Be(3, "the best of 2024, and 2023-M06 and 2023-M09");
    }

    [Fact]
    public void AGrowthTarget_KeepsOnlyItsBestFigure_OfThisYear()
    {
        var selection = SelectionFor(Target.Growth("growth", "deposits", ReportingPeriod.ForYear(2024), new Percent(5m), TargetQualifier.AtLeast));

        Offer(selection, Months(Deposits, 2024));

        selection.KeptFigures.Should().Be(1);
    }
}
