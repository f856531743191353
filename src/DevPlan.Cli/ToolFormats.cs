using DevPlan.Core.Parquet;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Cli.Reports;
using DevPlan.Core.Spreadsheets;

namespace DevPlan.Cli;

/// <summary>
/// The formats the tool reads and writes, registered in this one place: the library's own (CSV,
/// JSON, Markdown, HTML), the workbook package's (.xlsx), the Parquet package's (.parquet), and the terminal table. The
/// <c>--format</c> choices, the extensions <c>evaluate</c> and <c>validate</c> accept and
/// <c>--input-format</c> all come from here.
/// </summary>
internal static class ToolFormats
{
    /// <summary>Gets the observation formats, chosen by a file's extension; a workbook is read at its first visible sheet.</summary>
    public static ObservationFormats Observations { get; } = ObservationsFor(null);

    /// <summary>The observation formats, a workbook read at the sheet named (<c>--sheet</c>), or at its first visible sheet when null.</summary>
    public static ObservationFormats ObservationsFor(string? sheet) =>
        ObservationFormats.Default.With(new XlsxObservationFormat(new XlsxReadOptions { Sheet = sheet })).With(new ParquetObservationFormat());

    /// <summary>The report formats, with the terminal table in colour or not.</summary>
    public static ReportFormats Reports(bool colour) => ReportFormats.Default.With(new XlsxReportFormat()).With(new ParquetReportFormat()).With(new TableReportFormat(colour));
}
