using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Maps between the wire model and the plan model. Reading builds each element through its
/// validating constructor and reports a rejected value at its JSON path.
/// </summary>
internal static class PlanWireMapper
{
    // ---- wire to model ----

    public static Plan ToPlan(PlanWire w)
    {
        if (w.SchemaVersion != PlanJson.SchemaVersion)
        {
            throw new PlanMappingException("$.schemaVersion",
                $"Expected schemaVersion {PlanJson.SchemaVersion}, but found {w.SchemaVersion.ToString(CultureInfo.InvariantCulture)}; this version of DevPlan.Core reads only documents of schema version {PlanJson.SchemaVersion}.");
        }
        var region = ToRegion(w.Region, "$.region");
        return Build("$", () => new Plan(w.Id, w.Title, region, w.Year)
        {
            BaselineYear = w.BaselineYear ?? w.Year - 1,
            AdoptedOn = w.AdoptedOn,
            Event = w.Event,
            Issuers = Codes(w.Issuers, "$.issuers"),
            Source = w.Source is null ? null : ToSource(w.Source, "$.source"),
            RelatedDocuments = List(w.RelatedDocuments, "$.relatedDocuments", ToSource),
            Strategy = w.Strategy is null ? null : ToStrategy(w.Strategy, "$.strategy"),
            Indicators = List(w.Indicators, "$.indicators", ToIndicator),
            Baselines = List(w.Baselines, "$.baselines", ToObservation),
            BaselineNotes = Texts(w.BaselineNotes),
            Targets = List(w.Targets, "$.targets", ToTarget),
            Actions = List(w.Actions, "$.actions", ToAction),
            ResponsibleUnits = List(w.ResponsibleUnits, "$.responsibleUnits", ToUnit),
            Agreements = List(w.Agreements, "$.agreements", ToAgreement),
            UnknownMembers = Unknown(w, "$"),
        });
    }

    private static Region ToRegion(RegionWire w, string path) => Build(path, () => new Region(w.Code, w.Name)
    {
        Location = w.Location,
        Zones = List(w.Zones, path + ".zones", ToZone),
        UnknownMembers = Unknown(w, path),
    });

    private static Zone ToZone(ZoneWire w, string path) => Build(path, () => new Zone(w.Code, w.Position, w.Name)
    {
        Theme = w.Theme,
        Momentum = w.Momentum,
        Directive = w.Directive,
        UnknownMembers = Unknown(w, path),
    });

    private static SourceDocument ToSource(SourceDocumentWire w, string path) => Build(path, () => new SourceDocument(w.Title, w.Kind)
    {
        Date = w.Date,
        Location = w.Location,
        UnknownMembers = Unknown(w, path),
    });

    private static Strategy ToStrategy(StrategyWire w, string path) => Build(path, () => new Strategy(w.Theme)
    {
        CityRoles = Texts(w.CityRoles),
        Goals = List(w.Goals, path + ".goals", (g, p) => Build(p, () => new StrategicGoal(g.Code, g.Name) { UnknownMembers = Unknown(g, p) })),
        Vision = w.Vision,
        Phase = w.Phase,
        UnknownMembers = Unknown(w, path),
    });

    private static Indicator ToIndicator(IndicatorWire w, string path) =>
        Build(path, () => new Indicator(w.Code, w.Name, w.Unit, w.Direction, w.GrowthBasis, w.Accumulation)
        {
            Scope = w.Scope,
            UnknownMembers = Unknown(w, path),
        });

    private static Observation ToObservation(ObservationWire w, string path) =>
        Build(path, () => new Observation(w.Indicator, w.Period, w.Level, w.Growth, w.Completed)
        {
            Zone = Scope(w.Zone, path),
            Status = w.Status ?? ObservationStatus.Normal,
            Source = w.Source,
            UnknownMembers = Unknown(w, path),
        });

