using System.Text.RegularExpressions;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Reporting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace DevPlan.Core.Tests.Architecture;

/// <summary>
/// A target kind decides once what its verdict means: no code outside the kind files asks which kind a
/// target is, every kind has its object, and no switch over the library's enumerations has a fallback arm
/// (a new member is a compile error wherever it must be handled, never a silent default).
/// </summary>
public partial class OneMeaningPerKindTest
{
    private static readonly string Source = Repository.PathOf("src");

    /// <summary>The files that may name the kinds: each kind's own file and the registry, and the model's shapes of the figures.</summary>
    private static bool IsKindFile(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}Attainment{Path.DirectorySeparatorChar}Kinds{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.EndsWith($"Model{Path.DirectorySeparatorChar}TargetKindShapes.cs", StringComparison.Ordinal)
        || path.EndsWith($"Model{Path.DirectorySeparatorChar}TargetKind.cs", StringComparison.Ordinal);

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    [GeneratedRegex(@"Kind\s*[!=]=\s*(Core\.)?TargetKind\.|is\s+(not\s+)?(Core\.)?TargetKind\.|(Core\.)?TargetKind\.\w+\s*(=>|or\b|and\b|:)|case\s+(Core\.)?TargetKind\.")]
    private static partial Regex KindTest();

    [Fact]
    public void NoFileOutsideTheKindFiles_AsksWhichKindATargetIs()
    {
        var found = SourceFiles(Source).Where(f => !IsKindFile(f))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => KindTest().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Source, x.f)}:{x.i + 1}: {x.line.Trim()}");

        found.Should().BeEmpty("what a kind means is decided in its own file (Attainment/Kinds); elsewhere, read the verdict");
    }

    [Fact]
    public void EveryKind_HasItsObject_InItsOwnFile()
    {
        foreach (var kind in Enum.GetValues<TargetKind>())
        {
            var rule = TargetKinds.For(kind);
            rule.Kind.Should().Be(kind);
            var file = Path.Combine(Source, "DevPlan.Core", "Attainment", "Kinds", rule.GetType().Name + ".cs");
            File.Exists(file).Should().BeTrue($"the kind {kind} is one file, {rule.GetType().Name}.cs");
        }
        Enum.GetValues<TargetKind>().Select(TargetKinds.For).Distinct().Should().HaveCount(Enum.GetValues<TargetKind>().Length, "one object per kind");
    }

    /// <summary>
    /// Reads the source of the library and its values with the compiler's semantic model: a switch (expression or statement)
    /// whose subject is one of the library's enumerations has no discard arm and no default label.
    /// </summary>
    [Fact]
    public void NoSwitchOverTheLibrarysEnums_HasAFallbackArm()
    {
        // The library and the values it builds on, compiled together.
        var options = new CSharpParseOptions(LanguageVersion.Preview);
        var trees = new[] { "DevPlan.Core.Values", "DevPlan.Core" }.SelectMany(p => SourceFiles(Path.Combine(Source, p))).Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options, f)).ToList();
        // The project's implicit usings, which the SDK writes into obj/.
        var usings = CSharpSyntaxTree.ParseText(string.Join('\n', new[] { "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks" }
            .Select(n => $"global using global::{n};")), options);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll").Where(d => !Path.GetFileName(d).StartsWith("DevPlan.Core", StringComparison.Ordinal)))
            .DistinctBy(Path.GetFileName)
            .Select(path => MetadataReference.CreateFromFile(path));
        // Source generators (JSON contexts, regular expressions) do not run here; their members are not switched on.
        var compilation = CSharpCompilation.Create("check", [.. trees, usings], references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var unresolved = new List<string>();
        var switches = 0;

        var fallbacks = new List<string>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            string Where(SyntaxNode node) => $"{Path.GetRelativePath(Source, tree.FilePath)}:{node.GetLocation().GetLineSpan().StartLinePosition.Line + 1}";
            bool OursEnum(ExpressionSyntax subject)
            {
                switches++;
                var type = model.GetTypeInfo(subject).Type;
                if (type is null or { TypeKind: TypeKind.Error })
                {
                    unresolved.Add($"{Where(subject)}: {subject}");
                    return false;
                }
                return type.TypeKind == TypeKind.Enum && type.ContainingNamespace.ToDisplayString().StartsWith("DevPlan", StringComparison.Ordinal);
            }
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case SwitchExpressionSyntax expression when OursEnum(expression.GoverningExpression)
                        && expression.Arms.Any(a => a.Pattern is DiscardPatternSyntax or VarPatternSyntax && a.WhenClause is null):
                        fallbacks.Add($"{Where(expression)}: a fallback arm over {model.GetTypeInfo(expression.GoverningExpression).Type}");
                        break;
                    case SwitchStatementSyntax statement when OursEnum(statement.Expression)
                        && statement.Sections.SelectMany(s => s.Labels).Any(l => l is DefaultSwitchLabelSyntax):
                        fallbacks.Add($"{Where(statement)}: a default label over {model.GetTypeInfo(statement.Expression).Type}");
                        break;
                }
            }
        }

        switches.Should().BeGreaterThan(50, "the library's switches were found");
        unresolved.Should().BeEmpty("every switch's subject must be typed here, or it could hide a fallback");
        fallbacks.Should().BeEmpty("a switch over the library's enumerations names every member, so that a new one is a compile error");
    }
}
