using DevPlan.Core.Units;
using System.Text;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Reliability;

/// <summary>
/// Inputs built to maximise the work of each reader and of the validator: many diagnostics, many
/// unknown members, stray quotes, lines just under the limits. Work is measured as the bytes the
/// thread allocates (deterministic, unlike time) at two sizes, n and 4n: linear work grows about
/// four times, quadratic work sixteen. No wall-clock threshold is asserted.
/// </summary>
public class WorstCaseInputTest
{
    private const int Small = 500;
    private const int Large = 4 * Small;

    private static readonly string Seed = Encoding.UTF8.GetString(SeedFiles.JinanPlanBytes());

    /// <summary>The growth of the work from n to 4n; the first run warms up code paths and caches.</summary>
    private static double Growth(Action<int> work)
    {
        work(Small);
        static long Measure(Action<int> work, int size)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            work(size);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        return (double)Measure(work, Large) / Measure(work, Small);
    }

    private static void ShouldBeLinear(double growth) =>
        growth.Should().BeInRange(2.0, 6.0, "four times the input should cost about four times the work, not sixteen");

    /// <summary>The seed plan with its targets replaced by <paramref name="count"/> targets of an undeclared indicator.</summary>
    private static byte[] PlanWithBadTargets(int count)
    {
        var start = Seed.IndexOf("\"targets\": [", StringComparison.Ordinal);
        var end = Seed.IndexOf("\"actions\": [", StringComparison.Ordinal);
        var targets = string.Join(",\n", Enumerable.Range(0, count).Select(i =>
            $$"""    { "id": "t{{i}}", "indicator": "undeclared", "period": "2024", "kind": "growthRate", "qualifier": "atLeast", "value": 7, "unit": "percent", "nature": "expected" }"""));
        return Encoding.UTF8.GetBytes(Seed[..start] + "\"targets\": [\n" + targets + "\n  ],\n  " + Seed[end..]);
    }

    [Fact]
    public void LenientPlanLoad_ManyDiagnostics_IsLinear()
    {
        PlanJson.ParseLenient(PlanWithBadTargets(Small)).Diagnostics.Should().HaveCount(Small).And.OnlyContain(d => d.Location.Line != null);

        ShouldBeLinear(Growth(n => PlanJson.ParseLenient(PlanWithBadTargets(n))));
    }

    [Fact]
    public void LenientPlanLoad_ManyRejectedElements_IsLinear() =>
        ShouldBeLinear(Growth(n => PlanJson.ParseLenient(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(PlanWithBadTargets(n)).Replace("\"kind\": \"growthRate\"", "\"kind\": \"completion\"")))));

    [Fact]
    public void LenientObservationJson_ManyElementsWithoutAFigure_IsLinear()
    {
        static byte[] Document(int count) => Encoding.UTF8.GetBytes(
            "{\"schemaVersion\": 1, \"observations\": [\n" + string.Join(",\n", Enumerable.Repeat("{\"indicator\": \"gdp\", \"period\": \"2024\"}", count)) + "\n]}");

        ObservationJson.ParseLenient(Document(Small)).Diagnostics.Should().HaveCount(Small).And.OnlyContain(d => d.Location.Line != null);
        ShouldBeLinear(Growth(n => ObservationJson.ParseLenient(Document(n))));
    }

    [Fact]
    public void ObservationJson_ManyUnknownMembers_IsLinear()
    {
        static byte[] Document(int count) => Encoding.UTF8.GetBytes(
            "{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"period\": \"2024\", \"growth\": 7, "
            + string.Join(", ", Enumerable.Range(0, count).Select(i => $"\"x-{i}\": [{i}, \"{i}\"]")) + "}]}");

        ShouldBeLinear(Growth(n => ObservationJson.Parse(Document(n))));
    }

    private const string Header = "indicator,zone,period,value,unit,growth,status,source,completed\n";

    [Fact]
    public void LenientCsv_ManyBadRowsAndStrayQuotes_IsLinear()
    {
        static MemoryStream Csv(int count) => new(Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Range(0, count).Select(i =>
            i % 2 == 0 ? $"gdp,,2024-Q9,,,{i},,,\n" : $"gdp,,2024,,,{i},,report {i}\" screen,\n"))));

        ObservationCsv.ReadLenient(Csv(Small)).Diagnostics.Should().HaveCount(Small);
        ShouldBeLinear(Growth(n => ObservationCsv.ReadLenient(Csv(n))));
    }

    [Fact]
    public void Csv_LinesJustUnderTheLimits_IsLinear()
    {
        var options = new ObservationCsvOptions { MaxLineLength = 200, MaxFieldLength = 150 };
        MemoryStream Csv(int count) => new(Encoding.UTF8.GetBytes(Header + string.Concat(Enumerable.Range(0, count).Select(i =>
            $"gdp,,2024-M{i % 12 + 1:D2},,,{i % 10},,\"{new string('s', 148)}\",\n"))));

        ObservationCsv.Read(Csv(Small), options).Should().HaveCount(Small);
        ShouldBeLinear(Growth(n => ObservationCsv.Read(Csv(n), options).Count()));
    }

    [Fact]
    public void ObservationValidation_ManyDuplicatesAndUnknownZones_IsLinear()
    {
        static List<Observation> Observations(int count) =>
            [.. Enumerable.Range(0, count).Select(i => new Observation("gdp", Core.Periods.ReportingPeriod.ForYear(2024), growth: new Percent(i)) { Zone = ZoneScope.Zone(((string[])["central", "east", "nowhere"])[i % 3]) })];

        // Each row is a duplicate of the one before in its zone, or in an undeclared zone (which takes no part in the checks across rows).
        PlanValidator.ValidateObservations(SeedFiles.JinanPlan, Observations(Small)).Diagnostics.Should().HaveCount(Small - 2);
        ShouldBeLinear(Growth(n => PlanValidator.ValidateObservations(SeedFiles.JinanPlan, Observations(n))));
    }
}
