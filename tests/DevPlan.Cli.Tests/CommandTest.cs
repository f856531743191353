using System.Text.Json;

namespace DevPlan.Cli.Tests;

public class CommandTest
{
    private static readonly string[] EvaluateSample = ["evaluate", Cli.Plan, "--observations", Cli.Observations, "--as-of", "2025-02-28"];

    [Fact]
    public void Show_PrintsZonesTargetsAndActions()
    {
        var (code, output, _) = Cli.Run("show", Cli.Plan);

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("Jinan High-tech Zone: 2024 development targets and actions").And.Contain("Rainbow Lake Area")
            .And.Contain("t07-foreign-capital").And.Contain("USD 770 million").And.Contain("Actions: 9, measures: 33");
        output.Should().NotContain("\u001b[", "redirected output is plain text");
    }

    [Fact]
    public void Show_InChinese()
    {
        var (code, output, _) = Cli.Run("show", Cli.Plan, "--lang", "zh");

        code.Should().Be(0);
        output.Should().Contain("济南高新区2024年经济社会发展目标与行动").And.Contain("彩虹湖片区").And.Contain("7.7亿美元").And.Contain("行动9项，举措33条").And.Contain("1. 项目招引建设深化行动（举措3条）");
    }

    [Fact]
    public void Show_AFiveYearPlanInChinese_ReadsAsAnOfficeWouldWriteIt()
    {
        var (code, output, _) = Cli.Run("show", Path.Combine(Cli.Seeds, "china-14th-five-year-plan.plan.json"), "--lang", "zh");

        code.Should().Be(0);
        output.Should().Contain("中华人民共和国，规划期2021—2025年，基期2020年，2021年3月11日通过")
            .And.Contain("2020年基数：国内生产总值增长2.3%", "a baseline published as a growth alone has no dash for its level")
            .And.Contain("高于国内生产总值增长", "a target relative to another indicator names it")
            .And.NotContain("gdp增长").And.NotContain("–，").And.NotContain("2021-03-11");
    }

    [Fact]
    public void Validate_SeedHasNoErrorsAndTwoWarnings()
    {
        var (code, output, _) = Cli.Run("validate", Cli.Plan, "--observations", Cli.Observations);

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("warning DP1501")
            .And.EndWith("jinan-high-tech-zone-2024.plan.json: 0 errors, 2 warnings.\njinan-high-tech-zone-2024.observations.sample.csv: 0 errors, 0 warnings.\n");
    }

