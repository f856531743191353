using System.Text.Json;
using BenchmarkDotNet.Attributes;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// Loading and saving the seed plan, against the raw limit: Utf8JsonReader reading every token of
/// the same bytes without building anything, and JsonDocument building a generic DOM.
/// </summary>
[MemoryDiagnoser]
public class PlanJsonBenchmarks
{
    private byte[] _seed = [];
    private Plan _plan = null!;

    [GlobalSetup]
    public void Setup()
    {
        _seed = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.plan.json"));
        _plan = PlanJson.Parse(_seed);
    }

    [Benchmark(Baseline = true, Description = "Raw Utf8JsonReader (every token)")]
    public int RawReader()
    {
        var reader = new Utf8JsonReader(_seed);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }
        return tokens;
    }

    [Benchmark(Description = "JsonDocument.Parse (generic DOM)")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_seed);
        return (int)document.RootElement.ValueKind;
    }

    [Benchmark(Description = "PlanJson.Parse (typed, validated plan)")]
    public int PlanParse() => PlanJson.Parse(_seed).Targets.Length;

    [Benchmark(Description = "PlanJson.ToUtf8Bytes (canonical write)")]
    public int PlanWrite() => PlanJson.ToUtf8Bytes(_plan).Length;
}
