using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Benchmarks;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Tests.Serialization;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DevPlan.Core.Tests.Observations;

public class BulkObservationSetTest
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.observations.sample.csv");

    private static void ShouldMatch(IEnumerable<Observation> actual, IEnumerable<Observation> expected) =>
        actual.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());

    [Fact]
    public void FromObservations_KeepsEveryFigureExactly()
    {
        Observation[] observations =
        [
            new("gdp", ReportingPeriod.ForYear(2023), new Quantity(1767.30m, Unit.HundredMillionYuan), new Percent(7.3m)) { Source = "bulletin" },
            new("jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(-0.00m, Unit.TenThousandPersons)) { Zone = ZoneScope.Zone("east"), Status = ObservationStatus.Imputed },
            new("wide", ReportingPeriod.ForMonth(2024, 2), new Quantity(79228162514264337593543950335m, Unit.Percent), new Percent(0.0000000000000000000000000001m)),
            new("task", ReportingPeriod.ForQuarter(2024, 4), completed: false),
        ];

        var set = BulkObservationSet.FromObservations(observations);

        ShouldMatch(set, observations);
        set.LevelOf(0)!.Value.Value.Scale.Should().Be(2);
        set.LevelOf(1)!.Value.Value.Should().Be(-0.00m);
        set.IndicatorCodes.Should().Equal("gdp", "jobs", "wide", "task");
        set.ZoneCodes.Should().Equal("east");
    }

    [Fact]
    public void ReadCsv_MatchesTheObjectReader()
    {
        var bulk = DevPlan.Core.Tests.Observations.BulkLoad.Csv(File.OpenRead(SamplePath));

        ShouldMatch(bulk, ObservationCsv.Read(File.OpenRead(SamplePath)).ToList());
    }

    [Fact]
    public void ReadCsv_BadRow_NamesLineAndColumn()
    {
        var csv = "indicator,period,growth\ngdp,2024,7\ngdp,2024-Q9,7\n";

        var act = () => DevPlan.Core.Tests.Observations.BulkLoad.Csv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), sourceName: "big.csv");

        act.Should().Throw<DevPlanFormatException>().Which.Message.Should().StartWith("big.csv: line 3, column \"period\"");
    }

    /// <summary>A stream that hands out a few bytes at a time, so every token boundary meets a buffer boundary somewhere.</summary>
    private sealed class TrickleStream(byte[] bytes, int seed) : MemoryStream(bytes)
    {
        private readonly Random _random = new(seed);

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, _random.Next(1, 8)));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, _random.Next(1, 8))]);
    }

    private static Gen<Observation[]> Observations => PlanGenerators.ObservationGen.ArrayOf();

    [Property(MaxTest = 100)]
    public Property ReadJson_InTinyChunks_MatchesTheObjectReader() =>
        Prop.ForAll(Observations.ToArbitrary(), Gen.Choose(0, 1000).ToArbitrary(), (observations, seed) =>
        {
            var bytes = ObservationJson.ToUtf8Bytes(observations);

            var bulk = DevPlan.Core.Tests.Observations.BulkLoad.Json(new TrickleStream(bytes, seed));

            ShouldMatch(bulk, ObservationJson.Parse(bytes).Observations);
        });

    [Property(MaxTest = 100)]
    public Property ReadCsv_MatchesTheObjectReader_OnGeneratedData() =>
        Prop.ForAll(Observations.ToArbitrary(), observations =>
        {
            var csv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(observations));

            ShouldMatch(DevPlan.Core.Tests.Observations.BulkLoad.Csv(new MemoryStream(csv)), ObservationCsv.Read(new MemoryStream(csv)).ToList());
        });

    [Theory]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 7, "x-note": "a"}]}""", "$.observations[0]", "x-note")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024-Q9", "growth": 7}]}""", "$.observations[0].period", "2024-Q9")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 1, "growth": 2}]}""", "$.observations[0].growth", "again")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024"}]}""", "$.observations[0]", "none")]
    [InlineData("""{"schemaVersion": 2, "observations": []}""", "$.schemaVersion", "schemaVersion 1")]
    [InlineData("""{"schemaVersion": 1, "extra": 1, "observations": []}""", "$", "extra")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 1e400}]}""", "$.observations[0].growth", "decimal")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 1}""", "$.observations[1]", "should be closed")]
    public void ReadJson_BadDocuments_FailWithTheirPlace(string json, string path, string reason)
    {
        var act = () => DevPlan.Core.Tests.Observations.BulkLoad.Json(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        var error = act.Should().Throw<DevPlanFormatException>().Which;
        error.Path.Should().Be(path);
        error.Reason.Should().Contain(reason);
    }

    [Fact]
    public void ReadJson_ManyMegabytes_StreamsThroughTheBuffer()
    {
        var data = SyntheticData.Generate(regions: 40, indicators: 10, years: 3);
        var bytes = ObservationJson.ToUtf8Bytes(data.Observations);
        bytes.Length.Should().BeGreaterThan(2 * 1024 * 1024);

        var bulk = DevPlan.Core.Tests.Observations.BulkLoad.Json(new MemoryStream(bytes));

        bulk.Count.Should().Be(data.Observations.Count);
        ShouldMatch(new[] { bulk[0], bulk[bulk.Count - 1] }, new[] { data.Observations[0], data.Observations[^1] });
    }

    [Fact]
    public void ReadJson_AnElementLargerThanTheBuffer_GrowsIt()
    {
        var source = new string('s', 60_000);
        var bytes = ObservationJson.ToUtf8Bytes([new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(1m)) { Source = source }, new Observation("gdp", ReportingPeriod.ForYear(2023), growth: new Percent(2m)) { Source = source + "x" }]);

        var bulk = DevPlan.Core.Tests.Observations.BulkLoad.Json(new MemoryStream(bytes));

        bulk[1].Source.Should().HaveLength(60_001);
    }

    [Fact]
    public void ReadJson_DeepNesting_IsRefused()
    {
        var json = """{"schemaVersion": 1, "observations": [""" + new string('[', 5000);

        var act = () => DevPlan.Core.Tests.Observations.BulkLoad.Json(new MemoryStream(Encoding.UTF8.GetBytes(json)));

        act.Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void Evaluation_BulkAndStreaming_AgreeWithTheObjectEvaluator_OnSyntheticData()
    {
        var data = SyntheticData.Generate(regions: 20, indicators: 6, years: 3, seed: 7);
        var asOf = new LocalDate(2024, 8, 15);
        var csv = Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(data.Observations));

        var expected = PlanEvaluator.Evaluate(data.Plan, data.Observations, asOf);
        var bulk = PlanEvaluator.Evaluate(data.Plan, BulkObservationSet.FromObservations(data.Observations), asOf);
        var streamed = DevPlan.Core.Tests.Observations.BulkLoad.StreamCsv(data.Plan, new MemoryStream(csv), asOf);

        foreach (var actual in new[] { bulk, streamed })
        {
            actual.Results.Select(r => r.Assessment).Should().Equal(expected.Results.Select(r => r.Assessment));
            actual.Results.Select(r => r.Observation?.Period).Should().Equal(expected.Results.Select(r => r.Observation?.Period));
        }
        expected.Results.Select(r => r.Assessment.Status).Distinct().Should().HaveCountGreaterThan(1, "the data exercises several verdicts");
    }

    [Fact]
    public void Evaluation_SeedSample_AgreesAcrossThePaths()
    {
        var plan = SeedFiles.JinanPlan;
        var asOf = new LocalDate(2025, 2, 28);
        var observations = ObservationCsv.Read(File.OpenRead(SamplePath)).ToList();

        var expected = PlanEvaluator.Evaluate(plan, observations, asOf).Results.Select(r => r.Assessment);

        PlanEvaluator.Evaluate(plan, DevPlan.Core.Tests.Observations.BulkLoad.Csv(File.OpenRead(SamplePath)), asOf).Results.Select(r => r.Assessment).Should().Equal(expected);
        DevPlan.Core.Tests.Observations.BulkLoad.StreamCsv(plan, File.OpenRead(SamplePath), asOf).Results.Select(r => r.Assessment).Should().Equal(expected);
    }
}

[Collection(MemoryMeasurementCollection.Name)]
public class BulkObservationSetMemoryTest
{
    [Fact]
    public void MemoryPerObservation_IsAtMostFortyBytes()
    {
        var data = SyntheticData.Generate(regions: 50, indicators: 10, years: 20);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var set = BulkObservationSet.FromObservations(data.Observations);
        var after = GC.GetTotalMemory(forceFullCollection: true);

        set.Count.Should().Be(120_000);
        BulkObservationSet.BytesPerObservation.Should().BeLessThanOrEqualTo(40);
        ((after - before) / (double)set.Count).Should().BeLessThan(40, "the columns and code tables together, measured on the heap");
        GC.KeepAlive(set);
    }
}
