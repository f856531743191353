using DevPlan.Core.Progress;

namespace DevPlan.Core.Tests.Progress;

/// <summary>
/// The Open SDG scores between their thresholds, and the aggregate at each of its bands, on series
/// whose growth is exact in decimal (one year, or two years to a perfect square), so every figure is
/// the formula's to the last digit. Illustrative series, not statistics.
/// </summary>
public class ProgressScoresTest
{
    private static readonly YearValue Base = new(2020, 100m);

    private static ProgressAssessment WithoutTarget(decimal now) => ProgressMeasure.OpenSdg(Base, new YearValue(2021, now), IndicatorDirection.HigherIsBetter);

    private static ProgressAssessment TowardsTarget(decimal now, decimal goalIn2022) =>
        ProgressMeasure.OpenSdg(Base, new YearValue(2021, now), IndicatorDirection.HigherIsBetter, new YearValue(2022, goalIn2022));

    [Theory]
    [InlineData(99, -3.75, ProgressCategory.Deterioration)]   // P = −1%: −2.5 + (−0.01 / 0.02)·2.5
    [InlineData(100.25, -1.25, ProgressCategory.Limited)]     // P = 0.25%: −2.5 + (0.0025 / 0.005)·2.5
    [InlineData(101, 1.25, ProgressCategory.Moderate)]        // P = 1%: (0.01 − 0.005) / (0.015 − 0.005)·2.5
    [InlineData(101.75, 3.75, ProgressCategory.Substantial)]  // P = 1.75%: 2.5 + (0.0175 − 0.015) / (0.02 − 0.015)·2.5
    [InlineData(100.5, 0, ProgressCategory.Moderate)]         // P at the moderate threshold
    [InlineData(101.5, 2.5, ProgressCategory.Substantial)]    // P at the substantial threshold
    [InlineData(98, -5, ProgressCategory.Deterioration)]      // P at −2%
    [InlineData(102, 5, ProgressCategory.Substantial)]        // P at +2%
    public void WithoutATarget_TheScoreIsLinearBetweenThresholds(double now, double score, ProgressCategory category)
    {
        var progress = WithoutTarget((decimal)now);

        (progress.Score, progress.Category).Should().Be(((decimal?)(decimal)score, category));
    }

    [Fact]
    public void TowardsATarget_TheScoreIsLinearBetweenTheRatiosThresholds()
    {
        // 10% a year observed; 121 in 2022 needs 10% a year (R = 1), 144 needs 20% (R = 0.5).
        var onPace = TowardsTarget(110m, 121m);
        var halfPace = TowardsTarget(110m, 144m);
        var falling = TowardsTarget(97m, 121m);

        (onPace.Ratio, onPace.Score, onPace.Category).Should().Be(((decimal?)1m, (decimal?)((1m - 0.6m) / (1.3m - 0.6m) * 5m), ProgressCategory.Substantial));
        (halfPace.Ratio, halfPace.Score, halfPace.Category).Should().Be(((decimal?)0.5m, (decimal?)((0.5m - 0.6m) / (2m * 0.6m) * 5m), ProgressCategory.Limited));
        (falling.Ratio, falling.Score, falling.Category).Should().Be(((decimal?)-0.3m, (decimal?)((-0.3m - 0.6m) / (2m * 0.6m) * 5m), ProgressCategory.Deterioration));
    }

    [Fact]
    public void ATargetMetExactly_IsAchieved_InEitherDirection()
    {
        ProgressMeasure.OpenSdg(Base, new YearValue(2021, 120m), IndicatorDirection.HigherIsBetter, new YearValue(2025, 120m)).Category.Should().Be(ProgressCategory.TargetAchieved);
        ProgressMeasure.OpenSdg(Base, new YearValue(2021, 80m), IndicatorDirection.LowerIsBetter, new YearValue(2025, 80m)).Category.Should().Be(ProgressCategory.TargetAchieved);
        ProgressMeasure.OpenSdg(Base, new YearValue(2021, 80.01m), IndicatorDirection.LowerIsBetter, new YearValue(2025, 80m)).Category.Should().NotBe(ProgressCategory.TargetAchieved);
    }

    [Theory]
    [InlineData(100, -5, false)]   // a positive base, a negative value: no growth between them
    [InlineData(-100, 5, false)]   // and the other way round
    [InlineData(100, 0, true)]     // growth to zero is −100%
    public void GrowthBetweenValuesOfOppositeSigns_IsNotAvailable(double from, double to, bool available)
    {
        var progress = ProgressMeasure.OpenSdg(new YearValue(2020, (decimal)from), new YearValue(2021, (decimal)to), IndicatorDirection.HigherIsBetter);

        (progress.Category != ProgressCategory.NotAvailable).Should().Be(available);
    }

    [Theory]
    [InlineData(new[] { 102.0, 100.5 }, 2.5, ProgressCategory.Substantial)]    // 5 and 0: at the substantial band
    [InlineData(new[] { 102.0, 98.0 }, 0, ProgressCategory.Moderate)]          // 5 and −5: at the moderate band
    [InlineData(new[] { 100.5, 98.0 }, -2.5, ProgressCategory.Limited)]        // 0 and −5: at the limited band
    [InlineData(new[] { 100.5, 98.0, 98.0 }, -10.0 / 3, ProgressCategory.Deterioration)]
    public void TheAggregate_ReadsTheMeanScoreIntoItsBand(double[] series, double mean, ProgressCategory category)
    {
        var aggregate = ProgressMeasure.Aggregate(series.Select(now => WithoutTarget((decimal)now)));

        aggregate.Category.Should().Be(category);
        aggregate.Score.Should().BeApproximately((decimal)mean, 0.0000000001m);
    }

    [Fact]
    public void TheAggregate_IsAchievedOnlyWhenEverySeriesIs_AndLeavesOutWhatIsNotAvailable()
    {
        var achieved = TowardsTarget(130m, 121m);
        var notAvailable = ProgressMeasure.OpenSdg([new YearValue(2020, 1m)], IndicatorDirection.HigherIsBetter);

        ProgressMeasure.Aggregate([achieved, achieved, notAvailable]).Category.Should().Be(ProgressCategory.TargetAchieved);
        ProgressMeasure.Aggregate([achieved, WithoutTarget(102m)]).Category.Should().Be(ProgressCategory.Substantial);
        ProgressMeasure.Aggregate([notAvailable]).Should().Be(ProgressAssessment.NotAvailable);
    }

    [Fact]
    public void ASeries_NeedsTwoPoints_AndIsRequired()
    {
        ProgressMeasure.OpenSdg([new YearValue(2021, 101m), new YearValue(2020, 100m)], IndicatorDirection.HigherIsBetter).Score.Should().Be(1.25m, "the earliest point is the base, whatever the order");
        ProgressMeasure.OpenSdg([new YearValue(2020, 100m)], IndicatorDirection.HigherIsBetter).Should().Be(ProgressAssessment.NotAvailable);
        FluentActions.Invoking(() => ProgressMeasure.OpenSdg(null!, IndicatorDirection.HigherIsBetter)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ProgressMeasure.Aggregate(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ProgressMeasure.OpenSdg(Base, Base, (IndicatorDirection)7)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
