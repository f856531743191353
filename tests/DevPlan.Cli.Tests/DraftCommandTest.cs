using System.Text;
using DevPlan.Core;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Cli.Tests;

/// <summary><c>devplan draft</c>: a plan from its published text, findings on standard error, and the exit codes.</summary>
public class DraftCommandTest
{
    /// <summary>The target paragraph of the seed report (济南高新区2024年工作动员大会, 2024-02-23), quoted.</summary>
    private const string JinanTargets =
        "2024年经济社会发展主要预期目标为:地区生产总值增长7%,规模以上工业增加值增长12%,服务业增加值增长6.5%,固定资产投资增长4%,社会消费品零售总额增长7%,进出口总额增长6%,实际使用外资7.7亿美元,一般公共预算收入增长7.5%。新增城镇就业1.65万人,完成能耗强度降低任务。";

    private static readonly string[] Jinan = ["--id", "jinan-htz-2024", "--region-code", "jinan-htz", "--region-name", "济南高新区"];

    [Fact]
    public void TheSeedReportsTargetParagraph_PrintsAPlanThatValidates_WithTheSeedPlansTargets()
    {
        var text = Cli.TempFile("jinan.txt", JinanTargets);

        var (code, output, error) = Cli.Run(["draft", text, .. Jinan]);

        code.Should().Be(ExitCodes.Success, error);
        error.Should().Contain("drafted 10 targets and 0 results").And.Contain("0 findings");
        var plan = PlanJson.Parse(output);
        PlanValidator.Validate(plan).Errors.Should().BeEmpty();
        var seed = PlanJson.ReadFile(Cli.Plan);
        plan.Targets.Select(Key).Should().Equal(seed.Targets.Select(Key));
    }

    private static string Key(Target t) => $"{t.Id} {t.Indicator} {t.Period} {t.Kind} {t.Qualifier} {t.Figure} {t.Stretch} {t.Nature} {t.RelativeTo}";

    [Fact]
    public void AnUnknownClause_IsAFindingQuotingIt_WithTheExitCodeOfADraftWithFindings_AndNothingInvented()
    {
        var text = Cli.TempFile("report.txt", "2024年主要预期目标为:地区生产总值增长7%左右;重点控制化石能源消费;城镇新增就业1.65万人以上。");

        var (code, output, error) = Cli.Run(["draft", text, .. Jinan]);

        code.Should().Be(ExitCodes.DraftWithFindings).And.Be(3);
        error.Should().Contain($"{text}: unknown clause: line 1, column ").And.Contain("\"重点控制化石能源消费\"").And.Contain("1 finding.");
        PlanJson.Parse(output).Targets.Select(t => t.Indicator).Should().Equal("gdp", "new-urban-jobs");
    }

    [Fact]
    public void StandardInput_AndAnOutputFile_AndObservations()
    {
        var output = Cli.TempFile("draft.plan.json");
        var observations = Cli.TempFile("draft.observations.json");
        var input = Encoding.UTF8.GetBytes("2024年主要预期目标为:地区生产总值增长7%。去年全区地区生产总值达到1767.3亿元,同比增长7.3%。");

        var (code, stdout, error) = Cli.RunWithInput(input, ["draft", "-", .. Jinan, "--output", output, "--observations-output", observations, "--source", "新闻报道"]);

        code.Should().Be(ExitCodes.Success, error);
        stdout.Should().BeEmpty();
        error.Should().Contain("from stdin");
        var plan = PlanJson.ReadFile(output);
        plan.Baselines.Single().Level!.Value.Value.Should().Be(1767.3m);
        var drafted = ObservationJson.ReadFile(observations).Observations.Single();
        (drafted.Indicator, drafted.Period.ToString(), drafted.Growth!.Value.Value, drafted.Source).Should().Be(("gdp", "2023", 7.3m, "新闻报道: 去年全区地区生产总值达到1767.3亿元"));
    }

    /// <summary>The 2023 work report's targets (新华社, 2023-03-05), quoted; the national seed encodes five of them.</summary>
    [Fact]
    public void TheNationalAnnualPlansParagraph_PrintsAPlanWithTheSeedsTargets_AndFindingsForWhatItLeavesOut()
    {
        var text = Cli.TempFile("national.txt",
            "今年发展主要预期目标是:国内生产总值增长5%左右;城镇新增就业1200万人左右,城镇调查失业率5.5%左右;居民消费价格涨幅3%左右;居民收入增长与经济增长基本同步;进出口促稳提质,国际收支基本平衡;粮食产量保持在1.3万亿斤以上;单位国内生产总值能耗和主要污染物排放量继续下降,重点控制化石能源消费,生态环境质量稳定改善。");

        var (code, output, error) = Cli.Run("draft", text, "--year", "2023", "--id", "china-2023-annual", "--region-code", "cn", "--region-name", "全国");

        code.Should().Be(ExitCodes.DraftWithFindings);
        error.Should().Contain("\"国际收支基本平衡\"").And.Contain("\"重点控制化石能源消费\"").And.Contain("2 findings");
        var plan = PlanJson.Parse(output);
        PlanValidator.Validate(plan).Errors.Should().BeEmpty();
        var seed = PlanJson.ReadFile(Path.Combine(Cli.Seeds, "china-2023-annual-plan.plan.json"));
        foreach (var target in seed.Targets)
        {
            plan.Targets.Select(Shape).Should().Contain(Shape(target));
        }
    }

