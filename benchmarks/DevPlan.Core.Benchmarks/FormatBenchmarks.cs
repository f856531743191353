using BenchmarkDotNet.Attributes;
using DevPlan.Core.Parquet;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// Reading a million observations from a workbook and from Parquet, against the CSV path (the
/// baseline) in the same run: each reader yields every observation as an object.
/// </summary>
[MemoryDiagnoser]
public class FormatReadBenchmarks
{
    private byte[] _csv = [], _xlsx = [], _parquet = [];

    /// <summary>The number of observations.</summary>
    [Params(1_000_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup() => (_csv, _xlsx, _parquet) = FormatFiles.Make(Observations);

    [Benchmark(Baseline = true, Description = "CSV (ObservationCsv)")]
    public int Csv() => Count(ObservationFormats.Default.Find("csv")!, _csv);

    [Benchmark(Description = "xlsx (XlsxObservationFormat)")]
    public int Xlsx() => Count(new XlsxObservationFormat(), _xlsx);

    [Benchmark(Description = "Parquet (ParquetObservationFormat)")]
    public int Parquet() => Count(new ParquetObservationFormat(), _parquet);

    private static int Count(IObservationFormat format, byte[] bytes)
    {
        using var reader = format.OpenReader(new MemoryStream(bytes));
        return reader.ReadObservations().Count();
    }
}

/// <summary>Writing a million observations as a workbook and as Parquet, against writing CSV (the baseline) in the same run.</summary>
[MemoryDiagnoser]
public class FormatWriteBenchmarks
{
    private List<Observation> _observations = [];

    /// <summary>The number of observations.</summary>
    [Params(1_000_000)]
    public int Observations { get; set; }

    [GlobalSetup]
    public void Setup() => _observations = FormatFiles.Observations(Observations);

    [Benchmark(Baseline = true, Description = "CSV (ObservationCsv)")]
    public long Csv() => Write(ObservationFormats.Default.Find("csv")!);

    [Benchmark(Description = "xlsx (XlsxObservationFormat)")]
    public long Xlsx() => Write(new XlsxObservationFormat());

    [Benchmark(Description = "Parquet (ParquetObservationFormat)")]
    public long Parquet() => Write(new ParquetObservationFormat());

    private long Write(IObservationFormat format)
    {
        var buffer = new MemoryStream();
        format.Write(_observations, buffer);
        return buffer.Length;
    }
}

/// <summary>The same observations in the three formats.</summary>
internal static class FormatFiles
{
    public static List<Observation> Observations(int count) => [.. SyntheticData.Generate(Math.Max(1, count / 240), 20, 1).Observations.Take(count)];

    public static (byte[] Csv, byte[] Xlsx, byte[] Parquet) Make(int count)
    {
        var observations = Observations(count);
        return (Bytes(ObservationFormats.Default.Find("csv")!, observations), Bytes(new XlsxObservationFormat(), observations), Bytes(new ParquetObservationFormat(), observations));
    }

    private static byte[] Bytes(IObservationFormat format, List<Observation> observations)
    {
        var buffer = new MemoryStream();
        format.Write(observations, buffer);
        return buffer.ToArray();
    }
}
