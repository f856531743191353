using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests;

/// <summary>The "A first look" example of README.md, kept compiling and true.</summary>
public class ReadmeExampleTest
{
    [Fact]
    public void FirstLook_PrintsTheBaselineInBothLanguagesAndEveryTarget()
    {
        Plan plan = PlanJson.ReadFile(SeedFiles.JinanPlanPath);
        var lines = new List<string?>();

        Observation gdp2023 = plan.FindBaseline("gdp")!;
        lines.Add(gdp2023.Level?.ToString("zh", null));
        lines.Add(gdp2023.Level?.ToString("en", null));
        foreach (Target target in plan.Targets)
        {
            Indicator indicator = plan.GetIndicator(target.Indicator);
            lines.Add($"{indicator.Name.Get("en")}: {target.Kind} {target.Qualifier} {target.Value}");
        }

        lines[0].Should().Be("1767.3亿元");
        lines[1].Should().Be("CNY 176.73 billion");
        lines[2].Should().Be("Gross domestic product (GDP): GrowthRate Exactly 7 [percent]");
        lines.Should().HaveCount(12);
    }
}
