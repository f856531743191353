using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>One target of a report, with its texts in the report's language.</summary>
public sealed record ReportRow
{
    internal ReportRow(TargetEvaluation result, string indicator, string zone, string target, string actual, string gap, string pace, string status, string explanation, string? note, bool isProvisional)
    {
        Result = result;
        Indicator = indicator;
        Zone = zone;
        Target = target;
        Actual = actual;
        Gap = gap;
        Pace = pace;
        Status = status;
        Explanation = explanation;
        Note = note;
        IsProvisional = isProvisional;
    }

    /// <summary>Gets the target's evaluation (the figures, unrounded).</summary>
    public TargetEvaluation Result { get; }

    /// <summary>Gets the indicator's name.</summary>
    public string Indicator { get; }

    /// <summary>Gets the zone's name, or the name of the whole region.</summary>
    public string Zone { get; }

    /// <summary>Gets the target as the plan states it (增长7%左右).</summary>
    public string Target { get; }

    /// <summary>Gets the figure judged (7.2%, 8.0亿美元, 已完成), or a dash.</summary>
    public string Actual { get; }

    /// <summary>Gets the difference from the target (+0.2个百分点, +0.3亿美元), or a dash.</summary>
    public string Gap { get; }

    /// <summary>Gets the in-year pace (完成54.5%，序时进度50.0%（+4.5个百分点）), or empty.</summary>
    public string Pace { get; }

    /// <summary>Gets the verdict's word.</summary>
    public string Status { get; }

    /// <summary>Gets the verdict in one sentence.</summary>
    public string Explanation { get; }

    /// <summary>Gets the target's note, if the plan gives one.</summary>
    public string? Note { get; }

    /// <summary>Gets whether the verdict rests on a provisional or estimated figure.</summary>
    public bool IsProvisional { get; }

    /// <summary>Gets the colour the verdict is shown in.</summary>
    public VerdictTone Tone => ToneOf(Result.Assessment.Status);

    /// <summary>The colour of a verdict, for every format alike.</summary>
    /// <param name="status">The verdict.</param>
    /// <returns>Its tone.</returns>
    public static VerdictTone ToneOf(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved or AttainmentStatus.Exceeded or AttainmentStatus.AchievedEarly => VerdictTone.Met,
        AttainmentStatus.OnTrack or AttainmentStatus.FasterThanExpected => VerdictTone.OnTrack,
        AttainmentStatus.Behind or AttainmentStatus.AtRisk => VerdictTone.Warning,
        AttainmentStatus.NotAchieved => VerdictTone.Missed,
        AttainmentStatus.NoData or AttainmentStatus.NotAssessable => VerdictTone.None,
    };
}
