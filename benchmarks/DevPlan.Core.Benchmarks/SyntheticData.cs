using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Benchmarks;

/// <summary>
/// Deterministic synthetic national-scale data: a national plan whose zones are the regions, with
/// a target per region and indicator in the last year, and monthly observations of every region and
/// indicator for every month of every year. Shared (as source) by the benchmarks and the tests.
/// </summary>
public sealed class SyntheticData
{
    private SyntheticData(Plan plan, IReadOnlyList<Observation> observations)
    {
        Plan = plan;
        Observations = observations;
    }

    /// <summary>Gets the plan: regions × indicators targets for the last year.</summary>
    public Plan Plan { get; }

    /// <summary>Gets the observations: regions × indicators × 12 months × years.</summary>
    public IReadOnlyList<Observation> Observations { get; }

    /// <summary>Generates data; the same arguments always give the same data.</summary>
    /// <param name="regions">The number of regions (zones).</param>
    /// <param name="indicators">The number of indicators (half flows in 10^8 CNY, half in 10^4 person).</param>
    /// <param name="years">The number of years, ending in 2024.</param>
    /// <param name="seed">The random seed.</param>
    /// <param name="monthly">Monthly observations (12 a year) when true; one annual observation a year when false.</param>
    /// <returns>The data.</returns>
    public static SyntheticData Generate(int regions, int indicators, int years, int seed = 20240223, bool monthly = true)
    {
        var random = new Random(seed);
        var name = new LocalizedText("全国", "Nation");
        var zones = Enumerable.Range(0, regions).Select(r => new Zone($"r{r:D5}", ZonePosition.Other, new LocalizedText($"区域{r}", $"Region {r}"))).ToList();
        var indicatorList = Enumerable.Range(0, indicators).Select(i => new Indicator($"i{i:D3}", new LocalizedText($"指标{i}", $"Indicator {i}"),
            i % 2 == 0 ? Unit.HundredMillionYuan : Unit.TenThousandPersons, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow)).ToList();
        var lastYear = 2024;
        var targets = new List<Target>(regions * indicators);
        foreach (var zone in zones)
        {
            foreach (var indicator in indicatorList)
            {
                var id = $"{zone.Code}.{indicator.Code}";
                targets.Add(targets.Count % 2 == 0
                    ? new Target(id, indicator.Code, ReportingPeriod.ForYear(lastYear), TargetKind.GrowthRate, TargetQualifier.About, Quantity.Percent(random.Next(30, 90) / 10m), TargetNature.Expected) { Zone = ZoneScope.Zone(zone.Code) }
                    : new Target(id, indicator.Code, ReportingPeriod.ForYear(lastYear), TargetKind.Level, TargetQualifier.AtLeast, new Quantity(random.Next(100, 5000), indicator.Unit), TargetNature.Expected) { Zone = ZoneScope.Zone(zone.Code) });
            }
        }
        var plan = new Plan("synthetic", name, new Region("nation", name) { Zones = [.. zones] }, lastYear) { Indicators = [.. indicatorList], Targets = [.. targets] };
        var observations = new List<Observation>(regions * indicators * 12 * years);
        for (var year = lastYear - years + 1; year <= lastYear; year++)
        {
            for (var month = 1; month <= (monthly ? 12 : 1); month++)
            {
                var period = monthly ? ReportingPeriod.ForMonth(year, month) : ReportingPeriod.ForYear(year);
                foreach (var zone in zones)
                {
                    foreach (var indicator in indicatorList)
                    {
                        var level = new Quantity(random.Next(1, 100_000) / 100m, indicator.Unit);
                        observations.Add(new Observation(indicator.Code, period, level, new Percent(random.Next(-50, 150) / 10m))
                        {
                            Zone = ZoneScope.Zone(zone.Code),
                            Status = random.Next(10) == 0 ? ObservationStatus.Provisional : ObservationStatus.Normal,
                        });
                    }
                }
            }
        }
        return new SyntheticData(plan, observations);
    }

    /// <summary>A human-readable size, for benchmark parameters.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Observations.Count:N0} observations, {Plan.Targets.Length:N0} targets");
}
