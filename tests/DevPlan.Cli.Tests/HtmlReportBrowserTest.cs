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

    /// <summary>
    /// Measures the page as laid out, in the page itself: the table fits the window, no cell's content
    /// spills out of it, no figure group is broken across lines, and no chart's words lie on its bars.
    /// </summary>
    private const string LayoutProbe = """
        <script>
        window.addEventListener('load', () => {
          const problems = [];
          const root = document.documentElement;
          if (root.scrollWidth > window.innerWidth + 1) problems.push(`page ${root.scrollWidth}px wide in a ${window.innerWidth}px window`);
          for (const td of document.querySelectorAll('td')) {
            if (td.scrollWidth > td.clientWidth + 1) problems.push(`cell overflows: ${td.textContent.trim().slice(0, 40)}`);
          }
          for (const group of document.querySelectorAll('.nb')) {
            if (group.getClientRects().length > 1) problems.push(`figure broken across lines: ${group.textContent}`);
          }
          for (const svg of document.querySelectorAll('svg.bullet')) {
            const bars = [...svg.querySelectorAll('rect.bar')].map(b => b.getBBox()).filter(b => b.width > 0);
            for (const text of svg.querySelectorAll('text')) {
              const t = text.getBBox();
              for (const b of bars) {
                if (t.x < b.x + b.width && b.x < t.x + t.width && t.y < b.y + b.height && b.y < t.y + t.height) problems.push(`label on a bar: ${text.textContent}`);
              }
            }
          }
          root.setAttribute('data-layout', problems.length === 0 ? 'ok' : problems.join(' | '));
        });
        </script>
        """;

    [SkippableTheory]
    [InlineData("jinan-high-tech-zone-2024", "zh", 1400)]
    [InlineData("jinan-high-tech-zone-2024", "en", 800)]
    [InlineData("jinan-high-tech-zone-2024", "zh", 800)]
    [InlineData("china-14th-five-year-plan", "en", 1400)]
    [InlineData("china-14th-five-year-plan", "en", 800)]
    [InlineData("china-14th-five-year-plan", "zh", 800)]
    public void Report_LaysOutCleanly_AtEachWidth(string seed, string language, int width)
    {
        Skip.If(Chromium is null, "Chromium is not installed.");
        var observations = seed.StartsWith("jinan", StringComparison.Ordinal) ? Cli.Observations : Path.Combine(Cli.Seeds, $"{seed}.observations.csv");
        var report = Cli.TempFile("report.html");
        Cli.Run("evaluate", Path.Combine(Cli.Seeds, $"{seed}.plan.json"), "--observations", observations, "--as-of", "2026-03-31", "--format", "html",
            "--lang", language, "--output", report).ExitCode.Should().Be(0);
        File.WriteAllText(report, File.ReadAllText(report).Replace("</body>", LayoutProbe + "</body>", StringComparison.Ordinal));
        var png = Path.Combine(Path.GetDirectoryName(report)!, $"{seed}.{language}.{width}.png");

        var (dom, log) = RunChromium(report, "--dump-dom", $"--window-size={width},2400");
        RunChromium(report, $"--screenshot={png}", $"--window-size={width},2400");

        LayoutAttribute().Match(dom).Groups[1].Value.Should().Be("ok", $"the page is laid out at {width} px (screenshot: {png}); {log}");
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

    [GeneratedRegex("<html[^>]*data-layout=\"([^\"]*)\"")]
    private static partial Regex LayoutAttribute();
}
