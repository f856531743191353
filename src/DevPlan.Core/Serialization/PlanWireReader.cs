using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Builds the plan model from the wire model through the validating constructors, reporting a
/// rejected value at its JSON path. In lenient mode an element of a list that the model rejects is
/// left out and recorded (with the shift it causes in the indexes of the elements after it), so
/// that the rest of the plan still loads; everywhere else a rejection is fatal.
/// </summary>
internal sealed class PlanWireReader
{
    private readonly List<PlanMappingException>? _rejected;
    private readonly Dictionary<string, List<int>> _documentIndexes = new(StringComparer.Ordinal);
    private UnitSystem _units = UnitSystem.BuiltIn;

    /// <summary>Creates a reader; <paramref name="lenient"/> leaves out rejected list elements instead of failing.</summary>
    public PlanWireReader(bool lenient) => _rejected = lenient ? [] : null;

    /// <summary>The elements left out, in document order (lenient mode).</summary>
    public IReadOnlyList<PlanMappingException> Rejected => _rejected ?? [];

    /// <summary>
    /// Translates a path in model indexes (<c>$.targets[3]</c> of the loaded plan) into the
    /// document's indexes, where rejected elements still count.
    /// </summary>
    public string ToDocumentPath(string modelPath)
    {
        if (_documentIndexes.Count == 0)
        {
            return modelPath;
        }
        var result = new System.Text.StringBuilder();
        var position = 0;
        while (position < modelPath.Length)
        {
            var open = modelPath.IndexOf('[', position);
            if (open < 0)
            {
                result.Append(modelPath, position, modelPath.Length - position);
                break;
            }
            var close = modelPath.IndexOf(']', open);
            result.Append(modelPath, position, open - position);
            var listPath = result.ToString();
            var index = int.Parse(modelPath.AsSpan(open + 1, close - open - 1), CultureInfo.InvariantCulture);
            if (_documentIndexes.TryGetValue(listPath, out var kept) && index < kept.Count)
            {
                index = kept[index];
            }
            result.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
            position = close + 1;
        }
        return result.ToString();
    }


    public Plan ToPlan(PlanWire w)
    {
        Require(w, "$");
        CheckSchemaVersion(w.SchemaVersion.GetValueOrDefault());
        var region = ToRegion(w.Region, "$.region");
        // The plan's own units first, so that its figures in them convert as declared.
        var units = List(w.Units, "$.units", ToUnitDefinition);
        _units = UnitSystem.BuiltIn.With(units.DistinctBy(u => u.Code, StringComparer.Ordinal));
        return Build("$", w, () => new Plan(w.Id, w.Title, region, w.Year.GetValueOrDefault())
        {
            Units = units,
            BaselineYear = w.BaselineYear ?? w.Year.GetValueOrDefault() - 1,
            Horizon = w.Horizon ?? ReportingPeriod.ForYear(w.Year.GetValueOrDefault()),
            PartOf = w.PartOf,
            AdoptedOn = w.AdoptedOn,
            Event = w.Event,
            Issuers = Codes(w.Issuers, "$.issuers"),
            Source = w.Source is null ? null : ToSource(w.Source, "$.source"),
            RelatedDocuments = List(w.RelatedDocuments, "$.relatedDocuments", ToSource),
            Strategy = w.Strategy is null ? null : ToStrategy(w.Strategy, "$.strategy"),
            StandardIndicators = Codes(w.StandardIndicators, "$.standardIndicators"),
            Indicators = List(w.Indicators, "$.indicators", ToIndicator),
            Baselines = List(w.Baselines, "$.baselines", ToObservation),
            BaselineNotes = Texts(w.BaselineNotes),
            Targets = List(w.Targets, "$.targets", ToTarget),
            Actions = List(w.Actions, "$.actions", ToAction),
            ResponsibleUnits = List(w.ResponsibleUnits, "$.responsibleUnits", ToUnit),
            Agreements = List(w.Agreements, "$.agreements", ToAgreement),
        });
    }

    public ObservationDocument ToObservationDocument(ObservationDocumentWire w)
    {
        Require(w, "$");
        CheckSchemaVersion(w.SchemaVersion.GetValueOrDefault());
        return UnknownMembers.Attach(new ObservationDocument(List(w.Observations, "$.observations", ToObservation)), Unknown(w, "$"));
    }

    private static void CheckSchemaVersion(int version)
    {
        if (version != PlanJson.SchemaVersion)
        {
            throw new PlanMappingException("$.schemaVersion",
                $"Expected schemaVersion {PlanJson.SchemaVersion}, but found {version.ToString(CultureInfo.InvariantCulture)}; this version of DevPlan.Core reads only documents of schema version {PlanJson.SchemaVersion}.");
        }
    }

