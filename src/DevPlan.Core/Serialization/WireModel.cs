using System.Text.Json;
using System.Text.Json.Serialization;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Serialization;

// The plan and observation documents as they stand in JSON, one class per object: the one
// description of each document. The reader and the writer map these types, the fast observation
// reader takes its member names from them, the error messages their enum lists, and the published
// JSON Schemas are generated from them and their [Schema] annotations (a test holds the committed
// files to what is generated). The order of the properties is the canonical order
// of the written document. [JsonRequired] marks a required member; the mapper (not the serializer)
// enforces it, so that every missing member of an object is named at once and a lenient read can
// leave the object out. Optional members are null when absent and are then not written.
// [JsonExtensionData] keeps members this version does not know.

internal abstract class WireObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownMembers { get; set; }
}

[Schema(Id = "urn:devplan:schema:plan:1", Title = "DevPlan.Core plan document, schema version 1",
    Description = "An annual development plan as PlanJson reads and writes it. Members not named here are allowed: they are kept and written back by the library (forward compatibility). Codes must resolve and be unique; PlanValidator checks what a schema cannot.")]
internal sealed class PlanWire : WireObject
{
    [JsonRequired]
    [Schema(Const = 1)]
    public int? SchemaVersion { get; set; }
    [JsonRequired]
    public string Id { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    [JsonRequired]
    [Schema(Minimum = 2, Maximum = 9999)]
    public int? Year { get; set; }
    [Schema(Minimum = 1, Maximum = 9999)]
    public int? BaselineYear { get; set; }
    [Schema(Description = "The years the plan covers: a span starting in the plan year (2021/2025) for a multi-year plan; the plan year when absent.")]
    public ReportingPeriod? Horizon { get; set; }
    [Schema(Description = "The id of the multi-year plan this plan belongs to.")]
    public string? PartOf { get; set; }
    public LocalDate? AdoptedOn { get; set; }
    public LocalizedText? Event { get; set; }
    public List<string>? Issuers { get; set; }
    public SourceDocumentWire? Source { get; set; }
    public List<SourceDocumentWire>? RelatedDocuments { get; set; }
    [JsonRequired]
    public RegionWire Region { get; set; } = null!;
    public StrategyWire? Strategy { get; set; }
    [Schema(Description = "Units the plan declares for itself, written by their codes in the document.")]
    public List<UnitDefinitionWire>? Units { get; set; }
    [Schema(Description = "Codes of indicators of the library's standard catalogue that the plan uses without declaring them.")]
    public List<string>? StandardIndicators { get; set; }
    public List<IndicatorWire>? Indicators { get; set; }
    public List<ObservationWire>? Baselines { get; set; }
    public List<LocalizedText>? BaselineNotes { get; set; }
    public List<TargetWire>? Targets { get; set; }
    public List<ActionWire>? Actions { get; set; }
    public List<ResponsibleUnitWire>? ResponsibleUnits { get; set; }
    public List<AgreementWire>? Agreements { get; set; }
}

[Schema(Definition = "unitDefinition")]
internal sealed class UnitDefinitionWire : WireObject
{
    [JsonRequired]
    [Schema(Pattern = "^[A-Za-z0-9][A-Za-z0-9/_-]{0,31}$")]
    public string Code { get; set; } = null!;
    [JsonRequired]
    public LocalizedText Name { get; set; } = null!;
    [Schema(Description = "What one of this unit is, exactly, in another unit: {\"value\": 0.1, \"unit\": \"jin\"}.")]
    public Quantity? Equivalent { get; set; }
}

[Schema(Definition = "sourceDocument")]
internal sealed class SourceDocumentWire : WireObject
{
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    [JsonRequired]
    public DocumentKind? Kind { get; set; }
    public LocalDate? Date { get; set; }
    [Schema(Text = true)]
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
    [Schema(Description = "How the indicator's change is worded: grow (the default) or rise, as prices do.")]
    public ChangeVerb? Change { get; set; }
    [Schema(Pattern = "^P(?!$)([0-9]+Y)?([0-9]+M)?([0-9]+W)?([0-9]+D)?$",
        Description = "How long after the end of its period a figure is usually published, as an ISO 8601 period of years, months, weeks or days (P2M).")]
    public string? ReleaseLag { get; set; }
    public LocalizedText? Scope { get; set; }
}

[Schema(Definition = "observation", Rule = """{"anyOf": [{"required": ["level"]}, {"required": ["growth"]}, {"required": ["completed"]}]}""")]
internal sealed class ObservationWire : WireObject
{
    [JsonRequired]
    public string Indicator { get; set; } = null!;
    [Schema(Ref = "zoneCode")]
    public string? Zone { get; set; }
    [JsonRequired]
    public ReportingPeriod? Period { get; set; }
    public Quantity? Level { get; set; }
    public decimal? Growth { get; set; }
    public ObservationStatus? Status { get; set; }
    [Schema(Text = true)]
    public string? Source { get; set; }
    public bool? Completed { get; set; }
    [Schema(Description = "The date the figure was published (ISO 8601): an evaluation as of an earlier date does not use it.")]
    public NodaTime.LocalDate? Released { get; set; }
}

[Schema(FiguresFollowKind = true)]
internal sealed class TargetWire : WireObject
{
    [JsonRequired]
    public string Id { get; set; } = null!;
    [JsonRequired]
    public string Indicator { get; set; } = null!;
    [Schema(Ref = "zoneCode")]
    public string? Zone { get; set; }
    [JsonRequired]
    public ReportingPeriod? Period { get; set; }
    [JsonRequired]
    public TargetKind? Kind { get; set; }
    public TargetQualifier? Qualifier { get; set; }
    public decimal? Value { get; set; }
    public decimal? Stretch { get; set; }
    public Unit? Unit { get; set; }
    [Schema(Description = "For a relative target, the indicator whose growth it is compared with.")]
    public string? RelativeTo { get; set; }
    [Schema(Description = "Whether the bound must hold in every year of the target's span.")]
    public bool? EachYear { get; set; }
    [Schema(Minimum = 1, Maximum = 9999, Description = "The year of the baseline the target is measured from, when it is not the latest before its period (the starred 2019 figures).")]
    public int? BaselineYear { get; set; }
    [Schema(Description = "The id of the region target this zone target is a share of.")]
    public string? ShareOf { get; set; }
    [JsonRequired]
    public TargetNature? Nature { get; set; }
    public LocalizedText? Note { get; set; }
}

internal sealed class ActionWire : WireObject
{
    [JsonRequired]
    [Schema(Minimum = 1)]
    public int? Number { get; set; }
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    public LocalizedText? Focus { get; set; }
    public List<MeasureWire>? Measures { get; set; }
}

internal sealed class MeasureWire : WireObject
{
    [JsonRequired]
    [Schema(Minimum = 1)]
    public int? Number { get; set; }
    [JsonRequired]
    public LocalizedText Title { get; set; } = null!;
    [Schema(Ref = "zoneCode")]
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

[Schema(Id = "urn:devplan:schema:observations:1", Title = "DevPlan.Core observation document, schema version 1",
    Description = "Observations as ObservationJson reads and writes them. Members not named here are allowed and kept.", UnitsByName = true)]
internal sealed class ObservationDocumentWire : WireObject
{
    [JsonRequired]
    [Schema(Const = 1)]
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
