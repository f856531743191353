using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevPlan.Core.Tests.Calculations;

public class GrowthTest
{
    private static Quantity Yi(decimal value) => new(value, Unit.HundredMillionYuan);

    // docs/methods.md §2: national GDP 2019 990865.1 亿元 (+6.1% published; NBS Statistical Communiqué 2019) over
    // 2018 900309.5 亿元 (NBS Statistical Communiqué 2018) gives +10.1%.
    [Fact]
    public void YearOnYear_OfCurrentPriceLevels_IsTheNominalRate()
    {
        var nominal = Growth.YearOnYear(Yi(990865.1m), Yi(900309.5m));

        nominal.Round(1).Should().Be(new Percent(10.1m));
        nominal.ToString("F1", null).Should().Be("10.1%");
    }

    [Fact]
    public void For_ComparableIndicator_UsesThePublishedRateNotTheLevels()
    {
        var gdp = Indicator("gdp", GrowthBasis.Comparable);
        var y2019 = new Observation("gdp", ReportingPeriod.ForYear(2019), Yi(990865.1m), new Percent(6.1m));
        var y2018 = new Observation("gdp", ReportingPeriod.ForYear(2018), Yi(900309.5m));

        var result = Growth.For(gdp, y2019, y2018);

        result.Rate.Should().Be(new Percent(6.1m));
        result.Source.Should().Be(GrowthSource.Published);
    }

    [Fact]
    public void For_ComparableIndicatorWithoutPublishedRate_IsNotAssessableWithTheReason()
    {
        var gdp = Indicator("gdp", GrowthBasis.Comparable);
        var y2019 = new Observation("gdp", ReportingPeriod.ForYear(2019), Yi(990865.1m));
        var y2018 = new Observation("gdp", ReportingPeriod.ForYear(2018), Yi(900309.5m));

        var result = Growth.For(gdp, y2019, y2018);

        result.IsAssessable.Should().BeFalse();
        result.Rate.Should().BeNull();
        result.Issue.Should().Be(GrowthIssue.ComparablePricesNeedPublishedGrowth);
    }

    [Fact]
    public void For_NominalIndicator_ComputesFromLevels()
    {
        var investment = Indicator("fai", GrowthBasis.Nominal);

        var result = Growth.For(investment, new Observation("fai", ReportingPeriod.ForYear(2024), Yi(104m)), new Observation("fai", ReportingPeriod.ForYear(2023), Yi(100m)));

        result.Rate.Should().Be(new Percent(4m));
        result.Source.Should().Be(GrowthSource.ComputedFromLevels);
    }

    [Fact]
    public void For_NominalIndicatorOnAZeroBase_IsNotAssessable()
    {
        var result = Growth.For(Indicator("fai", GrowthBasis.Nominal), new Observation("fai", ReportingPeriod.ForYear(2024), Yi(5m)), new Observation("fai", ReportingPeriod.ForYear(2023), Yi(0m)));

        result.Issue.Should().Be(GrowthIssue.NonPositiveBase);
    }

    // docs/methods.md §3 (illustrative): +13.5% over two years → √1.135 − 1 = 6.54%.
    [Fact]
    public void AverageAnnual_TwoYearAverageOf13Point5Percent_Is6Point54()
    {
        var average = Growth.AverageAnnual(new Percent(13.5m), 2);

        average.Round(2).Should().Be(new Percent(6.54m));
        (average.Factor * average.Factor).Should().BeApproximately(1.135m, 1e-24m);
    }

    [Fact]
    public void TwoYearAverage_FromLevels_MatchesTheCumulativeForm()
    {
        Growth.TwoYearAverage(Yi(113.5m), Yi(100m)).Should().Be(Growth.AverageAnnual(new Percent(13.5m), 2));
    }

    [Fact]
    public void CumulativeYearToDate_IsBaseWeightedNotTheMeanOfMonthlyRates()
    {
        Quantity[] thisYear = [Yi(110m), Yi(200m)];   // +10% and 0%
        Quantity[] lastYear = [Yi(100m), Yi(200m)];

        var cumulative = Growth.CumulativeYearToDate(thisYear, lastYear);

        cumulative.Value.Should().Be(10m / 300m * 100m);
        cumulative.Should().NotBe(new Percent(5m), "the mean of the monthly rates is not the cumulative rate");
    }

    [Fact]
    public void CumulativeYearToDate_MismatchedLengths_Throws()
    {
        var act = () => Growth.CumulativeYearToDate([Yi(1m)], [Yi(1m), Yi(2m)]);

        act.Should().Throw<ArgumentException>().WithMessage("*1 and 2*");
    }

