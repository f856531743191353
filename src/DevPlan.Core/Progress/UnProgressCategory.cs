namespace DevPlan.Core.Progress;

/// <summary>The categories of the UN projected-ratio variant (conventions §6).</summary>
public enum UnProgressCategory
{
    /// <summary>The projection reaches at least 95% of the way to the target (Q ≥ 0.95).</summary>
    OnTrack,

    /// <summary>Fair progress (0.10 ≤ Q &lt; 0.95).</summary>
    FairProgress,

    /// <summary>Stagnation (Q &lt; 0.10).</summary>
    Stagnation,

    /// <summary>No result (see <see cref="ProgressCategory.NotAvailable"/>), or a target equal to the base value.</summary>
    NotAvailable,
}
