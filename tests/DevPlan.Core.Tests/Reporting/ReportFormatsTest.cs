using System.Text;
using System.Text.Json;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

public class ReportFormatsTest
{
    private static readonly PlanEvaluation Evaluation = PlanEvaluator.Evaluate(
        SeedFiles.JinanPlan,
        [new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m)) { Status = ObservationStatus.Provisional }],
        new LocalDate(2025, 2, 28));

    private sealed class Stub(string name) : IReportFormat
    {
        public string Name => name;

        public string Description => "a stub";

        public string FileExtension => ".txt";

        public void Write(EvaluationReport report, Stream output) => output.WriteByte((byte)'x');
    }

    private static string Write(string format, Catalogue catalogue, PlanEvaluation? evaluation = null)
    {
        using var buffer = new MemoryStream();
        ReportFormats.Default.Get(format).Write(EvaluationReport.Build(evaluation ?? Evaluation, catalogue), buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Csv_RoundsComputedSharesToOneDecimal_AndJsonKeepsThemExact()
    {
        // GDP grew 7.2% against a target of 7% (the seed's illustrative figure): 7.2 / 7 = 102.857142…%.
        var csv = Write("csv", Catalogue.English).Split('\n');
        var header = csv[0].Split(',');
        var gdp = csv[1].Split(',');
        gdp[Array.IndexOf(header, "completion")].Should().Be("102.9");
        gdp[Array.IndexOf(header, "actual")].Should().Be("7.2", "a published figure is written as published");

        using var json = JsonDocument.Parse(Write("json", Catalogue.English));
        json.RootElement.GetProperty("results")[0].GetProperty("completion").GetDecimal().Should().Be(7.2m / 7m * 100m);
    }

    [Fact]
    public void Csv_ShowsAComputedAverageRate_AsTheSentenceDoes_AndJsonKeepsItExact()
    {
        // R&D expenditure grew 9.9% a year over 2021–2025 (the NBS releases in the seed): an average chained from five rates.
        var evaluation = PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearObservations(), new LocalDate(2026, 3, 31));
        var report = EvaluationReport.Build(evaluation, Catalogue.English);
        var rd = Array.FindIndex(report.Rows.ToArray(), r => r.Result.Target.Id == "t04-rd-expenditure");
        var exact = report.Rows[rd].Result.Assessment.Actual!.Value;
        using var stream = new MemoryStream();
        ReportFormats.Default.Get("csv").Write(report, stream);
        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n');
        var header = lines[0].Split(',');
        var fields = lines[rd + 1].Split(',');

        exact.Scale.Should().BeGreaterThan(10, "the chained average is exact to decimal's precision");
        (fields[Array.IndexOf(header, "actual")], fields[Array.IndexOf(header, "gap")], fields[Array.IndexOf(header, "target")]).Should().Be(("9.9", "2.9", "7"));
        report.Rows[rd].Explanation.Should().Contain("9.9% a year");
    }

    [Fact]
    public void Csv_RoundsAShareHalfAwayFromZero()
    {
        // Illustrative: 6.1355 / 7 = 87.65% exactly, which banker's rounding would make 87.6.
        var evaluation = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, [new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(6.1355m))], new LocalDate(2025, 2, 28));
        var report = EvaluationReport.Build(evaluation, Catalogue.English);
        var completion = ResultRecord.Columns.Single(c => c.Name == "completion");

        completion.ValueOf(report, report.Rows[0]).Should().Be(87.65m);
        completion.ShownTextOf(report, report.Rows[0]).Should().Be("87.7");
        completion.TextOf(report, report.Rows[0]).Should().Be("87.6500", "the exact value, as JSON and Parquet keep it");
        ResultRecord.Columns.Single(c => c.Name == "actual").ShownTextOf(report, report.Rows[0]).Should().Be("6.1355", "a figure as published is not rounded");
        ResultRecord.Columns.Where(c => c.ShownDecimals is not null).Select(c => c.Name)
            .Should().Equal("completion", "usedShare", "elapsedShare", "paceGap", "requiredRate");
    }

    [Theory]
    [InlineData("markdown")]
    [InlineData("html")]
    public void APlanWithoutZones_SaysNothingOfZones_AndAPlanWithZonesDoes(string format)
    {
        var national = PlanEvaluator.Evaluate(SeedFiles.NationalPlan, [], new NodaTime.LocalDate(2024, 3, 1));

        foreach (var catalogue in new[] { Catalogue.Chinese, Catalogue.English })
        {
            var withoutZones = Write(format, catalogue, national);
            withoutZones.Should().NotContain(catalogue["report.contributions"]).And.NotContain(catalogue["report.noContributions"]);
            Write(format, catalogue).Should().Contain(catalogue["report.contributions"]);
        }
    }

    [Fact]
    public void Default_HoldsTheLibrarysFormats() => ReportFormats.Default.Names.Should().Equal("json", "csv", "markdown", "html");

    [Fact]
    public void With_AddsOrReplacesByName_LeavingTheOriginalUnchanged()
    {
        var added = ReportFormats.Default.With(new Stub("table"));
        var replaced = ReportFormats.Default.With(new Stub("JSON"));

        added.Names.Should().Equal("json", "csv", "markdown", "html", "table");
        replaced.Names.Should().Equal("JSON", "csv", "markdown", "html");
        replaced.Get("json").Should().BeOfType<Stub>();
        ReportFormats.Default.Get("json").Should().NotBeOfType<Stub>();
    }

    [Fact]
    public void Get_UnknownName_ListsTheNamesThereAre() =>
        FluentActions.Invoking(() => ReportFormats.Default.Get("xlsx")).Should().Throw<KeyNotFoundException>()
            .WithMessage("Expected one of the report formats json, csv, markdown, html, but found \"xlsx\".");

    [Fact]
    public void EveryFormat_WritesBothLanguages_AndRefusesNulls()
    {
        foreach (var format in ReportFormats.Default)
        {
            foreach (var catalogue in new[] { Catalogue.English, Catalogue.Chinese })
            {
                Write(format.Name, catalogue).Should().NotBeEmpty();
            }
            format.FileExtension.Should().StartWith(".");
            FluentActions.Invoking(() => format.Write(null!, Stream.Null)).Should().Throw<ArgumentNullException>();
            FluentActions.Invoking(() => format.Write(EvaluationReport.Build(Evaluation, Catalogue.English), null!)).Should().Throw<ArgumentNullException>();
        }
    }

    [Fact]
    public void Json_KeepsFiguresUnrounded_AndMarksTheProvisionalVerdict()
    {
        using var json = JsonDocument.Parse(Write("json", Catalogue.Chinese));
        var gdp = json.RootElement.GetProperty("results")[0];

        json.RootElement.GetProperty("language").GetString().Should().Be("zh");
        gdp.GetProperty("actual").GetDecimal().Should().Be(7.2m);
        gdp.GetProperty("gap").GetRawText().Should().Be("0.2");
        gdp.GetProperty("gapUnit").GetString().Should().Be("percentagePoints");
        gdp.GetProperty("provisional").GetBoolean().Should().BeTrue();
        gdp.GetProperty("explanation").GetString().Should().Be("地区生产总值增长7.2%，高于7%的预期目标0.2个百分点，完成年度目标（据初步数或估计数）。");
    }

    [Fact]
    public void Markdown_MarksProvisionalVerdicts_AndListsTargetNotes()
    {
        var markdown = Write("markdown", Catalogue.English);

        markdown.Should().Contain("| 1 | Gross domestic product (GDP) | expected | growth of 7% | 7.2% | +0.2 pp |  | **achieved** † |")
            .And.Contain("Verdicts marked † rest on provisional or estimated figures.")
            .And.Contain("10. Carry out the energy-intensity reduction task");
    }

    [Fact]
    public void Markdown_EscapesWhatTablesAndEmphasisWouldRead()
    {
        var plan = new Plan("p", new LocalizedText("A | B *bold* <b>", "A | B *bold* <b>"), SeedFiles.JinanPlan.Region, 2024);
        var evaluation = PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 1, 1));

        Write("markdown", Catalogue.English, evaluation).Should().StartWith("# A \\| B \\*bold\\* \\<b\\>\n");
    }

    [Fact]
    public void Html_EncodesPlanTexts_AndCarriesTheOtherLanguage()
    {
        var plan = new Plan("p", new LocalizedText("<script>alert(1)</script>", "<script>alert(1)</script>"), SeedFiles.JinanPlan.Region, 2024);
        var evaluation = PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 1, 1));

        var html = Write("html", Catalogue.Chinese, evaluation);

        html.Should().Contain("&lt;script&gt;alert(1)&lt;/script&gt;").And.NotContain("<script>alert");
        html.Should().Contain("<html lang=\"zh-CN\" data-lang=\"zh\">").And.Contain("<main data-language=\"en\" lang=\"en\">");
        html.IndexOf("data-language=\"zh\"", StringComparison.Ordinal).Should().BeLessThan(html.IndexOf("data-language=\"en\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_WithoutActionsOrContributions_HasNoEmptyHeadings()
    {
        var plan = new Plan("p", SeedFiles.JinanPlan.Title, SeedFiles.JinanPlan.Region, 2024);
        var html = Write("html", Catalogue.English, PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 1, 1)));

        html.Should().NotContain("Actions and measures").And.Contain("No zone figures to compute contributions from.");
    }
}
