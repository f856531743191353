namespace DevPlan.Core;

/// <summary>The status of an observation (SDMX OBS_STATUS).</summary>
public enum ObservationStatus
{
    /// <summary>Normal value (SDMX <c>A</c>).</summary>
    Normal,

    /// <summary>Provisional value (SDMX <c>P</c>).</summary>
    Provisional,

    /// <summary>Estimated value (SDMX <c>E</c>).</summary>
    Estimated,

    /// <summary>Forecast value (SDMX <c>F</c>).</summary>
    Forecast,

    /// <summary>Break in series (SDMX <c>B</c>).</summary>
    Break,

    /// <summary>Imputed value (SDMX <c>I</c>).</summary>
    Imputed,

    /// <summary>Missing value (SDMX <c>O</c>).</summary>
    Missing,
}
