using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>
/// The colour a verdict is shown in, decided once for every format (the table, HTML, the workbook):
/// met, on track, a warning (behind, or a ceiling at risk), missed, or no verdict.
/// </summary>
public enum VerdictTone
{
    /// <summary>Met, exceeded or achieved early: green.</summary>
    Met,

    /// <summary>On track: a lighter green.</summary>
    OnTrack,

    /// <summary>Behind, or a ceiling at risk of a breach: amber.</summary>
    Warning,

    /// <summary>Not achieved: red.</summary>
    Missed,

    /// <summary>No data, or not assessable: grey.</summary>
    None,
}
