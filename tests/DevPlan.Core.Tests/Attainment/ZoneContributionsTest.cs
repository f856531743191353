using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// The zones' contributions an evaluation computes: for each nominal flow, the latest period of the
/// plan year with every zone's level then and a year earlier. Figures are illustrative (not
/// published statistics).
/// </summary>
public class ZoneContributionsTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly LocalDate YearEnd = new(2025, 2, 28);

    private static Observation Investment(ReportingPeriod period, string zone, decimal level) =>
        new("fixed-asset-investment", period, new Quantity(level, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone(zone) };

    private static ReportingPeriod Ytd(int year, int month) => ReportingPeriod.ForYearToDate(year, month);

    private static Observation[] TwoYears(int month, decimal central, decimal east, decimal centralBefore, decimal eastBefore) =>
    [
        Investment(Ytd(2023, month), "central", centralBefore),
        Investment(Ytd(2023, month), "east", eastBefore),
        Investment(Ytd(2024, month), "central", central),
        Investment(Ytd(2024, month), "east", east),
    ];

    [Fact]
    public void LatestPeriodOfThePlanYear_GivesEachZonesShareOfTheGrowth()
    {
        var evaluation = PlanEvaluator.Evaluate(Seed, TwoYears(12, 110m, 45m, 100m, 50m), YearEnd);

        var contribution = evaluation.ZoneContributions.Should().ContainSingle().Subject;
        contribution.Indicator.Code.Should().Be("fixed-asset-investment");
        contribution.Period.Should().Be(Ytd(2024, 12));
        contribution.IsComputed.Should().BeTrue();
        contribution.Gap.Should().BeNull();
        contribution.Breakdown!.Parts.Select(p => (p.Name, p.Share!.Value.Value)).Should().Equal(("central", 200m), ("east", -100m));
    }

    [Fact]
    public void ZonesThePlanDoesNotDeclare_FollowItsZones_ByCode()
    {
        // Zones in an order unlike the plan's (central, east, north) and two it does not declare, given first.
        Observation[] figures =
        [
            .. TwoYears(12, 110m, 45m, 100m, 50m).Where(o => o.Zone.ZoneCode == "east"),
            Investment(Ytd(2023, 12), "zz-new", 10m), Investment(Ytd(2024, 12), "zz-new", 12m),
            Investment(Ytd(2023, 12), "aa-new", 5m), Investment(Ytd(2024, 12), "aa-new", 6m),
            .. TwoYears(12, 110m, 45m, 100m, 50m).Where(o => o.Zone.ZoneCode == "central"),
            Investment(Ytd(2023, 12), "north", 20m), Investment(Ytd(2024, 12), "north", 21m),
        ];

        var contribution = PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Should().ContainSingle().Subject;

        contribution.Breakdown!.Parts.Select(p => p.Name).Should().Equal("central", "east", "north", "aa-new", "zz-new");
        contribution.Breakdown!.Parts.Select(p => p.Increment.Value).Should().Equal(10m, -5m, 1m, 1m, 2m);
    }

    [Fact]
    public void FiguresInAnyOrder_GiveTheSameContributions()
    {
        var ordered = TwoYears(6, 60m, 20m, 50m, 25m).Concat(TwoYears(12, 110m, 45m, 100m, 50m)).ToArray();
        // The latest period first, the year before last: nothing the result needs may be dropped on the way.
        var reversed = Enumerable.Reverse(ordered).ToArray();
        var interleaved = new[] { ordered[6], ordered[2], ordered[7], ordered[3], ordered[0], ordered[1], ordered[4], ordered[5] };

        var expected = PlanEvaluator.Evaluate(Seed, ordered, YearEnd).ZoneContributions.Single();

        expected.Period.Should().Be(Ytd(2024, 12));
        foreach (var order in new[] { reversed, interleaved })
        {
            var contribution = PlanEvaluator.Evaluate(Seed, order, YearEnd).ZoneContributions.Single();
            contribution.Period.Should().Be(expected.Period);
            contribution.Breakdown!.Parts.Select(p => p.Share).Should().Equal(expected.Breakdown!.Parts.Select(p => p.Share));
            contribution.Breakdown!.TotalGrowth.Should().Be(expected.Breakdown!.TotalGrowth);
        }
    }

    [Fact]
    public void OfPeriodsEndingTheSameDay_TheOneCoveringMostIsUsed()
    {
        // December alone and January–December both end on 31 December: the year so far covers more.
        var figures = new[]
        {
            Investment(Ytd(2024, 12), "central", 110m), Investment(Ytd(2024, 12), "east", 45m),
            Investment(ReportingPeriod.ForMonth(2024, 12), "central", 11m), Investment(ReportingPeriod.ForMonth(2024, 12), "east", 4m),
            Investment(ReportingPeriod.ForMonth(2023, 12), "central", 10m), Investment(ReportingPeriod.ForMonth(2023, 12), "east", 5m),
            Investment(Ytd(2023, 12), "central", 100m), Investment(Ytd(2023, 12), "east", 50m),
        };

        var contribution = PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Single();

        contribution.Period.Should().Be(Ytd(2024, 12));
        contribution.Breakdown!.Parts.Select(p => p.Share!.Value.Value).Should().Equal(200m, -100m);
    }

    [Fact]
    public void LaterPeriodWithoutItsYearBefore_GivesNoContribution()
    {
        // June has both years; December has only 2024: the latest period is December, which cannot be compared.
        var figures = TwoYears(6, 60m, 20m, 50m, 25m)
            .Append(Investment(Ytd(2024, 12), "central", 110m)).Append(Investment(Ytd(2024, 12), "east", 45m)).ToArray();

        PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Should().BeEmpty();
    }

    [Fact]
    public void PeriodNotEndedByTheAsOfDate_IsNotUsed()
    {
        var figures = TwoYears(6, 60m, 20m, 50m, 25m).Concat(TwoYears(12, 110m, 45m, 100m, 50m)).ToArray();

        var contribution = PlanEvaluator.Evaluate(Seed, figures, new LocalDate(2024, 12, 30)).ZoneContributions.Single();

        contribution.Period.Should().Be(Ytd(2024, 6));
    }

    [Fact]
    public void APeriodsTable_ReusedForALaterPeriod_KeepsNoneOfItsLevels()
    {
        // January has both zones; February and March only central. March's table is January's, dropped
        // when February came and cleared: east's January level must not stand in March, where it would
        // lack a year-earlier level and block the contribution.
        Observation[] figures =
        [
            Investment(Ytd(2023, 3), "central", 30m),
            Investment(Ytd(2024, 1), "central", 10m), Investment(Ytd(2024, 1), "east", 5m),
            Investment(Ytd(2024, 2), "central", 20m),
            Investment(Ytd(2024, 3), "central", 33m),
        ];

        var contribution = PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Should().ContainSingle().Subject;

        contribution.Period.Should().Be(Ytd(2024, 3));
        contribution.Breakdown!.Parts.Select(p => (p.Name, p.Increment.Value)).Should().Equal(("central", 3m));
    }

    [Fact]
    public void ZoneMissingAYearEarlier_GivesNoContribution()
    {
        var figures = TwoYears(12, 110m, 45m, 100m, 50m).Where(o => !(o.Zone.ZoneCode == "east" && o.Period.Year == 2023)).ToArray();

        PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Should().BeEmpty();
    }

    [Fact]
    public void ComparablePriceIndicator_IsNamedAsAGap()
    {
        var figures = new[]
        {
            new Observation("gdp", ReportingPeriod.ForYear(2024), new Quantity(1900m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("central") },
            new Observation("gdp", ReportingPeriod.ForYear(2023), new Quantity(1800m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("central") },
        };

        var evaluation = PlanEvaluator.Evaluate(Seed, figures, YearEnd);

        var gap = evaluation.ZoneContributions.Should().ContainSingle().Subject;
        gap.Gap.Should().Be(ZoneContributionGap.ComparablePrices);
        gap.Breakdown.Should().BeNull();
        gap.IsComputed.Should().BeFalse();
        gap.Period.Should().Be(ReportingPeriod.ForYear(2024), "the latest period of the plan year with zone figures");
    }

    [Fact]
    public void RegionFiguresAndYearsBefore_AreNotZoneContributions()
    {
        var figures = new[]
        {
            new Observation("fixed-asset-investment", Ytd(2024, 12), new Quantity(155m, Unit.HundredMillionYuan)),
            new Observation("fixed-asset-investment", Ytd(2023, 12), new Quantity(150m, Unit.HundredMillionYuan)),
            Investment(Ytd(2022, 12), "central", 90m), Investment(Ytd(2021, 12), "central", 80m),
        };

        PlanEvaluator.Evaluate(Seed, figures, YearEnd).ZoneContributions.Should().BeEmpty();
    }

    [Fact]
    public void PeriodEndingOnTheAsOfDate_IsUsed()
    {
        var contribution = PlanEvaluator.Evaluate(Seed, TwoYears(12, 110m, 45m, 100m, 50m), new LocalDate(2024, 12, 31)).ZoneContributions.Single();

        contribution.Period.Should().Be(Ytd(2024, 12));
    }
}
