namespace DevPlan.Core.Progress;

/// <summary>The UN projected-ratio progress of one series.</summary>
/// <param name="Category">The category.</param>
/// <param name="Projected">The value projected to the target year at the observed growth; null when not available.</param>
/// <param name="Ratio">Q = (projected − base) / (target − base); null when not available.</param>
public readonly record struct UnProgressAssessment(UnProgressCategory Category, decimal? Projected, decimal? Ratio);
