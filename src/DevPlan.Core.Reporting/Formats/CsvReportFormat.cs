using System.Globalization;
using DevPlan.Core.Internal;
using nietras.SeparatedValues;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>
/// The CSV report: one row per target in plan order, the columns of the result record
/// (<see cref="ResultRecord"/>) with their codes, published figures as published and computed shares to
/// one decimal (<see cref="ResultColumn.ShownDecimals"/>; JSON and Parquet keep them exact), the plan, as-of date and language on
/// every row so that evaluations stack, and texts safe to open in a spreadsheet.
/// </summary>
internal sealed class CsvReportFormat : IReportFormat
{
    public string Name => "csv";

    public string Description => "one row per target, for spreadsheets";

    public string FileExtension => ".csv";

    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        var columns = ResultRecord.Columns;
        if (report.Rows.IsEmpty)
        {
            writer.Header.Add([.. columns.Select(c => c.Name)]);
            writer.Header.Write();
            return;
        }
        foreach (var row in report.Rows)
        {
            using var line = writer.NewRow();
            foreach (var column in columns)
            {
                var text = column.ShownTextOf(report, row);
                // Words may begin with a formula's character; codes and figures never do.
                line[column.Name].Set(column.Type == ResultColumnType.Text ? SpreadsheetText.Neutralise(text) : text);
            }
        }
    }
}
