namespace DevPlan.Core.Progress;

/// <summary>The categories of the UN's projected-ratio method.</summary>
public enum ProjectedProgressCategory
{
    /// <summary>The projection reaches at least 95% of the way to the target (Q ≥ 0.95).</summary>
    OnTrack,

    /// <summary>Fair progress (0.10 ≤ Q &lt; 0.95).</summary>
    FairProgress,

    /// <summary>Stagnation or regression (Q &lt; 0.10).</summary>
    Stagnation,

    /// <summary>No result (see <see cref="ProgressCategory.NotAvailable"/>), a target equal to the base, or a target year before the current one.</summary>
    NotAvailable,
}
