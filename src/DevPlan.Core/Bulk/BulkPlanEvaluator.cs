using DevPlan.Core.Units;
using System.Collections.Immutable;
using DevPlan.Core.Attainment;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using NodaTime;

namespace DevPlan.Core.Bulk;

/// <summary>
/// Whole-plan evaluation over large data: a <see cref="BulkObservationSet"/> held in memory, or an
/// observation CSV streamed in bounded memory. Both choose the same observation for each target as
/// <see cref="PlanEvaluator"/> and return the same results; only the chosen figures are ever made
/// into objects.
/// </summary>
public static class BulkPlanEvaluator
{
    /// <summary>Evaluates every target of a plan against a bulk set (see <see cref="PlanEvaluator.Evaluate"/> for the rules).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <returns>The evaluation, one result per target in plan order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="observations"/> is null.</exception>
    public static PlanEvaluation Evaluate(Plan plan, BulkObservationSet observations, LocalDate asOf, AttainmentPolicy? policy = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(observations);
        var choice = new Choice(plan, asOf);
        var keys = new Dictionary<long, int[]>();
        foreach (var group in Enumerable.Range(0, plan.Targets.Length).GroupBy(t => KeyOf(observations, plan.Targets[t])))
        {
            if (group.Key >= 0)
            {
                keys[group.Key] = [.. group];
            }
        }
        var indicators = observations.IndicatorColumn;
        var zones = observations.ZoneColumn;
        var periods = observations.PeriodColumn;
        for (var i = 0; i < observations.Count; i++)
        {
            if (keys.TryGetValue(((long)indicators[i] << 32) | (uint)zones[i], out var targets))
            {
                if (choice.Wants(targets, periods[i]))
                {
                    choice.Accept(targets, periods[i], observations.ToObservation(i));
                }
            }
        }
        return choice.Finish(policy ?? AttainmentPolicy.Default);
    }

    /// <summary>
    /// Evaluates every target of a plan against an observation CSV read as a stream: memory grows
    /// with the number of targets, not with the file. Rows of other indicators and zones are skipped;
    /// a bad row stops the read (<see cref="ObservationFormatException"/>).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="utf8Csv">The observations as UTF-8 CSV; the stream is not closed.</param>
    /// <param name="asOf">The date of the evaluation.</param>
    /// <param name="policy">The judgement policy; <see cref="AttainmentPolicy.Default"/> when null.</param>
    /// <param name="options">CSV options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <returns>The evaluation, one result per target in plan order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ObservationFormatException">A bad header, row or field.</exception>
    public static PlanEvaluation EvaluateCsvStream(Plan plan, Stream utf8Csv, LocalDate asOf, AttainmentPolicy? policy = null, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(plan);
        var choice = new Choice(plan, asOf);
        var indicatorCodes = new CodeTable();
        var zoneCodes = new CodeTable();
        zoneCodes.Intern("");
        var keys = new Dictionary<long, int[]>();
        foreach (var group in Enumerable.Range(0, plan.Targets.Length).GroupBy(t => ((long)indicatorCodes.Intern(plan.Targets[t].Indicator) << 32) | (uint)zoneCodes.Intern(plan.Targets[t].Zone.ZoneCode ?? "")))
        {
            keys[group.Key] = [.. group];
        }
        BulkObservationReader.ForEachCsvRow(utf8Csv, options, sourceName, (in ParsedRow row) =>
        {
            if (!indicatorCodes.TryFind(row.Indicator, out var indicator) || !zoneCodes.TryFind(row.Zone, out var zone)
                || !keys.TryGetValue(((long)indicator << 32) | (uint)zone, out var targets))
            {
                return;
            }
            var packed = row.Period.Pack();
            if (!choice.Wants(targets, packed))
            {
                return;
            }
            choice.Accept(targets, packed, new Observation(indicatorCodes[indicator], row.Period, row.Level, row.Growth is { } g ? new Percent(g) : null, row.Completed)
            {
                Zone = zone == 0 ? ZoneScope.Region : ZoneScope.Zone(zoneCodes[zone]),
                Status = row.Status,
                Source = row.Source.IsEmpty ? null : SpreadsheetText.Restore(row.Source).ToString(),
            });
        });
        return choice.Finish(policy ?? AttainmentPolicy.Default);
    }

