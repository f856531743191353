using System.Reflection;
using System.Text.RegularExpressions;

namespace DevPlan.Cli.Tests;

/// <summary>The README's figures about the public API are the ones the PublicAPI files and the assemblies give.</summary>
public partial class ReadmeFiguresTest
{
    public static TheoryData<string, string> Packages() => new()
    {
        { "DevPlan.Core", typeof(DevPlan.Core.Plan).Assembly.GetName().Name! },
        { "DevPlan.Core.Values", typeof(DevPlan.Core.Units.Quantity).Assembly.GetName().Name! },
        { "DevPlan.Core.Reporting", typeof(DevPlan.Core.Reporting.EvaluationReport).Assembly.GetName().Name! },
        { "DevPlan.Core.Spreadsheets", typeof(DevPlan.Core.Spreadsheets.XlsxReportFormat).Assembly.GetName().Name! },
        { "DevPlan.Core.Parquet", typeof(DevPlan.Core.Parquet.ParquetReportFormat).Assembly.GetName().Name! },
        { "DevPlan.Core.Drafting", typeof(DevPlan.Core.Drafting.PlanDrafter).Assembly.GetName().Name! },
        { "DevPlan.Core.Testing", typeof(DevPlan.Core.Testing.PlanAssertions).Assembly.GetName().Name! },
        { "DevPlan.Core.Progress", typeof(DevPlan.Core.Progress.ProgressMeasure).Assembly.GetName().Name! },
        { "DevPlan.Core.Scoring", typeof(DevPlan.Core.Scoring.AssessmentScorer).Assembly.GetName().Name! },
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void TheReadme_StatesEachPackagesPublicTypesAndApiEntries(string package, string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var types = assembly.GetExportedTypes().Length;
        var entries = new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" }
            .Sum(f => File.ReadLines(Path.Combine(Repository.Root, "src", package, f)).Count(l => l.Length > 0 && !l.StartsWith('#')));

        var row = ApiRow().Matches(File.ReadAllText(Path.Combine(Repository.Root, "README.md"))).SingleOrDefault(m => m.Groups["package"].Value == package);

        row.Should().NotBeNull($"the README's API table should have a row for {package}");
        row!.Groups["types"].Value.Should().Be(types.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{package} exports {types} types");
        row.Groups["entries"].Value.Should().Be(entries.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{package}'s PublicAPI files list {entries} entries");
    }

    [GeneratedRegex(@"^\| `(?<package>DevPlan\.Core[A-Za-z.]*)` \| (?<types>\d+) \| (?<entries>\d+) \|", RegexOptions.Multiline)]
    private static partial Regex ApiRow();
}
