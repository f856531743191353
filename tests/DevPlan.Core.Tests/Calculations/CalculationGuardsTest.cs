using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Calculations;

/// <summary>
/// What each calculation refuses, with the argument it names and the message a user reads, at the
/// exact value where it starts to refuse (found by mutation testing). Figures are illustrative.
/// </summary>
public class CalculationGuardsTest
{
    private static readonly Indicator Flow = new("f", new LocalizedText("流量", "Flow"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);
    private static readonly Indicator Ratio = new("r", new LocalizedText("比率", "Ratio"), Unit.Percent, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Ratio);
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);

    private static Observation Month(int month, decimal level, string? zone = null) =>
        new("f", ReportingPeriod.ForMonth(2024, month), new Quantity(level, Unit.HundredMillionYuan)) { Zone = zone is null ? ZoneScope.Region : ZoneScope.Zone(zone) };

    private static Quantity Yuan(decimal value) => new(value, Unit.HundredMillionYuan);

    [Fact]
    public void OverTime_NamesWhatIsMissingOrWrong()
    {
        FluentActions.Invoking(() => Aggregation.OverTime(null!, [Month(1, 1m)], Y2024)).Should().Throw<ArgumentNullException>().WithParameterName("indicator");
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, null!, Y2024)).Should().Throw<ArgumentNullException>().WithParameterName("observations");
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, [], Y2024)).Should().Throw<ArgumentException>().WithMessage("Expected at least one observation within 2024*");
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, [new Observation("f", ReportingPeriod.ForMonth(2023, 12), new Quantity(1m, Unit.HundredMillionYuan))], Y2024))
            .Should().Throw<ArgumentException>().WithMessage("Expected observations within 2024, but found one for 2023-M12*");
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, [new Observation("f", ReportingPeriod.ForMonth(2024, 1), growth: new Percent(1m))], Y2024))
            .Should().Throw<ArgumentException>().WithMessage("Expected a level in every observation*");
        FluentActions.Invoking(() => Aggregation.OverTime(Ratio, [Month(1, 1m)], Y2024)).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void OverTime_OfAFlow_NamesTheGapOrTheOverlap()
    {
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, [Month(2, 1m)], ReportingPeriod.ForQuarter(2024, 1)))
            .Should().Throw<ArgumentException>().WithMessage("The sub-periods do not cover 2024-Q1: nothing covers 2024-01-01*2024-01-31*");
        var overlapping = new[] { Month(3, 1m), new Observation("f", ReportingPeriod.ForQuarter(2024, 1), Yuan(2m)) };
        FluentActions.Invoking(() => Aggregation.OverTime(Flow, overlapping, ReportingPeriod.ForQuarter(2024, 1)))
            .Should().Throw<ArgumentException>().WithMessage("The sub-periods of 2024-Q1 overlap: 2024-M03 starts before 2024-Q1 ends*");
    }

    [Fact]
    public void AcrossZones_NamesWhatIsMissingOrWrong()
    {
        FluentActions.Invoking(() => Aggregation.AcrossZones(null!, [Month(1, 1m, "east")])).Should().Throw<ArgumentNullException>().WithParameterName("indicator");
        FluentActions.Invoking(() => Aggregation.AcrossZones(Flow, null!)).Should().Throw<ArgumentNullException>().WithParameterName("zoneObservations");
        FluentActions.Invoking(() => Aggregation.AcrossZones(Flow, [])).Should().Throw<ArgumentException>().WithMessage("Expected at least one zone observation.*");
        FluentActions.Invoking(() => Aggregation.AcrossZones(Ratio, [Month(1, 1m, "east")])).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => Aggregation.AcrossZones(Flow, [Month(1, 1m, "east"), Month(2, 1m, "west")]))
            .Should().Throw<ArgumentException>().WithMessage("Expected zone observations of one period, but found 2024-M01, 2024-M02*");
    }

    [Fact]
    public void Ratio_NamesWhatIsMissing()
    {
        FluentActions.Invoking(() => Aggregation.Ratio([])).Should().Throw<ArgumentException>().WithMessage("Expected at least one numerator and denominator.*");
        FluentActions.Invoking(() => Aggregation.Ratio([(Yuan(1m), Yuan(1m)), (Yuan(1m), Yuan(-1m))])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("The denominators sum to zero.*");
    }

    [Fact]
    public void ZoneContributions_NameWhatIsMissing()
    {
        FluentActions.Invoking(() => Aggregation.ZoneContributions(null!, [Month(1, 1m, "east")])).Should().Throw<ArgumentNullException>().WithParameterName("current");
        FluentActions.Invoking(() => Aggregation.ZoneContributions([Month(1, 1m, "east")], null!)).Should().Throw<ArgumentNullException>().WithParameterName("samePeriodLastYear");
        FluentActions.Invoking(() => Aggregation.ZoneContributions([Month(1, 1m, "east")], [Month(1, 1m, "west")])).Should().Throw<ArgumentException>().WithMessage("Expected a level for east in both periods.*");
        Aggregation.ZoneContributions([Month(1, 2m)], [Month(1, 1m)]).Parts.Single().Name.Should().Be("(region)");
    }

    [Fact]
    public void Contribution_OnAZeroBase_SaysSo() =>
        FluentActions.Invoking(() => ContributionBreakdown.Compute([new ContributionPart("east", Yuan(0m), Yuan(5m))])).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Pulls are undefined on a zero or negative base*");

    [Fact]
    public void Roots_SayWhatTheyExpect()
    {
        FluentActions.Invoking(() => DecimalMath.Root(-0.0001m, 2)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a number of zero or more to take a root of.*");
        FluentActions.Invoking(() => DecimalMath.Root(2m, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected a root of degree 1 or more.*");
    }

    [Fact]
    public void RatioGrowth_RefusesADenominatorDownAHundredPercent_AndTheIntensityAZeroGdp()
    {
        var energy = new Quantity(10m, new Unit(Dimension.TonnesOfCoalEquivalent, 4));

        FluentActions.Invoking(() => Growth.OfRatio(new Percent(2m), new Percent(-100m))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Expected the denominator's growth above −100%.*");
        FluentActions.Invoking(() => Aggregation.Ratio([(energy, Yuan(0m))])).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("parts");
        Aggregation.Ratio([(energy, Yuan(0.01m))]).Should().Be(new Quantity(1000m, new Unit(Dimension.Of("tce/CNY"), -4)));
    }

    [Fact]
    public void Growth_RefusesWhatHasNoGrowth()
    {
        FluentActions.Invoking(() => Growth.CompoundAnnual(Yuan(1m), Yuan(2m), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => Growth.AverageAnnual(new Percent(10m), 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("years");
        FluentActions.Invoking(() => Growth.AverageAnnual(new Percent(-100m), 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("cumulative").WithMessage("Expected a cumulative g*");
        FluentActions.Invoking(() => Growth.YearOnYear(Yuan(0m), Yuan(1m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("numerator").WithMessage("Expected a positive level, but found 0*");
        FluentActions.Invoking(() => Growth.RequiredForRemainder(new Percent(5m), new Percent(4m), Yuan(0m), Yuan(-1m)))
            .Should().Throw<ArgumentOutOfRangeException>().WithParameterName("lastYearToDate").WithMessage("Expected last year's year-to-date level to be less than its full-year level*");
        FluentActions.Invoking(() => Growth.For(null!, Month(1, 1m), null)).Should().Throw<ArgumentNullException>().WithParameterName("indicator");
        FluentActions.Invoking(() => Growth.For(Flow, null!, null)).Should().Throw<ArgumentNullException>().WithParameterName("current");
    }
}
