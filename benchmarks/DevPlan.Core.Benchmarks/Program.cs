using DevPlan.Core.Units;
using DevPlan.Core.Attainment;
using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using DevPlan.Core;
using DevPlan.Core.Benchmarks;
using DevPlan.Core.Periods;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using NodaTime;

// dotnet run -c Release --project benchmarks/DevPlan.Core.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/DevPlan.Core.Benchmarks -- memory [observations]
// dotnet run -c Release --project benchmarks/DevPlan.Core.Benchmarks -- streaming [observations]
switch (args.FirstOrDefault())
{
    case "breakdown":
        Breakdown.Run();
        return 0;
    case "memory":
        Checks.Memory(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_200_000);
        return 0;
    case "streaming":
        return Checks.Streaming(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000);
    case "memory-phases":
        Checks.MemoryPhases(args[1], args[2]);
        return 0;
    case "plan-phases":
        Checks.PlanPhases(args[1]);
        return 0;
    case "evaluate-phases":
        Checks.EvaluatePhases(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
        return 0;
    case "formats":
        Checks.Formats(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 1_000_000);
        return 0;
    case "tool-files":
        Checks.ToolFiles(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5_000_000, args.Length > 2 ? args[2] : Path.GetTempPath());
        return 0;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(Checks).Assembly).Run(args);
        return 0;
}

/// <summary>Measurements that are not timings: memory per observation held, and peak memory of a streamed evaluation.</summary>
internal static class Checks
{
    /// <summary>One pass of writing and reading each observation format, with sizes, times and allocations: a quick look before the benchmark.</summary>
    public static void Formats(int observations)
    {
        var list = FormatFiles.Observations(observations);
        foreach (var format in new IObservationFormat[] { ObservationFormats.Default.Find("csv")!, new DevPlan.Core.Spreadsheets.XlsxObservationFormat(), new DevPlan.Core.Parquet.ParquetObservationFormat() })
        {
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var buffer = new MemoryStream();
            format.Write(list, buffer);
            var write = clock.Elapsed;
            var writeBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            allocated = GC.GetTotalAllocatedBytes(precise: true);
            clock.Restart();
            using var reader = format.OpenReader(new MemoryStream(buffer.ToArray()));
            var count = reader.ReadObservations().Count();
            Console.WriteLine($"{format.Name,-8} {list.Count:N0} observations, {buffer.Length / 1e6:F1} MB: write {write.TotalSeconds:F2} s ({writeBytes / 1e6:F0} MB allocated), read {count:N0} in {clock.Elapsed.TotalSeconds:F2} s ({(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:F0} MB allocated)");
        }
    }

    public static void Memory(int observations)
    {
        var data = SyntheticData.Generate(observations / 240, 20, 1);
        var list = data.Observations;
        var objectsBytes = Measure(() => data.Observations.Select(o => new Observation(new string(o.Indicator), o.Period, o.Level, o.Growth) { Zone = ZoneScope.Zone(new string(o.Zone.ZoneCode!)), Status = o.Status }).ToList());
        var bulkBytes = Measure(() => BulkObservationSet.FromObservations(list));
        Console.WriteLine($"observations: {list.Count:N0}");
        Console.WriteLine($"objects (Observation, own strings): {objectsBytes / (double)list.Count:F1} bytes per observation");
        Console.WriteLine($"BulkObservationSet:                 {bulkBytes / (double)list.Count:F1} bytes per observation (columns declare {BulkObservationSet.BytesPerObservation})");
    }

