using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using DevPlan.Core.Attainment;

namespace DevPlan.Cli.Reports;

/// <summary>
/// The JSON report: a public contract (see README, "devplan evaluate --format json"). Numbers keep
/// full decimal precision; statuses and kinds are camelCase; absent figures are null.
/// </summary>
internal static class JsonReport
{
    public static void Write(AttainmentReport report, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", 1);
        json.WriteString("plan", report.Plan.Id);
        json.WriteString("title", report.Labels.T(report.Plan.Title));
        json.WriteString("asOf", report.Evaluation.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("language", report.Labels.Language);
        json.WriteStartObject("summary");
        foreach (var status in Enum.GetValues<AttainmentStatus>())
        {
            json.WriteNumber(Camel(status.ToString()), report.Evaluation.Count(status));
        }
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var result in report.Evaluation.Results)
        {
            var a = result.Assessment;
            json.WriteStartObject();
            json.WriteString("targetId", result.Target.Id);
            json.WriteString("indicator", result.Target.Indicator);
            WriteStringOrNull(json, "zone", result.Target.Zone.ZoneCode);
            json.WriteString("period", result.Target.Period.ToString());
            json.WriteString("kind", Camel(result.Target.Kind.ToString()));
            WriteStringOrNull(json, "qualifier", result.Target.Qualifier is { } q ? Camel(q.ToString()) : null);
            json.WriteString("nature", Camel(result.Target.Nature.ToString()));
            json.WriteString("status", Camel(a.Status.ToString()));
            WriteStringOrNull(json, "reason", a.Reason == AttainmentReason.None ? null : Camel(a.Reason.ToString()));
            WriteNumberOrNull(json, "target", a.Target);
            WriteNumberOrNull(json, "actual", a.Actual);
            WriteNumberOrNull(json, "gap", a.RateGap?.Value ?? a.LevelGap?.Value);
            WriteStringOrNull(json, "gapUnit", a.RateGap is not null ? "percentagePoints" : a.LevelGap is { } g ? g.Unit.ToString() : null);
            WriteStringOrNull(json, "unit", result.Target.Kind == DevPlan.Core.TargetKind.Completion ? null : a.Unit.ToString());
            WriteNumberOrNull(json, "completion", a.Completion?.Value);
            WriteNumberOrNull(json, "elapsedShare", a.ElapsedShare?.Value);
            WriteNumberOrNull(json, "paceGap", a.PaceGap?.Value);
            WriteNumberOrNull(json, "stretch", a.Stretch);
            WriteStringOrNull(json, "stretchStatus", a.StretchStatus is { } s ? Camel(s.ToString()) : null);
            json.WriteBoolean("final", a.IsFinal);
            WriteStringOrNull(json, "observationPeriod", result.Observation?.Period.ToString());
            json.WriteString("explanation", a.Explain(report.Labels.Language));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("contributions");
        foreach (var contribution in report.Contributions)
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
                WriteNumberOrNull(json, "share", part.Share?.Value);
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

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
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

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, decimal? value)
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
