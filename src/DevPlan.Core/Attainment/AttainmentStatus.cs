namespace DevPlan.Core.Attainment;

/// <summary>The verdict on a target. JSON and reports write the camelCase names.</summary>
public enum AttainmentStatus
{
    /// <summary>The period is over and the target is met (within the band of an "about" target).</summary>
    Achieved,

    /// <summary>The period is over and the target is beaten beyond the band of an "about" target, or beyond a floor by more than the policy margin (超额完成).</summary>
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
}
