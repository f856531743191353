using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;
using DuckDB.NET.Data;
using NodaTime;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// What `devplan evaluate` does with a national file (every row checked, the figures evaluated, the
/// JSON report written), against DuckDB scanning the same CSV and aggregating it by indicator, zone and
/// year in one SQL statement: the raw limit of a columnar engine on both cores. The files are those of
/// benchmarks/tool-memory.sh (written once, in the setup; a few seconds at 5 M rows).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ToolScaleBenchmarks
{
    private string _folder = "";
    private Plan _plan = null!;

    /// <summary>The number of rows, about: 20 indicators × 12 months × 10 years per zone.</summary>
    [Params(5_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("devplan-scale-").FullName;
        Checks.ToolFiles(Rows, _folder);
        _plan = PlanJson.ReadFile(Path.Combine(_folder, "tool.plan.json"));
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    private string Csv => Path.Combine(_folder, "tool.observations.csv");

    [Benchmark(Baseline = true, Description = "DuckDB: scan the CSV, sum by indicator, zone and year")]
    public long DuckDbScanAndAggregate()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM (SELECT indicator, zone, substr(period, 1, 4) AS year, sum(value) AS total, count(*) AS n FROM read_csv('{Csv.Replace("'", "''", StringComparison.Ordinal)}', header = true, all_varchar = false) GROUP BY ALL)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Benchmark(Description = "DevPlan: check every row, evaluate, write the JSON report (as devplan evaluate)")]
    public long CheckEvaluateReport()
    {
        var problems = 0;
        using (var checker = new ObservationChecker(_plan))
        {
            using (var reader = ObservationCsv.OpenReader(File.OpenRead(Csv), ObservationCsvOptions.Default with { Units = _plan.UnitSystem }, Csv))
            {
                checker.Check(reader, _ => problems++);
            }
            checker.Complete(_ => problems++);
        }
        PlanEvaluation evaluation;
        using (var reader = ObservationCsv.OpenReader(File.OpenRead(Csv), ObservationCsvOptions.Default with { Units = _plan.UnitSystem }, Csv))
        {
            evaluation = PlanEvaluator.Evaluate(_plan, reader, new LocalDate(2025, 3, 1));
        }
        var report = EvaluationReport.Build(evaluation, Catalogue.English);
        using var sink = new CountingStream();
        ReportFormats.Default.Get("json").Write(report, sink);
        return sink.Length + problems;
    }

    /// <summary>A stream that counts what is written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
