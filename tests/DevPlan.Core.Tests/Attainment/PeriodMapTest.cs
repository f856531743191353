using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>The small map a target keeps its figures in: first-added order, replacement in place, removal keeping order.</summary>
public class PeriodMapTest
{
    private static ReportingPeriod Month(int m) => ReportingPeriod.ForMonth(2024, m);

    [Fact]
    public void Periods_StayInTheOrderFirstAdded_AndAReplacementKeepsItsPlace()
    {
        var map = new PeriodMap<string>();
        map[Month(3)] = "March";
        map[Month(1)] = "January";
        map[Month(2)] = "February";
        map[Month(1)] = "January, revised";

        map.Count.Should().Be(3);
        map.Periods.ToArray().Should().Equal(Month(3), Month(1), Month(2));
        map.Values.ToArray().Should().Equal("March", "January, revised", "February");
    }

    [Fact]
    public void Remove_KeepsTheOthersInOrder_AndForgetsTheValue()
    {
        var map = new PeriodMap<string>();
        for (var m = 1; m <= 5; m++)
        {
            map[Month(m)] = $"M{m}";
        }

        map.Remove(Month(2)).Should().BeTrue();
        map.Remove(Month(2)).Should().BeFalse();

        map.Periods.ToArray().Should().Equal(Month(1), Month(3), Month(4), Month(5));
        map.Values.ToArray().Should().Equal("M1", "M3", "M4", "M5");
        map.ContainsKey(Month(2)).Should().BeFalse();
        map.TryGetValue(Month(2), out var gone).Should().BeFalse();
        gone.Should().BeNull();
        map.TryGetValue(Month(5), out var last).Should().BeTrue();
        last.Should().Be("M5");
        map.TryGetValue(Month(4), out var kept).Should().BeTrue();
        kept.Should().Be("M4");
    }

    [Fact]
    public void Clear_EmptiesTheMap_WhichThenFillsAgain()
    {
        var map = new PeriodMap<long>();
        map[Month(1)] = 1;
        map[Month(2)] = 2;

        map.Clear();
        map[Month(7)] = 7;

        map.Count.Should().Be(1);
        map.ContainsKey(Month(1)).Should().BeFalse();
        map.Values.ToArray().Should().Equal(7L);
    }

    [Fact]
    public void ManyPeriods_AreAllKept()
    {
        var map = new PeriodMap<int>();
        var periods = Enumerable.Range(2015, 10).SelectMany(y => Enumerable.Range(1, 12).Select(m => ReportingPeriod.ForMonth(y, m))).ToList();
        for (var i = 0; i < periods.Count; i++)
        {
            map[periods[i]] = i;
        }

        map.Count.Should().Be(120);
        map.Periods.ToArray().Should().Equal(periods);
        map.Values.ToArray().Should().Equal(Enumerable.Range(0, 120));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void EnsureCapacity_KeepsWhatIsKept_InOrder_AndMoreCanBeAdded(int capacity)
    {
        var map = new PeriodMap<string>();
        map[Month(1)] = "M1";
        map[Month(2)] = "M2";

        map.EnsureCapacity(capacity);

        map.Periods.ToArray().Should().Equal(Month(1), Month(2));
        map.Values.ToArray().Should().Equal("M1", "M2");
        for (var m = 3; m <= 12; m++)
        {
            map[Month(m)] = $"M{m}";
        }
        map.Count.Should().Be(12);
        map.TryGetValue(Month(12), out var last).Should().BeTrue();
        last.Should().Be("M12");
    }
}
