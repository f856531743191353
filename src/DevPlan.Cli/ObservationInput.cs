using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Units;

namespace DevPlan.Cli;

/// <summary>
/// How the tool opens observation files: in the format of their extension, a workbook at the sheet
/// <c>--sheet</c> names, or else at its first visible sheet, saying once for each file which sheet
/// of several it read (a figure is never taken from a sheet the user did not expect in silence).
/// </summary>
internal sealed class ObservationInput(CliEnvironment env, string? sheet)
{
    private readonly HashSet<string> _noted = new(StringComparer.Ordinal);

    /// <summary>Gets the observation formats, the workbook's reading the sheet named.</summary>
    public ObservationFormats Formats { get; } = ToolFormats.ObservationsFor(sheet);

    /// <summary>Checks that <c>--sheet</c>, when given, has a workbook to name a sheet of.</summary>
    /// <exception cref="CliFailure">No observation file is a workbook.</exception>
    public void CheckSheetApplies(IEnumerable<FileInfo?> files)
    {
        if (sheet is not null && !files.Any(f => f is not null && Formats.FindForPath(f.Name) is XlsxObservationFormat))
        {
            env.Error.WriteLine($"devplan: usage: --sheet \"{sheet}\" names a sheet of a workbook, but no observation file is a workbook (.xlsx).");
            throw new CliFailure(ExitCodes.Usage);
        }
    }

    /// <summary>Opens a reader over a file's stream in a format; for a workbook of several sheets read at its first visible one, says which, once a file.</summary>
    public ObservationReader Open(IObservationFormat format, Stream stream, FileInfo file, UnitSystem units)
    {
        var reader = format.OpenReader(stream, StandardInputFiles.SourceName(file), units);
        if (sheet is null && reader is XlsxObservationReader { Sheets.Length: > 1 } workbook && _noted.Add(file.FullName))
        {
            env.Error.WriteLine($"devplan: note: {StandardInputFiles.DisplayName(file)}: read the sheet \"{workbook.Sheet}\", the first visible of {string.Join(", ", workbook.Sheets)}; name another with --sheet.");
        }
        return reader;
    }
}
