using System.Text;
using BenchmarkDotNet.Attributes;
using DevPlan.Core.Attainment;
using DevPlan.Core.Serialization;
using NodaTime;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// Cost against size: importing and evaluating 10 thousand to 10 million observations (monthly
/// figures of one year, ten indicators, a plan with one target per region and indicator), each size
/// against Sep walking the same cells, and against Sep with each row routed to its target (the raw
/// limit of a streamed evaluation, which touches each target's memory as its rows pass). Time per
/// observation (mean / observations) should stay flat from 100 K on: growth faster than linear shows
/// as a rising figure, and as a rising ratio.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private byte[] _csv = [];
    private Plan _plan = null!;
    private Dictionary<string, int> _targetByKey = [];
    private decimal[] _kept = [];

    /// <summary>The number of observations (rounded down to whole regions of 120).</summary>
    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticData.Generate(Observations / 120, 10, 1);
        _plan = data.Plan;
        using var buffer = new MemoryStream();
        ObservationCsv.Write(data.Observations, buffer);
        _csv = buffer.ToArray();
        _targetByKey = SepBaseline.TargetsByKey(_plan);
        _kept = new decimal[_plan.Targets.Length];
    }

    [Benchmark(Baseline = true, Description = "Sep raw: every cell, nothing built")]
    public long SepRaw() => SepBaseline.WalkCells(_csv);

    /// <summary>The raw limit of streaming to targets: each row routed to its target and its value kept there.</summary>
    [Benchmark(Description = "Sep + each row routed to its target")]
    public int SepRoute() => SepBaseline.RouteRows(_csv, _targetByKey, _kept);

    [Benchmark(Description = "Import to the column store")]
    public int Import() => BulkLoading.Csv(_csv).Count;

    /// <summary>Evaluates to the results' columns and counts a status there: the result objects are made only when read, which this does not.</summary>
    [Benchmark(Description = "Evaluate, streaming from the CSV")]
    public int EvaluateStreaming()
    {
        using var reader = ObservationCsv.OpenReader(new MemoryStream(_csv));
        return PlanEvaluator.Evaluate(_plan, reader, new LocalDate(2025, 3, 1)).Count(AttainmentStatus.Achieved);
    }
}
