using DevPlan.Core.Reporting;

namespace DevPlan.Cli.Tests;

/// <summary>
/// The help speaks the language asked for: every command, argument and option, and every report format the tool
/// lists, is described from the tool's catalogue, in Chinese under <c>--lang zh</c> as in English by default.
/// </summary>
public class HelpTest
{
    public static TheoryData<string> Commands => ["validate", "show", "evaluate", "schema", "format", "draft"];

    [Fact]
    public void TheRootHelp_InChinese_DescribesEveryCommandInChinese()
    {
        var (code, output, _) = Cli.Run("--help", "--lang", "zh");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain(Catalogue.Chinese["tool.help.root"]).And.Contain("用法:").And.Contain("选项:");
        foreach (var command in Commands)
        {
            output.Should().Contain(Catalogue.Chinese["tool.help." + command]).And.NotContain(Catalogue.English["tool.help." + command]);
        }
        output.Should().Contain("显示帮助和用法").And.NotContain("Show help and usage information", "the parser's own options are worded too");
    }

    [Fact]
    public void TheRootHelp_InEnglish_ByDefault()
    {
        var (code, output, _) = Cli.Run("--help");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain("Usage:").And.Contain(Catalogue.English["tool.help.evaluate"]).And.Contain("Show help and usage information");
        output.Should().NotContain(Catalogue.Chinese["tool.help.evaluate"]);
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheEvaluateHelp_DescribesEveryReportFormat_InTheLanguageAsked(string language)
    {
        var catalogue = Catalogue.For(language);

        var (code, output, _) = Cli.Run("evaluate", "--help", "--lang", language);

        code.Should().Be(ExitCodes.Success);
        foreach (var format in new[] { "table", "json", "csv", "markdown", "html", "xlsx", "parquet" })
        {
            output.Should().Contain(catalogue.Format("tool.help.reportFormat", ("name", format), ("description", catalogue["tool.help.reportFormat." + format])));
        }
        output.Should().Contain(catalogue["tool.help.evaluate.asOf"]);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EachCommandsHelp_InChinese_HasNoEnglishDescriptionOfOurs(string command)
    {
        var (code, output, _) = Cli.Run(command, "--help", "--lang", "zh");

        code.Should().Be(ExitCodes.Success);
        output.Should().Contain(Catalogue.Chinese["tool.help." + command]);
        foreach (var key in Catalogue.English.Keys.Where(k => k.StartsWith("tool.help.", StringComparison.Ordinal) && Catalogue.English[k].Length > 20))
        {
            output.Should().NotContain(Catalogue.English[key], "\"{0}\" is worded in Chinese", key);
        }
    }
}
