namespace DevPlan.Core.Progress;

/// <summary>The progress of one series by the UN's projected-ratio method (see <see cref="ProgressMeasure.Projected"/>).</summary>
public readonly record struct ProjectedProgress
{
    internal ProjectedProgress(ProjectedProgressCategory category, decimal? projected, decimal? ratio)
    {
        Category = category;
        Projected = projected;
        Ratio = ratio;
    }

    /// <summary>Gets the category.</summary>
    public ProjectedProgressCategory Category { get; }

    /// <summary>Gets the value projected to the target year at the observed growth; null when not available or beyond the range of <see cref="decimal"/>.</summary>
    public decimal? Projected { get; }

    /// <summary>Gets Q = (projected − base) / (target − base); null when not available or beyond the range of <see cref="decimal"/>.</summary>
    public decimal? Ratio { get; }
}
