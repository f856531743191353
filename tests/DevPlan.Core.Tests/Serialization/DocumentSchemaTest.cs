using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// The published JSON Schemas are made from the wire types (the one description of each document):
/// the committed files are what the generator makes, member by member, and the embedded ones are the
/// committed ones. A member added to a wire type changes the schema; a schema edited by hand fails here.
/// </summary>
public class DocumentSchemaTest
{
    public static TheoryData<string> Documents => ["plan", "observations"];

    private static Type WireTypeOf(string document) => document == "plan" ? typeof(PlanWire) : typeof(ObservationDocumentWire);

    private static string Embedded(string document) => document == "plan" ? PlanJson.JsonSchema : ObservationJson.JsonSchema;

    [Theory]
    [MemberData(nameof(Documents))]
    public void TheCommittedSchema_IsTheOneMadeFromTheWireTypes(string document)
    {
        var path = Repository.PathOf("src", "DevPlan.Core", "Schemas", document + ".schema.json");
        var generated = DocumentSchemaGenerator.Generate(WireTypeOf(document), WireDescription.Of);
        if (!File.Exists(path) || File.ReadAllText(path) != generated)
        {
            File.WriteAllText(path + ".received", generated);
        }

        File.ReadAllText(path).Should().Be(generated, $"the schema is made from the wire types: replace {document}.schema.json with {document}.schema.json.received");
        Embedded(document).Should().Be(generated);
    }

    [Fact]
    public void EveryMember_AndWhetherItIsRequired_ComesFromTheDescription()
    {
        var schema = JsonNode.Parse(DocumentSchemaGenerator.Generate(typeof(SampleWire), Describe))!;

        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("code");
        schema["properties"]!.AsObject().Select(p => p.Key).Should().Equal("code", "year", "note", "period", "notes", "parts");
        schema["properties"]!["code"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/code", "a string is a code unless it says otherwise");
        schema["properties"]!["year"]!.ToJsonString().Should().Be("""{"type":"integer","minimum":1,"maximum":9999,"description":"The year."}""");
        schema["properties"]!["note"]!.ToJsonString().Should().Be("""{"type":"string"}""");
        schema["properties"]!["parts"]!["items"]!["$ref"]!.GetValue<string>().Should().Be("#/$defs/part");
        schema["$defs"]!.AsObject().Select(p => p.Key).Should().Equal(["code", "localizedText", "period", "codes", "part"], "only the definitions the document uses, vocabulary first");
    }

    [Fact]
    public void ARuleThatRequiresAMemberTheObjectLacks_IsRefused()
    {
        var act = () => DocumentSchemaGenerator.Generate(typeof(BadRuleWire), Describe);

        act.Should().Throw<InvalidOperationException>().WithMessage("*names \"weight\"*");
    }

    [Theory]
    [InlineData(typeof(RuleReplacingRequiredWire), "*give \"required\" again*")]
    [InlineData(typeof(RuleNamingAnUnknownMemberWire), "*names \"nmae\"*")]
    [InlineData(typeof(BoundedDecimalWire), "*bounds or a constant for a member that is no integer*")]
    [InlineData(typeof(PatternOnCodesWire), "*a pattern or free text for a member that is no string*")]
    [InlineData(typeof(RefWithPatternWire), "*a definition it refers to, and keywords of its own besides*")]
    [InlineData(typeof(DocumentWithoutDescriptionWire), "*needs a [Schema] with the document's id, title and description*")]
    public void AnAnnotationThatWouldBeLostOrWouldReplaceWhatTheTypesSay_IsRefused(Type wire, string message)
    {
        var act = () => DocumentSchemaGenerator.Generate(wire, Describe);

        act.Should().Throw<InvalidOperationException>().WithMessage(message);
    }

    [Fact]
    public void TheTargetsFigures_FollowEachKindsShape()
    {
        var target = JsonNode.Parse(PlanJson.JsonSchema)!["properties"]!["targets"]!["items"]!;

        target["if"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("completion", "qualitative", "setEachYear");
        target["else"]!["if"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().Equal("growthRate", "reduction", "averageAnnualGrowth", "relative");
    }

    private static readonly JsonSerializerOptions SampleOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    private static JsonTypeInfo Describe(Type type) => SampleOptions.GetTypeInfo(type);

    [Schema(Id = "urn:test", Title = "A sample", Description = "A sample document.")]
    private sealed class SampleWire : WireObject
    {
        [JsonRequired]
        public string Code { get; set; } = null!;
        [Schema(Minimum = 1, Maximum = 9999, Description = "The year.")]
        public int? Year { get; set; }
        [Schema(Text = true)]
        public string? Note { get; set; }
        public DevPlan.Core.Periods.ReportingPeriod? Period { get; set; }
        public List<string>? Notes { get; set; }
        public List<PartWire>? Parts { get; set; }
    }

    [Schema(Definition = "part")]
    private sealed class PartWire : WireObject
    {
        public DevPlan.Core.Text.LocalizedText? Name { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "A bad rule", Description = "x", Rule = """{"required": ["code"]}""")]
    private sealed class RuleReplacingRequiredWire : WireObject
    {
        [JsonRequired]
        public string Code { get; set; } = null!;
    }

    [Schema(Id = "urn:test:bad", Title = "A bad rule", Description = "x", Rule = """{"if": {"properties": {"nmae": {"const": "x"}}}}""")]
    private sealed class RuleNamingAnUnknownMemberWire : WireObject
    {
        public string? Name { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "A bound on a decimal", Description = "x")]
    private sealed class BoundedDecimalWire : WireObject
    {
        [Schema(Minimum = 0)]
        public decimal? Share { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "A pattern on codes", Description = "x")]
    private sealed class PatternOnCodesWire : WireObject
    {
        [Schema(Pattern = "^x$")]
        public List<string>? Codes { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "A reference with a pattern", Description = "x")]
    private sealed class RefWithPatternWire : WireObject
    {
        [Schema(Ref = "zoneCode", Pattern = "^x$")]
        public string? Zone { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "No description")]
    private sealed class DocumentWithoutDescriptionWire : WireObject
    {
        public string? Code { get; set; }
    }

    [Schema(Id = "urn:test:bad", Title = "A bad rule", Description = "x", Rule = """{"anyOf": [{"required": ["weight"]}]}""")]
    private sealed class BadRuleWire : WireObject
    {
        public string? Code { get; set; }
    }
}
