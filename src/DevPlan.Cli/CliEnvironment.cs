using DevPlan.Core.Reporting;
using NodaTime;

namespace DevPlan.Cli;

/// <summary>What the tool writes to and reads the date from, so that tests can run it in-process.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
/// <param name="OutIsTerminal">Whether standard output is a terminal (colour and widths).</param>
/// <param name="ErrorIsTerminal">Whether standard error is a terminal (progress bars).</param>
/// <param name="Today">Today's date, the default as-of date.</param>
/// <param name="OpenInput">Opens standard input, read when an observation file is given as <c>-</c>; null when there is none.</param>
/// <param name="OpenOutput">Opens standard output as bytes, for a binary report (a workbook); null when there is none.</param>
internal sealed record CliEnvironment(TextWriter Out, TextWriter Error, bool OutIsTerminal, bool ErrorIsTerminal, Func<LocalDate> Today, Func<Stream>? OpenInput = null, Func<Stream>? OpenOutput = null)
{
    /// <summary>Gets the words of the tool's own lines: the catalogue of the language --lang names (English until parsed).</summary>
    public Catalogue Words { get; init; } = Catalogue.English;

    /// <summary>The real console and clock.</summary>
    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected,
        () => SystemClock.Instance.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date, Console.OpenStandardInput, Console.OpenStandardOutput);
}
