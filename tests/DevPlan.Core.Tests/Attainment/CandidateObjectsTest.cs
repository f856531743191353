using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

public class CandidateObjectsTest
{
    [Fact]
    public void Objects_AreNumberedFromOne_AndZeroIsNone()
    {
        var objects = new CandidateObjects();
        var first = new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(5m));
        var second = new Observation("gdp", ReportingPeriod.ForYear(2023), growth: new Percent(6m));

        objects.Add(first).Should().Be(1);
        objects.Add(second).Should().Be(2);

        objects.Object(0).Should().BeNull();
        objects.Object(1).Should().BeSameAs(first);
        objects.Object(2).Should().BeSameAs(second);
    }

    [Fact]
    public void SourceTexts_AreNumberedFromOne_EachTextOnce()
    {
        var objects = new CandidateObjects();

        objects.AddSource("").Should().Be(0);
        var bulletin = objects.AddSource("bulletin".AsSpan());
        var report = objects.AddSource("report".AsSpan());

        bulletin.Should().Be(1);
        report.Should().Be(2);
        objects.AddSource("bulletin".AsSpan()).Should().Be(bulletin);
        objects.Source(0).Should().BeNull();
        objects.Source(bulletin).Should().Be("bulletin");
        objects.Source(report).Should().Be("report");
        objects.Source(bulletin).Should().BeSameAs(objects.Source(bulletin));
    }
}
