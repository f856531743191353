using System.Text.Json;
using System.Text.Json.Serialization;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Serialization;

// The plan document as it stands in JSON, one class per object. The order of the properties is
// the canonical order of the written document; optional members are null when absent and are then
// not written. [JsonExtensionData] keeps members this version does not know.

internal abstract class WireObject
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownMembers { get; set; }
}

internal sealed class PlanWire : WireObject
{
    public required int SchemaVersion { get; set; }
    public required string Id { get; set; }
    public required LocalizedText Title { get; set; }
    public required int Year { get; set; }
    public int? BaselineYear { get; set; }
    public LocalDate? AdoptedOn { get; set; }
    public LocalizedText? Event { get; set; }
    public List<string>? Issuers { get; set; }
    public SourceDocumentWire? Source { get; set; }
    public List<SourceDocumentWire>? RelatedDocuments { get; set; }
    public required RegionWire Region { get; set; }
    public StrategyWire? Strategy { get; set; }
    public List<IndicatorWire>? Indicators { get; set; }
    public List<ObservationWire>? Baselines { get; set; }
    public List<LocalizedText>? BaselineNotes { get; set; }
    public List<TargetWire>? Targets { get; set; }
    public List<ActionWire>? Actions { get; set; }
    public List<ResponsibleUnitWire>? ResponsibleUnits { get; set; }
    public List<AgreementWire>? Agreements { get; set; }
}

internal sealed class SourceDocumentWire : WireObject
{
    public required LocalizedText Title { get; set; }
    public required DocumentKind Kind { get; set; }
    public LocalDate? Date { get; set; }
    public string? Location { get; set; }
}

internal sealed class RegionWire : WireObject
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Location { get; set; }
    public List<ZoneWire>? Zones { get; set; }
}

internal sealed class ZoneWire : WireObject
{
    public required string Code { get; set; }
    public required ZonePosition Position { get; set; }
    public required LocalizedText Name { get; set; }
    public LocalizedText? Theme { get; set; }
    public LocalizedText? Momentum { get; set; }
    public LocalizedText? Directive { get; set; }
}

internal sealed class StrategyWire : WireObject
{
    public required LocalizedText Theme { get; set; }
    public List<LocalizedText>? CityRoles { get; set; }
    public List<StrategicGoalWire>? Goals { get; set; }
    public LocalizedText? Vision { get; set; }
    public LocalizedText? Phase { get; set; }
}

internal sealed class StrategicGoalWire : WireObject
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
}

internal sealed class IndicatorWire : WireObject
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public required Unit Unit { get; set; }
    public required IndicatorDirection Direction { get; set; }
    public required GrowthBasis GrowthBasis { get; set; }
    public required Accumulation Accumulation { get; set; }
    public LocalizedText? Scope { get; set; }
}

internal sealed class ObservationWire : WireObject
{
    public required string Indicator { get; set; }
    public string? Zone { get; set; }
    public required ReportingPeriod Period { get; set; }
    public Quantity? Level { get; set; }
    public decimal? Growth { get; set; }
    public bool? Completed { get; set; }
    public ObservationStatus? Status { get; set; }
    public string? Source { get; set; }
}

internal sealed class TargetWire : WireObject
{
    public required string Id { get; set; }
    public required string Indicator { get; set; }
    public string? Zone { get; set; }
    public required ReportingPeriod Period { get; set; }
    public required TargetKind Kind { get; set; }
    public TargetQualifier? Qualifier { get; set; }
    public decimal? Value { get; set; }
    public decimal? Stretch { get; set; }
    public Unit? Unit { get; set; }
    public required TargetNature Nature { get; set; }
    public LocalizedText? Note { get; set; }
}

internal sealed class ActionWire : WireObject
{
    public required int Number { get; set; }
    public required LocalizedText Title { get; set; }
    public LocalizedText? Focus { get; set; }
    public List<MeasureWire>? Measures { get; set; }
}

internal sealed class MeasureWire : WireObject
{
    public required int Number { get; set; }
    public required LocalizedText Title { get; set; }
    public string? Zone { get; set; }
    public List<string>? ResponsibleUnits { get; set; }
}

internal sealed class ResponsibleUnitWire : WireObject
{
    public required string Code { get; set; }
    public required LocalizedText Name { get; set; }
    public required ResponsibleUnitKind Kind { get; set; }
}

internal sealed class AgreementWire : WireObject
{
    public required string Id { get; set; }
    public List<string>? Issuers { get; set; }
    public List<string>? Signatories { get; set; }
    public List<string>? Targets { get; set; }
    public LocalDate? SignedOn { get; set; }
    public LocalizedText? AssessmentOrientation { get; set; }
    public LocalizedText? Note { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false,
    Converters =
    [
        typeof(UnitJsonConverter), typeof(ReportingPeriodJsonConverter), typeof(LocalDateJsonConverter),
        typeof(LocalizedTextJsonConverter), typeof(QuantityJsonConverter),
        typeof(CamelCaseEnumConverter<ZonePosition>), typeof(CamelCaseEnumConverter<IndicatorDirection>),
        typeof(CamelCaseEnumConverter<GrowthBasis>), typeof(CamelCaseEnumConverter<Accumulation>),
        typeof(CamelCaseEnumConverter<TargetKind>), typeof(CamelCaseEnumConverter<TargetQualifier>),
        typeof(CamelCaseEnumConverter<TargetNature>), typeof(CamelCaseEnumConverter<ObservationStatus>),
        typeof(CamelCaseEnumConverter<ResponsibleUnitKind>), typeof(CamelCaseEnumConverter<DocumentKind>),
    ])]
[JsonSerializable(typeof(PlanWire))]
internal sealed partial class PlanJsonContext : JsonSerializerContext;
