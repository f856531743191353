namespace DevPlan.Core.Progress;

/// <summary>The Open SDG progress of one series.</summary>
/// <param name="Category">The category.</param>
/// <param name="ObservedGrowth">The observed compound annual growth CAGR_obs as a fraction; null when not available.</param>
/// <param name="Measure">R (with a target) or P (without); null when not available or the target is achieved.</param>
/// <param name="Score">The series score from −5 to +5 (+5 when the target is achieved); null when not available.</param>
public readonly record struct ProgressAssessment(ProgressCategory Category, decimal? ObservedGrowth, decimal? Measure, decimal? Score);
