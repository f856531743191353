namespace DevPlan.Cli.Tests;

/// <summary>A mistyped command or option is a usage error with the nearest name; nothing is taken for a file.</summary>
public class UsageTest
{
    [Theory]
    [InlineData(new[] { "evalute" }, "unknown command \"evalute\"; did you mean \"evaluate\"?")]
    [InlineData(new[] { "valdiate" }, "unknown command \"valdiate\"; did you mean \"validate\"?")]
    [InlineData(new[] { "frobnicate" }, "unknown command \"frobnicate\".")]
    public void UnknownCommand_SuggestsTheNearest(string[] args, string expected)
    {
        var (code, output, error) = Cli.Run(args);

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().Be($"devplan: usage: {expected}\nRun 'devplan --help' for usage.\n", "the parser's own line about the same word is left out");
    }

    [Fact]
    public void MistypedOption_AfterObservations_IsNotAFileName()
    {
        // --observations takes several files: the parser would take --ouput as one more.
        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--ouput", "x.json");

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("devplan: usage: unknown option \"--ouput\"; did you mean \"--output\"?\n").And.NotContain("x.json");
    }

    [Fact]
    public void MistypedOption_BeforeObservations_IsNotAPlanPath()
    {
        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--as-at", "2025-02-28", "-i", Cli.Observations);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("unknown option \"--as-at\"; did you mean \"--as-of\"?").And.NotContain("Could not find file");
    }

    [Fact]
    public void AnOptionsPrefix_SuggestsTheOption()
    {
        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--obs", Cli.Observations);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("unknown option \"--obs\"; did you mean \"--observations\"?");
    }

    [Fact]
    public void UsageErrors_InChinese()
    {
        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--ouput", "x.json", "--lang", "zh");

        code.Should().Be(ExitCodes.Usage);
        error.Should().Be("devplan：用法错误：未知选项“--ouput”，是否要用“--output”？\n用法见“devplan --help”。\n");
    }

    [Fact]
    public void TheToolsOwnLines_InChinese_HaveNoEnglishWords_AndNameFilesAsTyped()
    {
        var output = Path.Combine(Path.GetRelativePath(Environment.CurrentDirectory, Path.GetDirectoryName(Cli.TempFile("x"))!), "报告.md");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "-o", output, "--lang", "zh");
        var (_, validated, _) = Cli.Run("validate", Cli.Plan, "-i", Cli.Observations, "--lang", "zh");

        code.Should().Be(ExitCodes.Success);
        error.Should().Contain("devplan：提示：未指定--as-of，评价日期取今天（2025年2月28日）。").And.EndWith($"已写入{output}。\n", "the file is named as the user typed it, not as an absolute path");
        validated.Should().EndWith("jinan-high-tech-zone-2024.plan.json：0个错误，2个警告。\njinan-high-tech-zone-2024.observations.sample.csv：0个错误，0个警告。\n");
    }

    [Fact]
    public void UnusedFigures_AreNotedInChinese()
    {
        var csv = Cli.TempFile("figures.csv", File.ReadAllText(Cli.Observations) + "gdp,,2021,,,8.1,A,,\n");

        var (_, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", csv, "--as-of", "2025-02-28", "--lang", "zh");

        error.Should().Contain("devplan：提示：1条观测数据未被使用：1条不在目标时期内（如“gdp”2021年）。");
    }

    [Fact]
    public void StandardInputDash_IsAValue()
    {
        var (code, output, _) = Cli.RunWithInput(File.ReadAllBytes(Cli.Observations), "evaluate", Cli.Plan, "-i", "-", "--as-of", "2025-02-28", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        output.Should().StartWith("{");
    }

    [Fact]
    public void FormatAgainstExtension_IsAUsageError()
    {
        var output = Cli.TempFile("r.csv");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--as-of", "2025-02-28", "--format", "xlsx", "-o", output);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("--format xlsx writes .xlsx files, but --output names \"r.csv\", a csv file");
        File.Exists(output).Should().BeFalse("nothing is written");
    }

    [Theory]
    [InlineData("report.xlsx", "PK")]
    [InlineData("report.json", "{")]
    [InlineData("report.csv", "plan,asOf,language,")]
    [InlineData("report.txt", "Jinan")]
    public void WithoutFormat_TheExtensionNamesIt(string name, string start)
    {
        var output = Cli.TempFile(name);

        var (code, _, _) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--as-of", "2025-02-28", "-o", output);

        code.Should().Be(ExitCodes.Success);
        System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(output)).TrimStart('\uFEFF').Should().StartWith(start);
    }

    [Fact]
    public void WithoutAsOf_TheToolSaysItIsToday()
    {
        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations);

        code.Should().Be(ExitCodes.Success);
        error.Should().StartWith("devplan: note: --as-of was not given: evaluated as of today, 28 February 2025.\n");
    }

    [Theory]
    [InlineData("--ouput", "--output", 1)]
    [InlineData("evalute", "evaluate", 1)]
    [InlineData("--as-at", "--as-of", 2)]
    [InlineData("--fromat", "--format", 1)]
    [InlineData("abc", "abc", 0)]
    [InlineData("", "abc", 3)]
    public void Distance_CountsEditsAndSwaps(string a, string b, int expected) =>
        UsageCheck.Distance(a, b).Should().Be(expected);

    [Theory]
    [InlineData("--lnag", "--lang")]
    [InlineData("--lagn", "--lang")]
    [InlineData("--lxyz", null)]
    [InlineData("--verbsoe", "--verbose")]
    [InlineData("--xxxxxxx", null)]
    public void Nearest_AllowsOneEditForShortNamesAndTwoForLonger(string word, string? expected) =>
        UsageCheck.Nearest(word, ["--lang", "--verbose", "--output"]).Should().Be(expected);

    [Theory]
    [InlineData("-", false)]
    [InlineData("--", false)]
    [InlineData("-1", false)]
    [InlineData("--5", false)]
    [InlineData("-i", true)]
    [InlineData("--output", true)]
    [InlineData("plan.json", false)]
    public void LooksLikeOption_IsADashOrTwoAndALetter(string token, bool expected) =>
        UsageCheck.LooksLikeOption(token).Should().Be(expected);

    [Theory]
    [InlineData("en", new[] { "validate" }, "devplan: usage: the command \"validate\" needs its plan.\nRun 'devplan --help' for usage.\n")]
    [InlineData("zh", new[] { "validate" }, "devplan：用法错误：“validate”命令缺少参数plan。\n用法见“devplan --help”。\n")]
    [InlineData("en", new[] { "evaluate", "plan.json" }, "devplan: usage: the command \"evaluate\" needs the option --observations.\nRun 'devplan --help' for usage.\n")]
    [InlineData("zh", new[] { "evaluate", "plan.json" }, "devplan：用法错误：“evaluate”命令缺少选项--observations。\n用法见“devplan --help”。\n")]
    [InlineData("en", new[] { "validate", "a.json", "b.json" }, "devplan: usage: unexpected word \"b.json\".\nRun 'devplan --help' for usage.\n")]
    [InlineData("zh", new[] { "validate", "a.json", "b.json" }, "devplan：用法错误：多余的参数“b.json”。\n用法见“devplan --help”。\n")]
    public void WhatACommandNeeds_OrDoesNotTake_IsSaidInTheToolsWords(string language, string[] args, string expected)
    {
        var (code, output, error) = Cli.Run([.. args, "--lang", language]);

        code.Should().Be(ExitCodes.Usage);
        output.Should().BeEmpty();
        error.Should().Be(expected, "the parser's own line about the same thing is left out");
    }

    [Fact]
    public void Help_NeedsNothingElse()
    {
        var (code, output, error) = Cli.Run("evaluate", "--help", "--lang", "zh");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("--observations");
        error.Should().BeEmpty();
    }
}
