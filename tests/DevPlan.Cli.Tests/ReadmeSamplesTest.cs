using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DevPlan.Cli.Tests;

/// <summary>
/// Every C# sample of the README and of each package's README is compiled as it stands (a complete
/// program, or a test class with <c>[Fact]</c> methods) against the library's assemblies, and run in a
/// folder beside the repository's seeds. Where a sample shows output, the output is checked: the
/// comment after a statement that writes to the console (<c>Console.WriteLine(x); // 1767.3亿元</c>),
/// and the comment lines right after such a statement or after the loop that holds it, are lines the
/// run must print, in that order; <c>…</c> stands for any text.
/// </summary>
[Collection(ReadmeSamples.Name)]
public partial class ReadmeSamplesTest
{
    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var readme in ReadmeFiles())
        {
            var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, readme)));
            for (var i = 0; i < blocks.Count; i++)
            {
                data.Add(readme, i + 1);
            }
        }
        return data;
    }

    [Fact]
    public void EveryReadme_HasSamples()
    {
        ReadmeFiles().Should().Contain(["README.md", "src/DevPlan.Core/README.md", "src/DevPlan.Core.Values/README.md", "src/DevPlan.Core.Reporting/README.md", "src/DevPlan.Core.Spreadsheets/README.md",
            "src/DevPlan.Core.Parquet/README.md", "src/DevPlan.Core.Drafting/README.md", "src/DevPlan.Core.Testing/README.md",
            "src/DevPlan.Core.Progress/README.md", "src/DevPlan.Core.Scoring/README.md"]);
        CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, "README.md"))).Should().HaveCountGreaterThanOrEqualTo(8);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_CompilesRunsAndPrintsWhatItSays(string readme, int number)
    {
        var code = CSharpBlocks(File.ReadAllText(Path.Combine(Repository.Root, readme)))[number - 1];
        var isTest = code.Contains("[Fact]", StringComparison.Ordinal);
        var assembly = Compile(code, isTest, $"{readme} sample {number}");

        var output = Run(assembly, isTest);

        var printed = output.Split('\n').Select(l => l.TrimEnd('\r').Trim()).ToList();
        var from = 0;
        foreach (var expected in ExpectedLines(code))
        {
            var pattern = new Regex("^" + string.Join(".*", expected.Split('…').Select(Regex.Escape)) + "$");
            var at = printed.FindIndex(from, l => pattern.IsMatch(l));
            at.Should().BeGreaterThanOrEqualTo(0, $"{readme} sample {number} says it prints \"{expected}\" (after line {from}), but it printed:\n{output}");
            from = at + 1;
        }
    }

    [Theory]
    [InlineData("Console.WriteLine(x); // 1767.3亿元", new[] { "1767.3亿元" })]
    [InlineData("foreach (var t in ts) Console.WriteLine(t);\n// a\n// b\nvar c = 1; // not output", new[] { "a", "b" })]
    [InlineData("foreach (var t in ts)\n{\n    Console.WriteLine(t);\n}\n// a\n\n// not output", new[] { "a" })]
    [InlineData("// a comment before code\nvar x = 1;", new string[0])]
    public void ExpectedLines_AreTheCommentsAfterWhatPrints(string code, string[] expected) =>
        ExpectedLines(code).Should().Equal(expected);

    private static List<string> ReadmeFiles() =>
        [
            "README.md",
            .. Directory.GetFiles(Path.Combine(Repository.Root, "src"), "README.md", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal),
        ];

    private static List<string> CSharpBlocks(string markdown) =>
        [.. CodeBlock().Matches(markdown.ReplaceLineEndings("\n")).Select(m => m.Groups[1].Value)];

    /// <summary>The lines a sample says it prints (see the class remarks).</summary>
    internal static List<string> ExpectedLines(string code)
    {
        var lines = code.ReplaceLineEndings("\n").Split('\n');
        var expected = new List<string>();
        var printing = false;   // the last statement, or the loop just closed, writes to the console
        var depthAtPrint = -1;
        var depth = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.StartsWith("//", StringComparison.Ordinal))
            {
                if (printing)
                {
                    expected.Add(line[2..].Trim());
                }
                continue;
            }
            var writes = line.Contains("Console.Write", StringComparison.Ordinal);
            if (writes && TrailingComment().Match(line) is { Success: true } trailing)
            {
                expected.Add(trailing.Groups[1].Value.Trim());
                printing = false;
                continue;
            }
            depth += line.Count(c => c == '{') - line.Count(c => c == '}');
            if (writes)
            {
                printing = true;
                depthAtPrint = depth;
            }
            else if (line == "}" && printing && depth < depthAtPrint)
            {
                depthAtPrint = depth;   // the loop that holds the print closes: its output may follow
            }
            else
            {
                printing = false;
            }
        }
        return expected;
    }

    private static Assembly Compile(string code, bool isTest, string name)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: name);
        var implicitUsings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.IO; global using System.Linq; global using System.Threading.Tasks;",
            new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            "ReadmeSample" + Guid.NewGuid().ToString("N"),
            [tree, implicitUsings],
            References.Value,
            new CSharpCompilationOptions(isTest ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).ToList();
        errors.Should().BeEmpty($"{name} should compile as pasted into a new project (with the SDK's implicit usings)");
        return Assembly.Load(image.ToArray());
    }

    private static string Run(Assembly assembly, bool isTest)
    {
        var folder = Directory.CreateTempSubdirectory("devplan-readme-");
        Directory.CreateSymbolicLink(Path.Combine(folder.FullName, "seeds"), Path.Combine(Repository.Root, "seeds"));
        var writer = new StringWriter();
        var (previousOut, previousDirectory) = (Console.Out, Environment.CurrentDirectory);
        Console.SetOut(writer);
        Environment.CurrentDirectory = folder.FullName;
        try
        {
            if (isTest)
            {
                foreach (var type in assembly.GetTypes())
                {
                    foreach (var method in type.GetMethods().Where(m => m.GetCustomAttributes().Any(a => a.GetType().Name == "FactAttribute")))
                    {
                        method.Invoke(Activator.CreateInstance(type), null);
                    }
                }
            }
            else
            {
                var entry = assembly.EntryPoint!;
                entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            }
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw new InvalidOperationException($"The sample threw; it printed:\n{writer}", e.InnerException);
        }
        finally
        {
            Console.SetOut(previousOut);
            Environment.CurrentDirectory = previousDirectory;
        }
        return writer.ToString();
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p)),
        .. Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(p => Path.GetFileName(p) is var f && (f.StartsWith("DevPlan.", StringComparison.Ordinal) || f.StartsWith("NodaTime", StringComparison.Ordinal)
                || f.StartsWith("FluentAssertions", StringComparison.Ordinal) || f.StartsWith("xunit.", StringComparison.Ordinal)) && !f.Contains("Tests", StringComparison.Ordinal))
            .Select(p => MetadataReference.CreateFromFile(p)),
    ]);

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"\);\s*//\s?(.*)$")]
    private static partial Regex TrailingComment();
}

/// <summary>The README samples set the console's output and the working folder, which are the process's: they run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReadmeSamples
{
    public const string Name = "README samples";
}
