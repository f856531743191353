using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The one rule that chooses the figure each target is judged on, whatever the observations come
/// from (objects, a column store, a file read as a stream). Observations are offered one at a time;
/// only those a target can use are kept (its candidates, and last year's figures for a nominal growth
/// computed from levels), so memory grows with the targets, not with the observations. They are kept
/// as values (<see cref="Candidate"/>), and a figure read from a file is made into an
/// <see cref="Observation"/> only when a result names it.
/// </summary>
/// <remarks>
/// <para>A candidate of a target is an observation of its indicator and zone whose period lies within
/// the target's period and has ended by the as-of date. Of two candidates of the same period, the one
/// given later replaces the other (a revision).</para>
/// <para>For a <b>flow</b> (value added, investment, new jobs) the figure must run from the start of the
/// target's period: a December figure is not the year so far. The candidate from the start that ends
/// latest is chosen; for a level target, the levels that follow it month by month are added on
/// (January–November plus December is January–December), since levels of a flow add up; growth rates
/// do not, so a growth target is judged on the latest figure from the start. Without a figure from the
/// start the target is not assessable (<see cref="AttainmentReason.NoFigureFromPeriodStart"/>).</para>
/// <para>For a <b>stock</b> or a <b>ratio</b>, and for a completion task, the candidate ending latest is
/// chosen; of those ending the same day, the one covering most; of equal periods, the last given.</para>
/// </remarks>
internal sealed class ObservationSelection
{
    private readonly Plan _plan;
    private readonly LocalDate _asOf;
    private readonly int _lastMonthEnded;
    // Per target: the last month whose figures of its indicator (and of the indicator it compares with) are known by the
    // as-of date when a figure gives no release date: its period has ended, and the indicator's release lag has passed.
    private readonly NodaTime.Period?[] _lag;
    private readonly NodaTime.Period?[] _relatedLag;
    private readonly TargetKindRule[] _kinds;
    private readonly CodeTable _codes = new();
    // The targets of each indicator and zone: the first by key, then each one's next of the same key (-1
    // after the last), in plan order; a chain in one array rather than an array per key, of which a plan
    // of a million targets would make a million.
    private readonly Dictionary<long, int> _firstByKey;
    private readonly int[] _nextByKey;
    private readonly PeriodMap<Candidate>?[] _candidates;
    private readonly PeriodMap<Candidate>?[] _lastYear;
    // Per target: whether it can use a figure of the year before; whether, a flow, it is judged only on a
    // figure from the start of its period; whether it is judged on one figure; and, for one that is, the
    // order of the last figure seen for each period once it has seen two (its other candidates are dropped
    // as they come; these count them at the end). Until then what it has seen is what it keeps.
    private readonly bool[] _usesLastYear;
    private readonly bool[] _fromStart;
    private readonly bool[] _onOne;
    private readonly PeriodMap<long>?[] _seen;
    private readonly PeriodMap<Candidate>?[] _related;
    private readonly Dictionary<long, int[]> _relatedByKey = [];
    private readonly ZoneContributionCollector _zones;
    private readonly Dictionary<UnusedReason, long> _unused = [];
    private readonly List<UnusedObservation> _unusedExamples = [];
    private readonly CandidateObjects _objects = new();
    private readonly List<Candidate> _parts = []; // the parts of the sum Extend is making, reused target after target
    // What the targets keep is carved from slabs shared by all their maps, not arrays of each map's own.
    private readonly Slab<ReportingPeriod> _periodSlab = new();
    private readonly Slab<Candidate> _candidateSlab = new();
    private readonly Slab<long> _orderSlab = new();
    private long _order;
    private Dictionary<int, ImmutableArray<TargetEvaluation>>? _annualByTarget;

    /// <summary>
    /// Gets the evaluations of the annual plans that implement this plan (those that declare it, <see cref="Plan.PartOf"/>,
    /// or declare none, of the same region, adopted by the as-of date), whose results on an indicator judge a target set each year in them.
    /// </summary>
    public ImmutableArray<PlanEvaluation> AnnualPlans { get; init; } = [];