    public static int Streaming(int observations)
    {
        var path = Path.Combine(Path.GetTempPath(), $"devplan-streaming-{observations}.csv");
        var regions = Math.Max(1, observations / (20 * 12 * 10));
        var plan = SyntheticData.Generate(regions, 20, 1).Plan;
        if (!File.Exists(path))
        {
            Console.WriteLine($"writing {path} …");
            using var file = File.Create(path);
            // Ten years of monthly figures for every region and indicator, generated year by year to keep the writer's memory small.
            ObservationCsv.Write(Enumerable.Range(0, 10).SelectMany(y => SyntheticData.Generate(regions, 20, 1, seed: y).Observations
                .Select(o => new Observation(o.Indicator, ReportingPeriod.ForMonth(2015 + y, o.Period.Index), o.Level, o.Growth) { Zone = o.Zone, Status = o.Status })), file);
        }
        var size = new FileInfo(path).Length;
        GC.Collect();
        var clock = Stopwatch.StartNew();
        using var stream = File.OpenRead(path);
        using var reader = ObservationCsv.OpenReader(stream);
        var evaluation = PlanEvaluator.Evaluate(plan, reader, new LocalDate(2025, 3, 1));
        clock.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"file: {size / 1048576.0:F0} MiB, rows: {regions * 20 * 12 * 10:N0}, targets: {plan.Targets.Length:N0}, evaluated: {evaluation.Results.Length:N0}");
        Console.WriteLine($"time: {clock.Elapsed.TotalSeconds:F1} s, peak working set: {peak / 1048576.0:F0} MiB");
        return peak < 512L * 1024 * 1024 ? 0 : 1;
    }

    /// <summary>Live memory after each phase of the tool's evaluate path on large files, for finding what is held.</summary>
    public static void MemoryPhases(string planPath, string csvPath)
    {
        static string Live() => $"{GC.GetTotalMemory(true) / 1048576.0:F0} MiB live, peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB";
        Console.WriteLine($"start: {Live()}");
        var plan = PlanJson.ReadFileLenient(planPath).Plan;
        Console.WriteLine($"plan loaded: {Live()}");
        PlanEvaluation evaluation;
        using (var stream = File.OpenRead(csvPath))
        using (var reader = ObservationCsv.OpenReader(stream))
        {
            evaluation = PlanEvaluator.Evaluate(plan, reader, new LocalDate(2025, 3, 1));
        }
        Console.WriteLine($"evaluated: {Live()}");
        var report = DevPlan.Core.Reporting.EvaluationReport.Build(evaluation, DevPlan.Core.Reporting.Catalogue.English);
        Console.WriteLine($"report built: {Live()}");
        using var buffer = new MemoryStream();
        DevPlan.Core.Reporting.ReportFormats.Default.Get("json").Write(report, buffer);
        Console.WriteLine($"json written ({buffer.Length / 1048576.0:F0} MiB): {Live()}; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        GC.KeepAlive(report);
    }

    /// <summary>Times reading alone and streamed evaluation of a synthetic file, with the collector's share, for finding what grows faster than the file.</summary>
    public static void EvaluatePhases(int observations)
    {
        SyntheticData? generated = SyntheticData.Generate(observations / 120, 10, 1);
        var plan = generated.Plan;
        using var buffer = new MemoryStream();
        ObservationCsv.Write(generated.Observations, buffer);
        var csv = buffer.ToArray();
        generated = null;
        GC.Collect();
        var clock = Stopwatch.StartNew();
        var pause = GC.GetTotalPauseDuration();
        using (var reader = ObservationCsv.OpenReader(new MemoryStream(csv)))
        {
            var rows = 0;
            while (reader.Read())
            {
                _ = reader.CreateObservation();
                rows++;
            }
            Console.WriteLine($"read {rows:N0} rows as objects: {clock.Elapsed.TotalSeconds:F2} s, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s");
        }
        GC.Collect();
        clock.Restart();
        pause = GC.GetTotalPauseDuration();
        var gen2 = GC.CollectionCount(2);
        using (var reader = ObservationCsv.OpenReader(new MemoryStream(csv)))
        {
            var evaluation = PlanEvaluator.Evaluate(plan, reader, new LocalDate(2025, 3, 1));
            Console.WriteLine($"evaluate {evaluation.Results.Length:N0} targets: {clock.Elapsed.TotalSeconds:F2} s, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalSeconds:F2} s, {GC.CollectionCount(2) - gen2} gen-2 collections");
        }
    }

    /// <summary>Times the phases of reading, validating and evaluating a large plan, for finding what grows.</summary>
    public static void PlanPhases(string path)
    {
        var clock = Stopwatch.StartNew();
        var bytes = File.ReadAllBytes(path);
        var plan = PlanJson.Parse(bytes);
        Console.WriteLine($"parse strict: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var validation = DevPlan.Core.Validation.PlanValidator.Validate(plan);
        Console.WriteLine($"validate: {clock.Elapsed.TotalSeconds:F2} s ({validation.Diagnostics.Length} diagnostics)");
        clock.Restart();
        var lenient = PlanJson.ParseLenient(bytes);
        Console.WriteLine($"parse lenient (with validation): {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var evaluation = PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 3, 1));
        Console.WriteLine($"evaluate without figures: {clock.Elapsed.TotalSeconds:F2} s");
        clock.Restart();
        var report = DevPlan.Core.Reporting.EvaluationReport.Build(evaluation, DevPlan.Core.Reporting.Catalogue.English);
        Console.WriteLine($"report: {clock.Elapsed.TotalSeconds:F2} s");
        GC.KeepAlive(lenient);
        GC.KeepAlive(report);
    }

    /// <summary>Writes a plan and an observation CSV of about <paramref name="observations"/> rows for measuring the tool (benchmarks/tool-memory.sh).</summary>
    public static void ToolFiles(int observations, string folder)
    {
        var regions = Math.Max(1, observations / (20 * 12 * 10));
        var plan = SyntheticData.Generate(regions, 20, 1).Plan;
        PlanJson.WriteFile(plan, Path.Combine(folder, "tool.plan.json"));
        using var file = File.Create(Path.Combine(folder, "tool.observations.csv"));
        // Each year's growth is the one its level and the level a year before give (to one decimal, as published),
        // so that the file is what a statistics office sends: the checks across rows find nothing to report.
        var previous = new Dictionary<(string, ZoneScope, int), Quantity>();
        Observation Consistent(Observation o, int year)
        {
            var key = (o.Indicator, o.Zone, o.Period.Index);
            var growth = o.Growth;
            if (o.Level is { } level && previous.TryGetValue(key, out var before) && before.Unit == level.Unit && before.Value > 0m)
            {
                var rate = Math.Round((level.Value / before.Value - 1m) * 100m, 1, MidpointRounding.AwayFromZero);
                // A level that fell to almost nothing rounds to −100%, which no office publishes: the rate is left out.
                growth = rate > -99.9m ? new Percent(rate) : null;
            }
            if (o.Level is { } kept)
            {
                previous[key] = kept;
            }
            return new Observation(o.Indicator, ReportingPeriod.ForMonth(2015 + year, o.Period.Index), o.Level, growth) { Zone = o.Zone, Status = o.Status };
        }
        ObservationCsv.Write(Enumerable.Range(0, 10).SelectMany(y => SyntheticData.Generate(regions, 20, 1, seed: y).Observations.Select(o => Consistent(o, y))), file);
        Console.WriteLine($"wrote {regions * 20 * 12 * 10:N0} rows and {plan.Targets.Length:N0} targets to {folder}");
    }

    private static long Measure<T>(Func<T> create)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(true);
        var value = create();
        var after = GC.GetTotalMemory(true);
        GC.KeepAlive(value);
        return after - before;
    }
}
