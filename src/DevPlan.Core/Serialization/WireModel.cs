using System.Text.Json;
using System.Text.Json.Serialization;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Serialization;

// The plan and observation documents as they stand in JSON, one class per object: the one
// description of each document. The reader and the writer map these types, the fast observation
// reader takes its member names from them, the error messages their enum lists, and a test holds the
// embedded JSON Schemas to them member by member. The order of the properties is the canonical order
// of the written document. [JsonRequired] marks a required member; the mapper (not the serializer)
// enforces it, so that every missing member of an object is named at once and a lenient read can
// leave the object out. Optional members are null when absent and are then not written.
// [JsonExtensionData] keeps members this version does not know.

internal abstract class WireObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownMembers { get; set; }
}

internal sealed class PlanWire : WireObject
{
    [JsonRequired]
    public int? SchemaVersion { get; set; }
    [JsonRequired]
    public string Id { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    [JsonRequired]
    public int? Year { get; set; }
    public int? BaselineYear { get; set; }
    public ReportingPeriod? Horizon { get; set; }
    public string? PartOf { get; set; }
    public LocalDate? AdoptedOn { get; set; }
    public LocalizedText? Event { get; set; }
    public List<string>? Issuers { get; set; }
    public SourceDocumentWire? Source { get; set; }
    public List<SourceDocumentWire>? RelatedDocuments { get; set; }
    [JsonRequired]
    public RegionWire Region { get; set; } = null!;
    public StrategyWire? Strategy { get; set; }
    public List<UnitDefinitionWire>? Units { get; set; }
    public List<string>? StandardIndicators { get; set; }
    public List<IndicatorWire>? Indicators { get; set; }
    public List<ObservationWire>? Baselines { get; set; }
    public List<LocalizedText>? BaselineNotes { get; set; }
    public List<TargetWire>? Targets { get; set; }
    public List<ActionWire>? Actions { get; set; }
    public List<ResponsibleUnitWire>? ResponsibleUnits { get; set; }
    public List<AgreementWire>? Agreements { get; set; }
}

internal sealed class UnitDefinitionWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    public Quantity? Equivalent { get; set; }
}

internal sealed class SourceDocumentWire : WireObject
{
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    [JsonRequired]
    public DocumentKind? Kind { get; set; }
    public LocalDate? Date { get; set; }
    public string? Location { get; set; }
}

internal sealed class RegionWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText? Location { get; set; }
    public List<ZoneWire>? Zones { get; set; }
}

internal sealed class ZoneWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public ZonePosition? Position { get; set; }
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    public LocalizedText? Theme { get; set; }
    public LocalizedText? Momentum { get; set; }
    public LocalizedText? Directive { get; set; }
}

internal sealed class StrategyWire : WireObject
{
    [JsonRequired]
    public LocalizedText Theme { get; set; } = null!;
    public List<LocalizedText>? CityRoles { get; set; }
    public List<StrategicGoalWire>? Goals { get; set; }
    public LocalizedText? Vision { get; set; }
    public LocalizedText? Phase { get; set; }
}

internal sealed class StrategicGoalWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
}

internal sealed class IndicatorWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    [JsonRequired]
    public Unit? Unit { get; set; }
    [JsonRequired]
    public IndicatorDirection? Direction { get; set; }
    [JsonRequired]
    public GrowthBasis? GrowthBasis { get; set; }
    [JsonRequired]
    public Accumulation? Accumulation { get; set; }
    public ChangeVerb? Change { get; set; }
    public string? ReleaseLag { get; set; }
    public LocalizedText? Scope { get; set; }
}

internal sealed class ObservationWire : WireObject
{
    [JsonRequired]
    public string Indicator { get; set; } = null!;
    public string? Zone { get; set; }
    [JsonRequired]
    public ReportingPeriod? Period { get; set; }
    public Quantity? Level { get; set; }
    public decimal? Growth { get; set; }
    public bool? Completed { get; set; }
    public ObservationStatus? Status { get; set; }
    public string? Source { get; set; }
    public NodaTime.LocalDate? Released { get; set; }
}

internal sealed class TargetWire : WireObject
{
    [JsonRequired]
    public string Id { get; set; } = null!;
    [JsonRequired]
    public string Indicator { get; set; } = null!;
    public string? Zone { get; set; }
    [JsonRequired]
    public ReportingPeriod? Period { get; set; }
    [JsonRequired]
    public TargetKind? Kind { get; set; }
    public TargetQualifier? Qualifier { get; set; }
    public decimal? Value { get; set; }
    public decimal? Stretch { get; set; }
    public Unit? Unit { get; set; }
    public string? RelativeTo { get; set; }
    public bool? EachYear { get; set; }
    public int? BaselineYear { get; set; }
    public string? ShareOf { get; set; }
    [JsonRequired]
    public TargetNature? Nature { get; set; }
    public LocalizedText? Note { get; set; }
}

internal sealed class ActionWire : WireObject
{
    [JsonRequired]
    public int? Number { get; set; }
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    public LocalizedText? Focus { get; set; }
    public List<MeasureWire>? Measures { get; set; }
}

internal sealed class MeasureWire : WireObject
{
    [JsonRequired]
    public int? Number { get; set; }
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    public string? Zone { get; set; }
    public List<string>? ResponsibleUnits { get; set; }
}

internal sealed class ResponsibleUnitWire : WireObject
{
    [JsonRequired]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    [JsonRequired]
    public ResponsibleUnitKind? Kind { get; set; }
}

internal sealed class AgreementWire : WireObject
{
    [JsonRequired]
    public string Id { get; set; } = null!;
    public List<string>? Issuers { get; set; }
    public List<string>? Signatories { get; set; }
    public List<string>? Targets { get; set; }
    public LocalDate? SignedOn { get; set; }
    public LocalizedText? AssessmentOrientation { get; set; }
    public LocalizedText? Note { get; set; }
}

internal sealed class ObservationDocumentWire : WireObject
{
    [JsonRequired]
    public int? SchemaVersion { get; set; }
    [JsonRequired]
    public List<ObservationWire> Observations { get; set; } = null!;
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(InvariantTextJsonConverter<Unit>), typeof(InvariantTextJsonConverter<ReportingPeriod>), typeof(LocalDateJsonConverter),
        typeof(LocalizedTextJsonConverter), typeof(QuantityJsonConverter),
        typeof(CamelCaseEnumConverter<ZonePosition>), typeof(CamelCaseEnumConverter<IndicatorDirection>),
        typeof(CamelCaseEnumConverter<GrowthBasis>), typeof(CamelCaseEnumConverter<Accumulation>), typeof(CamelCaseEnumConverter<ChangeVerb>),
        typeof(CamelCaseEnumConverter<TargetKind>), typeof(CamelCaseEnumConverter<TargetQualifier>),
        typeof(CamelCaseEnumConverter<TargetNature>), typeof(CamelCaseEnumConverter<ObservationStatus>),
        typeof(CamelCaseEnumConverter<ResponsibleUnitKind>), typeof(CamelCaseEnumConverter<DocumentKind>),
    ])]
[JsonSerializable(typeof(PlanWire))]
[JsonSerializable(typeof(ObservationDocumentWire))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
