using System.Xml.Linq;

namespace DevPlan.Cli.Tests;

/// <summary>Conventions every package of the repository keeps.</summary>
public class PackagingTest
{
    private static string Root => Repository.Root;

    public static TheoryData<string> PackableProjects => [.. Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
        .Where(p => XDocument.Load(p).Descendants("IsPackable").All(e => e.Value != "false"))
        .Select(p => Path.GetRelativePath(Root, p))];

    [Theory]
    [MemberData(nameof(PackableProjects))]
    public void EveryPackage_CarriesAReadmeAndALicence(string project)
    {
        var xml = XDocument.Load(Path.Combine(Root, project));
        var readme = xml.Descendants("PackageReadmeFile").Should().ContainSingle($"{project} should name its README, or its package page is empty").Subject.Value;

        xml.Descendants("None").Should().Contain(e => (string?)e.Attribute("Pack") == "true" && ((string?)e.Attribute("Include") ?? "").EndsWith(readme, StringComparison.Ordinal),
            $"{project} should pack the {readme} it names");
        xml.Descendants("PackageLicenseExpression").Should().ContainSingle().Which.Value.Should().Be("MIT");
    }

    [Theory]
    [MemberData(nameof(PackableProjects))]
    public void EveryPackage_HasItsOwnReadmeWithAnInstallLineThatWorks(string project)
    {
        var xml = XDocument.Load(Path.Combine(Root, project));
        var id = xml.Descendants("PackageId").Should().ContainSingle().Subject.Value;
        var readme = Path.Combine(Path.GetDirectoryName(Path.Combine(Root, project))!, "README.md");

        File.Exists(readme).Should().BeTrue($"{project} should carry a README of its own, not the repository's (whose links break on a package page)");
        var text = File.ReadAllText(readme);
        text.Should().StartWith($"# {id}");
        text.Should().ContainAny([$"dotnet add package {id} --prerelease", $"dotnet tool install --global {id} --prerelease"],
            "the packages are prereleases, which an install line without --prerelease does not find");
        text.Should().NotContain("](docs/", "a relative link breaks on a package page");
    }
}
