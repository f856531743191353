using System.Text;
using System.Text.RegularExpressions;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevPlan.Cli.Tests;

/// <summary>
/// Every message the library and the tool show (diagnostics, format errors, their hints and phrases) is a
/// <see cref="DiagnosticMessage"/> written in the source, and the Chinese catalogue words each of them: the
/// compiler finds every place a message is made, the test reads its template as the library will, and checks
/// the catalogue against them, both ways.
/// </summary>
public sealed partial class MessageWordingTest
{
    private const string CoreFile = "src/DevPlan.Core/Reporting/Catalogue/diagnostics.zh-CN.txt";

    /// <summary>Each package words its own messages: DevPlan.Core in its catalogue, a package in its Catalogue folder.</summary>
    private static string CatalogueFile(string project) => project == "DevPlan.Core" ? CoreFile : $"src/{project}/Catalogue/diagnostics.zh-CN.txt";

    /// <summary>Every project under <c>src</c>: a package added later has its messages checked too.</summary>
    private static readonly string[] Projects =
        [.. Directory.GetDirectories(Path.Combine(Repository.Root, "src")).Where(d => File.Exists(Path.Combine(d, Path.GetFileName(d) + ".csproj"))).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private static readonly Lazy<(Dictionary<string, List<string>> Templates, List<string> StringsMadeMessages)> Found = new(FindMessages);

    [Fact]
    public void EveryMessageIsWrittenWithItsValues_NotBuiltAsAStringFirst()
    {
        // A string built first (a ternary of interpolated strings, a concatenation, e.Message) reaches the message
        // as fixed English text: its values are lost and no catalogue can word it.
        Found.Value.StringsMadeMessages.Should().BeEmpty("these build a string first:\n{0}", string.Join("\n", Found.Value.StringsMadeMessages));
    }

    [Theory]
    [MemberData(nameof(ProjectNames))]
    public void EachPackagesCatalogue_WordsEveryMessageItWrites_AndNothingElse(string project)
    {
        var (templates, _) = Found.Value;
        var written = templates.Where(t => t.Value.Exists(place => place.StartsWith($"src/{project}/", StringComparison.Ordinal))).Select(t => t.Key)
            .ToHashSet(StringComparer.Ordinal);
        var own = ReadCatalogue(CatalogueFile(project));
        var core = ReadCatalogue(CoreFile);
        var missing = written.Where(t => NeedsWording(t) && !own.ContainsKey(t) && !core.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();
        var received = Path.Combine(Repository.Root, CatalogueFile(project) + ".received");
        if (missing.Count > 0)
        {
            // The missing ones, ready to be worded: each template with the places it is written.
            var text = new StringBuilder();
            foreach (var template in missing)
            {
                text.Append("# ").AppendJoin("; ", templates[template].Distinct().Take(3)).Append('\n').Append(template).Append("\n= \n\n");
            }
            File.WriteAllText(received, text.ToString());
        }
        missing.Should().BeEmpty("every message needs a Chinese wording (the missing ones are written to {0})", received);
        own.Keys.Where(t => !written.Contains(t)).Should().BeEmpty("a wording whose message {0} no longer writes is stale", project);
    }

    public static TheoryData<string> ProjectNames => [.. Projects];

    [Fact]
    public void EachWording_NamesTheSameValuesAsItsTemplate_AndIsChinese()
    {
        foreach (var (template, wording) in Projects.SelectMany(p => ReadCatalogue(CatalogueFile(p))))
        {
            // A wording may leave out a value its language does not need (a third-party library's English detail), never add one.
            Placeholders(wording).Should().BeSubsetOf(Placeholders(template), "\"{0}\" is worded \"{1}\"", template, wording);
            // Only codes, names of members and options, and quoted values stay in Latin letters.
            Regex.Replace(wording, "\"[^\"]*\"|“[^”]*”|\\{\\d+\\}|(?<![A-Za-z])[A-Za-z]+(\\.[A-Za-z0-9]+)+", "")
                .Should().NotMatchRegex("(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])", "\"{0}\" should read as Chinese", wording);
        }
    }

    [Fact]
    public void AMessage_IsWordedInChinese_WithItsValuesAsChineseWritesThem()
    {
        var period = DevPlan.Core.Periods.ReportingPeriod.ForYear(2024);
        var level = new DevPlan.Core.Units.Quantity(1767.3m, DevPlan.Core.Units.Unit.HundredMillionYuan);
        DiagnosticMessage message = $"Expected zone \"{"east"}\" to be at most the region's {level} for \"{"gdp"}\" in {period}, but it is {level}.";
        Catalogue.Chinese.Word(message).Should().Be("片区“east”的“gdp”2024年为1767.3亿元，超过全区的1767.3亿元。");
        Catalogue.English.Word(message).Should().Be("Expected zone \"east\" to be at most the region's CNY 176.73 billion for \"gdp\" in 2024, but it is CNY 176.73 billion.");
    }

    /// <summary>A template with words needs a wording; one of values and signs only (<c>{0}</c>, a JSON path) does not.</summary>
    private static bool NeedsWording(string template) => !template.StartsWith('$') && Regex.IsMatch(Regex.Replace(template, "\\{\\d+\\}", ""), "[A-Za-z]{2,}");

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text.Replace("{{", "", StringComparison.Ordinal)).Select(m => m.Value).Distinct();

    [GeneratedRegex("\\{\\d+\\}")]
    private static partial Regex PlaceholderPattern();

    private static Dictionary<string, string> ReadCatalogue(string file)
    {
        var wordings = new Dictionary<string, string>(StringComparer.Ordinal);
        string? template = null;
        var path = Path.Combine(Repository.Root, file);
        foreach (var line in File.Exists(path) ? File.ReadAllLines(path) : [])
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (template is null)
            {
                template = line;
            }
            else
            {
                line.Should().StartWith("= ", "a template is followed by its wording");
                wordings.Add(template, line[2..]);
                template = null;
            }
        }
        return wordings;
    }

