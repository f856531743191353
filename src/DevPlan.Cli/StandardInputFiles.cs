using DevPlan.Core.Serialization;

namespace DevPlan.Cli;

/// <summary>
/// Observations given as <c>-</c>: standard input, copied once to a temporary file named
/// <c>stdin</c> with the extension of <c>--input-format</c>, so that it is read like any file (checked,
/// then evaluated, streaming when large). Problems name it <c>stdin</c>. The copy is deleted on disposal.
/// </summary>
internal sealed class StandardInputFiles(CliEnvironment env, string? inputFormat) : IDisposable
{
    private const string Marker = "devplan-stdin-";
    private DirectoryInfo? _directory;
    private FileInfo? _copy;

    /// <summary>The file to read for an argument: standard input's copy for <c>-</c>, else the file itself.</summary>
    /// <exception cref="CliFailure">Standard input is not available.</exception>
    public FileInfo? Resolve(FileInfo? argument)
    {
        if (argument is not { Name: "-" })
        {
            return argument;
        }
        if (_copy is not null)
        {
            return _copy;
        }
        if (env.OpenInput is null)
        {
            env.Usage("tool.usage.noInput.observations");
            throw new CliFailure(ExitCodes.Usage);
        }
        var format = ToolFormats.Observations.Find(inputFormat ?? "csv")!;
        _directory = Directory.CreateTempSubdirectory(Marker);
        _copy = new FileInfo(Path.Combine(_directory.FullName, "stdin" + format.FileExtensions[0]));
        using (var input = env.OpenInput())
        using (var file = _copy.Create())
        {
            input.CopyTo(file);
        }
        _copy.Refresh();
        return _copy;
    }

    /// <summary>The name a file's problems carry: <c>stdin</c> for standard input's copy, else the path as the user typed it.</summary>
    public static string SourceName(FileInfo file) =>
        file.Directory is { } d && d.Name.StartsWith(Marker, StringComparison.Ordinal) && Path.GetFileNameWithoutExtension(file.Name) == "stdin" ? "stdin" : file.ToString();

    /// <summary>The name a file goes by in summaries: <c>stdin</c>, or the file's name.</summary>
    public static string DisplayName(FileInfo file) => SourceName(file) == "stdin" ? "stdin" : file.Name;

    public void Dispose()
    {
        try
        {
            _directory?.Delete(recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary directory left behind is the system's to clean; the command's result stands.
        }
    }
}
