using DevPlan.Core.Drafting;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// Clauses that hold several statements joined by 、, and subjects coordinated in one clause
/// (docs/methods.md, "Drafting a plan from its text"). The clauses are illustrative.
/// </summary>
public class CompoundClauseTest
{
    [Fact]
    public void AClauseIsSplit_AtThe顿号BeforeASubject_AfterOnesThatAreNot() =>
        Draw.Targets("固定资产投资、社会消费品零售总额分别增长4%、6%、城镇调查失业率5.5%").Should().Equal(
            "fixed-asset-investment growthRate exactly 4%", "retail-sales growthRate exactly 6%", "unemployment level exactly 5.5%");

    [Fact]
    public void AClauseIsSplit_BeforeARemarkWithoutAFigure() =>
        Draw.Findings("城镇新增就业100、再创历史新高").Should().Equal("城镇新增就业100", "再创历史新高");

    [Fact]
    public void AClauseIsNotSplit_BeforeAFigureWithoutASubject() =>
        Draw.Findings("地区生产总值增长7%、8%多").Should().Equal("地区生产总值增长7%、8%多");

    [Fact]
    public void 城乡_IsTownAndCountry_BeforeAShortName() =>
        Draw.Targets("城乡居民收入增长6%").Should().Equal("urban-disposable-income growthRate exactly 6%", "rural-disposable-income growthRate exactly 6%");

    [Fact]
    public void 城乡_NeedsBothNames() => Draw.Findings("城乡调查失业率5.5%").Should().Equal("城乡调查失业率5.5%");

    [Fact]
    public void AJoinNotFollowedByAName_IsNoCoordination() => Draw.Findings("城镇新增就业人数和稳步提升").Should().Equal("城镇新增就业人数和稳步提升");

    [Fact]
    public void EightSubjects_AreCoordinated_ButNotNine()
    {
        const string eight = "地区生产总值、固定资产投资、社会消费品零售总额、进口、出口、一般公共预算收入、城镇居民人均可支配收入、农村居民人均可支配收入";

        Draw.Targets(eight + "均增长5%").Should().HaveCount(8).And.OnlyContain(t => t.EndsWith(" growthRate exactly 5%", StringComparison.Ordinal));
        Draw.Findings(eight + "、居民消费价格均增长5%").Should().Equal(eight + "、居民消费价格均增长5%");
    }
}