    private static Target ToTarget(TargetWire w, string path)
    {
        if (w.Unit is null && (w.Value is not null || w.Stretch is not null))
        {
            throw new PlanMappingException(path, "Expected a \"unit\" beside the target's figure (\"percent\" for growth and reduction targets), but it is missing.");
        }
        if (w.Unit is not null && w.Value is null)
        {
            throw new PlanMappingException(path + ".unit", "Expected no \"unit\" on a target without a \"value\".");
        }
        Quantity? value = w.Value is { } v ? new Quantity(v, w.Unit!.Value) : null;
        Quantity? stretch = w.Stretch is { } s ? new Quantity(s, w.Unit!.Value) : null;
        return Build(path, () => new Target(w.Id, w.Indicator, w.Period, w.Kind, w.Qualifier, value, w.Nature)
        {
            Zone = Scope(w.Zone, path),
            Stretch = stretch,
            Note = w.Note,
            UnknownMembers = Unknown(w, path),
        });
    }

    private static PlanAction ToAction(ActionWire w, string path) => Build(path, () => new PlanAction(w.Number, w.Title)
    {
        Focus = w.Focus,
        Measures = List(w.Measures, path + ".measures", ToMeasure),
        UnknownMembers = Unknown(w, path),
    });

    private static Measure ToMeasure(MeasureWire w, string path) => Build(path, () => new Measure(w.Number, w.Title)
    {
        Zone = Scope(w.Zone, path),
        ResponsibleUnits = Codes(w.ResponsibleUnits, path + ".responsibleUnits"),
        UnknownMembers = Unknown(w, path),
    });

    private static ResponsibleUnit ToUnit(ResponsibleUnitWire w, string path) =>
        Build(path, () => new ResponsibleUnit(w.Code, w.Name, w.Kind) { UnknownMembers = Unknown(w, path) });

    private static ResponsibilityAgreement ToAgreement(AgreementWire w, string path) => Build(path, () => new ResponsibilityAgreement(w.Id)
    {
        Issuers = Codes(w.Issuers, path + ".issuers"),
        Signatories = Codes(w.Signatories, path + ".signatories"),
        Targets = Codes(w.Targets, path + ".targets"),
        SignedOn = w.SignedOn,
        AssessmentOrientation = w.AssessmentOrientation,
        Note = w.Note,
        UnknownMembers = Unknown(w, path),
    });

    private static ZoneScope Scope(string? zone, string path) =>
        zone is null || Preconditions.IsCode(zone)
            ? ZoneScope.FromCode(zone)
            : throw new PlanMappingException(path + ".zone", $"Expected a zone code of ASCII letters, digits, '-', '_' or '.', but found \"{JsonRead.Shorten(zone)}\".");

    private static ImmutableArray<T> List<TWire, T>(List<TWire>? items, string path, Func<TWire, string, T> map)
    {
        if (items is null)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<T>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            builder.Add(map(items[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")));
        }
        return builder.MoveToImmutable();
    }

    private static ImmutableArray<LocalizedText> Texts(List<LocalizedText>? items) => items is null ? [] : [.. items];

    private static ImmutableArray<string> Codes(List<string>? codes, string path)
    {
        if (codes is null)
        {
            return [];
        }
        for (var i = 0; i < codes.Count; i++)
        {
            if (!Preconditions.IsCode(codes[i]))
            {
                throw new PlanMappingException(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"),
                    $"Expected a code of ASCII letters, digits, '-', '_' or '.', but found \"{JsonRead.Shorten(codes[i])}\".");
            }
        }
        return [.. codes];
    }

    private static UnknownMembers Unknown(WireObject w, string path)
    {
        if (w.UnknownMembers is not { Count: > 0 } members)
        {
            return UnknownMembers.Empty;
        }
        foreach (var (name, value) in members)
        {
            CheckWritable(value, JsonLocator.AppendProperty(path, name));
        }
        return UnknownMembers.Create(members);
    }

    /// <summary>
    /// Unknown members are kept raw, so their strings were never decoded; one that escapes a lone
    /// surrogate (<c>"\uD800"</c>) could be read but not written back, and is refused here.
    /// </summary>
    private static void CheckWritable(JsonElement value, string path)
    {
        try
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.String:
                    _ = value.GetString();
                    break;
                case JsonValueKind.Array:
                    var index = 0;
                    foreach (var item in value.EnumerateArray())
                    {
                        CheckWritable(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{index++}]"));
                    }
                    break;
                case JsonValueKind.Object:
                    foreach (var property in value.EnumerateObject())
                    {
                        CheckWritable(property.Value, JsonLocator.AppendProperty(path, property.Name));
                    }
                    break;
            }
        }
        catch (InvalidOperationException)
        {
            throw new PlanMappingException(path, "Expected valid Unicode text, but the string escapes a lone surrogate (such as \\uD800 without its pair).");
        }
    }

