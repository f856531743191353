using System.Globalization;
using DevPlan.Core.Serialization;
using nietras.SeparatedValues;

namespace DevPlan.Cli.Reports;

/// <summary>The CSV report: one row per target in plan order, safe to open in a spreadsheet.</summary>
internal static class CsvReport
{
    public static void Write(AttainmentReport report, Stream output)
    {
        using var writer = Sep.New(',').Writer(o => o with { Escape = true, CultureInfo = CultureInfo.InvariantCulture }).To(output, leaveOpen: true);
        foreach (var result in report.Evaluation.Results)
        {
            var a = result.Assessment;
            using var row = writer.NewRow();
            row["targetId"].Set(result.Target.Id);
            row["indicator"].Set(result.Target.Indicator);
            row["zone"].Set(result.Target.Zone.ZoneCode ?? "");
            row["period"].Set(result.Target.Period.ToString());
            row["status"].Set(a.Status.ToString());
            row["target"].Set(a.Target?.ToString(CultureInfo.InvariantCulture) ?? "");
            row["actual"].Set(a.Actual?.ToString(CultureInfo.InvariantCulture) ?? "");
            row["gap"].Set((a.RateGap?.Value ?? a.LevelGap?.Value)?.ToString(CultureInfo.InvariantCulture) ?? "");
            row["unit"].Set(result.Target.Kind == DevPlan.Core.TargetKind.Completion ? "" : a.Unit.ToString());
            row["completion"].Set(a.Completion?.Value.ToString(CultureInfo.InvariantCulture) ?? "");
            row["explanation"].Set(SpreadsheetText.Neutralise(a.Explain(report.Labels.Language)));
        }
    }
}
