using System.Text.RegularExpressions;
using DevPlan.Core.Reporting;

namespace DevPlan.Cli.Tests;

/// <summary>
/// Each package brings its own words (the tool its lines, the workbook package its sheet names), embedded
/// beside its code, and the catalogue of each language finds them once the package is loaded.
/// </summary>
public sealed partial class PackageWordsTest
{
    // The packages whose words these tests read, loaded before the catalogue is asked.
    private static readonly Type[] Packages = [typeof(CliApp), typeof(DevPlan.Core.Spreadsheets.XlsxReportFormat), typeof(DevPlan.Core.Parquet.ParquetReportFormat), typeof(DevPlan.Core.Drafting.PlanDrafter)];

    [Fact]
    public void TheToolsAndTheWorkbooksWords_AreFoundInTheirPackages_NotInTheLibrary()
    {
        Packages.Should().NotBeEmpty();
        Catalogue.Chinese["sheet.results"].Should().Be("评价结果");
        Catalogue.English["tool.prefix.error"].Should().Be("devplan: error: ");
        File.ReadAllText(Path.Combine(Repository.Root, "src/DevPlan.Core/Reporting/Catalogue/messages.en.txt")).Should().NotContain("tool.prefix.error")
            .And.NotContain("sheet.results", "the library does not carry a package's words");
    }

    [Fact]
    public void EveryPackagesKeys_AreInBothLanguages_WithTheSamePlaceholders()
    {
        Packages.Should().NotBeEmpty();
        var english = Catalogue.English.Keys.ToHashSet(StringComparer.Ordinal);
        var chinese = Catalogue.Chinese.Keys.Where(k => !k.StartsWith("magnitude.", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        english.Should().Contain("tool.summary").And.Contain("sheet.targets");
        chinese.Should().BeEquivalentTo(english);
        foreach (var key in english)
        {
            Placeholders(Catalogue.Chinese[key]).Should().BeEquivalentTo(Placeholders(Catalogue.English[key]), $"the texts of \"{key}\" take the same values");
        }
    }

    private static IEnumerable<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value);

    [GeneratedRegex("\\{[A-Za-z]+\\}")]
    private static partial Regex Placeholder();
}
