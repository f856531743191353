using DevPlan.Core.Calculations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Calculations;

/// <summary>The growth of a ratio from its parts' growth, and the ratio itself: energy intensity (单位GDP能耗) is the usual one.</summary>
public class RatioGrowthTest
{
    // docs/methods.md §6 (illustrative): e = 2.2%, g = 2.3% → 1.022 / 1.023 − 1 = −0.10% (a 0.1% reduction).
    [Fact]
    public void EnergyIntensityChange_FromEnergyAndRealGdpGrowth()
    {
        var change = Growth.OfRatio(new Percent(2.2m), new Percent(2.3m));

        change.Value.Should().Be((1.022m / 1.023m - 1m) * 100m);
        change.Round(2).Should().Be(new Percent(-0.10m));
    }

    [Fact]
    public void ADenominatorGrowingAsFastAsTheNumerator_LeavesTheRatioUnchanged_AndOneJustAboveMinusAHundredIsAllowed()
    {
        Growth.OfRatio(new Percent(5m), new Percent(5m)).Should().Be(Percent.Zero);
        Growth.OfRatio(new Percent(-50m), new Percent(-99.99m)).Value.Should().Be((0.5m / 0.0001m - 1m) * 100m);
    }

    [Fact]
    public void EnergyIntensity_TenThousandTceOverHundredMillionYuan_IsTcePerTenThousandYuan()
    {
        var intensity = Aggregation.Ratio([(new Quantity(50m, Unit.TenThousandTce), new Quantity(1000m, Unit.HundredMillionYuan))]);

        intensity.Should().Be(new Quantity(0.05m, new Unit(Dimension.Of("tce/CNY"), -4)));
        intensity.Unit.ToString().Should().Be("10^-4 tce/CNY");
    }
}
