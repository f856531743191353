using DevPlan.Cli.Reports;
using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using NodaTime;
using Spectre.Console;

namespace DevPlan.Cli.Tests;

/// <summary>The table fits the page: ids, figures and verdicts are never broken; too narrow a page gets one block per target.</summary>
public class TableWidthTest
{
    private static EvaluationReport Report(Catalogue catalogue)
    {
        var plan = PlanJson.ReadFile(Cli.Plan);
        using var csv = File.OpenRead(Cli.Observations);
        return EvaluationReport.Build(PlanEvaluator.Evaluate(plan, ObservationCsv.Read(csv).ToList(), new LocalDate(2025, 2, 28)), catalogue);
    }

    private static string Render(EvaluationReport report, int width)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(writer) });
        console.Profile.Width = width;
        TableReportFormat.Render(report, console);
        return writer.ToString();
    }

    [Theory]
    [InlineData("en", 200)]
    [InlineData("zh", 120)]
    public void AWidePage_GetsTheTable_WithEveryIdWhole(string language, int width)
    {
        var report = Report(Catalogue.For(language));

        var text = Render(report, width);

        text.Split('\n').Should().OnlyContain(l => TableReportFormat.Columns(l.TrimEnd()) <= width);
        text.Should().Contain("────");
        foreach (var row in report.Rows)
        {
            text.Should().Contain(row.Result.Target.Id, "an id is never broken across lines");
        }
    }

    [Theory]
    [InlineData("en", 80)]
    [InlineData("zh", 80)]
    public void ANarrowPage_GetsOneBlockPerTarget(string language, int width)
    {
        var report = Report(Catalogue.For(language));

        var text = Render(report, width);

        text[..text.IndexOf(report.Summary[..12], StringComparison.Ordinal)].Should().NotContain("────", "the targets are blocks (the zone contributions' small table follows)");
        var gdp = report.Rows[0];
        text.Should().Contain(language == "zh" ? $"目标：{gdp.Target}；实际：{gdp.Actual}" : $"Target: {gdp.Target}; Actual: {gdp.Actual}");
        text.Split('\n').Should().OnlyContain(l => TableReportFormat.Columns(l.TrimEnd()) <= width);
    }

    [Theory]
    [InlineData(null, 120)]
    [InlineData("", 120)]
    [InlineData("100", 100)]
    [InlineData("40", 40)]
    [InlineData("39", 120)]
    [InlineData("1000", 1000)]
    [InlineData("1001", 120)]
    [InlineData("wide", 120)]
    public void ARedirectedTable_TakesColumnsOr120(string? columns, int expected) =>
        Terminal.RedirectedWidth(columns).Should().Be(expected);

    [Theory]
    [InlineData("gdp", 3)]
    [InlineData("地区生产总值", 12)]
    [InlineData("增长7%", 6)]
    [InlineData("（+4.5个百分点）", 16)]
    public void Columns_CountsChineseAsTwo(string text, int expected) => TableReportFormat.Columns(text).Should().Be(expected);
}