    /// <summary>Runs a constructor and reports a rejected argument at the JSON member it came from.</summary>
    private static T Build<T>(string path, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (ArgumentException e)
        {
            var member = e.ParamName is { Length: > 0 } p ? $"{path}.{char.ToLowerInvariant(p[0])}{p[1..]}" : path;
            throw new PlanMappingException(member, JsonRead.WithoutParameter(e), fallbackPath: path);
        }
    }

    // ---- model to wire ----

    public static PlanWire ToWire(Plan plan) => new()
    {
        SchemaVersion = PlanJson.SchemaVersion,
        Id = plan.Id,
        Title = plan.Title,
        Year = plan.Year,
        BaselineYear = plan.BaselineYear,
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
                UnknownMembers = Wire(z.UnknownMembers),
            }),
            UnknownMembers = Wire(plan.Region.UnknownMembers),
        },
        Strategy = plan.Strategy is not { } s ? null : new StrategyWire
        {
            Theme = s.Theme,
            CityRoles = Wire(s.CityRoles, t => t),
            Goals = Wire(s.Goals, g => new StrategicGoalWire { Code = g.Code, Name = g.Name, UnknownMembers = Wire(g.UnknownMembers) }),
            Vision = s.Vision,
            Phase = s.Phase,
            UnknownMembers = Wire(s.UnknownMembers),
        },
        Indicators = Wire(plan.Indicators, i => new IndicatorWire
        {
            Code = i.Code,
            Name = i.Name,
            Unit = i.Unit,
            Direction = i.Direction,
            GrowthBasis = i.GrowthBasis,
            Accumulation = i.Accumulation,
            Scope = i.Scope,
            UnknownMembers = Wire(i.UnknownMembers),
        }),
        Baselines = Wire(plan.Baselines, o => new ObservationWire
        {
            Indicator = o.Indicator,
            Zone = o.Zone.ZoneCode,
            Period = o.Period,
            Level = o.Level,
            Growth = o.Growth,
            Completed = o.Completed,
            Status = o.Status == ObservationStatus.Normal ? null : o.Status,
            Source = o.Source,
            UnknownMembers = Wire(o.UnknownMembers),
        }),
        BaselineNotes = Wire(plan.BaselineNotes, t => t),
        Targets = Wire(plan.Targets, t => new TargetWire
        {
            Id = t.Id,
            Indicator = t.Indicator,
            Zone = t.Zone.ZoneCode,
            Period = t.Period,
            Kind = t.Kind,
            Qualifier = t.Qualifier,
            Value = t.Value?.Value,
            Stretch = t.Stretch?.Value,
            Unit = t.Value?.Unit,
            Nature = t.Nature,
            Note = t.Note,
            UnknownMembers = Wire(t.UnknownMembers),
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
                UnknownMembers = Wire(m.UnknownMembers),
            }),
            UnknownMembers = Wire(a.UnknownMembers),
        }),
        ResponsibleUnits = Wire(plan.ResponsibleUnits, u => new ResponsibleUnitWire
        {
            Code = u.Code,
            Name = u.Name,
            Kind = u.Kind,
            UnknownMembers = Wire(u.UnknownMembers),
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
            UnknownMembers = Wire(a.UnknownMembers),
        }),
        UnknownMembers = Wire(plan.UnknownMembers),
    };

    private static SourceDocumentWire ToWire(SourceDocument d) => new()
    {
        Title = d.Title,
        Kind = d.Kind,
        Date = d.Date,
        Location = d.Location,
        UnknownMembers = Wire(d.UnknownMembers),
    };

    /// <summary>An empty collection is not written.</summary>
    private static List<TWire>? Wire<T, TWire>(ImmutableArray<T> items, Func<T, TWire> map) =>
        items.IsDefaultOrEmpty ? null : items.Select(map).ToList();

    private static Dictionary<string, JsonElement>? Wire(UnknownMembers members) =>
        members.IsEmpty ? null : members.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
}
