namespace DevPlan.Core.Progress;

/// <summary>The progress of one series by the UN's projected-ratio method (see <see cref="ProgressMeasure.Projected"/>).</summary>
/// <param name="Category">The category.</param>
/// <param name="Projected">The value projected to the target year at the observed growth; null when not available or beyond the range of <see cref="decimal"/>.</param>
/// <param name="Ratio">Q = (projected − base) / (target − base); null when not available or beyond the range of <see cref="decimal"/>.</param>
public readonly record struct ProjectedProgress(ProjectedProgressCategory Category, decimal? Projected, decimal? Ratio);
