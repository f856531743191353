using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// What the collector of zone levels keeps: of the plan year the latest period, of the year before the
/// counterpart and the periods after it, so that memory grows with the zones and not with the periods.
/// Figures are illustrative (not published statistics); the plan is the Jinan seed (2024).
/// </summary>
public class ZoneContributionCollectorTest
{
    private const string Investment = "fixed-asset-investment";
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly Quantity Level = new(10m, Unit.HundredMillionYuan);

    private static ReportingPeriod Month(int year, int month) => ReportingPeriod.ForMonth(year, month);

    private static ZoneContributionCollector Offered(params ReportingPeriod[] periods)
    {
        var collector = new ZoneContributionCollector(Seed, new LocalDate(2025, 6, 30));
        foreach (var period in periods)
        {
            collector.Offer(Investment, "central", period, Level);
        }
        return collector;
    }

    [Fact]
    public void AMonthOfThePlanYear_DropsTheMonthsOfTheYearBeforeItsCounterpart_AndKeepsThoseAfter()
    {
        var collector = Offered(Month(2023, 1), Month(2023, 2), Month(2023, 5), Month(2024, 3));

        collector.PeriodsKept(Investment).Should().BeEquivalentTo([Month(2024, 3), Month(2023, 5)],
            "2023-M01 and 2023-M02 come before 2024-M03's counterpart; 2023-M05 may yet be the counterpart of a later month");
    }

    [Fact]
    public void ALaterMonthOfThePlanYear_ReplacesTheEarlierOne()
    {
        var collector = Offered(Month(2023, 3), Month(2023, 4), Month(2024, 3), Month(2024, 4));

        collector.PeriodsKept(Investment).Should().BeEquivalentTo([Month(2024, 4), Month(2023, 4)]);
    }

    [Fact]
    public void APeriodOfTheYearBefore_SpanningTheSameMonthsAsTheCounterpart_IsKept()
    {
        // 2023-S1 and 2023-YTD-M06 both run from January to June: a 2024-S1 may yet come and need the first.
        var collector = Offered(ReportingPeriod.ForHalfYear(2023, 1), ReportingPeriod.ForYearToDate(2023, 6), ReportingPeriod.ForYearToDate(2024, 6));

        collector.PeriodsKept(Investment).Should().BeEquivalentTo(
            [ReportingPeriod.ForYearToDate(2024, 6), ReportingPeriod.ForYearToDate(2023, 6), ReportingPeriod.ForHalfYear(2023, 1)]);
    }

    [Fact]
    public void AYearOfMonths_KeepsTwoPeriods()
    {
        var periods = Enumerable.Range(1, 12).Select(m => Month(2023, m)).Concat(Enumerable.Range(1, 12).Select(m => Month(2024, m))).ToArray();

        Offered(periods).PeriodsKept(Investment).Should().BeEquivalentTo([Month(2024, 12), Month(2023, 12)]);
    }

    [Fact]
    public void TwoPeriods_AreKeptAsTheyCame_SinceNothingIsPrunedUntilAThird()
    {
        // The cheap bound: pruning starts with a third period, so two never cost a sweep.
        Offered(Month(2023, 1), Month(2024, 3)).PeriodsKept(Investment).Should().HaveCount(2);
    }

    [Fact]
    public void PeriodsOfTheYearBeforeOnly_AreAllKept()
    {
        Offered(Month(2023, 1), Month(2023, 2), Month(2023, 3)).PeriodsKept(Investment).Should().HaveCount(3, "no period of the plan year says which counterpart is needed");
    }

    [Fact]
    public void AFigureOfTheRegion_AnUnknownIndicator_NoLevel_OrAPeriodNotYetEnded_IsNotKept()
    {
        var collector = new ZoneContributionCollector(Seed, new LocalDate(2024, 6, 30));

        collector.Offer(Investment, "", Month(2024, 1), Level);
        collector.Offer("not-in-the-plan", "central", Month(2024, 1), Level);
        collector.Offer(Investment, "central", Month(2024, 2), null);
        collector.Offer(Investment, "central", Month(2024, 7), Level);

        Seed.Indicators.Should().OnlyContain(i => collector.PeriodsKept(i.Code).Count == 0);
        collector.Offer(Investment, "central", Month(2024, 6), Level);
        collector.PeriodsKept(Investment).Should().Equal(Month(2024, 6));
    }
}
