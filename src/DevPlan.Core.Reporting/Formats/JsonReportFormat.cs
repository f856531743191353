using System.Text.Encodings.Web;
using System.Text.Json;
using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting.Formats;

/// <summary>
/// The JSON report, a public contract (<c>schemaVersion</c> 1; see the README): numbers keep full
/// decimal precision, statuses and kinds are camelCase, absent figures are null. Fields may be added
/// within the schema version; none is removed or changes meaning.
/// </summary>
internal sealed class JsonReportFormat : IReportFormat
{
    /// <summary>The bytes the writer holds before it passes them on: a large report is streamed, not buffered whole.</summary>
    private const int FlushThreshold = 64 * 1024;

    public string Name => "json";

    public string Description => "the JSON contract of the README, numbers at full precision";

    public string FileExtension => ".json";

    public void Write(EvaluationReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        json.WriteString("plan", report.Plan.Id);
        json.WriteString("title", report.Title);
        json.WriteString("asOf", report.AsOf);
        json.WriteString("language", report.Catalogue.IsChinese ? "zh" : "en");
        json.WriteStartObject("summary");
        foreach (var status in Enum.GetValues<AttainmentStatus>())
        {
            json.WriteNumber(ResultRecord.Code(status), report.Evaluation.Count(status));
        }
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var row in report.Rows)
        {
            json.WriteStartObject();
            foreach (var column in ResultRecord.Columns)
            {
                if (!column.IsPerReport)
                {
                    Write(json, column.Name, column.ValueOf(report, row));
                }
            }
            json.WriteStartArray("sources");
            foreach (var source in row.Result.Sources)
            {
                json.WriteStringValue(source.Period.ToString());
            }
            json.WriteEndArray();
            // A target set each year by the annual plans: the year-by-year verdicts its own rests on.
            json.WriteStartArray("annualResults");
            foreach (var step in row.Result.AnnualResults)
            {
                json.WriteStartObject();
                json.WriteString("targetId", step.Target.Id);
                json.WriteString("period", step.Target.Period.ToString());
                json.WriteString("status", ResultRecord.Code(step.Assessment.Status));
                Write(json, "target", step.Assessment.Target);
                Write(json, "actual", step.Assessment.Actual);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > FlushThreshold)
            {
                // A report of many targets goes out as it is written, not held whole in the writer's buffer.
                json.Flush();
            }
        }
        json.WriteEndArray();
        json.WriteStartObject("unused");
        foreach (var (reason, count) in report.Evaluation.Unused.Counts.OrderBy(c => c.Key))
        {
            json.WriteNumber(ResultRecord.Code(reason), count);
        }
        json.WriteEndObject();
        json.WriteStartArray("contributions");
        foreach (var contribution in report.Evaluation.ZoneContributions)
        {
            if (!contribution.IsComputed)
            {
                continue;
            }
            var breakdown = contribution.Breakdown;
            json.WriteStartObject();
            json.WriteString("indicator", contribution.Indicator.Code);
            json.WriteString("period", contribution.Period.ToString());
            json.WriteNumber("totalGrowth", breakdown.TotalGrowth.Value);
            json.WriteStartArray("zones");
            foreach (var part in breakdown.Parts)
            {
                json.WriteStartObject();
                json.WriteString("zone", part.Name);
                NumberOrNull(json, "share", part.Share?.Value);
                json.WriteNumber("pull", part.Pull.Value);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        // The indicators with zone figures whose contributions are not computed, and why, as the other reports' notes say.
        json.WriteStartArray("contributionGaps");
        foreach (var contribution in report.Evaluation.ZoneContributions)
        {
            if (contribution.IsComputed)
            {
                continue;
            }
            json.WriteStartObject();
            json.WriteString("indicator", contribution.Indicator.Code);
            json.WriteString("period", contribution.Period.ToString());
            json.WriteString("gap", ResultRecord.Code(contribution.Gap.Value));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>A value of the result record as JSON: a string, an exact number, an ISO date, a boolean or null.</summary>
    private static void Write(Utf8JsonWriter json, string name, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNull(name);
                break;
            case string text:
                json.WriteString(name, text);
                break;
            case decimal number:
                json.WriteNumber(name, number);
                break;
            case int number:
                json.WriteNumber(name, number);
                break;
            case NodaTime.LocalDate date:
                json.WriteString(name, date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                break;
            case bool flag:
                json.WriteBoolean(name, flag);
                break;
            default:
                throw new InvalidOperationException($"The result column {name} gave a value of type {value.GetType().Name}, which JSON has no form for.");
        }
    }

    private static void NumberOrNull(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
