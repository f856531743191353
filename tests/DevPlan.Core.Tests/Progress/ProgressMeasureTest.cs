using DevPlan.Core.Units;
using DevPlan.Core.Progress;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

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
        progress.ObservedGrowth!.Value.Value.Should().BeApproximately(1.9244876491456564m, 1e-10m);
        progress.DirectedGrowth.Should().Be(progress.ObservedGrowth);
        progress.Ratio.Should().BeNull();
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
        progress.Ratio!.Value.Should().BeApproximately(0.7023764947842465m, 1e-12m);
        progress.DirectedGrowth.Should().BeNull();
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
        progress.Ratio!.Value.Should().BeGreaterThan(0.95m);
    }

    [Fact]
    public void NegativeBase_FlipsTheSign()
    {
        // A deficit shrinking from −10 to −8 is an improvement when higher is better.
        var progress = ProgressMeasure.OpenSdg(new YearValue(2015, -10m), new YearValue(2020, -8m), IndicatorDirection.HigherIsBetter);

        progress.DirectedGrowth!.Value.Value.Should().BePositive();
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

        var aggregate = ProgressMeasure.Aggregate([substantial, deteriorating, ProgressAssessment.NotAvailable]);

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
    public void Projected_ProjectsAtTheObservedGrowth()
    {
        // 110 × 1.1^(10/5) = 133.1 in 2030; Q = (133.1 − 100) / (150 − 100) = 0.662.
        var progress = ProgressMeasure.Projected(Base, Now, Goal);

        progress.Projected!.Value.Should().BeApproximately(133.1m, 1e-20m);
        progress.Ratio!.Value.Should().BeApproximately(0.662m, 1e-20m);
        progress.Category.Should().Be(ProjectedProgressCategory.FairProgress);
    }

    [Theory]
    [InlineData(125.0, ProjectedProgressCategory.OnTrack)]
    [InlineData(100.5, ProjectedProgressCategory.Stagnation)]
    public void Projected_Thresholds(double now, ProjectedProgressCategory expected) =>
        ProgressMeasure.Projected(Base, new YearValue(2020, (decimal)now), Goal).Category.Should().Be(expected);

    [Fact]
    public void Projected_TargetEqualToBase_IsNotAvailable() =>
        ProgressMeasure.Projected(Base, Now, new YearValue(2030, 100m)).Category.Should().Be(ProjectedProgressCategory.NotAvailable);

    // Thresholds at their exact values and one unit of the last decimal place either side: a value
    // exactly at a threshold reaches the higher category (computed in double, 1,114 of 2,000 such
    // cases once fell one category low).

    [Theory]
    [InlineData(100.499, ProgressCategory.Limited)]
    [InlineData(100.5, ProgressCategory.Moderate)]       // P = 0.5% exactly
    [InlineData(100.501, ProgressCategory.Moderate)]
    [InlineData(101.499, ProgressCategory.Moderate)]
    [InlineData(101.5, ProgressCategory.Substantial)]    // P = 1.5% exactly
    [InlineData(101.501, ProgressCategory.Substantial)]
    [InlineData(99.999, ProgressCategory.Deterioration)]
    [InlineData(100.0, ProgressCategory.Limited)]        // P = 0 exactly
    public void WithoutTarget_AtTheExactThresholds(double now, ProgressCategory expected) =>
        ProgressMeasure.OpenSdg(new YearValue(2020, 100m), new YearValue(2021, (decimal)now), IndicatorDirection.HigherIsBetter).Category.Should().Be(expected);

    [Fact]
    public void WithoutTarget_ExactThresholdOverSeveralYears_ScoresExactly()
    {
        // 1.005² = 1.010025 and 1.015³ = 1.045678375: exactly 0.5% and 1.5% a year.
        var moderate = ProgressMeasure.OpenSdg(new YearValue(2020, 100m), new YearValue(2022, 101.0025m), IndicatorDirection.HigherIsBetter);
        var substantial = ProgressMeasure.OpenSdg(new YearValue(2020, 100m), new YearValue(2023, 104.5678375m), IndicatorDirection.HigherIsBetter);

        (moderate.Category, moderate.DirectedGrowth, moderate.Score).Should().Be((ProgressCategory.Moderate, new Percent(0.5m), 0m));
        (substantial.Category, substantial.DirectedGrowth, substantial.Score).Should().Be((ProgressCategory.Substantial, new Percent(1.5m), 2.5m));
    }

    [Theory]
    [InlineData(194.9, ProgressCategory.Moderate)]
    [InlineData(195.0, ProgressCategory.Substantial)]    // R = 0.95 exactly: 95% a year against 100% required
    [InlineData(195.1, ProgressCategory.Substantial)]
    [InlineData(159.9, ProgressCategory.Limited)]
    [InlineData(160.0, ProgressCategory.Moderate)]       // R = 0.60 exactly
    [InlineData(160.1, ProgressCategory.Moderate)]
    [InlineData(100.0, ProgressCategory.Limited)]        // R = 0
    [InlineData(99.9, ProgressCategory.Deterioration)]
    public void WithTarget_AtTheExactThresholds(double now, ProgressCategory expected) =>
        ProgressMeasure.OpenSdg(new YearValue(2020, 100m), new YearValue(2021, (decimal)now), IndicatorDirection.HigherIsBetter, new YearValue(2021, 200m))
            .Category.Should().Be(expected);

    [Theory]
    [InlineData(194.99, ProjectedProgressCategory.FairProgress)]
    [InlineData(195.0, ProjectedProgressCategory.OnTrack)]      // Q = 0.95 exactly
    [InlineData(109.99, ProjectedProgressCategory.Stagnation)]
    [InlineData(110.0, ProjectedProgressCategory.FairProgress)] // Q = 0.10 exactly
    public void Projected_AtTheExactThresholds(double now, ProjectedProgressCategory expected)
    {
        var progress = ProgressMeasure.Projected(new YearValue(2020, 100m), new YearValue(2021, (decimal)now), new YearValue(2021, 200m));

        progress.Category.Should().Be(expected);
        progress.Ratio.Should().Be(((decimal)now - 100m) / 100m);
    }

    [Fact]
    public void Projected_ZeroBase_ProjectionBeyondDecimal_IsDefined()
    {
        // The review's case: the base 0 becomes 0.001, growth of 44,598,000% a year, projected seven years on.
        var progress = ProgressMeasure.Projected(new YearValue(2020, 0m), new YearValue(2021, 445.98m), new YearValue(2028, 406.47m));

        (progress.Category, progress.Projected, progress.Ratio).Should().Be((ProjectedProgressCategory.OnTrack, (decimal?)null, (decimal?)null));
    }

    [Fact]
    public void OpenSdg_GrowthBeyondDecimal_IsDefined()
    {
        var growth = ProgressMeasure.OpenSdg(new YearValue(2020, 0m), new YearValue(2021, 7e27m), IndicatorDirection.HigherIsBetter);
        var falling = ProgressMeasure.OpenSdg(new YearValue(2020, 0m), new YearValue(2021, 7e27m), IndicatorDirection.LowerIsBetter);
        var towardsTarget = ProgressMeasure.OpenSdg(new YearValue(2020, 0m), new YearValue(2021, 7e27m), IndicatorDirection.HigherIsBetter, new YearValue(2030, 8e27m));

        (growth.Category, growth.ObservedGrowth, growth.Score).Should().Be((ProgressCategory.Substantial, (Percent?)null, 5m));
        (falling.Category, falling.Score).Should().Be((ProgressCategory.Deterioration, -5m));
        (towardsTarget.Category, towardsTarget.Ratio, towardsTarget.Score).Should().Be((ProgressCategory.Substantial, (decimal?)null, 5m));
    }

    [Fact]
    public void ZeroCurrentValue_IsNotReplaced()
    {
        // A deficit of 10 closed to 0, higher is better: growth of −100% on a negative base is an improvement.
        var progress = ProgressMeasure.OpenSdg(new YearValue(2020, -10m), new YearValue(2021, 0m), IndicatorDirection.HigherIsBetter);

        progress.Category.Should().Be(ProgressCategory.Substantial);
        progress.DirectedGrowth.Should().Be(new Percent(100m));
    }

    private static readonly Gen<decimal> AnyValue = Gen.OneOf(
        Gen.Constant(0m), Gen.Constant(0.001m), Gen.Constant(-0.001m), Gen.Constant(7.9e28m), Gen.Constant(-7.9e28m),
        Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 100m), Gen.Choose(1, 28).Select(e => (decimal)Math.Pow(10, e) * 0.79m));

    [Property(MaxTest = 2000)]
    public Property AnyInputs_NeverThrow() =>
        Prop.ForAll((from b in AnyValue from now in AnyValue from goal in AnyValue from span in Gen.Choose(1, 30) select (b, now, goal, span)).ToArbitrary(), input =>
        {
            var (b, now, goal, span) = input;
            var (baseYear, nowYear, goalYear) = (2000, 2000 + span, 2000 + span + span % 7);
            foreach (var direction in new[] { IndicatorDirection.HigherIsBetter, IndicatorDirection.LowerIsBetter })
            {
                foreach (var progress in new[]
                {
                    ProgressMeasure.OpenSdg(new YearValue(baseYear, b), new YearValue(nowYear, now), direction),
                    ProgressMeasure.OpenSdg(new YearValue(baseYear, b), new YearValue(nowYear, now), direction, new YearValue(goalYear, goal)),
                })
                {
                    Enum.IsDefined(progress.Category).Should().BeTrue();
                    (progress.Score is null).Should().Be(progress.Category == ProgressCategory.NotAvailable);
                    progress.Score.GetValueOrDefault().Should().BeInRange(-5m, 5m);
                }
            }
            var projected = ProgressMeasure.Projected(new YearValue(baseYear, b), new YearValue(nowYear, now), new YearValue(goalYear, goal));
            Enum.IsDefined(projected.Category).Should().BeTrue();
        });
}
