using System.Globalization;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using CsvHelper.Configuration;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using nietras.SeparatedValues;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// Importing observation CSV: DevPlan against the raw limit (Sep enumerating the same cells without
/// building anything) and a typical peer (CsvHelper mapping to records), in one run.
/// </summary>
[MemoryDiagnoser]
public class CsvImportBenchmarks
{
    private byte[] _csv = [];

    /// <summary>The number of rows.</summary>
    [Params(120_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _csv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(SyntheticData.Generate(Rows / 120, 10, 1).Observations));

    [Benchmark(Baseline = true, Description = "Sep raw: every cell, nothing built")]
    public long SepRaw() => SepBaseline.WalkCells(_csv);

    [Benchmark(Description = "DevPlan bulk (column store)")]
    public int DevPlanBulk() => BulkLoading.Csv(_csv).Count;

    [Benchmark(Description = "DevPlan objects (ObservationCsv)")]
    public int DevPlanObjects() => ObservationCsv.Read(new MemoryStream(_csv)).Count();

    [Benchmark(Description = "CsvHelper records")]
    public int CsvHelperRecords()
    {
        using var text = new StreamReader(new MemoryStream(_csv));
        using var csv = new CsvReader(text, new CsvConfiguration(CultureInfo.InvariantCulture));
        return csv.GetRecords<CsvObservationRecord>().Count();
    }
}

/// <summary>A plain record as a typical application maps the CSV to.</summary>
public sealed class CsvObservationRecord
{
#pragma warning disable CS1591, CA1707
    [CsvHelper.Configuration.Attributes.Name("indicator")] public string Indicator { get; set; } = "";
    [CsvHelper.Configuration.Attributes.Name("zone")] public string? Zone { get; set; }
    [CsvHelper.Configuration.Attributes.Name("period")] public string Period { get; set; } = "";
    [CsvHelper.Configuration.Attributes.Name("value")] public decimal? Value { get; set; }
    [CsvHelper.Configuration.Attributes.Name("unit")] public string? Unit { get; set; }
    [CsvHelper.Configuration.Attributes.Name("growth")] public decimal? Growth { get; set; }
    [CsvHelper.Configuration.Attributes.Name("status")] public string? Status { get; set; }
    [CsvHelper.Configuration.Attributes.Name("source")] public string? Source { get; set; }
    [CsvHelper.Configuration.Attributes.Name("completed")] public bool? Completed { get; set; }
#pragma warning restore CS1591, CA1707
}

/// <summary>
/// Importing an observation JSON document: DevPlan against the raw limit (Utf8JsonReader reading
/// every token), Newtonsoft.Json and reflection-based System.Text.Json deserialising plain records.
/// </summary>
[MemoryDiagnoser]
public class JsonImportBenchmarks
{
    private byte[] _json = [];
    private static readonly JsonSerializerOptions Reflection = new(JsonSerializerDefaults.Web);

    /// <summary>The number of observations.</summary>
    [Params(120_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup() => _json = ObservationJson.ToUtf8Bytes(SyntheticData.Generate(Rows / 120, 10, 1).Observations);

    [Benchmark(Baseline = true, Description = "Utf8JsonReader raw: every token")]
    public int RawReader()
    {
        var reader = new Utf8JsonReader(_json);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    [Benchmark(Description = "DevPlan bulk (streaming, column store)")]
    public int DevPlanBulk() => BulkLoading.Json(_json).Count;

    private static readonly JsonReadOptions Large = new() { MaxDocumentBytes = 1L << 30, MaxArrayLength = int.MaxValue };

    [Benchmark(Description = "DevPlan objects (ObservationJson)")]
    public int DevPlanObjects() => ObservationJson.Parse(_json, Large).Observations.Length;

    [Benchmark(Description = "Newtonsoft.Json records")]
    public int Newtonsoft()
    {
        using var text = new StreamReader(new MemoryStream(_json));
        using var reader = new Newtonsoft.Json.JsonTextReader(text);
        return new Newtonsoft.Json.JsonSerializer().Deserialize<JsonDocumentRecord>(reader)!.Observations.Count;
    }

    [Benchmark(Description = "System.Text.Json reflection records")]
    public int SystemTextJsonReflection() => JsonSerializer.Deserialize<JsonDocumentRecord>(_json, Reflection)!.Observations.Count;
}

#pragma warning disable CS1591
public sealed class JsonDocumentRecord
{
    public int SchemaVersion { get; set; }
    public List<JsonObservationRecord> Observations { get; set; } = [];
}

public sealed class JsonObservationRecord
{
    public string Indicator { get; set; } = "";
    public string? Zone { get; set; }
    public string Period { get; set; } = "";
    public JsonLevelRecord? Level { get; set; }
    public decimal? Growth { get; set; }
    public bool? Completed { get; set; }
    public string? Status { get; set; }
    public string? Source { get; set; }
}

public sealed class JsonLevelRecord
{
    public decimal Value { get; set; }
    public string Unit { get; set; } = "";
}
#pragma warning restore CS1591

/// <summary>Bulk sets loaded through the formats' readers.</summary>
/// <summary>The raw limit the CSV suites compare against: Sep enumerating every cell, building nothing.</summary>
internal static class SepBaseline
{
    public static long WalkCells(byte[] csv)
    {
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(new MemoryStream(csv));
        long length = 0;
        foreach (var row in reader)
        {
            for (var i = 0; i < row.ColCount; i++)
            {
                length += row[i].Span.Length;
            }
        }
        return length;
    }

    /// <summary>
    /// The raw limit of a streamed evaluation: each row's indicator and zone looked up (as spans, in a
    /// dictionary made from the plan beforehand) to find its target, and its value parsed and kept in
    /// that target's place. No period rule, no judgement: what touching each target's memory once a row
    /// costs, which grows with the plan as the caches stop holding it.
    /// </summary>
    public static int RouteRows(byte[] csv, Dictionary<string, int> targetByKey, decimal[] kept)
    {
        var lookup = targetByKey.GetAlternateLookup<ReadOnlySpan<char>>();
        using var reader = Sep.New(',').Reader(o => o with { Unescape = true }).From(new MemoryStream(csv));
        Span<char> key = stackalloc char[128];
        var routed = 0;
        foreach (var row in reader)
        {
            var indicator = row[0].Span;
            var zone = row[1].Span;
            indicator.CopyTo(key);
            key[indicator.Length] = '|';
            zone.CopyTo(key[(indicator.Length + 1)..]);
            if (lookup.TryGetValue(key[..(indicator.Length + 1 + zone.Length)], out var target)
                && decimal.TryParse(row[3].Span, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                kept[target] = value;
                routed++;
            }
        }
        return routed;
    }

    /// <summary>The targets of a plan by indicator and zone (<c>indicator|zone</c>), for <see cref="RouteRows"/>.</summary>
    public static Dictionary<string, int> TargetsByKey(Plan plan)
    {
        var byKey = new Dictionary<string, int>(plan.Targets.Length);
        for (var t = 0; t < plan.Targets.Length; t++)
        {
            byKey.TryAdd(plan.Targets[t].Indicator + "|" + plan.Targets[t].Zone.ZoneCode, t);
        }
        return byKey;
    }
}

internal static class BulkLoading
{
    public static BulkObservationSet Csv(byte[] csv)
    {
        using var reader = ObservationCsv.OpenReader(new MemoryStream(csv));
        return BulkObservationSet.Load(reader);
    }

    public static BulkObservationSet Json(byte[] json)
    {
        using var reader = ObservationJson.OpenReader(new MemoryStream(json));
        return BulkObservationSet.Load(reader);
    }
}
