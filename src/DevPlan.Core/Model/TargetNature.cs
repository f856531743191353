namespace DevPlan.Core;

/// <summary>The legal nature of a target.</summary>
public enum TargetNature
{
    /// <summary>Expected, guiding (预期性), as the economic targets are.</summary>
    Expected,

    /// <summary>Binding (约束性), as energy and environment targets are; an assessment may let it veto.</summary>
    Binding,

    /// <summary>
    /// Not stated by the text the target is taken from: a plan's goals in its chapters name the figures of its
    /// main-indicator table, but only the table gives each its nature. Judged as an expected target; a report
    /// says that the nature is not stated rather than guessing it.
    /// </summary>
    Unstated,
}
