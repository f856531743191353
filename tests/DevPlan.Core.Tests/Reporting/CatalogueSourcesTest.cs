using System.Reflection;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Reporting;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>How the catalogue reads its files, and finds the words each package brings.</summary>
public class CatalogueSourcesTest
{
    [Fact]
    public void ATextsFile_HasAKeyAndItsTextALine_QuotesKeepingTheSpacesAtTheEnds()
    {
        var texts = CatalogueSources.ReadTexts(Stream("# a comment\n\nplain = text\nquoted = \", \"\nempty =\nlone = \"\nwith = a = sign\nnothing = \"\"\n"), "test");

        texts.Should().Equal(new Dictionary<string, string>
        {
            ["plain"] = "text",
            ["quoted"] = ", ",
            ["empty"] = "",
            ["lone"] = "\"",
            ["with"] = "a = sign",
            ["nothing"] = "",
        });
    }

    [Theory]
    [InlineData("a = 1\na = 2\n", 2)]
    [InlineData("a = 1\n\n = 2\n", 3)]
    public void ARepeatedOrEmptyKey_IsRefused_AtItsLine(string text, int line) =>
        FluentActions.Invoking(() => CatalogueSources.ReadTexts(Stream(text), "test.txt")).Should().Throw<InvalidOperationException>()
            .WithMessage($"The catalogue test.txt has a bad or repeated key at line {line}.");

    [Fact]
    public void AWordingsFile_PairsEachTemplateWithItsWording()
    {
        var wordings = CatalogueSources.ReadWordings(Stream("# file\nExpected {0}.\n= 应为{0}。\n\n# another\nknown: {0}\n= 已有：{0}\n"), "test");

        wordings.Should().Equal(new Dictionary<string, string> { ["Expected {0}."] = "应为{0}。", ["known: {0}"] = "已有：{0}" });
    }

    [Theory]
    [InlineData("Expected {0}.\nno equals\n", "The catalogue test.txt has a repeated template or a line without \"= \" at line 2.")]
    [InlineData("a\n= 1\na\n= 2\n", "The catalogue test.txt has a repeated template or a line without \"= \" at line 4.")]
    [InlineData("Expected {0}.\n= 应为{0}。\ndangling\n", "The catalogue test.txt ends with a template without its wording.")]
    public void AWordingsFileOutOfStep_IsRefused_AtItsLine(string text, string message) =>
        FluentActions.Invoking(() => CatalogueSources.ReadWordings(Stream(text), "test.txt")).Should().Throw<InvalidOperationException>().WithMessage(message);

    [Fact]
    public void APackagesFiles_AreFoundByTheirNames_TextsAndWordingsEachReadAsTheirKind()
    {
        var package = new PackageAssembly(("Acme.Catalogue.messages.en.txt", "acme.title = Acme\n"), ("Acme.Catalogue.diagnostics.zh-CN.txt", "Expected acme.\n= 应为阿克米。\n"),
            ("Acme.Catalogue.notes.md", "ignored"), ("Acme.Other.messages.en.txt", "other = ignored\n"), (".Catalogue.messages.fr.txt", "acme.title = Acmé\n"));

        var files = CatalogueSources.Scan([package, typeof(Catalogue).Assembly]);

        files.Keys.Should().BeEquivalentTo("messages.en.txt", "diagnostics.zh-CN.txt", "messages.fr.txt");
        files["messages.en.txt"].Should().Equal(new Dictionary<string, string> { ["acme.title"] = "Acme" });
        files["diagnostics.zh-CN.txt"].Should().Equal(new Dictionary<string, string> { ["Expected acme."] = "应为阿克米。" });
    }

    [Fact]
    public void TwoPackagesBringingOneKey_AreRefused_NamingBoth()
    {
        var one = new PackageAssembly(("One.Catalogue.messages.en.txt", "shared = 1\n"));
        var two = new PackageAssembly(("Two.Catalogue.messages.en.txt", "shared = 2\n"));

        FluentActions.Invoking(() => CatalogueSources.Scan([one, two])).Should().Throw<InvalidOperationException>()
            .WithMessage("The catalogue key \"shared\" is in both One.Catalogue.messages.en.txt and Two.Catalogue.messages.en.txt; each package brings its own keys.");
    }

    [Fact]
    public void TheLibrarysOwnFiles_AndDynamicAssemblies_AreNotAPackagesWords()
    {
        var dynamic = new PackageAssembly(("Dyn.Catalogue.messages.en.txt", "dyn = 1\n")) { Dynamic = true };

        CatalogueSources.Scan([dynamic, typeof(Catalogue).Assembly]).Should().BeEmpty();
    }

    [Fact]
    public void TheLibrarysFiles_AreRead()
    {
        CatalogueSources.ReadOwn("messages.en.txt").Should().ContainKey("severity.error");
        CatalogueSources.ReadOwn("diagnostics.zh-CN.txt").Should().ContainKey("known: {0}");
        FluentActions.Invoking(() => CatalogueSources.ReadOwn("messages.xx.txt")).Should().Throw<InvalidOperationException>()
            .WithMessage("The embedded catalogue DevPlan.Core.Reporting.Catalogue.messages.xx.txt is missing from DevPlan.Core.");
    }

