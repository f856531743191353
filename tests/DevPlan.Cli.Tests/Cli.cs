using System.Diagnostics;
using System.Text;
using NodaTime;

namespace DevPlan.Cli.Tests;

/// <summary>Runs devplan in-process (through CliApp) or as a process (dotnet devplan.dll).</summary>
internal static class Cli
{
    public static string Seeds { get; } = Path.Combine(AppContext.BaseDirectory, "seeds");

    public static string Plan { get; } = Path.Combine(Seeds, "jinan-high-tech-zone-2024.plan.json");

    public static string Observations { get; } = Path.Combine(Seeds, "jinan-high-tech-zone-2024.observations.sample.csv");

    public static (int ExitCode, string Out, string Error) Run(params string[] args) => RunWithInput(null, args);

    /// <summary>Runs in-process with <paramref name="input"/> as standard input (none when null).</summary>
    public static (int ExitCode, string Out, string Error) RunWithInput(byte[]? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, new CliEnvironment(output, error, OutIsTerminal: false, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28),
            input is null ? null : () => new MemoryStream(input)));
        return (code, output.ToString(), error.ToString());
    }

    public static (int ExitCode, string Out, string Error) RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8, StandardErrorEncoding = Encoding.UTF8 };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "devplan.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("devplan did not finish within 60 seconds.");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string TempFile(string name, string? content = null)
    {
        var directory = Directory.CreateTempSubdirectory("devplan-cli-");
        var path = Path.Combine(directory.FullName, name);
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }
        return path;
    }
}
