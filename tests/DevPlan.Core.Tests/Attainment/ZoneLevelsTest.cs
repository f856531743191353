using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>The zones' levels of one period, kept by zone number; illustrative values.</summary>
public class ZoneLevelsTest
{
    private static Quantity Yuan(decimal value) => new(value, Unit.HundredMillionYuan);

    [Fact]
    public void ANumberFarBeyondTheArray_GrowsItToHoldThatZone()
    {
        var levels = new ZoneLevels(3);

        levels.Set(12, Yuan(7m));
        levels.Set(1, Yuan(2m));

        levels.Has(12).Should().BeTrue();
        levels[12].Should().Be(Yuan(7m));
        levels.Zones().Should().Equal(1, 12);
    }

    [Fact]
    public void AZoneWithoutALevel_HasNone_AndAskingForItThrows()
    {
        var levels = new ZoneLevels(0);
        levels.Set(0, Yuan(1m));

        levels.Has(1).Should().BeFalse();
        levels.Has(64).Should().BeFalse();
        var read = () => levels[1];
        read.Should().Throw<InvalidOperationException>().WithMessage("*zone numbered 1*");
    }

    [Fact]
    public void Clear_ForgetsEveryLevel_AndTheTableFillsAgain()
    {
        var levels = new ZoneLevels(3);
        levels.Set(0, Yuan(1m));
        levels.Set(2, Yuan(3m));

        levels.Clear();

        levels.Zones().Should().BeEmpty();
        levels.Has(2).Should().BeFalse();
        levels.Set(1, Yuan(4m));
        levels.Zones().Should().Equal(1);
    }

    [Fact]
    public void ALaterLevel_ReplacesAnEarlierOne()
    {
        var levels = new ZoneLevels(2);
        levels.Set(1, Yuan(1m));
        levels.Set(1, Yuan(1.5m));

        levels[1].Should().Be(Yuan(1.5m));
        levels.Zones().Should().Equal(1);
    }
}
