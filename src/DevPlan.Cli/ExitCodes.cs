namespace DevPlan.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Success; warnings allowed.</summary>
    public const int Success = 0;

    /// <summary>The plan or the observations are invalid (they have errors).</summary>
    public const int Invalid = 1;

    /// <summary>A file cannot be read, parsed or written, or standard output cannot be written.</summary>
    public const int Unreadable = 2;

    /// <summary>A draft was written, but with findings: parts of the text were not understood or could not be kept (devplan draft).</summary>
    public const int DraftWithFindings = 3;

    /// <summary>The command line is wrong (sysexits EX_USAGE).</summary>
    public const int Usage = 64;

    /// <summary>An unexpected failure in the tool itself (sysexits EX_SOFTWARE).</summary>
    public const int Internal = 70;
}
