using System.Diagnostics;
using System.Text.RegularExpressions;

namespace DevPlan.Cli.Tests;

/// <summary>
/// Renders the HTML report in real headless Chromium (Debian's chromium package; .ci/run installs
/// it). Skipped, and reported as skipped, where Chromium is not installed.
/// </summary>
public partial class HtmlReportBrowserTest
{
    private static readonly string? Chromium = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
        .FirstOrDefault(path => path is not null && File.Exists(path));

    [SkippableFact]
    public void Report_RendersEveryTargetsChartWithoutScriptErrors()
    {
        Skip.If(Chromium is null, "Chromium is not installed (apt-get install chromium; .ci/run does this).");
        var report = Cli.TempFile("report.html");
        Cli.Run("evaluate", Cli.Plan, "--observations", Cli.Observations, "--as-of", "2025-02-28", "--format", "html", "--output", report).ExitCode.Should().Be(0);

        var (dom, log) = RunChromium(report, "--dump-dom");

        // The page's script counts the charts it sees; the attribute exists only if it ran without error.
        ReadyAttribute().Match(dom).Groups[1].Value.Should().Be("10", log);
        foreach (var id in new[] { "t01-gdp", "t02-industrial-value-added", "t03-services-value-added", "t04-fixed-asset-investment", "t05-retail-sales",
                     "t06-foreign-trade", "t07-foreign-capital", "t08-budget-revenue", "t09-new-urban-jobs", "t10-energy-intensity" })
        {
            dom.Should().Contain($"data-target=\"{id}\"");
        }
        log.Should().NotContain("Uncaught").And.NotContain("Refused to");
    }

    [SkippableFact]
    public void Report_Screenshot_IsTaken()
    {
        Skip.If(Chromium is null, "Chromium is not installed.");
        var report = Cli.TempFile("report.html");
        Cli.Run("evaluate", Cli.Plan, "--observations", Cli.Observations, "--as-of", "2025-02-28", "--format", "html", "--output", report);
        var png = Path.ChangeExtension(report, ".png");

        RunChromium(report, $"--screenshot={png}", "--window-size=1200,1800");

        new FileInfo(png).Length.Should().BeGreaterThan(10_000);
        File.ReadAllBytes(png).Take(4).Should().Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' });
    }

    private static (string Output, string Log) RunChromium(string page, params string[] arguments)
    {
        var start = new ProcessStartInfo(Chromium!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0", $"--user-data-dir={Directory.CreateTempSubdirectory("chromium-").FullName}" })
        {
            start.ArgumentList.Add(flag);
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(90_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 seconds.");
        }
        return (output.Result, log.Result);
    }

    [GeneratedRegex("<html[^>]*data-ready=\"(\\d+)\"")]
    private static partial Regex ReadyAttribute();
}