    public ObservationSelection(Plan plan, LocalDate asOf)
    {
        _plan = plan;
        _asOf = asOf;
        _lastMonthEnded = ReportingPeriod.LastMonthEndedBy(asOf);
        _candidates = new PeriodMap<Candidate>?[plan.Targets.Length];
        _lastYear = new PeriodMap<Candidate>?[plan.Targets.Length];
        _usesLastYear = new bool[plan.Targets.Length];
        _lag = new NodaTime.Period?[plan.Targets.Length];
        _kinds = new TargetKindRule[plan.Targets.Length];
        _relatedLag = new NodaTime.Period?[plan.Targets.Length];
        _fromStart = new bool[plan.Targets.Length];
        _onOne = new bool[plan.Targets.Length];
        _seen = new PeriodMap<long>?[plan.Targets.Length];
        _related = new PeriodMap<Candidate>?[plan.Targets.Length];
        _codes.Intern("");
        _firstByKey = new(plan.Targets.Length);
        _nextByKey = new int[plan.Targets.Length];
        var keys = new long[plan.Targets.Length];
        for (var t = 0; t < plan.Targets.Length; t++)
        {
            var target = plan.Targets[t];
            _usesLastYear[t] = UsesLastYear(target);
            var indicator = plan.FindIndicator(target.Indicator);
            _fromStart[t] = FromStart(target, indicator);
            _lag[t] = indicator?.ReleaseLag;
            var kind = _kinds[t] = TargetKinds.For(target);
            if (!kind.IsJudgedOnSeries(target) && !(_fromStart[t] && kind.SumsFollowingLevels))
            {
                // Judged on one figure: only the best so far is kept, and of the others their periods.
                _onOne[t] = true;
            }
            keys[t] = Key(_codes.Intern(target.Indicator), _codes.Intern(target.Zone.ZoneCode ?? ""));
            if (kind.RelatedIndicator(target) is { } related)
            {
                _relatedLag[t] = plan.FindIndicator(related)?.ReleaseLag;
                // The other indicator's figures of the same zone and years, for a relative target.
                var relatedKey = Key(_codes.Intern(related), _codes.Intern(target.Zone.ZoneCode ?? ""));
                _relatedByKey[relatedKey] = _relatedByKey.TryGetValue(relatedKey, out var others) ? [.. others, t] : [t];
            }
        }
        for (var t = plan.Targets.Length - 1; t >= 0; t--)
        {
            _nextByKey[t] = _firstByKey.TryGetValue(keys[t], out var next) ? next : -1;
            _firstByKey[keys[t]] = t;
        }
        _zones = new ZoneContributionCollector(plan, asOf);
    }

    /// <summary>
    /// Gets how many figures the targets keep now (their candidates, last year's figures, another
    /// indicator's figures): what the selection's memory grows with, for tests of what it drops.
    /// </summary>
    internal int KeptFigures
    {
        get
        {
            var kept = 0;
            for (var t = 0; t < _plan.Targets.Length; t++)
            {
                kept += (_candidates[t]?.Count ?? 0) + (_lastYear[t]?.Count ?? 0) + (_related[t]?.Count ?? 0);
            }
            return kept;
        }
    }

    /// <summary>
    /// Whether an observation of this indicator, zone and period could be kept: a cheap test that
    /// allocates nothing. An observation it refuses is counted as unused, with the reason.
    /// </summary>
    public bool Wants(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period, LocalDate? released = null)
    {
        if (_zones.Wants(indicator, zone, period, released))
        {
            return true;
        }
        if (!_codes.TryFind(indicator, out var indicatorId) || !_codes.TryFind(zone, out var zoneId))
        {
            return Unused(indicator, zone, period, UnusedReason.NoTarget);
        }
        var key = Key(indicatorId, zoneId);
        var relating = _relatedByKey.GetValueOrDefault(key) ?? [];
        var first = _firstByKey.GetValueOrDefault(key, -1);
        if (first < 0 && relating.Length == 0)
        {
            return Unused(indicator, zone, period, UnusedReason.NoTarget);
        }
        // Loops over the arrays, no lambdas: this runs for every row of a file.
        var later = false;
        foreach (var t in relating)
        {
            if (IsCandidate(_plan.Targets[t].Period, period, released, _relatedLag[t]))
            {
                return true;
            }
            later |= _plan.Targets[t].Period.Contains(period);
        }
        for (var t = first; t >= 0; t = _nextByKey[t])
        {
            var target = _plan.Targets[t];
            if (IsCandidate(target.Period, period, released, _lag[t]) || (_usesLastYear[t] && IsLastYearCandidate(target.Period, period)))
            {
                return true;
            }
            later |= target.Period.Contains(period);
        }
        return Unused(indicator, zone, period, !later ? UnusedReason.OutsideTargetPeriods
            : released is not null || period.LastMonthNumber <= _lastMonthEnded ? UnusedReason.NotYetReleased : UnusedReason.AfterAsOf);
    }

