using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Model;

public class PlanTest
{
    private static Plan NewPlan() => new("p", new LocalizedText("计划", "Plan"), new Region("r", new LocalizedText("区", "Region"))
    {
        Zones = [new Zone("central", ZonePosition.Central, new LocalizedText("中", "Central"))],
    }, 2024)
    {
        Indicators =
        [
            new Indicator("gdp", new LocalizedText("生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow),
            new Indicator("gdp", new LocalizedText("重复", "Duplicate"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow),
        ],
        Targets =
        [
            Target.Growth("t1", "gdp", ReportingPeriod.ForYear(2024), new Percent(7m), TargetQualifier.About),
            Target.Growth("t2", "gdp", ReportingPeriod.ForYear(2024), new Percent(8m), TargetQualifier.AtLeast),
        ],
    };

    [Fact]
    public void BaselineYear_DefaultsToTheYearBefore() => NewPlan().BaselineYear.Should().Be(2023);

    [Fact]
    public void BaselineYear_AfterThePlanYear_Throws()
    {
        var act = () => new Plan("p", new LocalizedText("计划", "Plan"), new Region("r", new LocalizedText("区", "R")), 2024) { BaselineYear = 2025 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("BaselineYear");
    }

    [Fact]
    public void Lookups_ReturnTheFirstElementWithACode()
    {
        var plan = NewPlan();

        plan.FindIndicator("gdp")!.Name.En.Should().Be("GDP");
        plan.FindIndicator("none").Should().BeNull();
        plan.GetZone("central").Position.Should().Be(ZonePosition.Central);
        plan.TargetsFor("gdp").Select(t => t.Id).Should().Equal("t1", "t2");
        plan.TargetsFor("none").Should().BeEmpty();
        plan.GetTarget("t2").Figure.Should().Be(Quantity.Percent(8m));
    }

    [Fact]
    public void GetIndicator_Missing_ThrowsNamingTheCodeAndThePlan()
    {
        var act = () => NewPlan().GetIndicator("cpi");

        act.Should().Throw<KeyNotFoundException>().WithMessage("*\"p\"*indicator \"cpi\"*");
    }

    [Fact]
    public void Collections_DefaultToEmptyAndRejectNullElements()
    {
        var plan = new Plan("p", new LocalizedText("计划", "Plan"), new Region("r", new LocalizedText("区", "R")), 2024);
        plan.Targets.Should().BeEmpty();
        plan.Actions.IsDefault.Should().BeFalse();

        var act = () => new Plan("p", new LocalizedText("计划", "Plan"), new Region("r", new LocalizedText("区", "R")), 2024) { Targets = [null!] };
        act.Should().Throw<ArgumentException>().WithParameterName("Targets").WithMessage("*element 0*");
    }

    [Fact]
    public void ZoneScope_DefaultIsTheWholeRegion()
    {
        default(ZoneScope).Should().Be(ZoneScope.Region);
        ZoneScope.FromCode(null).IsRegion.Should().BeTrue();
        ZoneScope.Zone("east").Should().Be(ZoneScope.FromCode("east"));
        (ZoneScope.Zone("east") != ZoneScope.Region).Should().BeTrue();
    }
}
