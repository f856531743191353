using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Calculations;

public class AggregationTest
{
    private static readonly ReportingPeriod Q1 = ReportingPeriod.ForQuarter(2024, 1);

    private static Indicator Indicator(Accumulation accumulation) =>
        new("i", new LocalizedText("指标", "Indicator"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, accumulation);

    private static Observation Month(int month, decimal level, string? zone = null) =>
        new("i", ReportingPeriod.ForMonth(2024, month), new Quantity(level, Unit.HundredMillionYuan)) { Zone = ZoneScope.FromCode(zone) };

    [Fact]
    public void OverTime_FlowsAddUpWithinThePeriod() =>
        Aggregation.OverTime(Indicator(Accumulation.Flow), [Month(3, 30m), Month(1, 10m), Month(2, 20m)], Q1)
            .Should().Be(new Quantity(60m, Unit.HundredMillionYuan));

    [Fact]
    public void OverTime_JanuaryFebruaryCombined_TilesWithMarch() =>
        Aggregation.OverTime(Indicator(Accumulation.Flow), [new Observation("i", ReportingPeriod.ForYearToDate(2024, 2), new Quantity(25m, Unit.HundredMillionYuan)), Month(3, 30m)], Q1)
            .Value.Should().Be(55m);

    [Fact]
    public void OverTime_FlowWithAGap_ThrowsNamingTheMissingSpan()
    {
        var act = () => Aggregation.OverTime(Indicator(Accumulation.Flow), [Month(1, 10m), Month(3, 30m)], Q1);

        act.Should().Throw<ArgumentException>().WithMessage("*2024-02-01 to 2024-02-29*");
    }

    [Fact]
    public void OverTime_FlowWithOverlap_Throws()
    {
        var act = () => Aggregation.OverTime(Indicator(Accumulation.Flow), [Month(1, 10m), new Observation("i", ReportingPeriod.ForYearToDate(2024, 2), new Quantity(25m, Unit.HundredMillionYuan)), Month(3, 1m)], Q1);

        act.Should().Throw<ArgumentException>().WithMessage("*overlap*");
    }

    [Fact]
    public void OverTime_FlowInTheLastYearOfTheCalendar_TilesToItsLastDay()
    {
        var year = ReportingPeriod.ForYear(9999);
        Observation Part(string period, decimal level) => new("i", ReportingPeriod.Parse(period), new Quantity(level, Unit.HundredMillionYuan));

        Aggregation.OverTime(Indicator(Accumulation.Flow), [Part("9999-YTD-M11", 110m), Part("9999-M12", 10m)], year).Value.Should().Be(120m);
        FluentActions.Invoking(() => Aggregation.OverTime(Indicator(Accumulation.Flow), [Part("9999-YTD-M10", 100m)], year))
            .Should().Throw<ArgumentException>().WithMessage("*9999-11-01 to 9999-12-31*");
    }

    [Fact]
    public void OverTime_StocksEndingTheSameDay_KeepTheFigureTheEvaluatorKeeps()
    {
        var quarter = new Observation("i", ReportingPeriod.ForQuarter(2024, 1), new Quantity(12m, Unit.HundredMillionYuan));
        var march = Month(3, 11m);
        var revised = new Observation("i", ReportingPeriod.ForQuarter(2024, 1), new Quantity(13m, Unit.HundredMillionYuan));

        // The one covering more wins over the month; of two equal periods the last given (a revision) wins.
        Aggregation.OverTime(Indicator(Accumulation.Stock), [quarter, march], Q1).Value.Should().Be(12m);
        Aggregation.OverTime(Indicator(Accumulation.Stock), [march, quarter], Q1).Value.Should().Be(12m);
        Aggregation.OverTime(Indicator(Accumulation.Stock), [quarter, revised], Q1).Value.Should().Be(13m);
    }

    [Fact]
    public void OverTime_StocksTakeTheLastValue() =>
        Aggregation.OverTime(Indicator(Accumulation.Stock), [Month(1, 10m), Month(3, 12m), Month(2, 11m)], Q1).Value.Should().Be(12m);

    [Fact]
    public void OverTime_Ratios_AreRefused()
    {
        var act = () => Aggregation.OverTime(Indicator(Accumulation.Ratio), [Month(1, 1m)], Q1);

        act.Should().Throw<InvalidOperationException>().WithMessage("*numerator and denominator*");
    }

    [Fact]
    public void AcrossZones_FlowsAddUp() =>
        Aggregation.AcrossZones(Indicator(Accumulation.Flow), [Month(1, 10m, "central"), Month(1, 5m, "east")]).Value.Should().Be(15m);

    [Fact]
    public void AcrossZones_MixedPeriods_Throws()
    {
        var act = () => Aggregation.AcrossZones(Indicator(Accumulation.Flow), [Month(1, 10m, "central"), Month(2, 5m, "east")]);

        act.Should().Throw<ArgumentException>().WithMessage("*one period*");
    }

    [Fact]
    public void Ratio_IsTheRatioOfSumsNotTheMeanOfRatios()
    {
        // Zone A: 10 tce over 100 yuan (0.1); zone B: 30 tce over 100 yuan (0.3) → 40/200 = 0.2.
        // Zone C: 10 tce over 800 yuan pulls it to 50/1000 = 0.05, where the mean of ratios would be 0.1417.
        var tce = new Unit(Dimension.TonnesOfCoalEquivalent);
        var yuan = new Unit(Dimension.Cny);

        var ratio = Aggregation.Ratio([(new Quantity(10m, tce), new Quantity(100m, yuan)), (new Quantity(30m, tce), new Quantity(100m, yuan)), (new Quantity(10m, tce), new Quantity(800m, yuan))]);

        ratio.Should().Be(new Quantity(0.05m, new Unit(Dimension.Of("tce/CNY"))));
    }

    [Fact]
    public void ZoneContributions_ShareAndPullOfEachZone()
    {
        var thisYear = new[] { Month(1, 110m, "central"), Month(1, 45m, "east") };
        var lastYear = new[] { Month(1, 100m, "central"), Month(1, 50m, "east") };

        var breakdown = Aggregation.ZoneContributions(thisYear, lastYear);

        breakdown.TotalGrowth.Value.Should().Be(5m / 150m * 100m);
        breakdown.Parts.Select(p => p.Name).Should().Equal("central", "east");
        breakdown.Parts.Select(p => p.Share!.Value.Value).Should().Equal(200m, -100m);
    }
}
