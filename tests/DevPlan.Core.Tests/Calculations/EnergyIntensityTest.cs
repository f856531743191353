using DevPlan.Core.Calculations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Calculations;

public class EnergyIntensityTest
{
    // docs/methods.md §6 (illustrative): e = 2.2%, g = 2.3% → 1.022 / 1.023 − 1 = −0.10% (a 0.1% reduction).
    [Fact]
    public void Change_FromEnergyAndRealGdpGrowth()
    {
        var change = EnergyIntensity.Change(new Percent(2.2m), new Percent(2.3m));

        change.Value.Should().Be((1.022m / 1.023m - 1m) * 100m);
        change.Round(2).Should().Be(new Percent(-0.10m));
    }

    [Fact]
    public void Of_TenThousandTceOverHundredMillionYuan_IsTcePerTenThousandYuan()
    {
        var intensity = EnergyIntensity.Of(new Quantity(50m, Unit.TenThousandTce), new Quantity(1000m, Unit.HundredMillionYuan));

        intensity.Should().Be(new Quantity(0.05m, new Unit(EnergyIntensity.Dimension, -4)));
        intensity.Unit.ToString().Should().Be("10^-4 tce/CNY");
    }

    [Fact]
    public void Of_GdpInDollars_Throws()
    {
        var act = () => EnergyIntensity.Of(new Quantity(50m, Unit.TenThousandTce), new Quantity(1m, Unit.HundredMillionUsd));

        act.Should().Throw<UnitMismatchException>().WithMessage("*USD*");
    }
}
