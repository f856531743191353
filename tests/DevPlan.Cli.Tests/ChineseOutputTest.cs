using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DevPlan.Cli.Tests;

/// <summary>
/// Under <c>--lang zh</c> the tool writes no English words: its diagnostics, format errors, notes and draft
/// findings are worded from the Chinese catalogue. Codes, file names, JSON paths, option names and the
/// values a file holds stay as they are.
/// </summary>
public sealed partial class ChineseOutputTest
{
    [Fact]
    public void APlanWithEveryKindOfMistake_IsDescribedInChinese()
    {
        var plan = JsonNode.Parse(File.ReadAllText(Cli.Plan))!.AsObject();
        var targets = plan["targets"]!.AsArray();
        targets[1]!["zone"] = "west";
        targets[2]!["indicator"] = "cpi";
        targets[3]!.AsObject().Remove("indicator");
        plan["indicators"]![1]!["code"] = plan["indicators"]![0]!["code"]!.GetValue<string>();
        var file = Cli.TempFile("lenient.plan.json", plan.ToJsonString());

        var (exit, output, error) = Cli.Run("validate", file, "--lang", "zh");

        exit.Should().Be(ExitCodes.Invalid);
        output.Should().Contain("lenient.plan.json:").And.Contain("错误 DP0001：缺少成员“indicator”。")
            .And.Contain("错误 DP1001：指标代码应唯一").And.Contain("错误 DP1102：应为地区“jinan-htz”的片区，实际为“west”。");
        EnglishWordsIn(output + error).Should().BeEmpty();
    }

    [Fact]
    public void AMalformedPlan_IsAFormatErrorInChinese_WithItsLineAndByte()
    {
        var text = File.ReadAllText(Cli.Plan).Replace("\"period\": \"2024\"", "\"period\": \"2024-Q5\"", StringComparison.Ordinal);
        var file = Cli.TempFile("bad.plan.json", text);

        var (exit, _, error) = Cli.Run("validate", file, "--lang", "zh");

        exit.Should().Be(ExitCodes.Unreadable);
        error.Should().StartWith("devplan：错误：").And.MatchRegex(@"bad\.plan\.json:\d+（第\d+个字节） \$\.targets\[\d+\]\.period：应为报告期")
            .And.Contain("实际为“2024-Q5”。");
        EnglishWordsIn(error).Should().BeEmpty();
    }

    [Theory]
    [InlineData("bad.csv", "indicator,zone,period,value,unit,growth\ngdp,,2024,abc,10^8 CNY,\ngdp,,2024-Q7,1,10^8 CNY,\n\"gdp,,2024\n")]
    [InlineData("bad.json", "{\"schemaVersion\":1,\"observations\":[{\"indicator\":\"gdp\",\"period\":\"2024\",\"level\":{\"value\":\"x\",\"unit\":\"10^8 CNY\"}},{\"indicator\":\"gdp\"},{\"indicator\":\"gdp\",\"period\":\"2024\",\"growth\":true}]}")]
    [InlineData("truncated.json", "{\"schemaVersion\":1,\"observations\":[")]
    [InlineData("header.csv", "indicator,value\ngdp,1\n")]
    [InlineData("latin1.csv", "indicator,zone,period,value\nBruttoinlandsprodukt \u00e4,,2024,1\n")]
    public void ABadObservationFile_IsDescribedInChinese(string name, string content)
    {
        var file = Cli.TempFile(name, null);
        File.WriteAllBytes(file, name == "latin1.csv" ? System.Text.Encoding.Latin1.GetBytes(content) : System.Text.Encoding.UTF8.GetBytes(content));

        var (exit, output, error) = Cli.Run("validate", Cli.Plan, "--observations", file, "--lang", "zh");

        exit.Should().NotBe(ExitCodes.Success);
        (output + error).Should().Contain(name).And.MatchRegex("错误");
        EnglishWordsIn(output + error, content).Should().BeEmpty();
    }

    [Fact]
    public void AMissingFile_IsNamedAsTyped_InChinese()
    {
        var (exit, _, error) = Cli.Run("validate", Path.Combine("no", "such", "plan.json"), "--lang", "zh");

        exit.Should().Be(ExitCodes.Unreadable);
        error.Should().Be($"devplan：错误：找不到文件夹{Path.Combine("no", "such")}。\n");
        EnglishWordsIn(error).Should().BeEmpty();
    }

