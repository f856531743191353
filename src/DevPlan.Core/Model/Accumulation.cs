namespace DevPlan.Core;

/// <summary>How an indicator's values accumulate over time and across zones.</summary>
public enum Accumulation
{
    /// <summary>A flow, summed over the period (value added, investment, new jobs).</summary>
    Flow,

    /// <summary>A stock, measured at a point in time; the last value of a period stands for it (population, deposits).</summary>
    Stock,

    /// <summary>A ratio of two flows or stocks (energy intensity, unemployment rate); aggregates through numerator and denominator.</summary>
    Ratio,
}
