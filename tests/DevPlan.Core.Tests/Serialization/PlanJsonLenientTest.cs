using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Serialization;

public class PlanJsonLenientTest
{
    private static readonly string Seed = Encoding.UTF8.GetString(SeedFiles.JinanPlanBytes());

    private static long LineOf(string json, string text) => json[..json.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Lenient_Seed_LoadsWithItsTwoWarnings()
    {
        var result = PlanJson.ReadFileLenient(SeedFiles.JinanPlanPath);

        result.HasErrors.Should().BeFalse();
        result.Plan.Targets.Should().HaveCount(10);
        result.Diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Code == "DP1501" && d.Location.SourceName == SeedFiles.JinanPlanPath && d.Location.Line > 1);
    }

    [Fact]
    public void Lenient_RejectedElement_IsLeftOutAndReportedAtItsLine()
    {
        var json = Seed.Replace("\"kind\": \"completion\",", "\"kind\": \"completion\", \"qualifier\": \"atMost\",");

        var result = PlanJson.ParseLenient(Encoding.UTF8.GetBytes(json), sourceName: "plan.json");

        result.Plan.Targets.Should().HaveCount(9);
        var rejected = result.Diagnostics.Should().ContainSingle(d => d.Code == "DP0001").Subject;
        rejected.Location.JsonPath.Should().Be("$.targets[9].qualifier");
        rejected.Location.Line.Should().Be(LineOf(json, "\"qualifier\": \"atMost\""));
        rejected.Message.Should().Contain("completion target");
    }

    [Fact]
    public void Lenient_PathsAfterARejectedElement_AreTheDocumentsIndexes()
    {
        // Target 0 is rejected (bad id); target 4 (now model index 3) gets an unknown indicator.
        var json = Seed.Replace("\"id\": \"t01-gdp\"", "\"id\": \"t01 gdp\"").Replace("\"indicator\": \"retail-sales\"", "\"indicator\": \"retail\"");

        var result = PlanJson.ParseLenient(Encoding.UTF8.GetBytes(json));

        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).Should().Contain([("DP0001", "$.targets[0].id"), ("DP1101", "$.targets[4].indicator")]);
        result.Diagnostics.Single(d => d.Code == "DP1101").Location.Line.Should().Be(LineOf(json, "\"indicator\": \"retail\""));
    }

    [Fact]
    public void Strict_ThrowsOnceListingEveryError()
    {
        var json = Seed.Replace("\"indicator\": \"retail-sales\"", "\"indicator\": \"retail\"").Replace("\"signatories\": [\n        \"departments\"", "\"signatories\": [\n        \"bureaus\"");

        var act = () => PlanJson.ParseLenient(Encoding.UTF8.GetBytes(json), sourceName: "plan.json").EnsureValid();

        var error = act.Should().Throw<PlanValidationException>().Which;
        error.Errors.Select(e => e.Code).Should().Equal("DP1101", "DP1108");
        error.Message.Should().StartWith("The plan has 2 errors:").And.Contain("plan.json:").And.Contain("DP1101").And.Contain("DP1108");
        error.Diagnostics.Should().Contain(d => d.Severity == DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Strict_WarningsAloneAreAllowed() => PlanJson.ReadFileLenient(SeedFiles.JinanPlanPath).EnsureValid().Id.Should().Be("jinan-htz-2024");

    [Fact]
    public void MalformedDocument_CannotBeLoadedEitherWay()
    {
        var bytes = Encoding.UTF8.GetBytes(Seed[..100]);

        FluentActions.Invoking(() => PlanJson.ParseLenient(bytes)).Should().Throw<DevPlanFormatException>();
        FluentActions.Invoking(() => PlanJson.ParseLenient(bytes).EnsureValid()).Should().Throw<DevPlanFormatException>();
    }
}
