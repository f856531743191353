using BenchmarkDotNet.Attributes;
using DevPlan.Core.Attainment;
using DevPlan.Core.Observations;
using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Benchmarks;

/// <summary>Evaluating a plan of a million targets: a naive LINQ implementation (baseline), the object evaluator (its results read as columns, then made as objects), and the bulk evaluator.</summary>
[MemoryDiagnoser]
public class PlanEvaluationBenchmarks
{
    private SyntheticData _data = null!;
    private BulkObservationSet _bulk = null!;
    private static readonly LocalDate AsOf = new(2025, 3, 1);

    /// <summary>The number of regions; targets are regions × 20 indicators.</summary>
    [Params(50_000)]
    public int Regions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticData.Generate(Regions, 20, 1, monthly: false);
        _bulk = BulkObservationSet.FromObservations(_data.Observations);
    }

    [Benchmark(Baseline = true, Description = "Naive LINQ (lookup, then Where/OrderBy per target)")]
    public int NaiveLinq()
    {
        var byKey = _data.Observations.ToLookup(o => (o.Indicator, o.Zone));
        return _data.Plan.Targets
            .Select(t => (Target: t, Observation: byKey[(t.Indicator, t.Zone)].Where(o => t.Period.Contains(o.Period) && o.Period.End <= AsOf)
                .OrderBy(o => o.Period.End).ThenByDescending(o => o.Period.Start).LastOrDefault()))
            .Select(x => PlanEvaluator.Assess(x.Target, _data.Plan.GetIndicator(x.Target.Indicator), x.Observation, AsOf))
            .Count(a => a.Status == AttainmentStatus.Achieved);
    }

    [Benchmark(Description = "PlanEvaluator (objects)")]
    public int ObjectEvaluator() => PlanEvaluator.Evaluate(_data.Plan, _data.Observations, AsOf).Count(AttainmentStatus.Achieved);

    [Benchmark(Description = "PlanEvaluator over a BulkObservationSet (column store)")]
    public int BulkEvaluator() => PlanEvaluator.Evaluate(_data.Plan, _bulk, AsOf).Count(AttainmentStatus.Achieved);

    /// <summary>The object evaluator with every result made as an object (a TargetEvaluation naming its observations), as a report needs them.</summary>
    [Benchmark(Description = "PlanEvaluator (objects), results made as objects")]
    public int ObjectEvaluatorWithResults() => PlanEvaluator.Evaluate(_data.Plan, _data.Observations, AsOf).Results.Count(r => r.Assessment.Status == AttainmentStatus.Achieved);
}

/// <summary>One target's assessment against the raw limit of comparing two numbers: allocation must be zero.</summary>
[MemoryDiagnoser]
public class SingleAssessmentBenchmarks
{
    private readonly Target _target = Target.Growth("t", "gdp", ReportingPeriod.ForYear(2024), new Percent(7m), TargetQualifier.About);
    private readonly Indicator _indicator = new("gdp", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);
    private readonly Observation _observation = new("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.3m));
    private readonly LocalDate _asOf = new(2025, 3, 1);

    [Benchmark(Baseline = true, Description = "Raw: |actual − target| ≤ 0.5")]
    public bool Raw() => Math.Abs(_observation.Growth!.Value.Value - _target.Figure!.Value.Value) <= 0.5m;

    [Benchmark(Description = "PlanEvaluator.Assess")]
    public AttainmentStatus Assess() => PlanEvaluator.Assess(_target, _indicator, _observation, _asOf).Status;
}

/// <summary>Growth calculators against naive LINQ over the same months.</summary>
[MemoryDiagnoser]
public class GrowthBenchmarks
{
    private readonly Quantity[] _thisYear = Enumerable.Range(1, 12).Select(m => new Quantity(100m + m * 1.5m, Unit.HundredMillionYuan)).ToArray();
    private readonly Quantity[] _lastYear = Enumerable.Range(1, 12).Select(m => new Quantity(95m + m * 1.4m, Unit.HundredMillionYuan)).ToArray();

    [Benchmark(Baseline = true, Description = "Naive LINQ: Sum / Sum − 1")]
    public decimal NaiveLinq() => (_thisYear.Sum(q => q.Value) / _lastYear.Sum(q => q.Value) - 1m) * 100m;

    [Benchmark(Description = "Growth.CumulativeYearToDate")]
    public decimal Cumulative() => Growth.CumulativeYearToDate(_thisYear, _lastYear).Value;

    [Benchmark(Description = "Growth.CompoundAnnual (decimal root)")]
    public decimal Compound() => Growth.CompoundAnnual(_lastYear[0], _thisYear[11], 5).Value;
}
