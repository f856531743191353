using System.Text;
using System.Text.Json;
using DevPlan.Core.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>The embedded schemas, checked with an independent validator (JsonSchema.Net).</summary>
public class SchemaTest
{
    internal static readonly JsonSchema Plan = JsonSchema.FromText(PlanJson.JsonSchema);
    private static readonly JsonSchema Observations = JsonSchema.FromText(ObservationJson.JsonSchema);
    private static readonly string Seed = Encoding.UTF8.GetString(SeedFiles.JinanPlanBytes());

    private static EvaluationResults Evaluate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    private static string Errors(EvaluationResults results) =>
        string.Join("\n", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}"));

    [Fact]
    public void Schemas_AreDraft2020_12WithTheirIds()
    {
        using var plan = JsonDocument.Parse(PlanJson.JsonSchema);
        plan.RootElement.GetProperty("$schema").GetString().Should().Be("https://json-schema.org/draft/2020-12/schema");
        plan.RootElement.GetProperty("$id").GetString().Should().Be("urn:devplan:schema:plan:1");
        using var observations = JsonDocument.Parse(ObservationJson.JsonSchema);
        observations.RootElement.GetProperty("$id").GetString().Should().Be("urn:devplan:schema:observations:1");
    }

    [Fact]
    public void SeedPlan_IsValid()
    {
        var results = Evaluate(Plan, Seed);

        results.IsValid.Should().BeTrue(Errors(results));
    }

    [Fact]
    public void SampleObservations_AsJson_AreValid()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.observations.sample.csv"))).ToList();

        var results = Evaluate(Observations, Encoding.UTF8.GetString(ObservationJson.ToUtf8Bytes(observations)));

        results.IsValid.Should().BeTrue(Errors(results));
    }

    public static TheoryData<string, string> BrokenPlans => new()
    {
        { "missing id", Seed.Replace("\"id\": \"jinan-htz-2024\",", "") },
        { "bad period", Seed.Replace("\"period\": \"2024\"", "\"period\": \"2024-Q5\"") },
        { "completion with a figure", Seed.Replace("\"kind\": \"completion\",", "\"kind\": \"completion\", \"value\": 3, \"unit\": \"percent\", \"qualifier\": \"atLeast\",") },
        { "growth target in yuan", Seed.Replace("\"value\": 7.5,\n      \"unit\": \"percent\"", "\"value\": 7.5,\n      \"unit\": \"10^8 CNY\"") },
        { "growth target without a unit", Seed.Replace("\"value\": 7.5,\n      \"unit\": \"percent\",", "\"value\": 7.5,") },
        { "unknown enum", Seed.Replace("\"nature\": \"binding\"", "\"nature\": \"mandatory\"") },
        { "quantity with an extra member", Seed.Replace("\"value\": 1767.3,", "\"value\": 1767.3, \"note\": \"x\",") },
        { "text without English", Seed.Replace("\"en\": \"Year of Deepening Projects\"", "\"fr\": \"Année\"") },
        { "growth as a string", Seed.Replace("\"growth\": 7.3", "\"growth\": \"7.3\"") },
        { "bad date", Seed.Replace("\"adoptedOn\": \"2024-02-23\"", "\"adoptedOn\": \"2024-02-30\"") },
        { "bad code", Seed.Replace("\"code\": \"central\"", "\"code\": \"central zone\"") },
        { "schema version 2", Seed.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2") },
    };

    [Theory]
    [MemberData(nameof(BrokenPlans))]
    public void BrokenPlans_FailTheSchema(string what, string json)
    {
        json.Should().NotBe(Seed, what);

        Evaluate(Plan, json).IsValid.Should().BeFalse(what);
    }

    [Theory]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024"}]}""")]
    [InlineData("""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "2024", "status": "final", "growth": 1}]}""")]
    [InlineData("""{"schemaVersion": 1}""")]
    public void BrokenObservationDocuments_FailTheSchema(string json) => Evaluate(Observations, json).IsValid.Should().BeFalse();

    [Theory]
    [InlineData("0000", false)]
    [InlineData("0000-M01", false)]
    [InlineData("0001", true)]
    [InlineData("9999-M12", true)]
    [InlineData("9999-YTD-M12", true)]
    public void PeriodPattern_AgreesWithTheParser(string period, bool valid)
    {
        var json = $$"""{"schemaVersion": 1, "observations": [{"indicator": "gdp", "period": "{{period}}", "growth": 1}]}""";

        Evaluate(Observations, json).IsValid.Should().Be(valid);
        Core.Periods.ReportingPeriod.TryParse(period, out _).Should().Be(valid);
    }

    [Property(MaxTest = 100)]
    public Property EveryPlanTheSerializerWrites_ConformsToTheSchema() =>
        Prop.ForAll(PlanGenerators.PlanGen.ToArbitrary(), plan =>
        {
            var results = Evaluate(Plan, PlanJson.ToJson(plan));
            results.IsValid.Should().BeTrue(Errors(results));
        });
}
