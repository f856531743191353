using DevPlan.Core.Observations;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

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
            lines.Add($"{indicator.Name.Get("en")}: {target.Kind} {target.Qualifier} {target.Figure}");
        }

        lines[0].Should().Be("1767.3亿元");
        lines[1].Should().Be("CNY 176.73 billion");
        lines[2].Should().Be("Gross domestic product (GDP): GrowthRate Exactly 7 [percent]");
        lines.Should().HaveCount(12);
    }

    [Fact]
    public void Tracking_PrintsAStatusAndExplanationPerTarget()
    {
        Plan plan = SeedFiles.JinanPlan;
        var lines = new List<string>();

        Observation[] figures =
        [
            new("gdp", ReportingPeriod.Parse("2024-YTD-M09"), growth: new Percent(6.8m)),
            new("new-urban-jobs", ReportingPeriod.Parse("2024-YTD-M06"), new Quantity(0.9m, Unit.TenThousandPersons)),
        ];
        PlanEvaluation evaluation = PlanEvaluator.Evaluate(plan, figures, new LocalDate(2024, 10, 20));
        foreach (TargetEvaluation result in evaluation.Results)
        {
            lines.Add($"{result.Target.Id}: {result.Assessment.Status} — {result.Assessment.Explain()}");
        }

        lines[0].Should().Be("t01-gdp: Behind — Actual growth 6.80% against a target of 7.00%, -0.20 pp: Behind.");
        lines[8].Should().StartWith("t09-new-urban-jobs: OnTrack — ").And.EndWith("54.5% done with 50.0% of the period elapsed (+4.5 pp): OnTrack.");
        lines.Should().HaveCount(10);
    }

    [Fact]
    public void CheckingData_ReportsDiagnosticsWithFileLineAndPath()
    {
        PlanReadResult loaded = PlanJson.ReadFileLenient(SeedFiles.JinanPlanPath);
        var lines = loaded.Diagnostics.Select(d => d.ToString()).ToList();

        using var csv = File.OpenRead(Path.Combine(Path.GetDirectoryName(SeedFiles.JinanPlanPath)!, "jinan-high-tech-zone-2024.observations.sample.csv"));
        ObservationReadResult read = ObservationCsv.ReadLenient(csv, sourceName: "sample.csv");
        ValidationResult checkedAgainstPlan = PlanValidator.ValidateObservations(loaded.Plan, read);

        lines[0].Should().StartWith(SeedFiles.JinanPlanPath + ":317 $.targets[1]: warning DP1501: Expected a baseline growth or level for \"industrial-value-added\", ")
            .And.EndWith("(add the baseline year's published figure to \"baselines\")");
        read.Observations.Should().HaveCount(16);
        checkedAgainstPlan.Diagnostics.Should().BeEmpty();
    }
}
