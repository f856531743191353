using System.Collections.Immutable;
using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using NodaTime;

namespace DevPlan.Core.Attainment;

/// <summary>
/// Keeps the zones' levels that zone contributions need (those of the plan year that have ended by
/// the as-of date, and those of the year before), and computes the contributions of each indicator
/// for its latest period with every zone's level now and a year earlier. Memory grows with the zones
/// and periods, not with the observations.
/// </summary>
internal sealed class ZoneContributionCollector(Plan plan, LocalDate asOf)
{
    private readonly CodeTable _indicators = CodesOf(plan);
    private readonly Dictionary<string, Dictionary<ReportingPeriod, Dictionary<string, Observation>>> _levels = new(StringComparer.Ordinal);

    /// <summary>Whether a zone's level of this indicator and period could be needed (no allocation).</summary>
    public bool Wants(ReadOnlySpan<char> indicator, ReadOnlySpan<char> zone, ReportingPeriod period) =>
        !zone.IsEmpty && Wanted(period) && _indicators.TryFind(indicator, out _);

    public void Offer(Observation observation)
    {
        if (observation.Zone.ZoneCode is not { } zone || observation.Level is null || !Wanted(observation.Period) || !_indicators.TryFind(observation.Indicator, out _))
        {
            return;
        }
        if (!_levels.TryGetValue(observation.Indicator, out var periods))
        {
            _levels[observation.Indicator] = periods = [];
        }
        if (!periods.TryGetValue(observation.Period, out var zones))
        {
            periods[observation.Period] = zones = new Dictionary<string, Observation>(StringComparer.Ordinal);
        }
        zones[zone] = observation;
    }

    public (ImmutableArray<ZoneContribution> Contributions, ImmutableArray<ZoneContributionGap> Gaps) Finish()
    {
        var contributions = ImmutableArray.CreateBuilder<ZoneContribution>();
        var gaps = ImmutableArray.CreateBuilder<ZoneContributionGap>();
        foreach (var indicator in plan.Indicators)
        {
            if (!_levels.TryGetValue(indicator.Code, out var periods))
            {
                continue;
            }
            var current = periods.Keys.Where(p => p.Year == plan.Year).ToList();
            if (current.Count == 0)
            {
                continue;
            }
            if (indicator.GrowthBasis == GrowthBasis.Comparable || indicator.Accumulation == Accumulation.Ratio)
            {
                gaps.Add(new ZoneContributionGap(indicator, indicator.Accumulation == Accumulation.Ratio ? ZoneContributionGapReason.Ratio : ZoneContributionGapReason.ComparablePrices));
                continue;
            }
            // The latest period; of those ending the same day, the one covering most.
            var period = current.MaxBy(p => (p.End, -p.Start.DayOfYear));
            var now = periods[period];
            if (period.Year == ReportingPeriod.MinYear || !periods.TryGetValue(period.SamePeriodPreviousYear(), out var before) || now.Keys.Any(z => !before.ContainsKey(z)))
            {
                continue;
            }
            contributions.Add(new ZoneContribution(indicator, period, Aggregation.ZoneContributions(now.Values, now.Keys.Select(z => before[z]))));
        }
        return (contributions.ToImmutable(), gaps.ToImmutable());
    }

    private bool Wanted(ReportingPeriod period) => (period.Year == plan.Year && period.End <= asOf) || period.Year == plan.Year - 1;

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
