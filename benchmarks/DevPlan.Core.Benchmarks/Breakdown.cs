using System.Diagnostics;
using System.Text;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using nietras.SeparatedValues;

namespace DevPlan.Core.Benchmarks;

/// <summary>Where CSV import spends its time: run with the argument "breakdown" (a diagnostic, not a benchmark).</summary>
internal static class Breakdown
{
    public static void Run()
    {
        var csv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(SyntheticData.Generate(1000, 10, 1).Observations));
        void Time(string what, Action action)
        {
            for (var i = 0; i < 3; i++) action();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < 10; i++) action();
            Console.WriteLine($"{what,-40} {clock.Elapsed.TotalMilliseconds / 10,8:F2} ms");
        }
        Time("sep over StreamReader, unescape", () =>
        {
            using var r = Sep.New(',').Reader(o => o with { Unescape = true, DisableColCountCheck = true }).From(new MemoryStream(csv));
            long n = 0; foreach (var row in r) for (var i = 0; i < row.ColCount; i++) n += row[i].Span.Length;
        });
        Time("reader: every row checked and parsed", () =>
        {
            using var reader = ObservationCsv.OpenReader(new MemoryStream(csv));
            long n = 0; while (reader.Read()) { n += reader.Current.Period.Year; }
        });
        Time("+ column store (BulkObservationSet.Load)", () =>
        {
            using var reader = ObservationCsv.OpenReader(new MemoryStream(csv));
            BulkObservationSet.Load(reader);
        });
    }
}
