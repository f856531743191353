using System.Diagnostics;
using System.Text;
using DevPlan.Core.Bulk;
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
        Time("sep over CsvTextGuard", () =>
        {
            using var text = new CsvTextGuard(new MemoryStream(csv), ObservationCsvOptions.Default, null);
            using var r = ObservationCsvRows.Open(text, ObservationCsvOptions.Default, null);
            long n = 0; foreach (var row in r) for (var i = 0; i < row.ColCount; i++) n += row[i].Span.Length;
        });
        Time("+ TryParse", () =>
        {
            using var text = new CsvTextGuard(new MemoryStream(csv), ObservationCsvOptions.Default, null);
            using var r = ObservationCsvRows.Open(text, ObservationCsvOptions.Default, null);
            var columns = ColumnMap.From(r.Header, null, null); var units = new UnitCache(); long n = 0;
            foreach (var row in r) { if (ObservationCsvRows.TryParse(row, columns, ObservationCsvOptions.Default, units, text, out var p, out _)) n += p.Line; }
        });
        Time("+ builder (ReadCsv)", () => BulkObservationReader.ReadCsv(new MemoryStream(csv)));
    }
}