    [Fact]
    public void ADiagnostic_IsWrittenWithItsPlace_Severity_AndHint_InEachLanguage()
    {
        var located = new Diagnostic(DiagnosticRule.TargetZoneUnknown, $"Expected a zone of region \"{"r"}\", but found \"{"west"}\".",
            new DiagnosticLocation("plan.json", "$.targets[1].zone", 326), $"known: {"central, east"}");
        var nowhere = new Diagnostic(DiagnosticRule.TargetZoneUnknown, $"Expected a zone of region \"{"r"}\", but found \"{"west"}\".", DiagnosticLocation.None);
        var cell = new Diagnostic(DiagnosticRule.WorkbookCellInvalid, "Expected a value.", new DiagnosticLocation("a.xlsx", line: 7) { Cell = "Sheet1!C7" });

        Catalogue.Chinese.Describe(located).Should().Be("plan.json:326 $.targets[1].zone：错误 DP1102：应为地区“r”的片区，实际为“west”。（已有：central, east）");
        Catalogue.English.Describe(located).Should().Be("plan.json:326 $.targets[1].zone: error DP1102: Expected a zone of region \"r\", but found \"west\". (known: central, east)");
        Catalogue.Chinese.Describe(nowhere).Should().Be("错误 DP1102：应为地区“r”的片区，实际为“west”。");
        Catalogue.English.Describe(cell).Should().StartWith("a.xlsx, Sheet1!C7: error DP3101: ");
        Catalogue.English.Describe(new Diagnostic(DiagnosticRule.WorkbookCellInvalid, "x", new DiagnosticLocation() { Cell = "Sheet1!C7" })).Should().Be("Sheet1!C7: error DP3101: x");
        Catalogue.English.Describe(new Diagnostic(DiagnosticRule.WorkbookCellInvalid, "x", new DiagnosticLocation(jsonPath: "$.a"))).Should().Be("$.a: error DP3101: x");
        Catalogue.English.Describe(new Diagnostic(DiagnosticRule.TargetZoneUnknown, "x", new DiagnosticLocation(line: 4, column: "value")))
            .Should().Be("line 4, column \"value\": error DP1102: x");
        FluentActions.Invoking(() => Catalogue.English.Describe((Diagnostic)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AFormatError_NamesItsCellOrPath_AndTheTextFound_ShortenedTo80Characters()
    {
        var long_ = new string('x', 100);
        var atCell = new DevPlanFormatException("Expected an observation object.", new DiagnosticLocation("a.xlsx", line: 7) { Cell = "Sheet1!C7" }, long_);
        var atPath = new DevPlanFormatException("Expected an observation object.", new DiagnosticLocation("a.json", "$.observations[0]", 1));
        var document = new DevPlanFormatException("Expected an observation object.", new DiagnosticLocation("t.txt", line: 3), bytePositionInLine: 12);

        Catalogue.Chinese.Describe(atCell).Should().Be($"a.xlsx, Sheet1!C7：应为观测数据对象。实际为“{new string('x', 77)}...”。");
        Catalogue.Chinese.Describe(atPath).Should().Be("a.json:1 $.observations[0]：应为观测数据对象。");
        Catalogue.Chinese.Describe(document).Should().Be("t.txt:3（第13个字节）：应为观测数据对象。", "the 0-based byte 12 is the thirteenth");
        Catalogue.Chinese.Describe(new DevPlanFormatException("Expected an observation object.", new DiagnosticLocation("t.txt"), bytePositionInLine: 0))
            .Should().Be("t.txt（第1个字节）：应为观测数据对象。");
        Catalogue.Chinese.Describe(new DevPlanFormatException("Expected an observation object.", new DiagnosticLocation("a.xlsx", line: 7, column: "value") { Cell = "Sheet1!C7" }))
            .Should().Be("a.xlsx, Sheet1!C7：应为观测数据对象。", "a cell names its column already");
        Catalogue.Chinese.Describe(new DevPlanFormatException("Expected an observation object.", text: new string('y', 80))).Should().Be($"应为观测数据对象。实际为“{new string('y', 80)}”。");
        FluentActions.Invoking(() => Catalogue.English.Describe((DevPlanFormatException)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ATemplatesBraces_AreWrittenAsBraces_AndAPlaceholderBesideThemIsFilled()
    {
        DiagnosticMessage message = $"{{{1}}} and {{x}}";

        Catalogue.Chinese.Word(message).Should().Be("{1} and {x}");
        Catalogue.English.Word(message).Should().Be("{1} and {x}");
        FluentActions.Invoking(() => Catalogue.English.Word(null!)).Should().Throw<ArgumentNullException>();
    }

    private static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    /// <summary>An assembly that embeds the given files, as a package does.</summary>
    private sealed class PackageAssembly(params (string Name, string Text)[] files) : Assembly
    {
        public bool Dynamic { get; init; }

        public override bool IsDynamic => Dynamic;

        public override string[] GetManifestResourceNames() => [.. files.Select(f => f.Name)];

        public override Stream? GetManifestResourceStream(string name) =>
            files.Where(f => f.Name == name).Select(f => Stream(f.Text)).FirstOrDefault();
    }
}