    [Fact]
    public void Validate_InvalidPlan_ExitsOneListingTheErrors()
    {
        var plan = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan).Replace("\"indicator\": \"retail-sales\"", "\"indicator\": \"retail\""));

        var (code, output, _) = Cli.Run("validate", plan);

        code.Should().Be(ExitCodes.Invalid);
        output.Should().Contain($"{plan}:").And.Contain("$.targets[4].indicator: error DP1101").And.Contain("1 error, 2 warnings.");
    }

    [Fact]
    public void Evaluate_Table_IsPlainWhenRedirected()
    {
        var (code, output, error) = Cli.Run(EvaluateSample);

        code.Should().Be(0);
        output.Should().Contain("t09-new-urban-jobs").And.Contain("54.5% done, 50.0% elapsed (+4.5 pp)").And.Contain("2 exceeded, 4 achieved, 2 on track, 1 not achieved, 1 no data");
        output.Should().NotContain("\u001b[");
        error.Should().Contain("warning DP1501", "warnings go to standard error and do not fail the run");
    }

    [Fact]
    public void Evaluate_Json_IsThePublishedContract()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "json"]);

        code.Should().Be(0);
        using var document = JsonDocument.Parse(output);
        var results = document.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => r.GetProperty("indicator").GetString()).Should().Equal(
            "gdp", "industrial-value-added", "services-value-added", "fixed-asset-investment", "retail-sales", "foreign-trade", "foreign-capital", "budget-revenue", "new-urban-jobs", "energy-intensity");
        results.Select(r => r.GetProperty("status").GetString()).Should().Equal(
            "achieved", "exceeded", "notAchieved", "achieved", "onTrack", "noData", "exceeded", "achieved", "onTrack", "achieved");
        results.Should().OnlyContain(r => r.GetProperty("zone").ValueKind == JsonValueKind.Null && r.GetProperty("period").GetString() == "2024");
        results[0].GetProperty("target").GetDecimal().Should().Be(7m);
        results[0].GetProperty("actual").GetDecimal().Should().Be(7.2m);
        results[0].GetProperty("gap").GetDecimal().Should().Be(0.2m);
        results[5].GetProperty("actual").ValueKind.Should().Be(JsonValueKind.Null);
        results[6].GetProperty("gap").GetDecimal().Should().Be(0.3m);
        results[6].GetProperty("gapUnit").GetString().Should().Be("10^8 USD");
        document.RootElement.GetProperty("contributions")[0].GetProperty("zones")[0].GetProperty("zone").GetString().Should().Be("central");
    }

    [Fact]
    public void Evaluate_Csv_OneRowPerTargetInPlanOrder()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "csv"]);

        code.Should().Be(0);
        var lines = output.TrimEnd('\n').Split('\n');
        lines[0].Should().Be(string.Join(',', DevPlan.Core.Reporting.ResultRecord.Columns.Select(c => c.Name)));
        lines[0].Should().StartWith("plan,asOf,language,targetId,indicator,zone,period,periodStart,periodEnd,kind,qualifier,nature,status,");
        lines.Should().HaveCount(11);
        lines[3].Should().StartWith("jinan-htz-2024,2025-02-28,en,t03-services-value-added,services-value-added,,2024,2024-01-01,2024-12-31,growthRate,exactly,expected,notAchieved,,growth,floor,higherIsBetter,final,false,6.5,6.1,-0.4,percentagePoints,percent,");
    }

    [Fact]
    public void Evaluate_MarkdownInEnglish_NamesTheZoneColumnsAsStatisticsWritesThem()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "markdown", "--lang", "en"]);

        code.Should().Be(0);
        // 贡献率 is a contribution share, 拉动 a contribution to growth in percentage points (NBS English).
        output.Should().Contain("| Zone | Contribution share | Contribution to growth |").And.Contain("| Central District | 61.0% | +2.50 pp |");
    }

    [Fact]
    public void Evaluate_InChinese_WritesItsNotesAsSentences_UnderTheIndicatorsName()
    {
        var table = Cli.Run([.. EvaluateSample, "--lang", "zh"]).Out;
        var markdown = Cli.Run([.. EvaluateSample, "--lang", "zh", "--format", "markdown"]).Out;

        table.Should().Contain("能耗强度（单位地区生产总值能耗）：完成上级下达的能耗强度降低任务；报道未给出具体降幅。").And.NotContain("t10-energy-intensity：");
        markdown.Should().Contain("10. 完成上级下达的能耗强度降低任务；报道未给出具体降幅。");
    }

    [Fact]
    public void Evaluate_Markdown_HasTheSameContentAsTheReport()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "markdown", "--lang", "zh"]);

        code.Should().Be(0);
        output.Should().StartWith("# 济南高新区2024年经济社会发展目标与行动").And.Contain("## 目标完成情况").And.Contain("| 序号 | 指标 | 属性 | 目标 | 实际 | 差距 | 进度 | 评价 |")
            .And.Contain("| 9 | 新增城镇就业 | 预期性 | 1.65万人 | 0.9万人 | -7500人 | 完成54.5%，时间进度50.0%（+4.5个百分点） | **进度正常** |")
            .And.Contain("| 10 | 能耗强度（单位地区生产总值能耗） | 约束性 |").And.Contain("| 3 | 服务业增加值 | 预期性 | 增长6.5% | 6.1% | -0.4个百分点 |  | **未完成** |")
            .And.Contain("## 片区贡献").And.Contain("| 中心区 | 61.0% | +2.50个百分点 |").And.Contain("| 北区 | 0.0% | 0.00个百分点 |").And.Contain("提速建设彩虹湖片区（东区）");
    }

    [Fact]
    public void Evaluate_Html_IsSelfContainedWithAChartPerTargetInBothLanguages()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "html"]);

        code.Should().Be(0);
        output.Should().StartWith("<!DOCTYPE html>").And.Contain("default-src 'none'");
        output.Should().NotContainAny("http://", "https://", "src=\"", "href=\"");
        foreach (var id in new[] { "t01-gdp", "t05-retail-sales", "t09-new-urban-jobs", "t10-energy-intensity" })
        {
            CountOf(output, $"<svg class=\"bullet\" data-target=\"{id}\"").Should().Be(2, $"{id} has a chart in English and in Chinese");
        }
        CountOf(output, "<svg class=\"bullet\"").Should().Be(20);
        output.Should().Contain("class=\"pace\"").And.Contain("data-language=\"zh\"").And.Contain("片区贡献");
    }

    [Fact]
    public void Evaluate_Output_IsWrittenAtomically()
    {
        var path = Cli.TempFile("report.json", "old content");

        var (code, output, error) = Cli.Run([.. EvaluateSample, "--format", "json", "--output", path]);

        code.Should().Be(0);
        output.Should().BeEmpty();
        error.Should().Contain($"Wrote {path}.");
        JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("results").GetArrayLength().Should().Be(10);
        Directory.GetFiles(Path.GetDirectoryName(path)!).Should().Equal(path);
    }

    [Fact]
    public void Schema_PrintsThePlanOrObservationSchema()
    {
        Cli.Run("schema").Out.Should().Contain("\"$id\": \"urn:devplan:schema:plan:1\"");
        Cli.Run("schema", "--kind", "observations").Out.Should().Contain("\"$id\": \"urn:devplan:schema:observations:1\"");
    }

    [Fact]
    public void Format_RewritesACanonicalFileUnchanged()
    {
        var copy = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan));

        Cli.Run("format", copy).ExitCode.Should().Be(0);

        File.ReadAllBytes(copy).Should().Equal(File.ReadAllBytes(Cli.Plan));
    }

    [Fact]
    public void MissingFile_ExitsTwoWithOneLineNamingIt()
    {
        var (code, _, error) = Cli.Run("show", "/no/such/plan.json");

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().Be("devplan: error: cannot find the folder /no/such.\n");
    }

    [Fact]
    public void MalformedPlan_ExitsTwoWithFileLineAndPath()
    {
        var plan = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan).Replace("\"period\": \"2024\"", "\"period\": \"2024-Q5\""));

        var (code, _, error) = Cli.Run("show", plan);

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().StartWith($"devplan: error: {plan}: line 310, byte 25, at $.targets[0].period: Expected a reporting period");
        error.Should().NotContain("   at ", "no stack trace without --verbose");
        error.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void MalformedCsvStructure_ExitsTwo()
    {
        var csv = Cli.TempFile("obs.csv", "indicator,value\ngdp,5\n");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", csv);

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().Contain($"devplan: error: {csv}: line 1, column \"period\": Expected a column \"period\"");
    }

    [Fact]
    public void BadCsvRows_ExitOneWithEachRowsLineAndColumn()
    {
        var csv = Cli.TempFile("obs.csv", "indicator,zone,period,value,unit,growth,status,source,completed\ngdp,,2024-Q9,,,7,,,\ncpi,,2024,,,2,,,\n");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", csv);

        code.Should().Be(ExitCodes.Invalid);
        error.Should().Contain($"{csv}:2, column \"period\": error DP3001").And.Contain($"{csv}:3: error DP2002").And.Contain("nothing was evaluated");
    }

    [Fact]
    public void WideCsv_AFigureUnderABlankOrInvalidPeriodHeader_ExitsOne_NotDroppedWithAWarning()
    {
        var csv = Cli.TempFile("wide.csv", "indicator,measure,,2024,2024-M13\ngdp,growth,7.0,7.2,\ncpi,growth,,2.0,2.1\n");

        var (code, output, _) = Cli.Run("validate", Cli.Plan, "--observations", csv);

        code.Should().Be(ExitCodes.Invalid);
        output.Should().Contain($"{csv}:2, column \"(no header, field 3)\": error DP3001").And.Contain($"{csv}:3, column \"2024-M13\": error DP3001")
            .And.Contain($"{csv}:1, column \"2024-M13\": warning DP3003");
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("evaluate", "plan.json")]
    [InlineData("evaluate", "plan.json", "--observations", "o.csv", "--format", "pdf")]
    [InlineData("frobnicate")]
    [InlineData("show", "plan.json", "--lang", "fr")]
    public void UsageErrors_ExitSixtyFour(params string[] args)
    {
        var (code, _, error) = Cli.Run(args);

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("devplan: usage: ").And.EndWith("Run 'devplan --help' for usage.\n");
    }

    [Fact]
    public void BadAsOfDate_IsAUsageError()
    {
        var (code, _, error) = Cli.Run([.. EvaluateSample[..4], "--as-of", "2025-13-01"]);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--as-of expects a date");
    }

    [Fact]
    public void UnknownObservationExtension_IsAUsageError() =>
        Cli.Run("evaluate", Cli.Plan, "--observations", Cli.TempFile("obs.ods", "x")).ExitCode.Should().Be(ExitCodes.Usage);

    [Fact]
    public void AWorkbookThatIsNotOne_IsUnreadable_WithItsName()
    {
        var result = Cli.Run("evaluate", Cli.Plan, "--observations", Cli.TempFile("obs.xlsx", "x"));

        result.ExitCode.Should().Be(ExitCodes.Unreadable);
        result.Error.Should().Contain("obs.xlsx").And.Contain("Expected an Excel workbook");
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (code, output, _) = Cli.Run("--help");

        code.Should().Be(0);
        output.Should().Contain("validate").And.Contain("show").And.Contain("evaluate").And.Contain("schema");
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    [InlineData("csv")]
    public void Evaluate_InChinese_HasNoAsciiWordOutsideCodes(string format)
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", format, "--lang", "zh"]);

        code.Should().Be(0);
        // The CSV's header and codes are the contract; its explanations are Chinese.
        var text = format == "csv" ? string.Join('\n', output.Split('\n').Skip(1).Select(l => l[(l.LastIndexOf(',') + 1)..])) : output;
        var withoutCodes = System.Text.RegularExpressions.Regex.Replace(text, @"\bt\d\d-[a-z-]+\b", "");
        withoutCodes.Should().NotMatchRegex("[A-Za-z]{2,}", "Chinese output has no ASCII word, codes and ids aside").And.NotContain(" pp");
    }

    [Fact]
    public void Evaluate_InChinese_WritesTheSentencesOfAStatisticalRelease()
    {
        var (code, output, _) = Cli.Run([.. EvaluateSample, "--format", "json", "--lang", "zh"]);

        code.Should().Be(0);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var explanations = json.RootElement.GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("targetId").GetString()!, r => r.GetProperty("explanation").GetString());
        explanations["t01-gdp"].Should().Be("地区生产总值增长7.2%，高于7%的预期目标0.2个百分点，完成年度目标。");
        explanations["t03-services-value-added"].Should().Be("服务业增加值增长6.1%，低于6.5%的预期目标0.4个百分点，未完成年度目标。");
        explanations["t07-foreign-capital"].Should().Be("实际使用外资8.0亿美元，超过7.7亿美元的预期目标3000万美元，超额完成年度目标。");
        explanations["t09-new-urban-jobs"].Should().Be("2024年1—6月，新增城镇就业0.9万人，完成年度目标的54.5%，快于序时进度4.5个百分点，进度正常。");
    }

    [Fact]
    public void Show_APlanWithoutZonesOrActions_PrintsNoEmptySection()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Cli.Plan))!.AsObject();
        json["region"]!.AsObject().Remove("zones");
        json.Remove("actions");
        json.Remove("agreements");
        foreach (var section in new[] { "baselines", "targets" })
        {
            foreach (var element in json[section]!.AsArray())
            {
                element!.AsObject().Remove("zone");
            }
        }
        var plan = Cli.TempFile("plan.json", json.ToJsonString());

        var (code, output, _) = Cli.Run("show", plan, "--lang", "zh");
        var (_, markdown, _) = Cli.Run("evaluate", plan, "--observations", Cli.Observations.Replace("sample.csv", "sample.csv", StringComparison.Ordinal), "--format", "markdown");

        code.Should().Be(0);
        output.Should().NotContain("片区").And.NotContain("举措");
        markdown.Should().NotContain("## Actions and measures");
    }

    [Fact]
    public void Readme_ShowsTheSeedInBothLanguages_AsTheToolWritesIt()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var rows = readme.SkipWhile(l => l != "| Target | 中文 | English |").Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        string Explanations(string language)
        {
            var (_, output, _) = Cli.Run([.. EvaluateSample, "--format", "json", "--lang", language]);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            return string.Join('\n', json.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("explanation").GetString()));
        }

        rows.Should().HaveCount(10);
        string.Join('\n', rows.Select(r => r.Split(" | ")[1])).Should().Be(Explanations("zh"));
        string.Join('\n', rows.Select(r => r.Split(" | ")[2].TrimEnd(' ', '|'))).Should().Be(Explanations("en"));
    }

    private static string RepositoryRoot() => Repository.Root;

    private static string Seed(string name) => Path.Combine(Cli.Seeds, name);

    [Fact]
    public void Evaluate_AFiveYearPlanAndItsAnnualPlan_GivesOneReportAcrossYears()
    {
        var (code, output, error) = Cli.Run("evaluate", Seed("china-2023-annual-plan.plan.json"), Seed("china-14th-five-year-plan.plan.json"),
            "--observations", Seed("china-14th-five-year-plan.observations.csv"), Seed("china-2023-annual-plan.observations.csv"),
            "--as-of", "2024-03-31", "--format", "json");

        code.Should().Be(ExitCodes.Success, error);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        json.RootElement.EnumerateArray().Select(r => r.GetProperty("plan").GetString()).Should().Equal("china-14th-fyp", "china-2023-annual");
        var energy = json.RootElement[0].GetProperty("results").EnumerateArray().Single(r => r.GetProperty("targetId").GetString() == "t14-energy-intensity");
        energy.GetProperty("status").GetString().Should().Be("behind");
        energy.GetProperty("requiredRate").GetDecimal().Should().BeApproximately(-5.90m, 0.01m);
        energy.GetProperty("yearsObserved").GetInt32().Should().Be(3);
    }

    [Fact]
    public void Evaluate_AFolderOfPlans_ReadsEveryPlanInIt()
    {
        var folder = Directory.CreateTempSubdirectory("devplan-plans-").FullName;
        foreach (var name in new[] { "china-14th-five-year-plan.plan.json", "china-2023-annual-plan.plan.json" })
        {
            File.Copy(Seed(name), Path.Combine(folder, name));
        }

        var (code, output, _) = Cli.Run("evaluate", folder, "--observations", Seed("china-14th-five-year-plan.observations.csv"),
            Seed("china-2023-annual-plan.observations.csv"), "--as-of", "2024-03-31", "--format", "markdown", "--lang", "zh");
        var (csvCode, _, csvError) = Cli.Run("evaluate", folder, "--observations", Seed("china-14th-five-year-plan.observations.csv"), "--format", "csv");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("# 中华人民共和国国民经济和社会发展第十四个五年规划主要指标").And.Contain("# 2023年国民经济和社会发展主要预期目标");
        csvCode.Should().Be(ExitCodes.Usage);
        csvError.Should().Contain("--format csv takes one plan");
    }

    [Fact]
    public void Evaluate_ObservationsNoTargetUses_AreNotedWithTheReason()
    {
        var observations = Cli.TempFile("o.csv", "indicator,period,value,unit,growth\ngdp,2024,,,7.2\ncpi,2024,,,0.2\n");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", observations, "--as-of", "2025-02-28");

        code.Should().Be(ExitCodes.Invalid, "an indicator the plan does not declare is an error of the data");
        var (_, _, noted) = Cli.Run("evaluate", Cli.Plan, "--observations", Cli.TempFile("p.csv", "indicator,period,value,unit,growth\ngdp,2021,,,8.4\ngdp,2024,,,7.2\n"), "--as-of", "2025-02-28");
        noted.Should().Contain("devplan: note: 1 observation was not used: 1 outside the targets' periods (e.g. gdp 2021).");
    }

    [Fact]
    public void Evaluate_Html_DrawsATimeSeriesForEachMultiYearTarget()
    {
        var (code, output, _) = Cli.Run("evaluate", Seed("china-14th-five-year-plan.plan.json"), "--observations", Seed("china-14th-five-year-plan.observations.csv"),
            "--as-of", "2023-12-31", "--format", "html");

        code.Should().Be(ExitCodes.Success);
        CountOf(output, "<svg class=\"series\" data-target=\"t14-energy-intensity\"").Should().Be(2, "one in each language");
        CountOf(output, "<svg class=\"series\"").Should().Be(2 * 19, "every target but the qualitative one has a series");
        output.Should().Contain("class=\"projection\"").And.Contain("class=\"goal\"");
    }

    [Fact]
    public void Readme_ShowsTheMidCourseReviewAsTheToolWritesIt()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        var rows = readme.SkipWhile(l => l != "| Five-year target | 中文 | English |").Skip(2).TakeWhile(l => l.StartsWith('|')).ToList();
        Dictionary<string, string> Explanations(string language)
        {
            string[] plans = [Seed("china-14th-five-year-plan.plan.json"), .. new[] { 2021, 2022, 2023, 2024, 2025 }.Select(y => Seed($"china-{y}-annual-plan.plan.json"))];
            var (_, output, _) = Cli.Run(["evaluate", .. plans, "--observations", Seed("china-14th-five-year-plan.observations.csv"),
                "--as-of", "2024-09-30", "--format", "json", "--lang", language]);
            using var json = System.Text.Json.JsonDocument.Parse(output);
            return json.RootElement[0].GetProperty("results").EnumerateArray().ToDictionary(r => r.GetProperty("targetId").GetString()!, r => r.GetProperty("explanation").GetString()!);
        }
        var zh = Explanations("zh").Values.ToHashSet();
        var en = Explanations("en").Values.ToHashSet();

        rows.Should().HaveCount(5);
        foreach (var row in rows)
        {
            var cells = row.Split(" | ");
            zh.Should().Contain(cells[1]);
            en.Should().Contain(cells[2].TrimEnd(' ', '|'));
        }
    }
}
