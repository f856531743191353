using System.Collections.Immutable;
using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>
/// Keeps the zones' levels that zone contributions need and computes the contributions of each
/// indicator for its latest period of the plan year (ended by the as-of date) with every zone's level
/// then and a year earlier. Of the plan year only the latest period seen so far is kept, and of the
/// year before only the periods that can still be its counterpart, so memory grows with the zones,
/// not with the periods or the observations. Only the levels are kept, as values in a table per
/// period: a national file's year before (twelve months of every zone) is a few arrays, not hundreds of
/// thousands of observations that the collector must later sweep.
/// </summary>
internal sealed class ZoneContributionCollector(Plan plan, LocalDate asOf)
{
    private readonly CodeTable _indicators = CodesOf(plan);
    private readonly int _lastMonthEnded = ReportingPeriod.LastMonthEndedBy(asOf);
    private readonly ZoneNumbers _zones = new(plan);
    // Tables of periods dropped, cleared for the next new period: a national file's months each need a
    // table the size of the zones (a large-object array for thousands of zones), and only a few are live.
    private readonly Stack<ZoneLevels> _spare = [];
    // The periods' levels of each indicator the plan declares, by the indicator's number in _indicators.
    private readonly Dictionary<ReportingPeriod, ZoneLevels>?[] _levels = new Dictionary<ReportingPeriod, ZoneLevels>?[plan.Indicators.Length];

    // The release lag of each indicator, by its number in _indicators.
    private readonly NodaTime.Period?[] _lags = LagsOf(plan);

    /// <summary>Whether a zone's level of this indicator and period, published on <paramref name="released"/> if given, could be needed (no allocation).</summary>
    public bool Wants(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period, LocalDate? released = null) =>
        !zone.IsEmpty && _indicators.TryFind(indicator, out var number) && Wanted(period, released, number);

    /// <summary>Offers a figure of an indicator, a zone (empty for the whole region) and a period; only a zone's level is kept, once it is known by the as-of date.</summary>
    public void Offer(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period, Quantity? level, LocalDate? released = null)
    {
        // Conditions without declarations in them, so that every part can be varied in mutation tests.
        if (zone.IsEmpty || level is null)
        {
            return;
        }
        if (!_indicators.TryFind(indicator, out var number))
        {
            return;
        }
        if (!Wanted(period, released, number))
        {
            return;
        }
        var periods = _levels[number] ??= [];
        if (!periods.TryGetValue(period, out var zones))
        {
            periods[period] = zones = NewLevels();
            Prune(periods); // the periods kept change only when a new one arrives
        }
        zones.Set(_zones.Number(zone), level.Value);
    }

    /// <summary>
    /// Drops what can no longer be used once a period arrives: every
    /// other period of the plan year that is not later (the latest one wins, of those ending the same
    /// day the one covering most), and the periods of the year before earlier than its counterpart (a
    /// later period of the plan year has a later counterpart).
    /// </summary>
    private void Prune(Dictionary<ReportingPeriod, ZoneLevels> periods)
    {
        if (periods.Count <= 2 || !periods.Keys.Any(p => p.Year == plan.Year))
        {
            return;
        }
        var latest = periods.Keys.Where(p => p.Year == plan.Year).MaxBy(Rank);
        var counterpart = latest.Year == ReportingPeriod.MinYear ? (ReportingPeriod?)null : latest.SamePeriodPreviousYear();
        foreach (var other in periods.Keys.ToList())
        {
            var stale = other.Year == latest.Year
                ? other != latest
                : counterpart is null || (other != counterpart.Value && Rank(other).CompareTo(Rank(counterpart.Value)) < 0);
            if (stale)
            {
                _spare.Push(periods[other]);
                periods.Remove(other);
            }
        }
    }

    /// <summary>The periods kept of an indicator, in no order: what its memory holds (for tests of the bound).</summary>
    internal IReadOnlyCollection<ReportingPeriod> PeriodsKept(string indicator) =>
        _indicators.TryFind(indicator, out var number) && _levels[number] is { } periods ? periods.Keys : [];