    private bool Unused(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period, UnusedReason reason)
    {
        var count = _unused.GetValueOrDefault(reason) + 1;
        _unused[reason] = count;
        if (count <= UnusedObservations.ExamplesPerReason)
        {
            _unusedExamples.Add(new UnusedObservation(indicator.ToString(), zone.IsEmpty ? null : zone.ToString(), period, reason));
        }
        return false;
    }

    /// <summary>Offers an observation given as an object; a target that keeps it keeps the object, which its result names.</summary>
    public void Offer(Observation observation)
    {
        _zones.Offer(observation.Indicator, observation.Zone.ZoneCode, observation.Period, observation.Level, observation.Released);
        if (TryKey(observation.Indicator, observation.Zone.ZoneCode, out var key))
        {
            Keep(key, Candidate.Of(observation, _order++, _objects), observation.Released);
        }
    }

    /// <summary>
    /// Offers a figure read as values (a file's row, a column store's row): it is kept as values, and
    /// an <see cref="Observation"/> is made only if a result names it.
    /// </summary>
    public void Offer(scoped in ObservationRecord record)
    {
        _zones.Offer(record.Indicator, record.Zone, record.Period, record.Level, record.Released);
        if (TryKey(record.Indicator, record.Zone, out var key))
        {
            Keep(key, Candidate.Of(record, _order++, _objects), record.Released);
        }
    }

    private bool TryKey(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, out long key)
    {
        key = 0;
        if (!_codes.TryFind(indicator, out var indicatorId))
        {
            return false;
        }
        if (!_codes.TryFind(zone, out var zoneId))
        {
            return false;
        }
        key = Key(indicatorId, zoneId);
        return true;
    }

    /// <summary>Keeps a figure for every target of its indicator and zone that can use it.</summary>
    private void Keep(long key, in Candidate candidate, LocalDate? released)
    {
        // Figures are kept by the months they cover: 2024-YTD-M12 is the year 2024 (and 2024-YTD-M06 its first half),
        // so of two such rows the later revises the earlier, as two rows of one period do.
        var offered = candidate.Period.Coverage;
        if (_relatedByKey.TryGetValue(key, out var relating))
        {
            foreach (var t in relating)
            {
                if (candidate.HasFigure && IsCandidate(_plan.Targets[t].Period, offered, released, _relatedLag[t]))
                {
                    (_related[t] ??= new(_periodSlab, _candidateSlab))[offered] = candidate;
                }
            }
        }
        if (!_firstByKey.TryGetValue(key, out var first))
        {
            return;
        }
        for (var t = first; t >= 0; t = _nextByKey[t])
        {
            var target = _plan.Targets[t];
            if (!_kinds[t].Takes(candidate))
            {
                continue;
            }
            if (IsCandidate(target.Period, offered, released, _lag[t]))
            {
                var kept = _candidates[t] ??= new(_periodSlab, _candidateSlab);
                var revises = _seen[t] is { } seen ? seen.ContainsKey(offered) : kept.ContainsKey(offered); // unseen: what is kept is all seen
                if (revises && t == first)
                {
                    Unused(target.Indicator, target.Zone.ZoneCode, offered, UnusedReason.Revised);
                }
                if (_onOne[t])
                {
                    if (_seen[t] is not null || (!revises && kept.Count > 0))
                    {
                        Seen(t, kept)[offered] = candidate.Order; // from a second period on, some are dropped
                    }
                    KeepIfBest(t, kept, candidate);
                }
                else
                {
                    if (!revises && kept.Count == 1)
                    {
                        kept.EnsureCapacity(MonthsOf(t)); // a second period: monthly figures, most likely, to be summed
                    }
                    kept[offered] = candidate;
                }
            }
            else if (_usesLastYear[t] && IsLastYearCandidate(target.Period, offered) && CanBeCounterpart(t, offered) && !IsPastLastYear(t, offered))
            {
                (_lastYear[t] ??= new(_periodSlab, _candidateSlab))[offered] = candidate;
            }
        }
    }

    /// <summary>The periods a target judged on one figure has seen, made from what it keeps when first asked.</summary>
    private PeriodMap<long> Seen(int t, PeriodMap<Candidate> kept)
    {
        if (_seen[t] is { } seen)
        {
            return seen;
        }
        seen = new(_periodSlab, _orderSlab);
        foreach (ref readonly var candidate in kept.Values)
        {
            seen[candidate.Period.Coverage] = candidate.Order;
        }
        return _seen[t] = seen;
    }

    /// <summary>
    /// How many figures a target that keeps several is likely to keep once it has a second: one a month
    /// of its period, up to twelve (a flow's level sums the months), so that its arrays grow once, not
    /// four times, for monthly figures, and stay at one for a target given one annual figure.
    /// </summary>
    private int MonthsOf(int t) => Math.Min(_plan.Targets[t].Period.LastMonthNumber - _plan.Targets[t].Period.FirstMonthNumber + 1, 12);

