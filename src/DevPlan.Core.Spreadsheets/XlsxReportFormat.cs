using System.Globalization;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Spreadsheets.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Spreadsheets;

/// <summary>
/// The evaluation report as an Excel workbook (.xlsx), in the report's language, for planners to
/// forward: a results sheet (one row per target; figures as numbers showing their published
/// decimals, rates as percentages, gaps in percentage points, the verdict coloured; the header
/// frozen and filtered), a zone contributions sheet (for a plan with zones), and the plan's targets with their notes.
/// Register it with <see cref="ReportFormats.With"/>.
/// </summary>
public sealed class XlsxReportFormat : IReportFormat
{
    private const uint ResultsHeaderRow = 4;

    /// <inheritdoc />
    public string Name => "xlsx";

    /// <inheritdoc />
    public string Description => "an Excel workbook: results, zone contributions and targets, for forwarding";

    /// <inheritdoc />
    public string FileExtension => ".xlsx";

    /// <inheritdoc />
    public bool IsText => false;

    /// <inheritdoc />
    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var c = report.Catalogue;
        using var workbook = new WorkbookWriter(output, c.Format("points", ("value", "")), report.Title);
        WriteResults(workbook, report);
        if (!report.Plan.Region.Zones.IsEmpty)
        {
            // A plan without zones (a national plan) has no zone contributions to speak of, so no sheet says so.
            WriteContributions(workbook, report);
        }
        WriteTargets(workbook, report);
        workbook.Finish();
    }

    private static void WriteResults(WorkbookWriter workbook, EvaluationReport report)
    {
        var c = report.Catalogue;
        string[] labels = ["label.number", "label.targetId", "label.indicator", "label.period", "label.target", "label.targetValue", "label.actual", "label.unit",
            "label.gap", "label.completion", "label.pace", "label.status", "label.note", "label.explanation", "label.planId", "label.asOfDate", "label.language"];
        var sheet = workbook.AddSheet(c["sheet.results"], [6, 22, 28, 14, 18, 12, 12, 14, 12, 12, 30, 14, 30, 60, 20, 12, 8], ResultsHeaderRow);
        sheet.StartRow();
        sheet.Text(report.Title, WorkbookStyles.TitleStyle);
        sheet.StartRow();
        sheet.Text(report.AsOfSentence);
        sheet.StartRow();
        sheet.Text(report.Summary);
        sheet.StartRow(HeaderHeight);
        foreach (var label in labels)
        {
            sheet.Text(c[label], WorkbookStyles.HeaderStyle);
        }
        var number = 0;
        foreach (var row in report.Rows)
        {
            var result = row.Result;
            var a = result.Assessment;
            var isRate = a.Unit == Unit.Percent;
            var isTask = a.Measure is VerdictMeasure.Task or VerdictMeasure.Aim;
            // Row heights are set from the wrapped note and explanation: an application that does not fit rows on opening lays none over the next.
            sheet.StartRow(SheetWriter.RowHeight((row.Note, 30), (row.Explanation, 60)));
            sheet.Number(++number, WorkbookStyles.Number(0));
            sheet.Text(result.Target.Id);
            sheet.Text(report.IndicatorWithZone(row));
            sheet.Text(c.Format(result.Target.Period));
            sheet.Text(row.Target);
            // The target and the actual are as published when they are the plan's and the figure's own (a year's growth,
            // a level), and computed otherwise (an average annual rate, a cumulative change, a target relative to
            // another's figure): then shown to one decimal for a rate and two for a level, the exact value being in
            // the JSON and Parquet reports.
            var actualPublished = a.Actual is { } actual && result.Observation is { } o && (o.Growth?.Value ?? o.Level?.Value) is { } own
                && own == actual && own.Scale == actual.Scale;
            var targetPublished = a.Target is { } aim && result.Target.Figure?.Value is { } stated && stated == aim && stated.Scale == aim.Scale;
            // Levels in the language's magnitudes: 650 million tonnes in English where Chinese writes 6.5亿吨.
            var (unit, shift) = isRate ? (a.Unit, 0) : Displayed(a.Unit, c);
            Figure(sheet, isTask ? null : Scaled(a.Target, shift), isRate, targetPublished);
            Figure(sheet, isTask ? null : Scaled(a.Actual, shift), isRate, actualPublished);
            sheet.Text(isTask ? null : c.UnitName(unit, result.Target.Indicator));
            if (isTask)
            {
                sheet.Skip(); // a task is done or not: its verdict says which
            }
            else if (a.RateGap is { } points)
            {
                var decimals = actualPublished ? points.Value.Scale : 1;
                sheet.Number(Shown(points.Value, decimals), WorkbookStyles.Points(decimals));
            }
            else if (a.LevelGap is { } level)
            {
                Figure(sheet, Scaled(level.Value, level.Unit == a.Unit ? shift : 0), level.Unit == Unit.Percent, actualPublished);
            }
            else
            {
                sheet.Skip();
            }
            if (a.Completion is { } completion)
            {
                var shown = Math.Round(completion.Value, 1, MidpointRounding.AwayFromZero);
                sheet.Number(shown / 100m, WorkbookStyles.Percent(1));
            }
            else
            {
                sheet.Skip();
            }
            sheet.Text(row.Pace);
            sheet.Text(row.IsProvisional ? row.Status + " †" : row.Status, WorkbookStyles.Status(Colour(a.Status)));
            sheet.Text(row.Note, WorkbookStyles.WrapStyle);
            sheet.Text(row.Explanation, WorkbookStyles.WrapStyle);
            // The plan, the as-of date and the language on every row, so that the rows of several evaluations stack.
            sheet.Text(report.Plan.Id);
            sheet.Date(report.Evaluation.AsOf);
            sheet.Text(c.IsChinese ? "zh" : "en");
        }
        var last = sheet.Row;
        if (report.HasProvisional)
        {
            sheet.StartRow();
            sheet.StartRow();
            sheet.Text(c["report.provisionalNote"]);
        }
        workbook.EndSheet(sheet, ResultsHeaderRow, labels.Length, last);
    }

    private static void WriteContributions(WorkbookWriter workbook, EvaluationReport report)
    {
        var c = report.Catalogue;
        string[] labels = ["label.indicator", "label.period", "label.growth", "label.zone", "label.increment", "label.unit", "label.share", "label.pull"];
        var sheet = workbook.AddSheet(c["sheet.contributions"], [28, 16, 10, 18, 14, 14, 14, 14], 1);
        sheet.StartRow();
        foreach (var label in labels)
        {
            sheet.Text(c[label], WorkbookStyles.HeaderStyle);
        }
        foreach (var contribution in report.Contributions)
        {
            var growth = Math.Round(contribution.Contribution.Breakdown!.TotalGrowth.Value, 1, MidpointRounding.AwayFromZero);
            foreach (var part in contribution.Parts)
            {
                sheet.StartRow();
                sheet.Text(contribution.Indicator);
                sheet.Text(contribution.Period);
                sheet.Number(growth / 100m, WorkbookStyles.Percent(1));
                sheet.Text(part.Zone);
                sheet.Number(part.Part.Increment.Value, WorkbookStyles.Number(part.Part.Increment.Value.Scale));
                sheet.Text(c.UnitName(part.Part.Increment.Unit));
                if (part.Part.Share is { } share)
                {
                    sheet.Number(Math.Round(share.Value, 1, MidpointRounding.AwayFromZero) / 100m, WorkbookStyles.Percent(1));
                }
                else
                {
                    sheet.Skip();
                }
                sheet.Number(Math.Round(part.Part.Pull.Value, 2, MidpointRounding.AwayFromZero), WorkbookStyles.Points(2));
            }
        }
        var last = sheet.Row;
        if (report.Contributions.IsEmpty && report.ContributionNotes.IsEmpty)
        {
            sheet.StartRow();
            sheet.StartRow();
            sheet.Text(c["report.noContributions"]);
        }
        if (!report.ContributionNotes.IsEmpty)
        {
            sheet.StartRow();
            foreach (var note in report.ContributionNotes)
            {
                sheet.StartRow();
                sheet.Text(note);
            }
        }
        workbook.EndSheet(sheet, 1, labels.Length, last);
    }

    /// <summary>The height of a header row, in points: one line of bold 11-point text with room around it.</summary>
    private const double HeaderHeight = 20;

    private static void WriteTargets(WorkbookWriter workbook, EvaluationReport report)
    {
        var c = report.Catalogue;
        string[] labels = ["label.number", "label.targetId", "label.indicator", "label.period", "label.target", "label.nature", "label.note"];
        var sheet = workbook.AddSheet(c["sheet.targets"], [6, 22, 28, 14, 18, 10, 60], 1);
        sheet.StartRow(HeaderHeight);
        foreach (var label in labels)
        {
            sheet.Text(c[label], WorkbookStyles.HeaderStyle);
        }
        var number = 0;
        foreach (var row in report.Rows)
        {
            var target = row.Result.Target;
            // Row heights are set from the wrapped note: an application that does not fit rows on opening lays none over the next.
            sheet.StartRow(SheetWriter.RowHeight((row.Note, 60)));
            sheet.Number(++number, WorkbookStyles.Number(0));
            sheet.Text(target.Id);
            sheet.Text(report.IndicatorWithZone(row));
            sheet.Text(c.Format(target.Period));
            sheet.Text(row.Target);
            sheet.Text(c.Nature(target.Nature));
            sheet.Text(row.Note, WorkbookStyles.WrapStyle);
        }
        workbook.EndSheet(sheet, 1, labels.Length, sheet.Row);
    }

    /// <summary>
    /// A figure in its unit, always a number cell: a rate as a percentage (7.2 is 7.2%), a level as a
    /// number. A published figure shows its own decimals; a computed one is rounded to one decimal for
    /// a rate and two for a level (half away from zero), as the text reports show it.
    /// </summary>
    private static void Figure(SheetWriter sheet, decimal? value, bool isRate, bool published)
    {
        if (value is not { } figure)
        {
            sheet.Skip();
            return;
        }
        var decimals = published ? figure.Scale : isRate ? 1 : Math.Min((int)figure.Scale, 2);
        var shown = published ? figure : Shown(figure, decimals);
        if (isRate)
        {
            sheet.Number(shown / 100m, WorkbookStyles.Percent(decimals));
        }
        else
        {
            sheet.Number(shown, WorkbookStyles.Number(decimals));
        }
    }

    /// <summary>
    /// The unit a level is shown in, and the powers of ten its values move by: the largest magnitude of the
    /// language's catalogue (<c>computed.magnitudes</c>) not above the unit's (亿 stays 亿 in Chinese; 10^8
    /// becomes million in English, two powers of ten down).
    /// </summary>
    private static (Unit Unit, int Shift) Displayed(Unit unit, Catalogue c)
    {
        if (unit.Exponent <= 0)
        {
            return (unit, 0);
        }
        var exponent = c["computed.magnitudes"].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(m => int.Parse(m, CultureInfo.InvariantCulture)).Where(m => m <= unit.Exponent).DefaultIfEmpty(0).Max();
        return (new Unit(unit.Dimension, exponent), unit.Exponent - exponent);
    }

    /// <summary>A figure moved <paramref name="shift"/> powers of ten (×100 from 亿 to million): its decimals move with it, 7.7 becoming 770, not 770.0.</summary>
    private static decimal? Scaled(decimal? value, int shift)
    {
        if (value is not { } figure || shift == 0)
        {
            return value;
        }
        var moved = figure;
        for (var i = 0; i < shift; i++)
        {
            moved *= 10m;
        }
        return Math.Round(moved, Math.Max(0, figure.Scale - shift), MidpointRounding.AwayFromZero);
    }

    /// <summary>A computed figure rounded to the decimals it is shown with.</summary>
    private static decimal Shown(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static StatusColour Colour(AttainmentStatus status) => ReportRow.ToneOf(status) switch
    {
        VerdictTone.Met => StatusColour.Met,
        VerdictTone.OnTrack => StatusColour.OnTrack,
        VerdictTone.Warning => StatusColour.AtRisk,
        VerdictTone.Missed => StatusColour.Missed,
        VerdictTone.None => StatusColour.None,
    };
}
