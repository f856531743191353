namespace DevPlan.Core.Attainment;

/// <summary>Whether a verdict is final, and why: the target's kind decides when its verdict becomes final (its horizon).</summary>
public enum VerdictStage
{
    /// <summary>The target's period runs on: the verdict is on the figures so far (on track, behind, at risk, achieved early).</summary>
    InProgress,

    /// <summary>Final: the figures cover the target's whole period.</summary>
    Final,

    /// <summary>Final: the target's period has ended, but figures of some of its years are missing (<see cref="TargetAssessment.MissingYear"/>).</summary>
    PeriodEnded,

    /// <summary>Final before the period ends: a bound that must hold every year was broken in one of them.</summary>
    Breached,
}
