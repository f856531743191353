namespace DevPlan.Core;

/// <summary>The legal nature of a target.</summary>
public enum TargetNature
{
    /// <summary>Expected, guiding (预期性), as the economic targets are.</summary>
    Expected,

    /// <summary>Binding (约束性), as energy and environment targets are; an assessment may let it veto.</summary>
    Binding,
}
