using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>Spectre consoles over the tool's writers: colour and interaction only on a terminal, the width of the terminal, or of COLUMNS or 120 when redirected.</summary>
internal static class Terminal
{
    public static IAnsiConsole Console(TextWriter writer, bool isTerminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!isTerminal)
        {
            console.Profile.Width = RedirectedWidth(Environment.GetEnvironmentVariable("COLUMNS"));
        }
        return console;
    }

    /// <summary>
    /// The width of a table written to a file or a pipe: the COLUMNS the shell exports (40 to 1,000),
    /// else 120, a width a page or an editor shows whole; the long cells (the explanation) wrap within it.
    /// </summary>
    internal static int RedirectedWidth(string? columns) =>
        int.TryParse(columns, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var width) && width is >= 40 and <= 1000
            ? width
            : 120;
}
