namespace DevPlan.Core.Calculations;

/// <summary>
/// How a figure came about: as published, or computed from published figures, and how. A growth rate
/// (<see cref="GrowthResult.Basis"/>) is published or computed from two levels; the figure a target is
/// judged on (<c>TargetEvaluation.Basis</c>) is published or summed from levels.
/// </summary>
public enum FigureBasis
{
    /// <summary>No figure: there is nothing to judge (a target without data, a growth without a rate).</summary>
    None,

    /// <summary>A published figure, as published (the only basis of a growth at comparable prices).</summary>
    Published,

    /// <summary>
    /// The sum of published levels of a flow that follow one another from the start of the period (a
    /// January–November figure and the December one make January–December); levels of a flow add up,
    /// growth rates do not.
    /// </summary>
    SummedLevels,

    /// <summary>A growth rate computed from two published levels of a nominal indicator, a year apart.</summary>
    ComputedFromLevels,
}
