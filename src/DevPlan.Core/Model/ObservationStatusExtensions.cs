namespace DevPlan.Core;

/// <summary>Conversions between <see cref="ObservationStatus"/> and the SDMX OBS_STATUS codes.</summary>
public static class ObservationStatusExtensions
{
    /// <summary>Gets the SDMX OBS_STATUS code of a status: A, P, E, F, B, I or O.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The one-letter code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static char ToSdmxCode(this ObservationStatus status) => Internal.Preconditions.CheckDefined(status) switch
    {
        ObservationStatus.Normal => 'A',
        ObservationStatus.Provisional => 'P',
        ObservationStatus.Estimated => 'E',
        ObservationStatus.Forecast => 'F',
        ObservationStatus.Break => 'B',
        ObservationStatus.Imputed => 'I',
        ObservationStatus.Missing => 'O',
    };

    /// <summary>Gets the status for an SDMX OBS_STATUS code.</summary>
    /// <param name="code">A, P, E, F, B, I or O.</param>
    /// <param name="status">The status, when the code is known.</param>
    /// <returns>True when the code is one of the seven above.</returns>
    public static bool TryFromSdmxCode(char code, out ObservationStatus status)
    {
        status = code switch
        {
            'A' => ObservationStatus.Normal,
            'P' => ObservationStatus.Provisional,
            'E' => ObservationStatus.Estimated,
            'F' => ObservationStatus.Forecast,
            'B' => ObservationStatus.Break,
            'I' => ObservationStatus.Imputed,
            'O' => ObservationStatus.Missing,
            _ => (ObservationStatus)(-1),
        };
        return Enum.IsDefined(status);
    }
}