    [Fact]
    public void Required_RateToReachATarget()
    {
        var rate = Growth.Required(Yi(100m), Yi(121m), 2);

        rate.Value.Should().BeApproximately(10m, 1e-22m);
    }

    [Fact]
    public void RequiredForRemainder_FollowsTheFormula()
    {
        // Last year 1000 in all, 400 by May; target +7%; +5% so far.
        // r = (1.07 × 1000 − 1.05 × 400) / 600 − 1 = (1070 − 420) / 600 − 1 = 8.333…%
        var r = Growth.RequiredForRemainder(new Percent(7m), new Percent(5m), Yi(1000m), Yi(400m));

        r.Value.Should().Be((1070m - 420m) / 600m * 100m - 100m);
        r.Round(2).Should().Be(new Percent(8.33m));
    }

    [Fact]
    public void RequiredForRemainder_WhenNothingRemains_Throws()
    {
        var act = () => Growth.RequiredForRemainder(new Percent(7m), new Percent(5m), Yi(1000m), Yi(1000m));

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void YearOnYear_OnAZeroOrNegativeBase_Throws(int baseValue)
    {
        var act = () => Growth.YearOnYear(Yi(10m), Yi(baseValue));

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*zero or negative base*");
    }

    [Fact]
    public void YearOnYear_AcrossCurrencies_ThrowsNamingBothUnits()
    {
        var act = () => Growth.YearOnYear(Yi(10m), new Quantity(9m, Unit.HundredMillionUsd));

        act.Should().Throw<UnitMismatchException>().WithMessage("*10^8 CNY*10^8 USD*");
    }

    [Fact]
    public void YearOnYear_AcrossMagnitudes_AlignsExactly()
    {
        Growth.YearOnYear(Yi(1.1m), new Quantity(10_000m, Unit.TenThousandYuan)).Should().Be(new Percent(10m));
    }

    [Fact]
    public void PercentDifference_IsPercentagePoints()
    {
        PercentagePoints gap = new Percent(7.8m) - new Percent(7m);

        gap.Should().Be(new PercentagePoints(0.8m));
        gap.ToString().Should().Be("+0.8 pp");
        (new Percent(7m) + gap).Should().Be(new Percent(7.8m));
    }

    [Theory]
    [InlineData(6.545, "F2", "6.55%")]
    [InlineData(-6.545, "F2", "-6.55%")]
    [InlineData(0.05, "F1", "0.1%")]
    [InlineData(7.3, null, "7.3%")]
    public void Formatting_RoundsHalfAwayFromZero(double value, string? format, string expected) =>
        new Percent((decimal)value).ToString(format, null).Should().Be(expected);

    // Properties: applying the computed rate gives the end; chaining equals the overall rate.
    private static Gen<decimal> PositiveLevel => Gen.Choose(1, 10_000_000).Select(v => v / 100m);

    [Property(MaxTest = 300)]
    public Property ApplyingTheComputedRate_GivesTheEnd() =>
        Prop.ForAll(PositiveLevel.ToArbitrary(), PositiveLevel.ToArbitrary(), (start, end) =>
        {
            var rate = Growth.YearOnYear(Yi(end), Yi(start));
            Growth.Apply(Yi(start), rate).Value.Should().BeApproximately(end, end * 1e-24m + start * 1e-25m);
        });

    [Theory]
    [InlineData("91234.57", "2.03")]
    [InlineData("83333.33", "2.03")]
    [InlineData("0.01", "100000")]
    public void ApplyingTheComputedRate_IsExactToTheFactorsLastPlace(string startText, string endText)
    {
        // A factor far below 1 keeps fewer significant digits in decimal's 28 places (2.03 / 91234.57 =
        // 0.0000222502…, 23 of them), so the end is found to within start × 10^-25, the factor's last place
        // times the start, not always within end × 10^-24 (here it is 4 × 10^-24 away, found by the property below).
        var start = decimal.Parse(startText, System.Globalization.CultureInfo.InvariantCulture);
        var end = decimal.Parse(endText, System.Globalization.CultureInfo.InvariantCulture);

        var applied = Growth.Apply(Yi(start), Growth.YearOnYear(Yi(end), Yi(start))).Value;

        applied.Should().BeApproximately(end, start * 1e-25m);
    }

    [Property(MaxTest = 300)]
    public Property ApplyingTheCompoundRate_OverNYears_GivesTheEnd() =>
        Prop.ForAll(PositiveLevel.ToArbitrary(), PositiveLevel.ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(), (start, end, years) =>
        {
            var rate = Growth.CompoundAnnual(Yi(start), Yi(end), years);
            var grown = start;
            for (var i = 0; i < years; i++)
            {
                grown *= rate.Factor;
            }
            grown.Should().BeApproximately(end, end * 1e-20m);
        });

    [Property(MaxTest = 300)]
    public Property Chaining_EqualsTheOverallRate() =>
        Prop.ForAll(PositiveLevel.ToArbitrary(), PositiveLevel.ToArbitrary(), PositiveLevel.ToArbitrary(), (a, b, c) =>
        {
            var chained = Growth.Chain(Growth.YearOnYear(Yi(b), Yi(a)), Growth.YearOnYear(Yi(c), Yi(b)));
            chained.Value.Should().BeApproximately(Growth.YearOnYear(Yi(c), Yi(a)).Value, 1e-20m);
        });

    // Extreme magnitudes. Reference values computed independently at 50 digits (Python's decimal module).

    [Fact]
    public void YearOnYear_MagnitudesFarApart_IsComputedWithoutOverflow()
    {
        // 1e22 亿元 is 1e30 元, beyond decimal when aligned to 元: the ratio is taken in scaled form.
        var rate = Growth.YearOnYear(new Quantity(1e22m, Unit.HundredMillionYuan), new Quantity(7e28m, new Unit(Dimension.Cny)));

        rate.Value.Should().BeApproximately(1328.5714285714285714285714286m, 1e-24m);
    }

    [Fact]
    public void CompoundAnnual_FromTheLargestToOneYuan_IsMinusAHundredPercent()
    {
        var rate = Growth.CompoundAnnual(new Quantity(7.9e28m, new Unit(Dimension.Cny)), new Quantity(1m, new Unit(Dimension.Cny)), 1);
        var tenYears = Growth.CompoundAnnual(new Quantity(7.9e28m, new Unit(Dimension.Cny)), new Quantity(1m, new Unit(Dimension.Cny)), 10);

        rate.Value.Should().BeApproximately(-100m, 1e-24m);
        tenYears.Value.Should().BeApproximately(-99.871104637906844476722839650m, 1e-22m);
    }

    [Fact]
    public void CompoundAnnual_RatioFarBelowDecimalPrecision_KeepsItsDigits()
    {
        // (1e-28)^(1/100) − 1 = 10^-0.28 − 1; in plain decimal the ratio kept one digit and gave −47.4659%.
        var rate = Growth.CompoundAnnual(Yi(1m), new Quantity(1e-28m, Unit.HundredMillionYuan), 100);

        rate.Value.Should().BeApproximately(-47.519253975022740263568784298m, 1e-22m);
    }

    [Fact]
    public void CompoundAnnual_HugeGrowth_IsRepresentedOrThrowsTheDocumentedException()
    {
        Growth.CompoundAnnual(Yi(1m), new Quantity(7.9e28m, Unit.HundredMillionYuan), 2).Value
            .Should().BeApproximately(28106938645110292.029053148659m, 1e-9m);
        FluentActions.Invoking(() => Growth.YearOnYear(new Quantity(7.9e28m, Unit.HundredMillionYuan), new Quantity(1e-28m, new Unit(Dimension.Cny))))
            .Should().Throw<OverflowException>();
    }

    [Fact]
    public void RequiredForRemainder_InACoarserUnit_IsComputedInShares()
    {
        // Last year's year-to-date part in 元 and its total in 亿元: converting to the coarser unit was inexact and threw.
        var r = Growth.RequiredForRemainder(new Percent(7m), new Percent(5m), Yi(1000m), new Quantity(40_000_000_000.000000001m, new Unit(Dimension.Cny)));

        r.Value.Should().BeApproximately((1070m - 1.05m * 400.00000000000000001m) / (1000m - 400.00000000000000001m) * 100m - 100m, 1e-22m);
    }

    [Fact]
    public void Quantities_MagnitudesFarApart_CompareWithoutOverflow()
    {
        var huge = new Quantity(1e22m, Unit.HundredMillionYuan);
        var large = new Quantity(7e28m, new Unit(Dimension.Cny));

        huge.CompareTo(large).Should().BePositive();
        (large < huge).Should().BeTrue();
        (huge / large).Should().BeApproximately(14.285714285714285714285714286m, 1e-25m);
        new Quantity(-1e22m, Unit.HundredMillionYuan).CompareTo(new Quantity(-7e28m, new Unit(Dimension.Cny))).Should().BeNegative();
    }

    private static Indicator Indicator(string code, GrowthBasis basis) =>
        new(code, new LocalizedText("指标", "Indicator"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, basis, Accumulation.Flow);
}