    /// <summary>Compiles each project's source and finds every expression that becomes a message.</summary>
    private static (Dictionary<string, List<string>>, List<string>) FindMessages()
    {
        var templates = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var strings = new List<string>();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase).Select(g => g.First()).ToList();
        foreach (var project in Projects)
        {
            var folder = Path.Combine(Repository.Root, "src", project);
            var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .Append(Directory.EnumerateFiles(Path.Combine(folder, "obj"), "*.GlobalUsings.g.cs", SearchOption.AllDirectories).First());
            var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Preview), f)).ToList();
            var compilation = CSharpCompilation.Create(project, trees,
                references.Where(r => !Path.GetFileNameWithoutExtension(r).Equals(project, StringComparison.OrdinalIgnoreCase)).Select(r => MetadataReference.CreateFromFile(r)),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true));
            // The public message, and the parts the layers below diagnostics throw with.
            var messageTypes = new[] { typeof(DiagnosticMessage).FullName!, "DevPlan.Core.Internal.TemplateText" }
                .Select(compilation.GetTypeByMetadataName).Where(t => t is not null).ToList();
            bool IsMessage(ITypeSymbol? type) => messageTypes.Contains(type?.OriginalDefinition, SymbolEqualityComparer.Default);
            var stringType = compilation.GetSpecialType(SpecialType.System_String);
            foreach (var tree in trees)
            {
                var model = compilation.GetSemanticModel(tree);
                var where = Path.GetRelativePath(Repository.Root, tree.FilePath);
                foreach (var expression in tree.GetRoot().DescendantNodes().OfType<ExpressionSyntax>())
                {
                    var info = model.GetTypeInfo(expression);
                    var isFromText = expression.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax call }
                        && model.GetSymbolInfo(call).Symbol is IMethodSymbol { Name: nameof(DiagnosticMessage.FromText) } method
                        && IsMessage(method.ContainingType);
                    if (!isFromText && !IsMessage(info.ConvertedType))
                    {
                        continue;
                    }
                    if (IsMessage(info.Type) && expression is not InterpolatedStringExpressionSyntax)
                    {
                        // A cast ((DiagnosticMessage)"higher") makes a message of its operand.
                        if (expression is CastExpressionSyntax { Expression: var operand } && Template(operand, model, strings) is { } cast)
                        {
                            (templates.TryGetValue(cast, out var castAt) ? castAt : templates[cast] = []).Add($"{where}:{tree.GetLineSpan(expression.Span).StartLinePosition.Line + 1}");
                        }
                        continue;
                    }
                    var line = tree.GetLineSpan(expression.Span).StartLinePosition.Line + 1;
                    var place = $"{where}:{line}";
                    if (expression is InterpolatedStringExpressionSyntax or BinaryExpressionSyntax && !isFromText && !model.GetConversion(expression).IsInterpolatedStringHandler)
                    {
                        strings.Add($"{place}: {expression}");
                    }
                    else if (Template(expression, model, strings) is { } template)
                    {
                        (templates.TryGetValue(template, out var places) ? places : templates[template] = []).Add(place);
                    }
                    else if (!isFromText && SymbolEqualityComparer.Default.Equals(info.Type, stringType))
                    {
                        strings.Add($"{place}: {expression}");
                    }
                }
            }
        }
        return (templates, strings);
    }

    /// <summary>The template of an interpolated string or a constant, as <see cref="DiagnosticMessage"/> makes it; null for anything else.</summary>
    private static string? Template(ExpressionSyntax expression, SemanticModel model, List<string> phrases)
    {
        var text = new StringBuilder();
        var holes = 0;
        bool Append(ExpressionSyntax part)
        {
            switch (part)
            {
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax literal)
                        {
                            // Its value keeps the braces of the text doubled, as the template does.
                            text.Append(literal.TextToken.ValueText);
                        }
                        else
                        {
                            var quoted = text.ToString().EndsWith('"');
                            text.Append('{').Append(holes++).Append('}');
                            var hole = ((InterpolationSyntax)content).Expression;
                            while (hole is ParenthesizedExpressionSyntax inner)
                            {
                                hole = inner.Expression;
                            }
                            // An English phrase chosen in the hole ("it is" : "they are") would stay English in every language.
                            if (!quoted && hole is ConditionalExpressionSyntax or SwitchExpressionSyntax && model.GetTypeInfo(hole).Type?.SpecialType == SpecialType.System_String
                                && hole.DescendantNodes().OfType<LiteralExpressionSyntax>().Any(l => l.Token.Value is string arm && Regex.IsMatch(arm, "^[^\"]*[A-Za-z][^\"]*$")))
                            {
                                phrases.Add($"{hole.SyntaxTree.FilePath}:{hole.SyntaxTree.GetLineSpan(hole.Span).StartLinePosition.Line + 1}: {hole}");
                            }
                        }
                    }
                    return true;
                case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum when sum.Left is InterpolatedStringExpressionSyntax or BinaryExpressionSyntax:
                    return Append(sum.Left) && Append(sum.Right);
                case ParenthesizedExpressionSyntax parenthesized:
                    return Append(parenthesized.Expression);
                default:
                    if (model.GetConstantValue(part) is { HasValue: true, Value: string constant })
                    {
                        text.Append(Escape(constant));
                        return true;
                    }
                    return false;
            }
        }
        return Append(expression) ? text.ToString() : null;
    }

    private static string Escape(string literal) => literal.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);
}