    private ZoneLevels NewLevels()
    {
        if (_spare.TryPop(out var levels))
        {
            levels.Clear();
            return levels;
        }
        return new ZoneLevels(_zones.Count);
    }

    /// <summary>The order of "latest": by end, then by start the earlier (covering more).</summary>
    private static (LocalDate End, int Start) Rank(ReportingPeriod period) => (period.End, -period.Start.DayOfYear);

    public ImmutableArray<ZoneContribution> Finish()
    {
        var contributions = ImmutableArray.CreateBuilder<ZoneContribution>();
        foreach (var indicator in plan.Indicators)
        {
            var periods = _levels[_indicators.Intern(indicator.Code)]; // every indicator of the plan has its number
            if (periods is null)
            {
                continue;
            }
            var current = periods.Keys.Where(p => p.Year == plan.Year).ToList();
            if (current.Count == 0)
            {
                continue;
            }
            // The latest period; of those ending the same day, the one covering most.
            var period = current.MaxBy(Rank);
            if (indicator.GrowthBasis == GrowthBasis.Comparable || indicator.Accumulation == Accumulation.Ratio)
            {
                contributions.Add(new ZoneContribution(indicator, period, indicator.Accumulation == Accumulation.Ratio ? ZoneContributionGap.Ratio : ZoneContributionGap.ComparablePrices));
                continue;
            }
            var now = periods[period];
            if (period.Year == ReportingPeriod.MinYear || !periods.TryGetValue(period.SamePeriodPreviousYear(), out var before) || now.Zones().Any(z => !before.Has(z)))
            {
                continue;
            }
            // The zones in the plan's order, whatever order their figures came in; those it does not declare after them, by code.
            var zones = now.Zones().OrderBy(z => Math.Min(z, _zones.Declared)).ThenBy(_zones.Code, StringComparer.Ordinal);
            try
            {
                contributions.Add(new ZoneContribution(indicator, period, ContributionBreakdown.Compute(zones.Select(z => new ContributionPart(_zones.Code(z), before[z], now[z])))));
            }
            catch (ArgumentOutOfRangeException)
            {
                contributions.Add(new ZoneContribution(indicator, period, ZoneContributionGap.NonPositiveBase));
            }
            catch (OverflowException)
            {
                contributions.Add(new ZoneContribution(indicator, period, ZoneContributionGap.OutOfRange));
            }
        }
        return contributions.ToImmutable();
    }

    /// <summary>
    /// A figure of the year before serves as a counterpart whenever it comes; one of the plan year once it is known by
    /// the as-of date: published by then when it gives its release date, otherwise its period ended and its indicator's
    /// release lag passed, as the targets' figures are.
    /// </summary>
    private bool Wanted(ReportingPeriod period, LocalDate? released, int number)
    {
        if (period.Year == plan.Year - 1)
        {
            return true;
        }
        if (period.Year != plan.Year)
        {
            return false;
        }
        if (released is { } date)
        {
            return date <= asOf;
        }
        if (period.LastMonthNumber > _lastMonthEnded)
        {
            return false;
        }
        if (_lags[number] is not { } lag)
        {
            return true;
        }
        try
        {
            return period.End.Plus(lag) <= asOf;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false; // published after the end of the calendar
        }
    }

    private static NodaTime.Period?[] LagsOf(Plan plan)
    {
        var codes = CodesOf(plan);
        var lags = new NodaTime.Period?[plan.Indicators.Length];
        foreach (var indicator in plan.Indicators)
        {
            if (codes.TryFind(indicator.Code, out var number))
            {
                lags[number] = indicator.ReleaseLag;
            }
        }
        return lags;
    }

    private static CodeTable CodesOf(Plan plan)
    {
        var codes = new CodeTable();
        foreach (var indicator in plan.Indicators)
        {
            codes.Intern(indicator.Code);
        }
        return codes;
    }
}