    private static string Shape(Target t) => $"{t.Indicator} {t.Period} {t.Kind} {t.Qualifier} {t.Figure} {t.Stretch} {t.Nature} {t.RelativeTo}";

    [Fact]
    public void AFiveYearPlan_TakesItsSpan()
    {
        var text = Cli.TempFile("outline.txt", "森林覆盖率达到24.1%,单位国内生产总值能耗和二氧化碳排放分别降低13.5%、18%。");

        var (code, output, _) = Cli.Run("draft", text, "--horizon", "2021/2025", "--id", "fyp", "--region-code", "cn", "--region-name", "全国");

        code.Should().Be(ExitCodes.Success);
        var plan = PlanJson.Parse(output);
        plan.Horizon.ToString().Should().Be("2021/2025");
        plan.Targets.Select(t => t.Indicator).Should().Equal("forest-coverage", "energy-intensity", "carbon-intensity");
    }

    [Fact]
    public void ResultsMode_DraftsResults()
    {
        var text = Cli.TempFile("review.txt", "国内生产总值达到67.7万亿元,增长6.9%。");

        var (code, output, error) = Cli.Run(["draft", text, "--mode", "results", "--year", "2016", .. Jinan]);

        code.Should().Be(ExitCodes.Success, error);
        PlanJson.Parse(output).Baselines.Single().Growth!.Value.Value.Should().Be(6.9m);
    }

    [Fact]
    public void WithoutAYear_ThereIsNoPlan_AndAFindingSaysWhy()
    {
        var text = Cli.TempFile("noyear.txt", "地区生产总值增长7%");

        var (code, output, error) = Cli.Run("draft", text);

        code.Should().Be(ExitCodes.DraftWithFindings);
        output.Should().BeEmpty();
        error.Should().Contain("--year").And.Contain("no plan was written");
    }

    [Fact]
    public void ADraftWithValidationErrors_IsWritten_AndExitsInvalid()
    {
        var text = Cli.TempFile("bad.txt", "2024年主要预期目标为:单位地区生产总值能耗下降150%");

        var (code, output, error) = Cli.Run(["draft", text, .. Jinan]);

        code.Should().Be(ExitCodes.Invalid);
        error.Should().Contain("DP1402");
        PlanJson.Parse(output).Targets.Should().ContainSingle();
    }

    [Fact]
    public void TextThatIsNotUtf8_IsUnreadable()
    {
        var text = Cli.TempFile("latin1.txt");
        File.WriteAllBytes(text, [0xB5, 0xD8, 0xC7, 0xF8]);

        var (code, _, error) = Cli.Run("draft", text, "--year", "2024");

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().Contain("byte 0").And.Contain("not UTF-8");
    }

    [Fact]
    public void AMissingFile_IsUnreadable() => Cli.Run("draft", Path.Combine(Path.GetTempPath(), "no-such-draft.txt")).ExitCode.Should().Be(ExitCodes.Unreadable);

    [Fact]
    public void ATextOverTheLimit_IsUnreadable_NamingTheOption()
    {
        var text = Cli.TempFile("long.txt", new string('增', 100));

        var (code, _, error) = Cli.Run("draft", text, "--year", "2024", "--max-bytes", "10");

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().Contain("--max-bytes");
    }

    [Theory]
    [InlineData("--horizon", "2021-2025")]
    [InlineData("--id", "not a code")]
    [InlineData("--year", "0")]
    [InlineData("--mode", "maybe")]
    public void AWrongOption_IsAUsageError(string option, string value)
    {
        var text = Cli.TempFile("x.txt", "地区生产总值增长7%");

        Cli.Run("draft", text, option, value).ExitCode.Should().Be(ExitCodes.Usage);
    }

    [Fact]
    public void StandardInput_WithoutOne_IsAUsageError() => Cli.Run("draft", "-", "--year", "2024").ExitCode.Should().Be(ExitCodes.Usage);

    [Fact]
    public void AnOutputThatIsADirectory_IsAUsageError() =>
        Cli.Run("draft", Cli.TempFile("y.txt", "地区生产总值增长7%"), "--year", "2024", "--output", Path.GetTempPath()).ExitCode.Should().Be(ExitCodes.Usage);

    [Fact]
    public void AsAProcess_TheDraftIsPrinted() =>
        Cli.RunProcess("draft", Cli.TempFile("p.txt", JinanTargets), "--id", "p", "--region-code", "r", "--region-name", "济南高新区").Should().Match<(int Code, string Out, string Error)>(r => r.Code == 0 && r.Out.Contains("\"t10-energy-intensity\""));
}
