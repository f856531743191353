namespace DevPlan.Core.Attainment;

/// <summary>
/// How a target bounds its figure, as its kind, qualifier and the indicator's direction decide once
/// (<c>docs/methods.md</c>, §7): the words of a verdict follow from it. A ceiling is met or breached,
/// never exceeded; a floor may be exceeded; a band is met within its tolerance.
/// </summary>
public enum TargetBound
{
    /// <summary>No figure to bound: a task done or not, or a qualitative aim.</summary>
    None,

    /// <summary>A floor (X以上, 不低于, more than X, or a figure without a qualifier in the better direction): met at or beyond it.</summary>
    Floor,

    /// <summary>A ceiling (控制在X以内, 不高于, less than X, or a lower-is-better "about"): met at or under it, breached above it.</summary>
    Ceiling,

    /// <summary>A band around the figure ("about X", X左右): met within the tolerance, exceeded beyond it in the better direction.</summary>
    Band,
}