    private static long KeyOf(BulkObservationSet set, Target target)
    {
        if (!set.TryFindIndicator(target.Indicator, out var indicator))
        {
            return -1;
        }
        var zone = set.FindZone(target.Zone);
        return zone < 0 ? -1 : ((long)indicator << 32) | (uint)zone;
    }

    /// <summary>The running choice for every target: the best observation so far and last year's candidates.</summary>
    private sealed class Choice(Plan plan, LocalDate asOf)
    {
        private readonly Observation?[] _best = new Observation?[plan.Targets.Length];
        private readonly Dictionary<int, Observation>?[] _lastYear = new Dictionary<int, Observation>?[plan.Targets.Length];
        private readonly Dictionary<int, ReportingPeriod> _periods = [];

        /// <summary>Whether any of the targets would keep a figure of this period (no allocation).</summary>
        public bool Wants(int[] targets, int packedPeriod)
        {
            var period = PeriodOf(packedPeriod);
            foreach (var t in targets)
            {
                var target = plan.Targets[t];
                if (PlanEvaluator.IsEligible(target.Period, period, asOf)
                        ? _best[t] is not { } best || PlanEvaluator.IsAtLeastAsGood(period, best.Period)
                        : IsLastYearCandidate(target, period))
                {
                    return true;
                }
            }
            return false;
        }

        /// <summary>Keeps the observation for every target that wants it.</summary>
        public void Accept(int[] targets, int packedPeriod, Observation observation)
        {
            var period = PeriodOf(packedPeriod);
            foreach (var t in targets)
            {
                var target = plan.Targets[t];
                if (PlanEvaluator.IsEligible(target.Period, period, asOf))
                {
                    if (_best[t] is not { } best || PlanEvaluator.IsAtLeastAsGood(period, best.Period))
                    {
                        _best[t] = observation;
                    }
                }
                else if (IsLastYearCandidate(target, period))
                {
                    (_lastYear[t] ??= [])[packedPeriod] = observation;
                }
            }
        }

        private static bool IsLastYearCandidate(Target target, ReportingPeriod period) =>
            target.Period.Year > ReportingPeriod.MinYear && target.Period.SamePeriodPreviousYear().Contains(period);

        private ReportingPeriod PeriodOf(int packed)
        {
            if (!_periods.TryGetValue(packed, out var period))
            {
                _periods[packed] = period = ReportingPeriod.Unpack(packed);
            }
            return period;
        }

        public PlanEvaluation Finish(AttainmentPolicy policy)
        {
            var results = ImmutableArray.CreateBuilder<TargetEvaluation>(plan.Targets.Length);
            for (var t = 0; t < plan.Targets.Length; t++)
            {
                var target = plan.Targets[t];
                var chosen = _best[t];
                var indicator = plan.FindIndicator(target.Indicator);
                if (indicator is null)
                {
                    results.Add(PlanEvaluator.UnknownIndicator(target, chosen));
                    continue;
                }
                Observation? lastYear = null;
                if (chosen is not null && chosen.Period.Year > ReportingPeriod.MinYear)
                {
                    var previous = chosen.Period.SamePeriodPreviousYear();
                    lastYear = _lastYear[t]?.GetValueOrDefault(previous.Pack()) ?? PlanEvaluator.BaselineFor(plan, target, previous);
                }
                results.Add(new TargetEvaluation(target, indicator, chosen, TargetAssessor.Assess(target, indicator, chosen, asOf, policy, lastYear)));
            }
            return new PlanEvaluation(plan, asOf, policy, results.MoveToImmutable());
        }
    }
}
