namespace DevPlan.Core.Serialization;

public static partial class ObservationCsv
{
    /// <summary>
    /// Gets the code a table writes in its <c>status</c> column: the SDMX OBS_STATUS code of the status (A, P,
    /// E, F, B, I or O), as this CSV, the workbook and Parquet formats write it (JSON writes the status's name).
    /// </summary>
    /// <param name="status">The status.</param>
    /// <returns>The one-letter code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined value.</exception>
    public static char StatusCode(ObservationStatus status) => Internal.Preconditions.CheckDefined(status) switch
    {
        ObservationStatus.Normal => 'A',
        ObservationStatus.Provisional => 'P',
        ObservationStatus.Estimated => 'E',
        ObservationStatus.Forecast => 'F',
        ObservationStatus.Break => 'B',
        ObservationStatus.Imputed => 'I',
        ObservationStatus.Missing => 'O',
    };

    /// <summary>Gets the status of an SDMX OBS_STATUS code in a table's <c>status</c> column.</summary>
    /// <param name="code">A, P, E, F, B, I or O.</param>
    /// <param name="status">The status, when the code is known.</param>
    /// <returns>True when the code is one of the seven above.</returns>
    public static bool TryParseStatusCode(char code, out ObservationStatus status)
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