    private Region ToRegion(RegionWire w, string path) => Build(path, w, () => new Region(w.Code, w.Name)
    {
        Location = w.Location,
        Zones = List(w.Zones, path + ".zones", ToZone),
    });

    private Zone ToZone(ZoneWire w, string path) => Build(path, w, () => new Zone(w.Code, w.Position.GetValueOrDefault(), w.Name)
    {
        Theme = w.Theme,
        Momentum = w.Momentum,
        Directive = w.Directive,
    });

    private SourceDocument ToSource(SourceDocumentWire w, string path) => Build(path, w, () => new SourceDocument(w.Title, w.Kind.GetValueOrDefault())
    {
        Date = w.Date,
        Location = w.Location,
    });

    private Strategy ToStrategy(StrategyWire w, string path) => Build(path, w, () => new Strategy(w.Theme)
    {
        CityRoles = Texts(w.CityRoles),
        Goals = List(w.Goals, path + ".goals", (g, p) => Build(p, g, () => new StrategicGoal(g.Code, g.Name))),
        Vision = w.Vision,
        Phase = w.Phase,
    });

    private UnitDefinition ToUnitDefinition(UnitDefinitionWire w, string path) =>
        Build(path, w, () => new UnitDefinition(w.Code, w.Name, w.Equivalent));

    private Indicator ToIndicator(IndicatorWire w, string path) =>
        Build(path, w, () => new Indicator(w.Code, w.Name, _units.Resolve(w.Unit.GetValueOrDefault()), w.Direction.GetValueOrDefault(), w.GrowthBasis.GetValueOrDefault(), w.Accumulation.GetValueOrDefault())
        {
            Scope = w.Scope,
            Change = w.Change ?? ChangeVerb.Grow,
            ReleaseLag = w.ReleaseLag is null ? null : ParseLag(w.ReleaseLag, path),
        });

    private Observation ToObservation(ObservationWire w, string path) =>
        Build(path, w, () => new Observation(w.Indicator, w.Period.GetValueOrDefault(), w.Level is { } level ? new Quantity(level.Value, _units.Resolve(level.Unit)) : null, w.Growth is { } growth ? new Percent(growth) : null, w.Completed)
        {
            Zone = Scope(w.Zone, path),
            Status = w.Status ?? ObservationStatus.Normal,
            Source = w.Source,
            Released = w.Released,
        });

    private Target ToTarget(TargetWire w, string path)
    {
        Require(w, path);
        if (w.Unit is null && (w.Value is not null || w.Stretch is not null))
        {
            throw new PlanMappingException(path, "Expected a \"unit\" beside the target's figure (\"percent\" for growth and reduction targets), but it is missing.");
        }
        if (w.Unit is not null && w.Value is null)
        {
            throw new PlanMappingException(path + ".unit", "Expected no \"unit\" on a target without a \"value\".");
        }
        Quantity? value = w.Value is { } v ? new Quantity(v, _units.Resolve(w.Unit!.Value)) : null;
        Quantity? stretch = w.Stretch is { } s ? new Quantity(s, _units.Resolve(w.Unit!.Value)) : null;
        return Build(path, w, () => new Target(w.Id, w.Indicator, w.Period.GetValueOrDefault(), w.Kind.GetValueOrDefault(), w.Qualifier, value, w.Nature.GetValueOrDefault())
        {
            Zone = Scope(w.Zone, path),
            Stretch = stretch,
            RelativeTo = w.RelativeTo,
            EachYear = w.EachYear ?? false,
            BaselineYear = w.BaselineYear,
            ShareOf = w.ShareOf,
            Note = w.Note,
        });
    }

    private PlanAction ToAction(ActionWire w, string path) => Build(path, w, () => new PlanAction(w.Number.GetValueOrDefault(), w.Title)
    {
        Focus = w.Focus,
        Measures = List(w.Measures, path + ".measures", ToMeasure),
    });

    private Measure ToMeasure(MeasureWire w, string path) => Build(path, w, () => new Measure(w.Number.GetValueOrDefault(), w.Title)
    {
        Zone = Scope(w.Zone, path),
        ResponsibleUnits = Codes(w.ResponsibleUnits, path + ".responsibleUnits"),
    });

    private ResponsibleUnit ToUnit(ResponsibleUnitWire w, string path) =>
        Build(path, w, () => new ResponsibleUnit(w.Code, w.Name, w.Kind.GetValueOrDefault()));

