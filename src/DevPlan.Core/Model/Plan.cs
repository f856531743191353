using System.Collections.Frozen;
using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core;

/// <summary>
/// An annual development plan: the region and its zones, the indicators, the baseline year's
/// figures, the plan year's targets, the strategy, the actions and measures, and the units and
/// agreements that carry them.
/// </summary>
/// <remarks>
/// <para>
/// A plan checks the shape of each element at construction but accepts repeated codes and
/// references that do not resolve, so that a lenient load can report every problem at once. The
/// lookups (<see cref="FindIndicator(string)"/> and the others) return the first element with a code.
/// </para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class Plan
{
    private Lookups? _lookups;
    private UnitSystem? _unitSystem;
    private ImmutableArray<string> _standardIndicators = [];
    private ImmutableArray<Indicator> _allIndicators;

    /// <summary>Creates a plan.</summary>
    /// <param name="id">The plan's id.</param>
    /// <param name="title">The plan's title.</param>
    /// <param name="region">The region it governs.</param>
    /// <param name="year">The plan year, the year its targets are set for.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is not from 2 to 9999.</exception>
    public Plan(string id, LocalizedText title, Region region, int year)
    {
        Id = Preconditions.CheckCode(id);
        Title = Preconditions.CheckNotNull(title);
        Region = Preconditions.CheckNotNull(region);
        Year = Preconditions.CheckRange(year, 2, 9999);
        BaselineYear = year - 1;
    }

    /// <summary>Gets the plan's id.</summary>
    public string Id { get; }

    /// <summary>Gets the plan's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the region the plan governs, with its zones.</summary>
    public Region Region { get; }

    /// <summary>Gets the plan year: the year of an annual plan, the first year of a multi-year plan's <see cref="Horizon"/>.</summary>
    public int Year { get; }

    /// <summary>
    /// Gets the years the plan covers: the plan year for an annual plan (the default), or a span
    /// starting with it for a multi-year plan (2021/2025 for a five-year plan). Every target lies within it.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a period that is not a year or span starting in the plan year.</exception>
    public Periods.ReportingPeriod Horizon
    {
        get => field == default ? Periods.ReportingPeriod.ForYear(Year) : field;
        init
        {
            if (value.Kind is not (Periods.PeriodKind.Year or Periods.PeriodKind.Span) || value.Year != Year)
            {
                throw new Internal.WordedArgumentException($"Expected the plan year {Year} or a span of years starting in it, but found {value}.", nameof(Horizon));
            }
            field = value;
        }
    }

    /// <summary>Gets the id of the multi-year plan this plan belongs to (an annual plan under its five-year plan), or null.</summary>
    /// <exception cref="ArgumentException">Set to a malformed id.</exception>
    public string? PartOf
    {
        get;
        init => field = value is null ? null : Preconditions.CheckCode(value, nameof(PartOf));
    }

    /// <summary>Gets the baseline year whose results the plan builds on; the year before <see cref="Year"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a year after the plan year, or before the year 1.</exception>
    public int BaselineYear
    {
        get;
        init => field = Preconditions.CheckRange(value, 1, Year, nameof(BaselineYear));
    }

    /// <summary>Gets the date the plan was adopted or announced, if known.</summary>
    public LocalDate? AdoptedOn { get; init; }

    /// <summary>Gets the event at which it was adopted (a work conference), if known.</summary>
    public LocalizedText? Event { get; init; }

    /// <summary>Gets the codes of the units that issue the plan.</summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> Issuers
    {
        get;
        init => field = Preconditions.CheckCodes(value, nameof(Issuers));
    } = [];

    /// <summary>Gets the document the plan's data is drawn from, if given.</summary>
    public SourceDocument? Source { get; init; }

    /// <summary>Gets other documents the plan refers to (a companion action plan).</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<SourceDocument> RelatedDocuments
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(RelatedDocuments));
    } = [];

    /// <summary>Gets the plan's strategy, if given.</summary>
    public Strategy? Strategy { get; init; }

    /// <summary>Gets the units the plan declares for itself, beyond the built-in ones (see <see cref="UnitSystem"/>).</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<UnitDefinition> Units
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Units));
    } = [];

    /// <summary>
    /// Gets the units the plan's figures may be in: the built-in ones and <see cref="Units"/>, by code
    /// or name, converting as declared. Readers of the plan's observations take it.
    /// </summary>
    /// <remarks>A code declared twice counts once, as first declared; the validator reports the repetition (DP1009).</remarks>
    public UnitSystem UnitSystem => LazyInitializer.EnsureInitialized(ref _unitSystem, () => UnitSystem.BuiltIn.With(Units.DistinctBy(u => u.Code, StringComparer.Ordinal)));

    /// <summary>
    /// Gets the indicators: those the plan declares, in plan order, then those it references from the
    /// standard catalogue (<see cref="StandardIndicators"/>) that the catalogue knows and the plan does
    /// not declare itself. Set, it declares indicators (<see cref="DeclaredIndicators"/>).
    /// </summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<Indicator> Indicators
    {
        get => _standardIndicators.IsEmpty ? DeclaredIndicators : WithReferenced();
        init => DeclaredIndicators = Preconditions.CheckElements(value, nameof(Indicators));
    }

    /// <summary>Gets the indicators the plan declares itself, in plan order.</summary>
    public ImmutableArray<Indicator> DeclaredIndicators { get; private init; } = [];

    /// <summary>
    /// Gets the codes of the indicators the plan references from <see cref="IndicatorCatalogue.Standard"/>
    /// instead of declaring them (<c>"standardIndicators": ["gdp", "cpi"]</c>). A code the catalogue
    /// does not know is kept, and the validator reports it (DP1702).
    /// </summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> StandardIndicators
    {
        get => _standardIndicators;
        init => _standardIndicators = Preconditions.CheckCodes(value, nameof(StandardIndicators));
    }

    /// <summary>Gets the baseline year's published figures.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<Observation> Baselines
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Baselines));
    } = [];

    /// <summary>Gets qualitative statements on the baseline year's results (main indicators among the top of the city).</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<LocalizedText> BaselineNotes
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(BaselineNotes));
    } = [];

    /// <summary>Gets the targets, in plan order.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<Target> Targets
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Targets));
    } = [];

    /// <summary>Gets the actions, in plan order.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<PlanAction> Actions
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Actions));
    } = [];

    /// <summary>Gets the units that issue, carry or take part in the plan's work.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<ResponsibleUnit> ResponsibleUnits
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(ResponsibleUnits));
    } = [];

    /// <summary>Gets the target responsibility agreements.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<ResponsibilityAgreement> Agreements
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Agreements));
    } = [];

    /// <summary>Gets the plan's zones (those of its region).</summary>
    public ImmutableArray<Zone> Zones => Region.Zones;

    /// <summary>Finds an indicator by code (ordinal).</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The first indicator with that code, or null.</returns>
    public Indicator? FindIndicator(string code) => GetLookups().Indicators.GetValueOrDefault(code);

    /// <summary>Finds an indicator by code (ordinal) given as characters, without making a string: for readers that check every row of a file.</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The first indicator with that code, or null.</returns>
    public Indicator? FindIndicator(ReadOnlySpan<char> code) => GetLookups().IndicatorsByChars.TryGetValue(code, out var found) ? found : null;

    /// <summary>Gets an indicator by code (ordinal).</summary>
    /// <param name="code">The indicator's code.</param>
    /// <returns>The first indicator with that code.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such indicator; the message names the code and the plan.</exception>
    public Indicator GetIndicator(string code) => FindIndicator(code) ?? throw NotFound("indicator", code);

    /// <summary>Finds a zone by code (ordinal).</summary>
    /// <param name="code">The zone's code.</param>
    /// <returns>The first zone with that code, or null.</returns>
    public Zone? FindZone(string code) => GetLookups().Zones.GetValueOrDefault(code);

    /// <summary>Finds a zone by code (ordinal) given as characters, without making a string: for readers that check every row of a file.</summary>
    /// <param name="code">The zone's code.</param>
    /// <returns>The first zone with that code, or null.</returns>
    public Zone? FindZone(ReadOnlySpan<char> code) => GetLookups().ZonesByChars.TryGetValue(code, out var found) ? found : null;

    /// <summary>Gets a zone by code (ordinal).</summary>
    /// <param name="code">The zone's code.</param>
    /// <returns>The first zone with that code.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such zone.</exception>
    public Zone GetZone(string code) => FindZone(code) ?? throw NotFound("zone", code);

    /// <summary>Finds a target by id (ordinal).</summary>
    /// <param name="id">The target's id.</param>
    /// <returns>The first target with that id, or null.</returns>
    public Target? FindTarget(string id) => GetLookups().Targets.GetValueOrDefault(id);

    /// <summary>Gets a target by id (ordinal).</summary>
    /// <param name="id">The target's id.</param>
    /// <returns>The first target with that id.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no such target.</exception>
    public Target GetTarget(string id) => FindTarget(id) ?? throw NotFound("target", id);

    /// <summary>Finds a responsible unit by code (ordinal).</summary>
    /// <param name="code">The unit's code.</param>
    /// <returns>The first unit with that code, or null.</returns>
    public ResponsibleUnit? FindResponsibleUnit(string code) => GetLookups().Units.GetValueOrDefault(code);

    /// <summary>Finds an action by number.</summary>
    /// <param name="number">The action's number.</param>
    /// <returns>The first action with that number, or null.</returns>
    public PlanAction? FindAction(int number)
    {
        foreach (var action in Actions)
        {
            if (action.Number == number)
            {
                return action;
            }
        }
        return null;
    }

    /// <summary>Gets the targets set for an indicator, in plan order.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <returns>The targets; empty when there are none.</returns>
    public ImmutableArray<Target> TargetsFor(string indicatorCode) =>
        GetLookups().TargetsByIndicator.GetValueOrDefault(Preconditions.CheckNotNull(indicatorCode), []);

    /// <summary>Finds the baseline figure of an indicator for a scope.</summary>
    /// <param name="indicatorCode">The indicator's code.</param>
    /// <param name="zone">The scope; the whole region by default.</param>
    /// <returns>The first matching baseline observation, or null.</returns>
    public Observation? FindBaseline(string indicatorCode, ZoneScope zone = default)
    {
        Preconditions.CheckNotNull(indicatorCode);
        foreach (var baseline in Baselines)
        {
            if (baseline.Zone == zone && string.Equals(baseline.Indicator, indicatorCode, StringComparison.Ordinal))
            {
                return baseline;
            }
        }
        return null;
    }

    /// <summary>Returns the id and English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Id} ({Title.En})";

    /// <summary>The declared indicators and the referenced catalogue ones, made once.</summary>
    private ImmutableArray<Indicator> WithReferenced()
    {
        if (_allIndicators.IsDefault)
        {
            var declared = DeclaredIndicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
            var referenced = _standardIndicators
                .Where(declared.Add)
                .Select(code => IndicatorCatalogue.Standard.Find(code)?.Indicator)
                .OfType<Indicator>();
            ImmutableInterlocked.InterlockedInitialize(ref _allIndicators, [.. DeclaredIndicators, .. referenced]);
        }
        return _allIndicators;
    }

    private KeyNotFoundException NotFound(string what, string code) =>
        new($"The plan \"{Id}\" has no {what} \"{code}\".");

    // Built once on first use; the check comes first so that a lookup on a hot path allocates nothing.
    private Lookups GetLookups() => Volatile.Read(ref _lookups) ?? LazyInitializer.EnsureInitialized(ref _lookups, () => new Lookups(this));

    /// <summary>Dictionaries built on first use; the first element with a code wins.</summary>
    private sealed class Lookups
    {
        public Lookups(Plan plan)
        {
            Indicators = FirstByKey(plan.Indicators, i => i.Code);
            Zones = FirstByKey(plan.Region.Zones, z => z.Code);
            // Made once: a reader checking every row of a file looks codes up from characters.
            IndicatorsByChars = new(Indicators);
            ZonesByChars = new(Zones);
            Targets = FirstByKey(plan.Targets, t => t.Id);
            Units = FirstByKey(plan.ResponsibleUnits, u => u.Code);
            TargetsByIndicator = plan.Targets.GroupBy(t => t.Indicator, StringComparer.Ordinal)
                .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        }

        public FrozenDictionary<string, Indicator> Indicators { get; }

        public FrozenDictionary<string, Zone> Zones { get; }

        public CharKeyed<Indicator> IndicatorsByChars { get; }

        public CharKeyed<Zone> ZonesByChars { get; }

        public FrozenDictionary<string, Target> Targets { get; }

        public FrozenDictionary<string, ResponsibleUnit> Units { get; }

        public FrozenDictionary<string, ImmutableArray<Target>> TargetsByIndicator { get; }

        private static FrozenDictionary<string, T> FirstByKey<T>(ImmutableArray<T> items, Func<T, string> key)
        {
            var result = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                result.TryAdd(key(item), item);
            }
            return result.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}
