namespace DevPlan.Cli.Tests;

/// <summary>devplan as a user runs it: a separate process, real standard streams, real exit codes.</summary>
public class ProcessTest
{
    [Fact]
    public void Show_ExitsZeroAndPrintsTheSummary()
    {
        var (code, output, _) = Cli.RunProcess("show", Cli.Plan);

        code.Should().Be(0);
        output.Should().Contain("Actions: 9, measures: 33");
    }

    [Theory]
    [InlineData("json", "\"status\": \"notAchieved\"")]
    [InlineData("csv", "t03-services-value-added")]
    [InlineData("markdown", "## Zone contributions")]
    [InlineData("html", "<svg class=\"bullet\"")]
    [InlineData("table", "no data")]
    public void Evaluate_EveryFormat(string format, string expected)
    {
        var (code, output, _) = Cli.RunProcess("evaluate", Cli.Plan, "--observations", Cli.Observations, "--as-of", "2025-02-28", "--format", format);

        code.Should().Be(0);
        output.Should().Contain(expected);
    }

    [Fact]
    public void ExitCodes_AsSeenByTheShell()
    {
        Cli.RunProcess("show", "/no/such/plan.json").ExitCode.Should().Be(2);
        Cli.RunProcess("evaluate", Cli.Plan).ExitCode.Should().Be(64);
        var invalid = Cli.TempFile("plan.json", File.ReadAllText(Cli.Plan).Replace("\"indicator\": \"retail-sales\"", "\"indicator\": \"retail\""));
        Cli.RunProcess("validate", invalid).ExitCode.Should().Be(1);
    }
}