    /// <summary>
    /// For a target judged on one figure: keeps the candidate if it is the best of those it may be
    /// judged on, and drops the one it betters. Candidates it may not be judged on (for a flow, those
    /// not from the start of the period) are kept only while there is none it may, since they are
    /// then listed as what was found. A figure dropped is still counted when no target uses it.
    /// </summary>
    private void KeepIfBest(int t, PeriodMap<Candidate> kept, in Candidate candidate)
    {
        if (!IsEligible(t, candidate.Period))
        {
            if (!HasEligible(t, kept))
            {
                kept[candidate.Period.Coverage] = candidate;
            }
            return;
        }
        Candidate? best = null;
        foreach (ref readonly var c in kept.Values)
        {
            if (IsEligible(t, c.Period))
            {
                best = c;
            }
        }
        if (best is not null && !IsBetter(candidate, best.Value))
        {
            return; // a revision of the best is better: of equal periods the later given wins
        }
        kept.Clear();
        kept[candidate.Period.Coverage] = candidate;
        var lastYear = _lastYear[t];
        if (lastYear is not null && candidate.Period.Year > ReportingPeriod.MinYear)
        {
            foreach (var period in lastYear.Periods.ToArray())
            {
                if (IsPastLastYear(t, period))
                {
                    lastYear.Remove(period);
                }
            }
        }
    }

