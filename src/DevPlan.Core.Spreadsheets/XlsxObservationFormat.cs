using System.Globalization;
using System.Collections.Immutable;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Spreadsheets;

/// <summary>
/// Observations in an Excel workbook (.xlsx): read from a tidy or a wide sheet (see
/// <see cref="TableObservationReader"/>), each problem located at its cell (<c>Sheet1!C7</c>); written as one
/// tidy sheet under the columns of <see cref="ObservationCsv.Columns"/>, values as numbers that show
/// their published decimals. Register it with <see cref="ObservationFormats.With"/>.
/// </summary>
public sealed class XlsxObservationFormat : IObservationFormat
{
    /// <summary>Initializes the format with the options it reads with.</summary>
    /// <param name="options">The sheet, the limits and how formulas are treated; <see cref="XlsxReadOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">A limit of <paramref name="options"/> is not positive.</exception>
    public XlsxObservationFormat(XlsxReadOptions? options = null)
    {
        options ??= XlsxReadOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxUncompressedBytes, "options.MaxUncompressedBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxEntries, "options.MaxEntries");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRows, "options.MaxRows");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxColumns, "options.MaxColumns");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellLength, "options.MaxCellLength");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.HeaderSearchRows, "options.HeaderSearchRows");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxRowCharacters, "options.MaxRowCharacters");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxSharedStrings, "options.MaxSharedStrings");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxSharedStringCharacters, "options.MaxSharedStringCharacters");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxCellFormats, "options.MaxCellFormats");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxXmlDepth, "options.MaxXmlDepth");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxXmlTokenBytes, "options.MaxXmlTokenBytes");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxXmlNames, "options.MaxXmlNames");
        Options = options;
    }

    /// <summary>Gets the options the format reads with.</summary>
    public XlsxReadOptions Options { get; }

    /// <inheritdoc />
    public string Name => "xlsx";

    /// <inheritdoc />
    public string Description => "Excel workbooks, tidy or wide sheets (one column per period)";

    /// <inheritdoc />
    public ImmutableArray<string> FileExtensions { get; } = [".xlsx"];

    /// <inheritdoc />
    /// <remarks>The units given here are used unless <see cref="XlsxReadOptions.Units"/> names others.</remarks>
    public ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        return XlsxObservationReader.Open(input, ownsStream: false, sourceName, OptionsFor(units));
    }

    /// <summary>Opens a reader over a workbook file.</summary>
    /// <param name="path">The file's path; problems name the file by its name.</param>
    /// <param name="units">The units the sheet may use; as in <see cref="OpenReader(Stream, string?, UnitSystem?)"/>.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="Diagnostics.DevPlanFormatException">The file is not a workbook, breaks a limit, or its sheet has no header.</exception>
    public ObservationReader OpenFile(string path, UnitSystem? units = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = File.OpenRead(path);
        try
        {
            return XlsxObservationReader.Open(stream, ownsStream: true, Path.GetFileName(path), OptionsFor(units));
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>The options to read with: the caller's units unless the options name their own.</summary>
    private XlsxReadOptions OptionsFor(UnitSystem? units) => Options.Units is null && units is not null ? Options with { Units = units } : Options;

    /// <inheritdoc />
    public void Write(IEnumerable<Observation> observations, Stream output)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new WorkbookWriter(output, " pp", "observations");
        var sheet = workbook.AddSheet("observations", [18, 12, 14, 14, 10, 10, 8, 30, 10, 12], frozenRows: 1);
        sheet.StartRow();
        foreach (var column in ObservationCsv.Columns)
        {
            sheet.Text(column, WorkbookStyles.HeaderStyle);
        }
        foreach (var observation in observations)
        {
            ArgumentNullException.ThrowIfNull(observation, nameof(observations));
            sheet.StartRow();
            sheet.Text(observation.Indicator);
            sheet.Text(observation.Zone.ZoneCode);
            sheet.Text(observation.Period.ToString());
            sheet.Number(observation.Level?.Value, WorkbookStyles.Number(observation.Level?.Value.Scale ?? 0));
            sheet.Text(observation.Level?.Unit.ToString());
            sheet.Number(observation.Growth?.Value, WorkbookStyles.Number(observation.Growth?.Value.Scale ?? 0));
            sheet.Text(ObservationCsv.StatusCode(observation.Status).ToString());
            sheet.Text(observation.Source);
            sheet.Boolean(observation.Completed);
            sheet.Date(observation.Released);
        }
        workbook.EndSheet(sheet, 1, ObservationCsv.Columns.Length);
        workbook.Finish();
    }
}
