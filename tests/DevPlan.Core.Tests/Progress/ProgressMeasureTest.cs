using DevPlan.Core.Progress;

namespace DevPlan.Core.Tests.Progress;

/// <summary>
/// Conventions §6. Hand-computed figures: 100 in 2015 and 110 in 2020 grow by 1.1^(1/5) − 1 = 1.9245%
/// a year; reaching 150 by 2030 needs 1.5^(1/15) − 1 = 2.7399% a year, so R = 0.7024. Reference values
/// computed independently (Python floats).
/// </summary>
public class ProgressMeasureTest
{
    private static readonly YearValue Base = new(2015, 100m);
    private static readonly YearValue Now = new(2020, 110m);
    private static readonly YearValue Goal = new(2030, 150m);

    [Fact]
    public void WithoutTarget_GrowthAboveOnePointFivePercent_IsSubstantial()
    {
        var progress = ProgressMeasure.OpenSdg(Base, Now, IndicatorDirection.HigherIsBetter);

        progress.Category.Should().Be(ProgressCategory.Substantial);
        progress.ObservedGrowth!.Value.Should().BeApproximately(0.019244876491456564m, 1e-12m);
        progress.Measure.Should().Be(progress.ObservedGrowth);
        progress.Score!.Value.Should().BeApproximately(4.622438245728283m, 1e-9m);
    }

    [Fact]
    public void WithoutTarget_LowerIsBetter_TheSameRiseIsDeterioration()
    {
        var progress = ProgressMeasure.OpenSdg(Base, Now, IndicatorDirection.LowerIsBetter);

        progress.Category.Should().Be(ProgressCategory.Deterioration);
        progress.Score!.Value.Should().BeApproximately(-4.905609561432071m, 1e-9m);
    }

    [Theory]
    [InlineData(101.0, ProgressCategory.Limited)]    // 0.199% a year
    [InlineData(104.0, ProgressCategory.Moderate)]   // 0.787% a year
    [InlineData(99.0, ProgressCategory.Deterioration)]
    public void WithoutTarget_Thresholds(double now, ProgressCategory expected) =>
        ProgressMeasure.OpenSdg(Base, new YearValue(2020, (decimal)now), IndicatorDirection.HigherIsBetter).Category.Should().Be(expected);

    [Fact]
    public void WithTarget_RatioOfObservedToRequiredGrowth()
    {
        var progress = ProgressMeasure.OpenSdg(Base, Now, IndicatorDirection.HigherIsBetter, Goal);

        progress.Category.Should().Be(ProgressCategory.Moderate);
        progress.Measure!.Value.Should().BeApproximately(0.7023764947842465m, 1e-12m);
        progress.Score!.Value.Should().BeApproximately(0.731260677030332m, 1e-9m);
    }

    [Theory]
    [InlineData(114.0, ProgressCategory.Substantial)]  // 2.65% a year, R = 0.967
    [InlineData(102.0, ProgressCategory.Limited)]      // R = 0.145
    [InlineData(95.0, ProgressCategory.Deterioration)]
    [InlineData(150.0, ProgressCategory.TargetAchieved)]
    public void WithTarget_Thresholds(double now, ProgressCategory expected) =>
        ProgressMeasure.OpenSdg(Base, new YearValue(2020, (decimal)now), IndicatorDirection.HigherIsBetter, Goal).Category.Should().Be(expected);

    [Fact]
    public void WithTarget_AlreadyMet_ScoresFive() =>
        ProgressMeasure.OpenSdg(Base, new YearValue(2020, 160m), IndicatorDirection.HigherIsBetter, Goal).Score.Should().Be(5m);

    [Fact]
    public void LowerIsBetterWithTarget_FallingTowardsIt_IsProgress()
    {
        // Unemployment 6% in 2015, 5% in 2020, target 4% by 2030.
        var progress = ProgressMeasure.OpenSdg(new YearValue(2015, 6m), new YearValue(2020, 5m), IndicatorDirection.LowerIsBetter, new YearValue(2030, 4m));

        progress.Category.Should().Be(ProgressCategory.Substantial);
        progress.Measure!.Value.Should().BeGreaterThan(0.95m);
    }

    [Fact]
    public void NegativeBase_FlipsTheSign()
    {
        // A deficit shrinking from −10 to −8 is an improvement when higher is better.
        var progress = ProgressMeasure.OpenSdg(new YearValue(2015, -10m), new YearValue(2020, -8m), IndicatorDirection.HigherIsBetter);

        progress.Measure!.Value.Should().BePositive();
        progress.Category.Should().Be(ProgressCategory.Substantial);
    }

