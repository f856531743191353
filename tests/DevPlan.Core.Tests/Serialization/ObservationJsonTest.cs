using DevPlan.Core.Validation;
using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Serialization;

public class ObservationJsonTest
{
    private static readonly Observation[] Sample =
    [
        new("gdp", ReportingPeriod.ForYear(2024), new Quantity(1900.50m, Unit.HundredMillionYuan), new Percent(7.2m)),
        new("jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)) { Zone = ZoneScope.Zone("east"), Status = ObservationStatus.Provisional, Source = "bureau" },
        new("energy-intensity", ReportingPeriod.ForYear(2024), completed: true),
    ];

    [Fact]
    public void RoundTrip_IsByteForByteAndMemberForMember()
    {
        var bytes = ObservationJson.ToUtf8Bytes(Sample);
        var document = ObservationJson.Parse(bytes);

        ObservationJson.ToUtf8Bytes(document).Should().Equal(bytes);
        document.Observations.Should().BeEquivalentTo(Sample, o => o);
        Encoding.UTF8.GetString(bytes).Should().Contain("\"value\": 1900.50").And.Contain("\"status\": \"provisional\"").And.StartWith("{\n  \"schemaVersion\": 1,");
    }

    [Fact]
    public void UnknownMembers_AtTheRootAndOnObservations_AreKept()
    {
        const string json = """
            {"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 7, "x-revision": 2}], "x-publisher": "bureau"}
            """;

        var document = ObservationJson.Parse(Encoding.UTF8.GetBytes(json));
        var again = ObservationJson.Parse(ObservationJson.ToUtf8Bytes(document));

        UnknownMembers.Of(again).Select(m => m.Key).Should().Equal("x-publisher");
        UnknownMembers.Of(again.Observations[0]).Single().Value.GetInt32().Should().Be(2);
    }

    [Fact]
    public void Strict_BadObservation_NamesPathAndLine()
    {
        const string json = "{\n  \"schemaVersion\": 1,\n  \"observations\": [\n    {\"indicator\": \"gdp\", \"period\": \"2024\"}\n  ]\n}";

        var act = () => ObservationJson.Parse(Encoding.UTF8.GetBytes(json), sourceName: "obs.json");

        var error = act.Should().Throw<DevPlanFormatException>().Which;
        error.Path.Should().Be("$.observations[0]");
        error.LineNumber.Should().Be(4);
        error.Message.Should().StartWith("obs.json: line 4, at $.observations[0]: Expected a level, a growth rate or a completion flag");
    }

    [Fact]
    public void Lenient_KeepsTheGoodObservationsWithTheirDocumentPaths()
    {
        const string json = "{\"schemaVersion\": 1, \"observations\": [\n{\"indicator\": \"gdp\", \"period\": \"2024\"},\n{\"indicator\": \"cpi\", \"period\": \"2024\", \"growth\": 0.2},\n{\"indicator\": \"bad code\", \"period\": \"2024\", \"growth\": 1}\n]}";

        var result = ObservationJson.ParseLenient(Encoding.UTF8.GetBytes(json), sourceName: "obs.json");

        result.Observations.Select(o => o.Indicator).Should().Equal("cpi");
        result.Locations.Single().JsonPath.Should().Be("$.observations[1]");
        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath, d.Location.Line)).Should().Equal(("DP0001", "$.observations[0]", (long?)2), ("DP0001", "$.observations[2].indicator", 4));
        PlanValidator.ValidateObservations(SeedFiles.JinanPlan, result).Diagnostics.Single().Location.JsonPath.Should().Be("$.observations[1]");
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"period\": \"2024\", \"growth\": 1e400}]}", "$.observations[0].growth")]
    [InlineData("{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"period\": \"2024\", \"growth\": \"7\"}]}", "$.observations[0].growth")]
    [InlineData("{\"schemaVersion\": 1, \"observations\": [{\"indicator\": \"gdp\", \"indicator\": \"x\", \"period\": \"2024\", \"growth\": 1}]}", "$.observations[0].indicator")]
    [InlineData("{\"schemaVersion\": 2, \"observations\": []}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1}", "$")]
    public void HostileOrWrongDocuments_FailWithTheirPath(string json, string path)
    {
        var act = () => ObservationJson.Parse(Encoding.UTF8.GetBytes(json));

        act.Should().Throw<DevPlanFormatException>().Which.Path.Should().Be(path);
    }

    [Fact]
    public void DeepNesting_IsRefused()
    {
        var json = "{\"schemaVersion\": 1, \"x\": " + new string('[', 10_000) + new string(']', 10_000) + ", \"observations\": []}";

        var act = () => ObservationJson.Parse(Encoding.UTF8.GetBytes(json));

        act.Should().Throw<DevPlanFormatException>().Which.Reason.Should().Contain("depth");
    }

    [Fact]
    public void Lenient_AnElementWithAValueOfTheWrongType_IsLeftOutAndTheRestRead()
    {
        var json = """
            {"schemaVersion": 1, "observations": [
              {"indicator": "gdp", "period": "2024", "growth": 7.2},
              {"indicator": "cpi", "period": "2024", "growth": "0.2"},
              {"indicator": "gdp", "period": "2023", "level": {"value": 1767.3, "unit": "亿元"}, "x-note": "\uD800"},
              {"indicator": "gdp", "period": "2022", "growth": 3.0, "x-note": {"kept": [1, 2]}}
            ]}
            """;

        var result = ObservationJson.ParseLenient(Encoding.UTF8.GetBytes(json), sourceName: "obs.json");

        result.Observations.Select(o => o.Period.Year).Should().Equal(2024, 2022);
        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath, d.Location.Line)).Should().Equal(("DP0001", "$.observations[1].growth", (long?)3), ("DP0001", "$.observations[2]['x-note']", 4));
        UnknownMembers.Of(result.Observations[1]).Single().Value.GetProperty("kept").GetArrayLength().Should().Be(2);
    }

    [Fact]
    public void OpenReader_StreamsADocumentBeyondTheObjectLimits()
    {
        var observations = Enumerable.Range(0, 50).Select(i => new Observation("gdp", ReportingPeriod.ForMonth(2020 + i / 12, i % 12 + 1), growth: new Percent(i))).ToList();
        var bytes = ObservationJson.ToUtf8Bytes(observations);
        var small = new JsonReadOptions { MaxDocumentBytes = 1024, MaxArrayLength = 10 };

        FluentActions.Invoking(() => ObservationJson.Parse(bytes, small)).Should().Throw<DevPlanFormatException>();
        using var reader = ObservationJson.OpenReader(new MemoryStream(bytes), small);
        reader.ReadObservations().Select(o => o.Growth).Should().Equal(observations.Select(o => o.Growth));
    }

    [Fact]
    public void BulkLoad_RefusesMembersItCannotKeep_NamingThem()
    {
        var json = """{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "growth": 7, "x-note": 1}]}""";

        var error = FluentActions.Invoking(() => Observations.BulkLoad.Json(new MemoryStream(Encoding.UTF8.GetBytes(json)))).Should().Throw<DevPlanFormatException>().Which;

        (error.Path, error.LineNumber).Should().Be(("$.observations[0]", 1L));
        error.Reason.Should().Contain("\"x-note\"");
    }
}
