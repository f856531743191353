using System.Globalization;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Calculations;

/// <summary>
/// Aggregation of figures over time (months to a year) and across zones (zones to the region):
/// flows add up, stocks take the last value over time and add up across zones, ratios aggregate
/// through their numerators and denominators, never by averaging the ratios.
/// </summary>
public static class Aggregation
{
    /// <summary>
    /// The level of <paramref name="period"/> from the levels of its sub-periods. A flow sums
    /// sub-periods that exactly tile the period (no gap, no overlap); a stock takes the level of the
    /// sub-period that ends last (of two ending the same day, the one covering more; of equal periods, the last given, as the evaluator chooses).
    /// </summary>
    /// <param name="indicator">The indicator, for how it accumulates.</param>
    /// <param name="observations">Levels of the indicator for one scope, within the period.</param>
    /// <param name="period">The period to aggregate to.</param>
    /// <returns>The period's level, in the finest unit among the inputs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An observation has no level, lies outside the period, or the flow's sub-periods leave a gap or overlap; the message names the span.</exception>
    /// <exception cref="InvalidOperationException">The indicator is a ratio (use <see cref="Ratio"/>).</exception>
    /// <exception cref="UnitMismatchException">The levels have different dimensions.</exception>
    public static Quantity OverTime(Indicator indicator, IEnumerable<Observation> observations, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(indicator);
        var parts = Levels(observations, period);
        return indicator.Accumulation switch
        {
            Accumulation.Stock => Latest(parts),
            Accumulation.Flow => Sum(parts, period, observations),
            Accumulation.Ratio => throw RatioNeedsParts(indicator),
        };
    }

    /// <summary>A stock over a period: the level of the part that ends latest (of those ending together, the one covering most).</summary>
    private static Quantity Latest(List<(ReportingPeriod Period, Quantity Level)> parts)
    {
        // The evaluator's rule: the figure ending last; of those, the one covering most; of equals, the last given.
        var latest = parts[0];
        foreach (var part in parts)
        {
            var byEnd = part.Period.End.CompareTo(latest.Period.End);
            if (byEnd > 0 || (byEnd == 0 && part.Period.Start <= latest.Period.Start))
            {
                latest = part;
            }
        }
        return latest.Level;
    }

    /// <summary>A flow over a period: its parts added, which must follow one another from the period's start to its end.</summary>
    private static Quantity Sum(List<(ReportingPeriod Period, Quantity Level)> parts, ReportingPeriod period, IEnumerable<Observation> observations)
    {
        parts.Sort((a, b) => a.Period.Start.CompareTo(b.Period.Start));
        if (parts[0].Period.Start != period.Start)
        {
            throw Gap(period, period.Start, parts[0].Period.Start.PlusDays(-1));
        }
        var sum = parts[0].Level;
        for (var i = 1; i < parts.Count; i++)
        {
            var previousEnd = parts[i - 1].Period.End;
            var start = parts[i].Period.Start;
            if (start <= previousEnd)
            {
                throw new ArgumentException($"The sub-periods of {period} overlap: {parts[i].Period} starts before {parts[i - 1].Period} ends.", nameof(observations));
            }
            // previousEnd is before start, so the day after it exists even at the end of the calendar.
            if (start != previousEnd.PlusDays(1))
            {
                throw Gap(period, previousEnd.PlusDays(1), start.PlusDays(-1));
            }
            sum += parts[i].Level;
        }
        if (parts[^1].Period.End != period.End)
        {
            throw Gap(period, parts[^1].Period.End.PlusDays(1), period.End);
        }
        return sum;
    }

