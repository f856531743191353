using DevPlan.Core.Observations;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
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
        lines.Add(Catalogue.Chinese.Format(gdp2023.Level!.Value));
        lines.Add(Catalogue.English.Format(gdp2023.Level!.Value));
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
            lines.Add($"{result.Target.Id}: {Explanations.Explain(result, Catalogue.English)}");
        }

        lines[0].Should().Be("t01-gdp: Gross domestic product (GDP) grew 6.8% in January–September 2024, 0.2 percentage points below the target of 7%: behind.");
        lines[8].Should().Be("t09-new-urban-jobs: New urban jobs: 9,000 jobs in January–June 2024, 54.5% of the annual target done, 4.5 percentage points ahead of the time elapsed: on track.");
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

    [Fact]
    public void Reports_RowsInChineseAndAnHtmlFile()
    {
        PlanEvaluation evaluation = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, [new("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m))], new LocalDate(2025, 2, 28));
        var lines = new List<string>();

        EvaluationReport report = EvaluationReport.Build(evaluation, Catalogue.Chinese);
        foreach (ReportRow row in report.Rows)
        {
            lines.Add($"{row.Indicator}：{row.Target}，{row.Actual}，{row.Status}");
        }
        using var file = new MemoryStream();
        ReportFormats.Default.Get("html").Write(report, file);

        lines[0].Should().Be("地区生产总值：增长7%，7.2%，完成");
        file.Length.Should().BeGreaterThan(1000);
    }

    private sealed class TabSeparatedReport : IReportFormat
    {
        public string Name => "tsv";

        public string Description => "one line per target, tab-separated";

        public string FileExtension => ".tsv";

        public void Write(EvaluationReport report, Stream output)
        {
            using var writer = new StreamWriter(output, leaveOpen: true);
            foreach (ReportRow row in report.Rows)
            {
                writer.WriteLine($"{row.Result.Target.Id}\t{row.Status}");
            }
        }
    }

    [Fact]
    public void Extending_AReportFormatIsOneClassRegisteredOnce()
    {
        ReportFormats formats = ReportFormats.Default.With(new TabSeparatedReport());
        PlanEvaluation evaluation = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, [], new LocalDate(2025, 2, 28));
        using var output = new MemoryStream();

        formats.Get("tsv").Write(EvaluationReport.Build(evaluation, Catalogue.English), output);

        System.Text.Encoding.UTF8.GetString(output.ToArray()).Should().StartWith("t01-gdp\tno data");
        formats.Names.Should().EndWith("tsv");
    }
}
