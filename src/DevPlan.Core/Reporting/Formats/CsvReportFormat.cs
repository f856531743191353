using System.Globalization;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;
using nietras.SeparatedValues;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>The CSV report: one row per target in plan order, figures unrounded, texts safe to open in a spreadsheet.</summary>
internal sealed class CsvReportFormat : IReportFormat
{
    public string Name => "csv";

    public string Description => "one row per target, for spreadsheets";

    public string FileExtension => ".csv";

    public void Write(EvaluationReport report, Stream output)
    {
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(output);
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        foreach (var row in report.Rows)
        {
            var result = row.Result;
            var a = result.Assessment;
            using var line = writer.NewRow();
            line["targetId"].Set(result.Target.Id);
            line["indicator"].Set(result.Target.Indicator);
            line["zone"].Set(result.Target.Zone.ZoneCode ?? "");
            line["period"].Set(result.Target.Period.ToString());
            line["status"].Set(a.Status.ToString());
            line["target"].Set(a.Target?.ToString(CultureInfo.InvariantCulture) ?? "");
            line["actual"].Set(a.Actual?.ToString(CultureInfo.InvariantCulture) ?? "");
            line["gap"].Set((a.RateGap?.Value ?? a.LevelGap?.Value)?.ToString(CultureInfo.InvariantCulture) ?? "");
            line["gapUnit"].Set(a.RateGap is not null ? "percentagePoints" : a.LevelGap is { } g ? g.Unit == Unit.Percent ? "percentagePoints" : g.Unit.ToString() : "");
            line["unit"].Set(result.Target.Kind == TargetKind.Completion ? "" : a.Unit.ToString());
            line["completion"].Set(a.Completion?.Value.ToString(CultureInfo.InvariantCulture) ?? "");
            line["provisional"].Set(row.IsProvisional ? "true" : "false");
            line["note"].Set(SpreadsheetText.Neutralise(row.Note ?? ""));
            line["explanation"].Set(SpreadsheetText.Neutralise(row.Explanation));
        }
    }
}
