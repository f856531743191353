namespace DevPlan.Core.Attainment;

/// <summary>The verdict on a target. JSON and reports write the camelCase names.</summary>
public enum AttainmentStatus
{
    /// <summary>
    /// The period is over and the target is met: at or beyond a floor, at or under a ceiling (控制在目标以内),
    /// or within the band of an "about" target (short of its figure but within the band is
    /// <see cref="TargetAssessment.IsBroadlyAchieved"/>, 基本完成).
    /// </summary>
    Achieved,

    /// <summary>
    /// The period is over and a floor or band is beaten beyond the band of an "about" target, or beyond a
    /// floor by more than the policy margin (超额完成). A ceiling is never exceeded: staying far under it is
    /// <see cref="Achieved"/>.
    /// </summary>
    Exceeded,

    /// <summary>The period is over and the target is missed.</summary>
    NotAchieved,

    /// <summary>During the period: the year-to-date figure keeps pace with the target.</summary>
    OnTrack,

    /// <summary>During the period: the year-to-date figure falls behind the target's pace.</summary>
    Behind,

    /// <summary>No observation for the target.</summary>
    NoData,

    /// <summary>An observation exists but cannot be judged; <see cref="TargetAssessment.Reason"/> says why.</summary>
    NotAssessable,

    /// <summary>Before the end of a multi-year target's span: its end target is already met (提前完成).</summary>
    AchievedEarly,

    /// <summary>
    /// During the period: a ceiling is being used up faster than the time elapsed, or the figure so far is
    /// already above it (存在突破控制目标风险). A ceiling is never "behind".
    /// </summary>
    AtRisk,

    /// <summary>
    /// During a multi-year target's span: clearly ahead of the time elapsed (快于预期) — the progress made runs
    /// at least <see cref="AttainmentPolicy.FasterThanExpectedMargin"/> ahead of the elapsed share, or an average
    /// rate so far beats its target by <see cref="AttainmentPolicy.FasterThanExpectedRateMargin"/>.
    /// </summary>
    FasterThanExpected,
}
