using System.Globalization;
using System.Text;
using DevPlan.Core.Validation;

namespace DevPlan.Cli.Tests;

/// <summary>
/// The tool checks a file of any size the same way: a file with more rows than the checker holds in
/// memory (its runs spill to disk) gets the checks across rows a five-row file gets; there is no size
/// above which they are skipped.
/// </summary>
public class OnePipelineTest
{
    /// <summary>A figure repeated at both ends of a file, and a zone above its region, with filler rows between.</summary>
    private static string File(int fillerRows)
    {
        var text = new StringBuilder("indicator,zone,period,value,unit,growth\n");
        text.Append("retail-sales,central,2024,10,10^8 CNY,\n");
        text.Append("budget-revenue,,2024,100,10^8 CNY,\n");
        for (var i = 0; i < fillerRows; i++)
        {
            // Distinct zones and months of years far from the plan's: fine rows, every one kept for the checks across rows.
            var zone = (i % 3) switch { 0 => "central", 1 => "east", _ => "north" };
            text.Append(CultureInfo.InvariantCulture, $"fixed-asset-investment,{zone},{1000 + i / 36}-M{i / 3 % 12 + 1:00},1,10^8 CNY,\n");
        }
        text.Append("budget-revenue,north,2024,120,10^8 CNY,\n");
        text.Append("retail-sales,central,2024,11,10^8 CNY,\n");
        return text.ToString();
    }

    [Theory]
    [InlineData(10)]
    [InlineData(ObservationChecker.DefaultRowsInMemory + 10)]
    public void Validate_FindsTheSameProblems_InASmallFileAndInOneThatSpills(int fillerRows)
    {
        var csv = Cli.TempFile("figures.csv", File(fillerRows));
        var last = fillerRows + 5;

        var (code, output, _) = Cli.Run("validate", Cli.Plan, "--observations", csv);

        code.Should().Be(ExitCodes.Invalid);
        output.Should().Contain(string.Create(CultureInfo.InvariantCulture,
                $"figures.csv:{last}: warning DP2001: Expected one figure of \"retail-sales\" for central in 2024, but line 2 of figures.csv gives one too; the last given is used."))
            .And.Contain(string.Create(CultureInfo.InvariantCulture,
                $"figures.csv:{last - 1}: error DP1601: Expected zone \"north\" to be at most the region's CNY 10 billion for \"budget-revenue\" in 2024, but it is CNY 12 billion."))
            .And.Contain("figures.csv:3: warning DP1602: Expected the zones of \"budget-revenue\" in 2024 to add up to at most the region's CNY 10 billion, but they add up to CNY 12 billion.")
            .And.Contain("figures.csv: 1 error, 2 warnings.");
    }

    [Fact]
    public void Evaluate_AFileWithAColumnItDoesNotKnow_WarnsOfIt_AndEvaluates()
    {
        var csv = Cli.TempFile("figures.csv", "indicator,zone,period,value,unit,growth,remarks\ngdp,,2024,,,7.2,checked\n");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", csv, "--as-of", "2025-02-28", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        error.Should().Contain("warning DP3003").And.Contain("\"remarks\"");
    }

    [Fact]
    public void Evaluate_SeveralFilesWithAColumnTheyDoNotKnow_WarnsOfIt_AndEvaluates()
    {
        var first = Cli.TempFile("a.csv", "indicator,zone,period,value,unit,growth,remarks\ngdp,,2024,,,7.2,checked\n");
        var second = Cli.TempFile("b.csv", "indicator,zone,period,value,unit,growth,remarks\nretail-sales,,2024,,,7.0,checked\n");

        var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", first, second, "--as-of", "2025-02-28", "--format", "json");

        code.Should().Be(ExitCodes.Success);
        error.Should().Contain("a.csv:1").And.Contain("b.csv:1");
    }

    [Fact]
    public void Validate_InChinese_WordsTheObservationChecksInChinese()
    {
        var csv = Cli.TempFile("figures.csv", "indicator,zone,period,value,unit,growth\nretail-sales,central,2024,10,10^8 CNY,\nbudget-revenue,,2024,100,10^8 CNY,\n"
            + "budget-revenue,north,2024,120,10^8 CNY,\nretail-sales,central,2024,11,10^8 CNY,\nsteel,,2024,1,10^8 CNY,\nretail-sales,nowhere,2024,1,10^4 person,\n"
            + "retail-sales,,2023,100,10^8 CNY,\nretail-sales,,2024,110,10^8 CNY,15\n");

        var (_, output, _) = Cli.Run("validate", Cli.Plan, "--observations", csv, "--lang", "zh");

        output.Should().Contain("figures.csv:5：警告 DP2001：“retail-sales”（central）2024年应只有一个数据，figures.csv第2行也给出了一个；采用最后给出的数据。")
            .And.Contain("figures.csv:4：错误 DP1601：片区“north”的“budget-revenue”2024年为120亿元，超过全区的100亿元。")
            .And.Contain("figures.csv:3：警告 DP1602：各片区“budget-revenue”2024年合计120亿元，超过全区的100亿元。")
            .And.Contain("figures.csv:9：警告 DP2005：“retail-sales”2024年公布的增速15%与水平值不符：由110亿元和上年同期100亿元计算的增速为10.00%。（请核对水平值和增速；统计口径（可比口径）不同也会造成差异）")
            .And.Contain("figures.csv:7：错误 DP2004：“retail-sales”的水平值应以亿元或其他量级计，实际为万人。")
            .And.Contain("figures.csv:7：错误 DP2003：应为地区“jinan-htz”的片区，实际为“nowhere”。")
            .And.Contain("figures.csv:6：错误 DP2002：应为规划“jinan-htz-2024”的指标，实际为“steel”。");
    }
}