    [Fact]
    public void TheLanguageAsked_HoldsForALineThePareserCouldNotPlace()
    {
        var (code, _, error) = Cli.Run("validate", Cli.Plan, "-i", "--lang", "zh");

        code.Should().Be(ExitCodes.Usage);
        error.Should().StartWith("devplan：用法错误：选项--lang出现在应给值的位置");
        EnglishWordsIn(error).Should().BeEmpty();
    }

    [Fact]
    public void AFolderGivenAsAPlan_IsSaidToBeAFolder()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x.json"))!;

        var (code, _, error) = Cli.Run("validate", folder, "--lang", "zh");

        code.Should().Be(ExitCodes.Unreadable);
        error.Should().EndWith("是文件夹，不是文件。\n");
    }

    [Fact]
    public void ADraft_ListsItsFindingsInChinese()
    {
        var text = Cli.TempFile("t.txt", "2024年主要预期目标为：地区生产总值增长6%左右，力争7%；进出口总额突破100亿美元；居民人均可支配收入增长不低于。\n");

        var (_, _, error) = Cli.Run("draft", text, "--id", "x", "--region-code", "r", "--lang", "zh");

        error.Should().Contain("t.txt：未识别的条款：第1行").And.Contain("t.txt：未保留的数值：第1行").And.Contain("实际为100亿美元")
            .And.Contain($"devplan：从{text}起草1个目标、0个结果；3条待核事项。");
        EnglishWordsIn(error).Should().BeEmpty();
    }

    [Fact]
    public void InEnglish_TheSameMistakesKeepTheirEnglishMessages()
    {
        var text = Cli.TempFile("t.txt", "2024年主要预期目标为：居民人均可支配收入增长不低于。\n");

        var (_, _, error) = Cli.Run("draft", text, "--id", "x", "--region-code", "r");

        error.Should().Contain("t.txt: unknown clause: line 1, column ").And.Contain("clause not understood (expected a figure, an aim or a task, but found")
            .And.Contain($"devplan: drafted 0 targets and 0 results from {text}; 2 findings.");
        EnglishWordsIn(error).Should().Contain(["clause", "understood", "drafted"], "the check finds English where there is some");
    }

    /// <summary>
    /// Lower-case English words of three letters or more, outside what a Chinese line keeps as it is: quoted
    /// values, file names and paths, JSON paths, option names (XlsxReadOptions.MaxCellLength), units written
    /// as codes (10^8 CNY) and the indicator codes of the plan.
    /// </summary>
    private static List<string> EnglishWordsIn(string text, string input = "")
    {
        var kept = KeptAsItIs().Replace(text, " ");
        // The codes of the plan and the words of the file read are data, quoted or listed as they are.
        var data = PlanCodes.Value.Concat(EnglishWord().Matches(input).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        return EnglishWord().Matches(kept).Select(m => m.Value).Where(w => !data.Contains(w)).Distinct().ToList();
    }

    private static readonly Lazy<HashSet<string>> PlanCodes = new(() =>
        [.. JsonNode.Parse(File.ReadAllText(Cli.Plan))!.AsObject().Descendants()
            .Where(p => p.Name is "code" or "indicator" or "zone" or "id").SelectMany(p => EnglishWord().Matches(p.Value)).Select(m => m.Value)]);

    [GeneratedRegex("\"[^\"\\n]*\"|“[^”\\n]*”|\\S*[/\\\\]\\S*|\\S+\\.(json|csv|xlsx|parquet|txt)\\b|\\$[^\\s：，]*|(?<![A-Za-z])[A-Za-z]+(\\.[A-Za-z0-9]+)+|[A-Za-z0-9]+(-[A-Za-z0-9]+)+|10\\^\\d+ [A-Z]{3}|--[a-z-]+|devplan")]
    private static partial Regex KeptAsItIs();

    [GeneratedRegex("(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])")]
    private static partial Regex EnglishWord();
}

internal static class JsonWalk
{
    /// <summary>Every member of a JSON tree whose value is a string, with its name.</summary>
    public static IEnumerable<(string Name, string Value)> Descendants(this JsonObject root)
    {
        var stack = new Stack<JsonNode?>([root]);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var (name, value) in o)
                    {
                        if (value is JsonValue v && v.TryGetValue<string>(out var text))
                        {
                            yield return (name, text);
                        }
                        stack.Push(value);
                    }
                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        stack.Push(item);
                    }
                    break;
            }
        }
    }
}