    [Fact]
    public void ZeroBase_IsReplacedByOneThousandth() =>
        ProgressMeasure.OpenSdg(new YearValue(2015, 0m), new YearValue(2020, 5m), IndicatorDirection.HigherIsBetter).Category.Should().Be(ProgressCategory.Substantial);

    [Fact]
    public void NotAvailable_ForOppositeSignsABaseNotBeforeNowOrTooFewPoints()
    {
        ProgressMeasure.OpenSdg(new YearValue(2015, -1m), new YearValue(2020, 1m), IndicatorDirection.HigherIsBetter).Category.Should().Be(ProgressCategory.NotAvailable);
        ProgressMeasure.OpenSdg(new YearValue(2021, 1m), new YearValue(2020, 2m), IndicatorDirection.HigherIsBetter).Category.Should().Be(ProgressCategory.NotAvailable);
        ProgressMeasure.OpenSdg([new YearValue(2020, 1m)], IndicatorDirection.HigherIsBetter).Category.Should().Be(ProgressCategory.NotAvailable);
        ProgressMeasure.OpenSdg([], IndicatorDirection.HigherIsBetter).Score.Should().BeNull();
    }

    [Fact]
    public void Series_UsesItsEarliestAndLatestPoints() =>
        ProgressMeasure.OpenSdg([new YearValue(2020, 110m), new YearValue(2017, 90m), new YearValue(2015, 100m)], IndicatorDirection.HigherIsBetter)
            .Should().Be(ProgressMeasure.OpenSdg(Base, Now, IndicatorDirection.HigherIsBetter));

    [Fact]
    public void Aggregate_MeanScoreReadBackIntoACategory()
    {
        var substantial = ProgressMeasure.OpenSdg(Base, new YearValue(2020, 120m), IndicatorDirection.HigherIsBetter);   // score 5
        var deteriorating = ProgressMeasure.OpenSdg(Base, new YearValue(2020, 99m), IndicatorDirection.HigherIsBetter); // score about −2.75

        var aggregate = ProgressMeasure.Aggregate([substantial, deteriorating, new ProgressAssessment(ProgressCategory.NotAvailable, null, null, null)]);

        aggregate.Score!.Value.Should().BeApproximately((substantial.Score!.Value + deteriorating.Score!.Value) / 2, 1e-20m);
        aggregate.Category.Should().Be(ProgressCategory.Moderate);
    }

    [Fact]
    public void Aggregate_TargetAchievedOnlyWhenEverySeriesIs()
    {
        var achieved = ProgressMeasure.OpenSdg(Base, new YearValue(2020, 160m), IndicatorDirection.HigherIsBetter, Goal);

        ProgressMeasure.Aggregate([achieved, achieved]).Category.Should().Be(ProgressCategory.TargetAchieved);
        ProgressMeasure.Aggregate([achieved, ProgressMeasure.OpenSdg(Base, Now, IndicatorDirection.HigherIsBetter, Goal)]).Category.Should().Be(ProgressCategory.Substantial);
    }

    [Fact]
    public void Un_ProjectsAtTheObservedGrowth()
    {
        // 110 × 1.1^(10/5) = 133.1 in 2030; Q = (133.1 − 100) / (150 − 100) = 0.662.
        var progress = ProgressMeasure.UnProjected(Base, Now, Goal);

        progress.Projected!.Value.Should().BeApproximately(133.1m, 1e-9m);
        progress.Ratio!.Value.Should().BeApproximately(0.662m, 1e-12m);
        progress.Category.Should().Be(UnProgressCategory.FairProgress);
    }

    [Theory]
    [InlineData(125.0, UnProgressCategory.OnTrack)]
    [InlineData(100.5, UnProgressCategory.Stagnation)]
    public void Un_Thresholds(double now, UnProgressCategory expected) =>
        ProgressMeasure.UnProjected(Base, new YearValue(2020, (decimal)now), Goal).Category.Should().Be(expected);

    [Fact]
    public void Un_TargetEqualToBase_IsNotAvailable() =>
        ProgressMeasure.UnProjected(Base, Now, new YearValue(2030, 100m)).Category.Should().Be(UnProgressCategory.NotAvailable);
}
