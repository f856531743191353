namespace DevPlan.Core.Attainment;

/// <summary>How the elapsed share of a target's period is measured for the in-year pace (序时进度).</summary>
public enum PaceBasis
{
    /// <summary>
    /// The months the observation covers over the months of the target's period: a January–May
    /// figure against an annual target is 5/12 = 41.7% elapsed, as statistical bureaus report (the default).
    /// </summary>
    ObservationMonths,

    /// <summary>The days elapsed by the as-of date over the days of the target's period.</summary>
    AsOfDays,
}
