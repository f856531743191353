using System.Diagnostics;
using System.Text;
using NodaTime;

namespace DevPlan.Cli.Tests;

/// <summary>The tool where its surroundings fail: closed standard streams, outputs that are directories, links and devices.</summary>
public class HostileEnvironmentTest
{
    private static readonly string[] EvaluateSample = ["evaluate", Cli.Plan, "--observations", Cli.Observations, "--as-of", "2025-02-28"];

    /// <summary>A writer whose every write fails, as a closed or broken stream does.</summary>
    private sealed class BrokenWriter : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("Broken pipe");

        public override void Write(string? value) => throw new UnauthorizedAccessException("Access to the path is denied.");
    }

    private static (int ExitCode, string Out, string Error) Run(TextWriter output, TextWriter error, params string[] args)
    {
        var code = CliApp.Run(args, new CliEnvironment(output, error, OutIsTerminal: false, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28)));
        return (code, output.ToString() ?? "", error.ToString() ?? "");
    }

    [Fact]
    public void StandardErrorBroken_TheExitCodeStillReportsWhatHappened()
    {
        Run(new StringWriter(), new BrokenWriter(), "show", "/no/such/plan.json").ExitCode.Should().Be(ExitCodes.Unreadable);
        Run(new StringWriter(), new BrokenWriter(), EvaluateSample).ExitCode.Should().Be(ExitCodes.Success, "warnings that cannot be shown do not fail the run");
    }

    [Fact]
    public void StandardOutputBroken_IsReportedAsStandardOutputNotAFile()
    {
        var error = new StringWriter();

        var (code, _, _) = Run(new BrokenWriter(), error, [.. EvaluateSample, "--format", "json"]);

        code.Should().Be(ExitCodes.Unreadable);
        error.ToString().Should().Contain("devplan: error: cannot write to standard output").And.NotContain("internal error");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("evaluate", "--help")]
    public void HelpAndVersion_WithStandardOutputBroken_ExitTwo_LikeEveryCommand(params string[] args)
    {
        var error = new StringWriter();

        var (code, _, _) = Run(new BrokenWriter(), error, args);

        code.Should().Be(ExitCodes.Unreadable, "the parser's own actions are guarded like every command");
        error.ToString().Should().Contain("cannot write to standard output");
    }

    [SkippableTheory]
    [InlineData("--help >&-")]
    [InlineData("--version > /dev/full")]
    public void HelpAndVersion_AsAShellClosesOrFillsStandardOutput_NeverAbort(string redirect)
    {
        Skip.If(OperatingSystem.IsWindows(), "bash");
        var devplan = Path.Combine(AppContext.BaseDirectory, "devplan.dll");
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", $"dotnet '{devplan}' {redirect}"]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(ExitCodes.Unreadable, "not 134");
        error.Result.Should().Contain("cannot write to standard output").And.NotContain("Unhandled exception");
    }

    [SkippableFact]
    public void Output_NamingAnInput_IsAUsageError_AndTheInputIsKept()
    {
        var observations = Cli.TempFile("figures.csv", File.ReadAllText(Cli.Observations));
        var before = File.ReadAllText(observations);
        var link = Path.Combine(Path.GetDirectoryName(observations)!, "report.csv");
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(link, observations);
        }

        foreach (var output in OperatingSystem.IsWindows() ? new[] { observations } : [observations, link])
        {
            var (code, _, error) = Cli.Run("evaluate", Cli.Plan, "--observations", observations, "--as-of", "2025-02-28", "--format", "csv", "--output", output);

            code.Should().Be(ExitCodes.Usage, output);
            error.Should().Contain("--output names an input file (\"figures.csv\")");
        }
        var plan = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan));
        Cli.Run("evaluate", plan, "--observations", observations, "--as-of", "2025-02-28", "--format", "json", "--output", plan).ExitCode.Should().Be(ExitCodes.Usage);
        File.ReadAllText(observations).Should().Be(before);
        File.ReadAllText(plan).Should().Be(File.ReadAllText(Cli.Plan));
    }

    [Fact]
    public void ControlCharactersFromAFile_AreEscapedInMessages_NeverSentToTheTerminal()
    {
        var csv = Cli.TempFile("escape.csv", "indicator,zone,period,value,unit,growth,status,source,completed\n\u001b[31mgdp\u001b]0;owned\u0007,,2024,,,7.2,A,,\n");

        var (code, output, _) = Cli.Run("validate", Cli.Plan, "--observations", csv);

        code.Should().Be(ExitCodes.Invalid);
        output.Should().Contain("\\u001B[31mgdp").And.NotContain("\u001b").And.NotContain("\u0007");
    }

    [Theory]
    [InlineData("/")]
    [InlineData(".")]
    public void OutputThatIsADirectory_IsAUsageError(string directory)
    {
        var (code, _, error) = Cli.Run([.. EvaluateSample, "--format", "json", "--output", directory]);

        code.Should().Be(ExitCodes.Usage);
        error.Should().Contain("names a directory");
    }

    [SkippableFact]
    public void Output_ThroughASymbolicLink_KeepsTheLink()
    {
        Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        var real = Cli.TempFile("real.json", "old");
        var link = Path.Combine(Path.GetDirectoryName(real)!, "link.json");
        File.CreateSymbolicLink(link, real);

        Cli.Run([.. EvaluateSample, "--format", "json", "--output", link]).ExitCode.Should().Be(0);

        new FileInfo(link).LinkTarget.Should().Be(real);
        File.ReadAllText(real).Should().Contain("\"schemaVersion\": 1");
    }

    [SkippableFact]
    public void Format_KeepsThePlansPermissions()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var plan = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(plan, UnixFileMode.UserRead | UnixFileMode.UserWrite);

            Cli.Run("format", plan).ExitCode.Should().Be(0);

            File.GetUnixFileMode(plan).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    [SkippableTheory]
    [InlineData("2>&-", 2)]
    [InlineData(">&-", 2)]
    public void ClosedStandardStreams_AsAShellClosesThem(string redirect, int expected)
    {
        Skip.If(OperatingSystem.IsWindows(), "bash");
        var devplan = Path.Combine(AppContext.BaseDirectory, "devplan.dll");
        var command = redirect == "2>&-" ? $"dotnet '{devplan}' show /no/such/plan.json {redirect}" : $"dotnet '{devplan}' show '{Cli.Plan}' {redirect}";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000).Should().BeTrue();

        process.ExitCode.Should().Be(expected, "the process must not abort (134) when it cannot write an error");
        if (redirect == ">&-")
        {
            error.Result.Should().Contain("cannot write to standard output");
        }
    }

    [SkippableFact]
    public void OutputToDevStdout_WritesThroughItInsteadOfReplacingIt()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "/dev/stdout");

        var (code, output, _) = Cli.RunProcess([.. EvaluateSample, "--format", "json", "--output", "/dev/stdout"]);

        code.Should().Be(0);
        output.Should().Contain("\"schemaVersion\": 1");
    }
}
