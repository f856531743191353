namespace DevPlan.Core.Attainment;

/// <summary>How the figure a target was judged on came about.</summary>
public enum FigureBasis
{
    /// <summary>No figure: the target has no data.</summary>
    None,

    /// <summary>A published figure, as published.</summary>
    Published,

    /// <summary>
    /// The sum of published levels of a flow that follow one another from the start of the period (a
    /// January–November figure and the December one make January–December); levels of a flow add up,
    /// growth rates do not.
    /// </summary>
    SummedLevels,
}