    /// <summary>Whether a target keeps a figure it may be judged on (a loop: this runs for every figure offered).</summary>
    private bool HasEligible(int t, PeriodMap<Candidate> kept)
    {
        foreach (ref readonly var candidate in kept.Values)
        {
            if (IsEligible(t, candidate.Period))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a figure may be the one a target is judged on: for a flow, only one from the start of the period.</summary>
    private bool IsEligible(int t, ReportingPeriod period) => !_fromStart[t] || period.FirstMonthNumber == _plan.Targets[t].Period.FirstMonthNumber;

    /// <summary>
    /// Whether a figure of the year before can no longer be the same span a year earlier as the
    /// target's figure: the best so far is better than its counterpart, and the best only improves.
    /// </summary>
    private bool IsPastLastYear(int t, ReportingPeriod period)
    {
        if (!_onOne[t] || _candidates[t] is not { Count: 1 } kept)
        {
            return false;
        }
        var best = kept.Values[0].Period;
        if (!IsEligible(t, best) || best.Year == ReportingPeriod.MinYear || best.Kind == PeriodKind.Span)
        {
            return false;
        }
        var counterpart = best.SamePeriodPreviousYear();
        var byEnd = period.LastMonthNumber.CompareTo(counterpart.LastMonthNumber);
        return byEnd < 0 || (byEnd == 0 && period.FirstMonthNumber > counterpart.FirstMonthNumber);
    }

    /// <summary>
    /// Whether a figure of the year before can be the same span a year earlier as some figure the
    /// target may be judged on. A flow judged on one figure is judged on a figure from the start of its
    /// period, so only a figure from the same day a year earlier can be its counterpart: the other
    /// months of last year are not kept (for a national file, most of what would be held).
    /// </summary>
    private bool CanBeCounterpart(int t, ReportingPeriod period) =>
        !_onOne[t] || !_fromStart[t] || period.FirstMonthNumber == _plan.Targets[t].Period.FirstMonthNumber - 12;

    private static bool FromStart(Target target, Indicator? indicator) =>
        TargetKinds.For(target).NeedsFigureFromStart(indicator);

    /// <summary>
    /// Judges every target on its chosen figure. The verdicts are kept as columns and the figures the
    /// results name as values; the result objects are made when a caller first asks for them.
    /// </summary>
    public PlanEvaluation Finish(AttainmentPolicy policy)
    {
        var count = _plan.Targets.Length;
        var named = new NamedFigures(_objects);
        var assessments = new TargetAssessment[count];
        var bases = new FigureBasis[count];
        var figures = new int[count];
        var starts = new int[count];
        var counts = new int[count];
        Observation?[]? baselines = null;
        var used = new OrderSet(_order);
        for (var t = 0; t < count; t++)
        {
            var judged = Judge(t, policy, used, named);
            (assessments[t], bases[t], figures[t], starts[t], counts[t]) = (judged.Assessment, judged.Basis, judged.Figure, judged.Sources.Start, judged.Sources.Count);
            if (judged.Baseline is { } baseline)
            {
                (baselines ??= new Observation?[count])[t] = baseline;
            }
        }
        var contributions = _zones.Finish();
        CountSuperseded(used);
        return new PlanEvaluation(_plan, _asOf, policy, new EvaluationColumns(_plan, assessments, bases, figures, starts, counts, baselines, named) { AnnualResults = _annualByTarget })
        {
            ZoneContributions = contributions,
            Unused = _unused.Count == 0 ? UnusedObservations.None : new UnusedObservations(_unused.ToImmutableDictionary(), [.. _unusedExamples]),
        };
    }

    /// <summary>A run of named figures: the first one's number and how many.</summary>
    private readonly record struct Run(int Start, int Count);

    /// <summary>
    /// A target's result before it is made into objects: the verdict, how the figure came about, the
    /// named figure judged (−1 for none), the named figures it rests on, and a series' baseline.
    /// </summary>
    private readonly record struct Judgement(TargetAssessment Assessment, FigureBasis Basis, int Figure, Run Sources, Observation? Baseline = null);

    /// <summary>The figure chosen for a target: its number among the named figures (−1 for none), how it came about, and what it rests on.</summary>
    private readonly record struct Choice(int Figure, FigureBasis Basis, Run Sources, bool OutOfRange = false);

    /// <summary>
    /// Judges a target, naming the figures its result rests on and adding to <paramref name="used"/>
    /// the orders of its own candidates among them (as its figure, the parts of a sum, or what was found).
    /// </summary>
    private Judgement Judge(int t, AttainmentPolicy policy, OrderSet used, NamedFigures named)
    {
        var target = _plan.Targets[t];
        var indicator = _plan.FindIndicator(target.Indicator);
        var candidates = _candidates[t];
        var kind = TargetKinds.For(target);
        if (indicator is not null && kind.IsJudgedOnSeries(target))
        {
            return JudgeSeries(t, target, indicator, policy, used, named);
        }
        var choice = Choose(target, indicator, candidates, used, named);
        if (indicator is null)
        {
            return new Judgement(kind.NotJudged(target, null, policy, AttainmentStatus.NotAssessable, AttainmentReason.UnknownIndicator), choice.Basis, choice.Figure, choice.Sources);
        }
        if (choice.OutOfRange)
        {
            return new Judgement(kind.NotJudged(target, indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.OutOfRange), FigureBasis.None, -1, choice.Sources);
        }
        if (choice.Figure < 0 && candidates is { Count: > 0 })
        {
            var found = NameAll([.. candidates.Values.ToArray().OrderBy(c => c.Period)], used, named);
            return new Judgement(kind.NotJudged(target, indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.NoFigureFromPeriodStart), FigureBasis.None, -1, found);
        }
        // The figure is made into an observation for the assessment only; the result makes its own when asked for.
        var figure = choice.Figure < 0 ? null : named.Make(choice.Figure, target.Indicator, target.Zone);
        var lastYear = figure is null ? null : SameSpanLastYear(t, target, figure.Period);
        return new Judgement(TargetAssessor.Assess(target, indicator, figure, _asOf, policy, lastYear), choice.Basis, choice.Figure, choice.Sources);
    }

    /// <summary>
    /// Names a candidate for a result; its order is added to <paramref name="used"/> when the candidate
    /// is the target's own (not another indicator's, for which <paramref name="used"/> is null).
    /// </summary>
    private static int Name(in Candidate candidate, OrderSet? used, NamedFigures named)
    {
        used?.Add(candidate.Order);
        return named.Add(candidate);
    }

    /// <summary>Names candidates for a result, in their order (a loop, not a lambda: a lambda capturing the target would cost every judgement a closure).</summary>
    private static Run NameAll(ReadOnlySpan<Candidate> candidates, OrderSet? used, NamedFigures named)
    {
        var start = named.Count;
        foreach (ref readonly var candidate in candidates)
        {
            Name(candidate, used, named);
        }
        return new Run(start, candidates.Length);
    }

    /// <summary>The observations for a run of named figures of <paramref name="indicator"/> and the target's zone.</summary>
    private static ImmutableArray<Observation> Make(Run run, string indicator, Target target, NamedFigures named) =>
        ImmutableCollectionsMarshal.AsImmutableArray(named.MakeRun(run.Start, run.Count, indicator, target.Zone));

    /// <summary>
    /// Counts the candidates no target used: a figure that covers more was chosen instead (each
    /// observation once, known by the order it was offered in; for a target judged on one figure,
    /// also those dropped on the way). An observation offered to several targets has one order, so a
    /// figure one target dropped and another used is not counted.
    /// </summary>
    private void CountSuperseded(OrderSet used)
    {
        var counted = new OrderSet(_order);
        for (var t = 0; t < _candidates.Length; t++)
        {
            var target = _plan.Targets[t];
            if (_seen[t] is { } seen)
            {
                for (var i = 0; i < seen.Count; i++)
                {
                    if (!used.Contains(seen.Values[i]) && counted.Add(seen.Values[i]))
                    {
                        Unused(target.Indicator, target.Zone.ZoneCode, seen.Periods[i], UnusedReason.Superseded);
                    }
                }
                continue;
            }
            var candidates = _candidates[t];
            if (candidates is null)
            {
                continue;
            }
            foreach (ref readonly var candidate in candidates.Values)
            {
                if (!used.Contains(candidate.Order) && counted.Add(candidate.Order))
                {
                    Unused(target.Indicator, target.Zone.ZoneCode, candidate.Period, UnusedReason.Superseded);
                }
            }
        }
    }

    /// <summary>
    /// A target judged on a series: for a span, the figure of each of its years (one per year, the
    /// last given of a year); for a one-year target, the figure chosen as for any target; with the
    /// plan's baseline and, for a relative target, the other indicator's figures of the same years.
    /// </summary>
    private Judgement JudgeSeries(int t, Target target, Indicator indicator, AttainmentPolicy policy, OrderSet used, NamedFigures named)
    {
        var own = Series(target, indicator, _candidates[t], used, named);
        var figures = Make(own, target.Indicator, target, named);
        var baseline = BaselineOf(t, target.Indicator, target);
        var related = TargetKinds.For(target).RelatedIndicator(target) is { } code ? _plan.FindIndicator(code) : null;
        // The other indicator's figures are named only to be made into observations for the assessment; no result names them.
        var relatedFigures = related is null ? [] : Make(Series(target, related, _related[t], null, named), related.Code, target, named);
        var relatedBaseline = related is null ? null : BaselineOf(-1, related.Code, target);
        var annual = TargetKinds.For(target).IsSetByAnnualPlans ? AnnualResultsOf(target) : [];
        if (!annual.IsEmpty)
        {
            (_annualByTarget ??= [])[t] = annual;
        }
        var input = new SeriesInput(target, indicator, baseline, figures, related, relatedBaseline, relatedFigures, _asOf, policy) { AnnualResults = annual };
        var latest = own.Count == 0 ? -1 : own.Start + own.Count - 1;
        return new Judgement(TargetKinds.AssessSeries(input), latest < 0 ? FigureBasis.None : FigureBasis.Published, latest, own, baseline);
    }

    /// <summary>The annual plans' results on the target's indicator and zone in the years of its period, in the order of the plans' years.</summary>
    private ImmutableArray<TargetEvaluation> AnnualResultsOf(Target target)
    {
        var results = ImmutableArray.CreateBuilder<TargetEvaluation>();
        foreach (var evaluation in AnnualPlans.OrderBy(e => e.Plan.Year))
        {
            var plan = evaluation.Plan;
            // An annual plan not yet adopted by the date sets nothing yet.
            if ((plan.PartOf is null || plan.PartOf == _plan.Id) && plan.Region.Code == _plan.Region.Code
                && plan.Year >= target.Period.Year && plan.Year <= target.Period.LastYear && !(plan.AdoptedOn > _asOf))
            {
                results.AddRange(evaluation.Results.Where(r => r.Target.Indicator == target.Indicator && r.Target.Zone == target.Zone));
            }
        }
        return results.ToImmutable();
    }

    /// <summary>The figures of a series of <paramref name="indicator"/>, named; <paramref name="used"/> is null for another indicator's.</summary>
    private Run Series(Target target, Indicator indicator, PeriodMap<Candidate>? candidates, OrderSet? used, NamedFigures named)
    {
        if (candidates is null || candidates.Count == 0)
        {
            return new Run(named.Count, 0);
        }
        if (target.Period.Kind == PeriodKind.Span)
        {
            return NameAll([.. candidates.Values.ToArray().Where(c => c.Period.IsWholeYear).OrderBy(c => c.Period.Year)], used, named);
        }
        // A series of one year rests on its one figure; a sum's parts, named by Choose, are not among its sources.
        var figure = Choose(target, indicator, candidates, used, named).Figure;
        return figure < 0 ? new Run(named.Count, 0) : new Run(figure, 1);
    }

    /// <summary>The plan's latest baseline of an indicator and the target's zone before the target's period, or the previous year's observation.</summary>
    private Observation? BaselineOf(int t, string indicator, Target target)
    {
        Observation? found = null;
        // A target measured from a named year (the starred 2019 baselines) takes the baseline of exactly that year, and no other.
        var year = target.BaselineYear is { } named ? ReportingPeriod.ForYear(named) : (ReportingPeriod?)null;
        foreach (var baseline in _plan.Baselines)
        {
            if (baseline.Zone == target.Zone && string.Equals(baseline.Indicator, indicator, StringComparison.Ordinal)
                && (year is { } y ? baseline.Period == y : baseline.Period.End < target.Period.Start && (found is null || baseline.Period.End >= found.Period.End)))
            {
                found = baseline;
            }
        }
        if (found is null && t >= 0 && (target.BaselineYear is null || target.BaselineYear == target.Period.Year - 1) && target.Period.Year > ReportingPeriod.MinYear
            && _lastYear[t] is { } lastYear && lastYear.TryGetValue(ReportingPeriod.ForYear(target.Period.Year - 1), out var previous))
        {
            found = previous.ToObservation(indicator, target.Zone, _objects);
        }
        return found;
    }

    /// <summary>
    /// The figure a target is judged on, by the rule in the remarks of <see cref="ObservationSelection"/>,
    /// named with what it rests on; its own candidates among those are added to <paramref name="used"/>.
    /// </summary>
    private Choice Choose(Target target, Indicator? indicator, PeriodMap<Candidate>? candidates, OrderSet? used, NamedFigures named)
    {
        if (candidates is null || candidates.Count == 0)
        {
            return new Choice(-1, FigureBasis.None, new Run(named.Count, 0));
        }
        var kind = TargetKinds.For(target);
        var fromStart = kind.NeedsFigureFromStart(indicator);
        Candidate? best = null;
        foreach (ref readonly var candidate in candidates.Values)
        {
            if ((!fromStart || candidate.Period.FirstMonthNumber == target.Period.FirstMonthNumber) && (best is null || IsBetter(candidate, best.Value)))
            {
                best = candidate;
            }
        }
        var outOfRange = false;
        if (fromStart && kind.SumsFollowingLevels && Extend(target, best, candidates, out outOfRange) is { } sum)
        {
            var parts = NameAll(CollectionsMarshal.AsSpan(_parts), used, named);
            return new Choice(named.Add(sum), FigureBasis.SummedLevels, parts);
        }
        if (outOfRange)
        {
            // The levels that follow one another add up beyond decimal's range: no sum stands for the period.
            return new Choice(-1, FigureBasis.None, NameAll(CollectionsMarshal.AsSpan(_parts), used, named), OutOfRange: true);
        }
        if (best is { } chosen)
        {
            var figure = Name(chosen, used, named);
            return new Choice(figure, FigureBasis.Published, new Run(figure, 1));
        }
        return new Choice(-1, FigureBasis.None, new Run(named.Count, 0));
    }

    /// <summary>Ends later; or ends the same day and starts earlier (covers more); or the same span given later.</summary>
    private static bool IsBetter(in Candidate candidate, in Candidate best)
    {
        var (period, other) = (candidate.Period, best.Period);
        var byEnd = period.LastMonthNumber.CompareTo(other.LastMonthNumber);
        if (byEnd != 0)
        {
            return byEnd > 0;
        }
        var byStart = period.FirstMonthNumber.CompareTo(other.FirstMonthNumber);
        return byStart != 0 ? byStart < 0 : candidate.Order > best.Order;
    }

    /// <summary>
    /// The levels that follow <paramref name="start"/> (or run from the start of the period) added
    /// on, period by period, when they reach later than it: the sum, with its parts left in
    /// <see cref="_parts"/> (reused target after target, so read before the next target is judged);
    /// null when nothing can be added or the sum has no period to stand for (it must run from January,
    /// or over the whole target period).
    /// </summary>
    private Candidate? Extend(Target target, Candidate? start, PeriodMap<Candidate> candidates, out bool outOfRange)
    {
        outOfRange = false;
        if (start is { HasLevel: false })
        {
            return null;
        }
        // Months by number, not dates: this walks every candidate for each part, for every target of a national plan.
        var parts = _parts;
        parts.Clear();
        if (start is { } first)
        {
            parts.Add(first);
        }
        var next = start is { } from ? from.Period.LastMonthNumber + 1 : target.Period.FirstMonthNumber;
        var last = target.Period.LastMonthNumber;
        while (next <= last)
        {
            Candidate? following = null;
            foreach (ref readonly var candidate in candidates.Values)
            {
                if (candidate.Period.FirstMonthNumber == next && candidate.HasLevel && (following is null || IsBetter(candidate, following.Value)))
                {
                    following = candidate;
                }
            }
            if (following is not { } part)
            {
                break;
            }
            parts.Add(part);
            if (part.Period.LastMonthNumber == last)
            {
                break;
            }
            next = part.Period.LastMonthNumber + 1;
        }
        if (parts.Count < 2)
        {
            return null;
        }
        var end = parts[^1].Period.End;
        ReportingPeriod period;
        if (end == target.Period.End)
        {
            period = target.Period;
        }
        else if (target.Period.Start.Month == 1 && target.Period.Start.Day == 1 && end.Year == target.Period.Start.Year
                 && end == ReportingPeriod.ForYearToDate(end.Year, end.Month).End)
        {
            period = ReportingPeriod.ForYearToDate(end.Year, end.Month);
        }
        else
        {
            return null;
        }
        Quantity? sum = null;
        var status = ObservationStatus.Normal;
        foreach (var part in parts)
        {
            try
            {
                sum = sum is { } s ? s + part.Level!.Value : part.Level!.Value;
            }
            catch (UnitMismatchException)
            {
                return null; // levels of another dimension are the validator's concern; the parts are not summed
            }
            catch (OverflowException)
            {
                outOfRange = true;
                return null;
            }
            status = Finality(part.Status) > Finality(status) ? part.Status : status;
        }
        return Candidate.Summed(period, sum!.Value, status);
    }


    /// <summary>How far from final a status is: a sum is as final as its least final part.</summary>
    private static int Finality(ObservationStatus status) => status switch
    {
        ObservationStatus.Normal => 0,
        ObservationStatus.Break => 1,
        ObservationStatus.Provisional => 2,
        ObservationStatus.Imputed => 3,
        ObservationStatus.Estimated => 4,
        ObservationStatus.Forecast => 5,
        ObservationStatus.Missing => 6,
    };

    /// <summary>The figure of the same span a year earlier, from the observations and then the plan's baselines; the last given if several.</summary>
    private Observation? SameSpanLastYear(int t, Target target, ReportingPeriod period)
    {
        if (period.Year == ReportingPeriod.MinYear)
        {
            return null;
        }
        var previous = period.SamePeriodPreviousYear();
        var lastYear = _lastYear[t];
        for (var i = (lastYear?.Count ?? 0) - 1; i >= 0; i--)
        {
            var candidatePeriod = lastYear!.Periods[i];
            if (candidatePeriod.FirstMonthNumber == previous.FirstMonthNumber && candidatePeriod.LastMonthNumber == previous.LastMonthNumber)
            {
                return lastYear.Values[i].ToObservation(target.Indicator, target.Zone, _objects);
            }
        }
        Observation? found = null;
        foreach (var baseline in _plan.Baselines)
        {
            if (baseline.Period.Start == previous.Start && baseline.Period.End == previous.End && baseline.Zone == target.Zone
                && string.Equals(baseline.Indicator, target.Indicator, StringComparison.Ordinal))
            {
                found = baseline;
            }
        }
        return found;
    }

    /// <summary>
    /// Whether a figure of a target's period is known by the as-of date: published by then when it gives its
    /// release date (a December review may use that year's estimate); otherwise once its period has ended and
    /// its indicator's release lag has passed since (2023's annual figure, with a lag of P2M, on 2024-02-29).
    /// </summary>
    private bool IsCandidate(ReportingPeriod target, ReportingPeriod candidate, LocalDate? released, NodaTime.Period? lag)
    {
        if (!target.Contains(candidate))
        {
            return false;
        }
        if (released is { } date)
        {
            return date <= _asOf;
        }
        if (candidate.LastMonthNumber > _lastMonthEnded)
        {
            return false;
        }
        if (lag is null)
        {
            return true;
        }
        try
        {
            return candidate.End.Plus(lag) <= _asOf;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // published after the end of the calendar
        }
    }

    /// <summary>
    /// Whether a target can use a figure of the year before its period: a growth rate or a reduction
    /// computed from levels, or a series whose baseline it can be. A level or a completion task of
    /// one period cannot, and keeps none (memory for a large file grows with what is used).
    /// </summary>
    private static bool UsesLastYear(Target target) => TargetKinds.For(target).UsesLastYear(target);

    private static bool IsLastYearCandidate(ReportingPeriod target, ReportingPeriod candidate) =>
        target.Year > ReportingPeriod.MinYear && (target.Kind == PeriodKind.Span
            ? candidate == ReportingPeriod.ForYear(target.Year - 1)
            : target.SamePeriodPreviousYear().Contains(candidate));

    private static long Key(int indicator, int zone) => ((long)indicator << 32) | (uint)zone;
}
