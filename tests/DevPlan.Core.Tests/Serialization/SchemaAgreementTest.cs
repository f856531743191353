using System.Text.Json;
using System.Text.Json.Nodes;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// The embedded JSON Schemas and the wire types (the one description of each document) agree
/// member by member: names, required members and enum values. Adding a member to a wire type
/// without the schema, or the other way round, fails here.
/// </summary>
public class SchemaAgreementTest
{
    private static readonly JsonNode Plan = JsonNode.Parse(DevPlanSchemas.PlanSchema)!;
    private static readonly JsonNode Observations = JsonNode.Parse(DevPlanSchemas.ObservationsSchema)!;

    /// <summary>Where each wire type's object is described in the schemas (a JSON pointer, $refs followed).</summary>
    private static readonly Dictionary<Type, (JsonNode Schema, string Pointer)[]> Places = new()
    {
        [typeof(PlanWire)] = [(Plan, "")],
        [typeof(SourceDocumentWire)] = [(Plan, "/$defs/sourceDocument")],
        [typeof(RegionWire)] = [(Plan, "/properties/region")],
        [typeof(ZoneWire)] = [(Plan, "/properties/region/properties/zones/items")],
        [typeof(StrategyWire)] = [(Plan, "/properties/strategy")],
        [typeof(StrategicGoalWire)] = [(Plan, "/properties/strategy/properties/goals/items")],
        [typeof(UnitDefinitionWire)] = [(Plan, "/$defs/unitDefinition")],
        [typeof(IndicatorWire)] = [(Plan, "/properties/indicators/items")],
        [typeof(ObservationWire)] = [(Plan, "/$defs/observation"), (Observations, "/$defs/observation")],
        [typeof(TargetWire)] = [(Plan, "/properties/targets/items")],
        [typeof(ActionWire)] = [(Plan, "/properties/actions/items")],
        [typeof(MeasureWire)] = [(Plan, "/properties/actions/items/properties/measures/items")],
        [typeof(ResponsibleUnitWire)] = [(Plan, "/properties/responsibleUnits/items")],
        [typeof(AgreementWire)] = [(Plan, "/properties/agreements/items")],
        [typeof(ObservationDocumentWire)] = [(Observations, "")],
    };

    public static TheoryData<string> WireTypes => [.. typeof(WireObject).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(WireObject))).Select(t => t.Name)];

    private static Type WireType(string name) => typeof(WireObject).Assembly.GetTypes().Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EveryWireType_IsDescribedInTheSchemas(string wireType) =>
        Places.Should().ContainKey(WireType(wireType), "a new object of the document needs its place in the schema (and in this table)");

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void MemberNames_AndRequiredMembers_Agree(string wireType)
    {
        var members = WireDescription.Members(WireType(wireType)).ToList();
        foreach (var (schema, pointer) in Places[WireType(wireType)])
        {
            var node = At(schema, pointer);
            node["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(members.Select(p => p.Name), $"the members of {wireType} at {pointer}");
            (node["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []).Should().BeEquivalentTo(members.Where(p => p.IsRequired).Select(p => p.Name),
                $"the required members of {wireType} at {pointer}");
        }
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void EnumValues_Agree(string wireType)
    {
        var members = WireDescription.Members(WireType(wireType)).ToList();
        foreach (var (schema, pointer) in Places[WireType(wireType)])
        {
            var node = At(schema, pointer);
            foreach (var property in members)
            {
                if (WireDescription.EnumNames(property) is { } names)
                {
                    var values = Resolve(schema, node["properties"]![property.Name]!)["enum"]!.AsArray().Select(v => v!.GetValue<string>());
                    values.Should().Equal(names, $"the values of {wireType}.{property.Name} at {pointer}");
                }
            }
        }
    }

    [Fact]
    public void AMemberAddedWithoutTheSchema_WouldFail()
    {
        // The check itself: a description with one member more than the schema does not agree.
        var node = At(Plan, "/properties/targets/items");
        var members = WireDescription.MemberNames(typeof(TargetWire)).Append("weight");

        node["properties"]!.AsObject().Select(p => p.Key).Should().NotBeEquivalentTo(members);
    }

    private static JsonNode At(JsonNode schema, string pointer)
    {
        var node = schema;
        foreach (var part in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = node[part] ?? throw new InvalidOperationException($"The schema has nothing at {pointer}.");
        }
        return Resolve(schema, node);
    }

    private static JsonNode Resolve(JsonNode schema, JsonNode node) =>
        node is JsonObject { Count: 1 } o && o["$ref"] is { } reference ? At(schema, reference.GetValue<string>().TrimStart('#')) : node;
}
