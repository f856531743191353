namespace DevPlan.Cli;

/// <summary>A failure already reported to the user; carries the exit code.</summary>
internal sealed class CliFailure(int exitCode) : Exception
{
    public int ExitCode { get; } = exitCode;
}