    private ResponsibilityAgreement ToAgreement(AgreementWire w, string path) => Build(path, w, () => new ResponsibilityAgreement(w.Id)
    {
        Issuers = Codes(w.Issuers, path + ".issuers"),
        Signatories = Codes(w.Signatories, path + ".signatories"),
        Targets = Codes(w.Targets, path + ".targets"),
        SignedOn = w.SignedOn,
        AssessmentOrientation = w.AssessmentOrientation,
        Note = w.Note,
    });

    /// <summary>A release lag as an ISO 8601 period of days, weeks, months and years (P2M, P45D).</summary>
    private static NodaTime.Period ParseLag(string text, string path) =>
        NodaTime.Text.PeriodPattern.NormalizingIso.Parse(text) is { Success: true } parsed && !parsed.Value.HasTimeComponent
            ? parsed.Value
            : throw new PlanMappingException(path + ".releaseLag", $"Expected a release lag as an ISO 8601 period of years, months, weeks or days, such as \"P2M\" or \"P45D\", but found \"{JsonRead.Shorten(text)}\".");

    private static ZoneScope Scope(string? zone, string path) =>
        zone is null || Preconditions.IsCode(zone)
            ? ZoneScope.FromCode(zone)
            : throw new PlanMappingException(path + ".zone", $"Expected a zone code of ASCII letters, digits, '-', '_' or '.', but found \"{JsonRead.Shorten(zone)}\".");

    private ImmutableArray<T> List<TWire, T>(List<TWire>? items, string path, Func<TWire, string, T> map)
    {
        if (items is null)
        {
            return [];
        }
        var builder = ImmutableArray.CreateBuilder<T>(items.Count);
        List<int>? kept = _rejected is null ? null : [];
        for (var i = 0; i < items.Count; i++)
        {
            var elementPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (_rejected is null)
            {
                builder.Add(map(items[i], elementPath));
                continue;
            }
            try
            {
                builder.Add(map(items[i], elementPath));
                kept!.Add(i);
            }
            catch (PlanMappingException e)
            {
                _rejected.Add(e);
            }
        }
        if (kept is not null && kept.Count != items.Count)
        {
            _documentIndexes[path] = kept;
        }
        return builder.ToImmutable();
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
            if (codes[i] is null)
            {
                throw new PlanMappingException(string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), "Expected a code of ASCII letters, digits, '-', '_' or '.', but found null.");
            }
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
            try
            {
                UnknownMembers.CheckWritable(value);
            }
            catch (InvalidOperationException)
            {
                throw new PlanMappingException(JsonLocator.AppendProperty(path, name), "Expected valid Unicode text, but the string escapes a lone surrogate (such as \\uD800 without its pair).");
            }
        }
        return UnknownMembers.Create(members);
    }

    /// <summary>
    /// Checks that an object has every required member of its wire type, naming all that are missing
    /// at the object's path (the serializer does not enforce them, so that a lenient read can leave
    /// the object out and report it).
    /// </summary>
    private static void Require(WireObject? wire, string path)
    {
        if (wire is null)
        {
            // A list's element may be null in the document: the serializer keeps it, the model has no place for it.
            throw new PlanMappingException(path, "Expected an object, but found null.");
        }
        var missing = WireDescription.Missing(wire);
        if (missing.Count > 0)
        {
            var list = new DiagnosticNames(missing);
            if (missing.Count == 1)
            {
                throw new PlanMappingException(path, $"Expected the member {list} in {Describe(wire.GetType())}, but it is missing.");
            }
            throw new PlanMappingException(path, $"Expected the members {list} in {Describe(wire.GetType())}, but they are missing.");
        }
    }

    /// <summary>"a target", "an observation document": a wire type's name in words.</summary>
    private static string Describe(Type wireType)
    {
        var name = wireType.Name.EndsWith("Wire", StringComparison.Ordinal) ? wireType.Name[..^4] : wireType.Name;
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<!^)([A-Z])", " $1").ToLowerInvariant();
        return ("aeiou".Contains(words[0], StringComparison.Ordinal) ? "an " : "a ") + words;
    }

    /// <summary>
    /// Runs a constructor, reporting a rejected argument at the JSON member it came from, and attaches
    /// the wire object's unknown members to the element built.
    /// </summary>
    private static T Build<T>(string path, WireObject wire, Func<T> build)
        where T : class
    {
        Require(wire, path);
        try
        {
            return UnknownMembers.Attach(build(), Unknown(wire, path));
        }
        catch (ArgumentException e)
        {
            var member = e.ParamName is { Length: > 0 } p ? $"{path}.{char.ToLowerInvariant(p[0])}{p[1..]}" : path;
            throw new PlanMappingException(member, Diagnostics.DiagnosticMessage.FromException(e), fallbackPath: path);
        }
    }
}
