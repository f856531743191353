namespace DevPlan.Core.Attainment;

/// <summary>How a figure given without a qualifier word (增长7%, <see cref="TargetQualifier.Exactly"/>) is judged.</summary>
public enum ExactlyTreatment
{
    /// <summary>As a floor in the indicator's better direction: at least X when higher is better, at most X when lower is better (the default).</summary>
    FloorInBetterDirection,

    /// <summary>As an "about" target, within the policy's tolerance band.</summary>
    About,
}
