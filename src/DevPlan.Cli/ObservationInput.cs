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
            env.Usage("tool.usage.sheetWithoutWorkbook", ("sheet", sheet));
            throw new CliFailure(ExitCodes.Usage);
        }
    }

    /// <summary>Opens a reader over a file's stream in a format; for a workbook of several sheets read at its first visible one, says which, once a file.</summary>
    public ObservationReader Open(IObservationFormat format, Stream stream, FileInfo file, UnitSystem units)
    {
        var reader = format.OpenReader(stream, StandardInputFiles.SourceName(file), units);
        if (sheet is null && reader is XlsxObservationReader { Sheets.Length: > 1 } workbook && _noted.Add(file.FullName))
        {
            env.Note("tool.note.sheetRead", ("file", StandardInputFiles.DisplayName(file)), ("sheet", workbook.Sheet), ("sheets", string.Join(env.Words["grammar.seriesSeparator"],
                workbook.Sheets.Select(s => s.Hidden ? env.Words.Format("tool.sheet.hidden", ("name", s.Name)) : s.Name))));
        }
        return reader;
    }
}