    /// <summary>The region's level from its zones' levels for one period: flows and stocks add up.</summary>
    /// <param name="indicator">The indicator, for how it accumulates.</param>
    /// <param name="zoneObservations">One level per zone, all of the same period.</param>
    /// <returns>The region's level, in the finest unit among the inputs.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There are no observations, one has no level, or the periods differ.</exception>
    /// <exception cref="InvalidOperationException">The indicator is a ratio (use <see cref="Ratio"/>).</exception>
    /// <exception cref="UnitMismatchException">The levels have different dimensions.</exception>
    public static Quantity AcrossZones(Indicator indicator, IEnumerable<Observation> zoneObservations)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(zoneObservations);
        if (indicator.Accumulation == Accumulation.Ratio)
        {
            throw RatioNeedsParts(indicator);
        }
        var list = zoneObservations.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Expected at least one zone observation.", nameof(zoneObservations));
        }
        if (list.Any(o => o.Period != list[0].Period))
        {
            throw new ArgumentException($"Expected zone observations of one period, but found {string.Join(", ", list.Select(o => o.Period).Distinct())}.", nameof(zoneObservations));
        }
        var levels = Levels(list, list[0].Period);
        var sum = levels[0].Level;
        for (var i = 1; i < levels.Count; i++)
        {
            sum += levels[i].Level;
        }
        return sum;
    }

    /// <summary>
    /// A ratio of sums: Σ numerators / Σ denominators (energy use over GDP, the unemployed over the
    /// labour force), in the unit numerator-dimension/denominator-dimension scaled by the two magnitudes.
    /// </summary>
    /// <param name="parts">Each part's numerator and denominator.</param>
    /// <returns>The aggregate ratio.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no parts.</exception>
    /// <exception cref="UnitMismatchException">The numerators (or the denominators) have different dimensions.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sum of the denominators is zero.</exception>
    public static Quantity Ratio(IEnumerable<(Quantity Numerator, Quantity Denominator)> parts)
    {
        Preconditions.CheckNotNull(parts);
        Quantity? numerator = null;
        Quantity? denominator = null;
        foreach (var (n, d) in parts)
        {
            numerator = numerator is { } a ? a + n : n;
            denominator = denominator is { } b ? b + d : d;
        }
        if (numerator is not { } top || denominator is not { } bottom)
        {
            throw new ArgumentException("Expected at least one numerator and denominator.", nameof(parts));
        }
        if (bottom.Value == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(parts), "The denominators sum to zero.");
        }
        var dimension = top.Unit.Dimension == bottom.Unit.Dimension
            ? Dimension.Dimensionless
            : Dimension.Of($"{top.Unit.Dimension.Code}/{bottom.Unit.Dimension.Code}");
        return new Quantity(top.Value / bottom.Value, new Unit(dimension, top.Unit.Exponent - bottom.Unit.Exponent));
    }

    /// <summary>Each zone's contribution to the region's growth, from the zones' levels now and a year earlier.</summary>
    /// <param name="current">The zones' observations of this period.</param>
    /// <param name="samePeriodLastYear">The same zones' observations a year earlier.</param>
    /// <returns>The region's growth and each zone's share and pull, in the order of <paramref name="current"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A zone lacks a level in either period.</exception>
    /// <exception cref="UnitMismatchException">The levels have different dimensions.</exception>
    public static ContributionBreakdown ZoneContributions(IEnumerable<Observation> current, IEnumerable<Observation> samePeriodLastYear)
    {
        Preconditions.CheckNotNull(current);
        Preconditions.CheckNotNull(samePeriodLastYear);
        var previous = samePeriodLastYear.Where(o => o.Level is not null).ToDictionary(o => o.Zone);
        var parts = new List<ContributionPart>();
        foreach (var observation in current)
        {
            if (observation.Level is not { } now || !previous.TryGetValue(observation.Zone, out var before))
            {
                throw new ArgumentException($"Expected a level for {observation.Zone} in both periods.", nameof(current));
            }
            parts.Add(new ContributionPart(observation.Zone.ZoneCode ?? "(region)", before.Level!.Value, now));
        }
        return ContributionBreakdown.Compute(parts);
    }

    private static List<(ReportingPeriod Period, Quantity Level)> Levels(IEnumerable<Observation> observations, ReportingPeriod period)
    {
        Preconditions.CheckNotNull(observations);
        var result = new List<(ReportingPeriod, Quantity)>();
        foreach (var observation in observations)
        {
            if (observation.Level is not { } level)
            {
                throw new ArgumentException($"Expected a level in every observation, but {observation.Indicator} {observation.Zone} {observation.Period} has none.", nameof(observations));
            }
            if (!period.Contains(observation.Period))
            {
                throw new ArgumentException($"Expected observations within {period}, but found one for {observation.Period}.", nameof(observations));
            }
            result.Add((observation.Period, level));
        }
        if (result.Count == 0)
        {
            throw new ArgumentException($"Expected at least one observation within {period}.", nameof(observations));
        }
        return result;
    }

    private static ArgumentException Gap(ReportingPeriod period, LocalDate from, LocalDate to) =>
        new(string.Create(CultureInfo.InvariantCulture, $"The sub-periods do not cover {period}: nothing covers {from:uuuu-MM-dd} to {to:uuuu-MM-dd}."), "observations");

    private static InvalidOperationException RatioNeedsParts(Indicator indicator) =>
        new($"The indicator \"{indicator.Code}\" is a ratio: it aggregates through its numerator and denominator (Aggregation.Ratio), not by adding or averaging ratios.");
}
