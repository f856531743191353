using DevPlan.Core.Drafting;

namespace DevPlan.Drafting.Tests;

/// <summary>The drafting example of README.md, kept compiling and true.</summary>
public class ReadmeExampleTest
{
    [Fact]
    public void TheIssuesExample_IsDraftedAsTheReadmeShows()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "地区生产总值增长7%左右，力争更好；新增城镇就业1.65万人以上；居民收入增长与经济增长基本同步；完成市下达的能耗强度降低任务");
            PlanDraft draft = PlanDrafter.ReadFile(path, new DraftOptions { Year = 2024, PlanId = "jinan-htz-2024", RegionCode = "jinan-htz", RegionName = "济南高新区" });

            draft.Targets.Select(t => $"{t.Target} ← {t.Source}").Should().Equal(
                "t01-gdp: gdp 2024 GrowthRate About 7 [percent] ← line 1, column 1: \"地区生产总值增长7%左右\"",
                "t02-new-urban-jobs: new-urban-jobs 2024 Level AtLeast 1.65 [10^4 person] ← line 1, column 19: \"新增城镇就业1.65万人以上\"",
                "t03-disposable-income: disposable-income 2024 Relative About 0 [percent] ← line 1, column 34: \"居民收入增长与经济增长基本同步\"",
                "t04-energy-intensity: energy-intensity 2024 Completion ← line 1, column 50: \"完成市下达的能耗强度降低任务\"");
            draft.Findings.Should().BeEmpty();
            draft.ToJson().Should().Contain("\"draftSource\"");
        }
        finally
        {
            File.Delete(path);
        }
    }
}
