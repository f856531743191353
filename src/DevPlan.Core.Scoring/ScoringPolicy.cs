namespace DevPlan.Core.Scoring;

/// <summary>An assessment's scoring: the rule per target, and whether a missed binding target vetoes the whole score (一票否决).</summary>
public sealed record ScoringPolicy
{
    /// <summary>Creates a policy.</summary>
    /// <param name="rule">The rule that scores each target.</param>
    /// <param name="bindingTargetsVeto">Whether a binding (约束性) target that is not achieved sets the total to zero.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public ScoringPolicy(IScoringRule rule, bool bindingTargetsVeto = false)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        BindingTargetsVeto = bindingTargetsVeto;
    }

    /// <summary>Gets the rule that scores each target.</summary>
    public IScoringRule Rule { get; }

    /// <summary>Gets whether a binding target that is not achieved sets the total to zero.</summary>
    public bool BindingTargetsVeto { get; }
}
