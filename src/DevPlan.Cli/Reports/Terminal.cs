using Spectre.Console;

namespace DevPlan.Cli.Reports;

/// <summary>Spectre consoles over the tool's writers: colour and interaction only on a terminal, a fixed width otherwise.</summary>
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
            console.Profile.Width = 200;
        }
        return console;
    }
}
