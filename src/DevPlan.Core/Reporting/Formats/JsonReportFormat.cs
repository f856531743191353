using System.Text.Encodings.Web;
using System.Text.Json;
using DevPlan.Core.Attainment;
using DevPlan.Core.Internal;
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
        Preconditions.CheckNotNull(report);
        Preconditions.CheckNotNull(output);
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
            json.WriteNumber(Camel(status.ToString()), report.Evaluation.Count(status));
        }
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var row in report.Rows)
        {
            var result = row.Result;
            var a = result.Assessment;
            json.WriteStartObject();
            json.WriteString("targetId", result.Target.Id);
            json.WriteString("indicator", result.Target.Indicator);
            StringOrNull(json, "zone", result.Target.Zone.ZoneCode);
            json.WriteString("period", result.Target.Period.ToString());
            json.WriteString("kind", Camel(result.Target.Kind.ToString()));
            StringOrNull(json, "qualifier", result.Target.Qualifier is { } q ? Camel(q.ToString()) : null);
            json.WriteString("nature", Camel(result.Target.Nature.ToString()));
            json.WriteString("status", Camel(a.Status.ToString()));
            StringOrNull(json, "reason", a.Reason == AttainmentReason.None ? null : Camel(a.Reason.ToString()));
            NumberOrNull(json, "target", a.Target);
            NumberOrNull(json, "actual", a.Actual);
            NumberOrNull(json, "gap", a.RateGap?.Value ?? a.LevelGap?.Value);
            StringOrNull(json, "gapUnit", a.RateGap is not null ? "percentagePoints" : a.LevelGap is { } g ? g.Unit == Unit.Percent ? "percentagePoints" : g.Unit.ToString() : null);
            StringOrNull(json, "unit", result.Target.Kind == TargetKind.Completion ? null : a.Unit.ToString());
            NumberOrNull(json, "completion", a.Completion?.Value);
            NumberOrNull(json, "elapsedShare", a.ElapsedShare?.Value);
            NumberOrNull(json, "paceGap", a.PaceGap?.Value);
            NumberOrNull(json, "requiredRate", a.RequiredRate?.Value);
            NumberOrNull(json, "projected", a.Projected);
            if (a.YearsObserved is { } years)
            {
                json.WriteNumber("yearsObserved", years);
            }
            else
            {
                json.WriteNull("yearsObserved");
            }
            StringOrNull(json, "baselinePeriod", result.Baseline?.Period.ToString());
            NumberOrNull(json, "stretch", a.Stretch);
            StringOrNull(json, "stretchStatus", a.StretchStatus is { } s ? Camel(s.ToString()) : null);
            json.WriteBoolean("final", a.IsFinal);
            json.WriteBoolean("provisional", row.IsProvisional);
            StringOrNull(json, "observationPeriod", result.Observation?.Period.ToString());
            json.WriteString("basis", Camel(result.Basis.ToString()));
            json.WriteStartArray("sources");
            foreach (var source in result.Sources)
            {
                json.WriteStringValue(source.Period.ToString());
            }
            json.WriteEndArray();
            StringOrNull(json, "note", row.Note);
            json.WriteString("explanation", row.Explanation);
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
            json.WriteNumber(Camel(reason.ToString()), count);
        }
        json.WriteEndObject();
        json.WriteStartArray("contributions");
        foreach (var contribution in report.Evaluation.ZoneContributions)
        {
            json.WriteStartObject();
            json.WriteString("indicator", contribution.Indicator.Code);
            json.WriteString("period", contribution.Period.ToString());
            json.WriteNumber("totalGrowth", contribution.Breakdown.TotalGrowth.Value);
            json.WriteStartArray("zones");
            foreach (var part in contribution.Breakdown.Parts)
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
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    private static void StringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
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
