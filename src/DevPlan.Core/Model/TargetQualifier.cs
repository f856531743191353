namespace DevPlan.Core;

/// <summary>How a target's figure is to be read (the wording of the plan).</summary>
public enum TargetQualifier
{
    /// <summary>"About X" (X左右): two-sided and soft, judged within a tolerance band.</summary>
    About,

    /// <summary>"At least X" (X以上, 不低于): an inclusive floor.</summary>
    AtLeast,

    /// <summary>"At most X" (控制在X以内, 不高于): an inclusive ceiling.</summary>
    AtMost,

    /// <summary>Exactly X (a figure given without a qualifier word, judged as a floor in the indicator's better direction).</summary>
    Exactly,

    /// <summary>"More than X" (&gt; X, 高于): a strict floor; X itself is not enough.</summary>
    GreaterThan,

    /// <summary>"Less than X" (&lt; X, 低于): a strict ceiling; X itself is too much.</summary>
    LessThan,
}
