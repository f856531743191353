using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>Maps the plan model to the wire model, for writing.</summary>
internal static class PlanWireWriter
{

    public static PlanWire ToWire(Plan plan) => new()
    {
        SchemaVersion = PlanJson.SchemaVersion,
        Id = plan.Id,
        Title = plan.Title,
        Year = plan.Year,
        BaselineYear = plan.BaselineYear,
        Horizon = plan.Horizon.Kind == Periods.PeriodKind.Span ? plan.Horizon : null,
        PartOf = plan.PartOf,
        AdoptedOn = plan.AdoptedOn,
        Event = plan.Event,
        Issuers = Wire(plan.Issuers, c => c),
        Source = plan.Source is null ? null : ToWire(plan.Source),
        RelatedDocuments = Wire(plan.RelatedDocuments, ToWire),
        Region = new RegionWire
        {
            Code = plan.Region.Code,
            Name = plan.Region.Name,
            Location = plan.Region.Location,
            Zones = Wire(plan.Region.Zones, z => new ZoneWire
            {
                Code = z.Code,
                Position = z.Position,
                Name = z.Name,
                Theme = z.Theme,
                Momentum = z.Momentum,
                Directive = z.Directive,
                UnknownMembers = Wire(UnknownMembers.Of(z)),
            }),
            UnknownMembers = Wire(UnknownMembers.Of(plan.Region)),
        },
        Strategy = plan.Strategy is not { } s ? null : new StrategyWire
        {
            Theme = s.Theme,
            CityRoles = Wire(s.CityRoles, t => t),
            Goals = Wire(s.Goals, g => new StrategicGoalWire { Code = g.Code, Name = g.Name, UnknownMembers = Wire(UnknownMembers.Of(g)) }),
            Vision = s.Vision,
            Phase = s.Phase,
            UnknownMembers = Wire(UnknownMembers.Of(s)),
        },
        Units = Wire(plan.Units, u => new UnitDefinitionWire
        {
            Code = u.Code,
            Name = u.Name,
            Equivalent = u.Equivalent,
            UnknownMembers = Wire(UnknownMembers.Of(u)),
        }),
        StandardIndicators = Wire(plan.StandardIndicators, c => c),
        Indicators = Wire(plan.DeclaredIndicators, i => new IndicatorWire
        {
            Code = i.Code,
            Name = i.Name,
            Unit = i.Unit,
            Direction = i.Direction,
            GrowthBasis = i.GrowthBasis,
            Accumulation = i.Accumulation,
            Change = i.Change == ChangeVerb.Grow ? null : i.Change,
            ReleaseLag = i.ReleaseLag is { } lag ? NodaTime.Text.PeriodPattern.NormalizingIso.Format(lag) : null,
            Scope = i.Scope,
            UnknownMembers = Wire(UnknownMembers.Of(i)),
        }),
        Baselines = Wire(plan.Baselines, ToWire),
        BaselineNotes = Wire(plan.BaselineNotes, t => t),
        Targets = Wire(plan.Targets, t => new TargetWire
        {
            Id = t.Id,
            Indicator = t.Indicator,
            Zone = t.Zone.ZoneCode,
            Period = t.Period,
            Kind = t.Kind,
            Qualifier = t.Qualifier,
            Value = t.Figure?.Value,
            Stretch = t.Stretch?.Value,
            Unit = t.Figure?.Unit,
            RelativeTo = t.RelativeTo,
            EachYear = t.EachYear ? true : null,
            BaselineYear = t.BaselineYear,
            ShareOf = t.ShareOf,
            Nature = t.Nature,
            Note = t.Note,
            UnknownMembers = Wire(UnknownMembers.Of(t)),
        }),
        Actions = Wire(plan.Actions, a => new ActionWire
        {
            Number = a.Number,
            Title = a.Title,
            Focus = a.Focus,
            Measures = Wire(a.Measures, m => new MeasureWire
            {
                Number = m.Number,
                Title = m.Title,
                Zone = m.Zone.ZoneCode,
                ResponsibleUnits = Wire(m.ResponsibleUnits, c => c),
                UnknownMembers = Wire(UnknownMembers.Of(m)),
            }),
            UnknownMembers = Wire(UnknownMembers.Of(a)),
        }),
        ResponsibleUnits = Wire(plan.ResponsibleUnits, u => new ResponsibleUnitWire
        {
            Code = u.Code,
            Name = u.Name,
            Kind = u.Kind,
            UnknownMembers = Wire(UnknownMembers.Of(u)),
        }),
        Agreements = Wire(plan.Agreements, a => new AgreementWire
        {
            Id = a.Id,
            Issuers = Wire(a.Issuers, c => c),
            Signatories = Wire(a.Signatories, c => c),
            Targets = Wire(a.Targets, c => c),
            SignedOn = a.SignedOn,
            AssessmentOrientation = a.AssessmentOrientation,
            Note = a.Note,
            UnknownMembers = Wire(UnknownMembers.Of(a)),
        }),
        UnknownMembers = Wire(UnknownMembers.Of(plan)),
    };

    public static ObservationDocumentWire ToWire(ObservationDocument document) => new()
    {
        SchemaVersion = PlanJson.SchemaVersion,
        Observations = [.. document.Observations.Select(ToWire)],
        UnknownMembers = Wire(UnknownMembers.Of(document)),
    };

    private static ObservationWire ToWire(Observation o) => new()
    {
        Indicator = o.Indicator,
        Zone = o.Zone.ZoneCode,
        Period = o.Period,
        Level = o.Level,
        Growth = o.Growth?.Value,
        Completed = o.Completed,
        Status = o.Status == ObservationStatus.Normal ? null : o.Status,
        Source = o.Source,
        Released = o.Released,
        UnknownMembers = Wire(UnknownMembers.Of(o)),
    };

    private static SourceDocumentWire ToWire(SourceDocument d) => new()
    {
        Title = d.Title,
        Kind = d.Kind,
        Date = d.Date,
        Location = d.Location,
        UnknownMembers = Wire(UnknownMembers.Of(d)),
    };

    /// <summary>An empty collection is not written.</summary>
    private static List<TWire>? Wire<T, TWire>(ImmutableArray<T> items, Func<T, TWire> map) =>
        items.IsDefaultOrEmpty ? null : items.Select(map).ToList();

    private static Dictionary<string, JsonElement>? Wire(Serialization.UnknownMembers members) =>
        members.IsEmpty ? null : members.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
}
