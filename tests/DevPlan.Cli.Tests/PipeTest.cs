using System.Text;

namespace DevPlan.Cli.Tests;

/// <summary>Observations from standard input (<c>-o -</c>) and the report to standard output (<c>--output -</c>).</summary>
public class PipeTest
{
    [Fact]
    public void Evaluate_FromStandardInput_ReportsAsFromTheFile()
    {
        var fromFile = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "json");
        var piped = Cli.RunWithInput(File.ReadAllBytes(Cli.Observations), "evaluate", Cli.Plan, "-i", "-", "--format", "json", "--output", "-");

        piped.ExitCode.Should().Be(0, piped.Error);
        piped.Out.Should().Be(fromFile.Out);
    }

    [Fact]
    public void Evaluate_JsonFromStandardInput_WithItsInputFormat()
    {
        using var csv = File.OpenRead(Cli.Observations);
        var json = new MemoryStream();
        DevPlan.Core.Serialization.ObservationFormats.Default.Find("json")!.Write(DevPlan.Core.Serialization.ObservationCsv.Read(csv).ToList(), json);
        var fromCsv = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "csv");

        var piped = Cli.RunWithInput(json.ToArray(), "evaluate", Cli.Plan, "-i", "-", "--input-format", "json", "--format", "csv");

        piped.ExitCode.Should().Be(0, piped.Error);
        piped.Out.Should().Be(fromCsv.Out);
    }

    [Fact]
    public void Validate_FromStandardInput_NamesItStdin()
    {
        var piped = Cli.RunWithInput(Encoding.UTF8.GetBytes("indicator,unit,2024\ngdp,10^8 CNY,x\n"), "validate", Cli.Plan, "-i", "-");

        piped.ExitCode.Should().Be(ExitCodes.Invalid);
        piped.Out.Should().Contain("stdin:2, column \"2024\": error DP3001").And.Contain("stdin: 1 error");
    }

    [Fact]
    public void StandardInput_WhenThereIsNone_IsAUsageError()
    {
        var result = Cli.Run("evaluate", Cli.Plan, "-i", "-");

        result.ExitCode.Should().Be(ExitCodes.Usage);
        result.Error.Should().Contain("standard input");
    }

    [Fact]
    public void InputFormat_OutsideTheRegisteredFormats_IsAUsageError() =>
        Cli.RunWithInput([], "evaluate", Cli.Plan, "-i", "-", "--input-format", "xml").ExitCode.Should().Be(ExitCodes.Usage);

    [Fact]
    public void StandardInputsCopy_IsDeletedAfterwards()
    {
        var before = Directory.GetDirectories(Path.GetTempPath(), "devplan-stdin-*").ToHashSet();

        Cli.RunWithInput(File.ReadAllBytes(Cli.Observations), "validate", Cli.Plan, "-i", "-");

        Directory.GetDirectories(Path.GetTempPath(), "devplan-stdin-*").Where(d => !before.Contains(d)).Should().BeEmpty();
    }
}
