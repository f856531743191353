namespace DevPlan.Core;

/// <summary>Whether a higher or a lower value of an indicator is better; attainment tests mirror on it.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (GDP, jobs).</summary>
    HigherIsBetter,

    /// <summary>Less is better (unemployment, energy intensity).</summary>
    LowerIsBetter,
}
