using DevPlan.Core.Units;

namespace DevPlan.Core.Progress;

/// <summary>The Open SDG progress of one series (see <see cref="ProgressMeasure.OpenSdg(YearValue, YearValue, IndicatorDirection, YearValue?, ProgressThresholds?)"/>).</summary>
/// <param name="Category">The category.</param>
/// <param name="ObservedGrowth">The observed compound annual growth CAGR_obs; null when not available or beyond the range of <see cref="decimal"/>.</param>
/// <param name="DirectedGrowth">P = s·d·CAGR_obs, the growth in the better direction, for a series without a target; otherwise null.</param>
/// <param name="Ratio">R = s·d·CAGR_obs / |CAGR_target|, observed over required growth, for a series with a target not yet met; otherwise null.</param>
/// <param name="Score">The series score from −5 to +5 (+5 when the target is achieved); null when not available.</param>
public readonly record struct ProgressAssessment(ProgressCategory Category, Percent? ObservedGrowth, Percent? DirectedGrowth, decimal? Ratio, decimal? Score)
{
    /// <summary>No result: too few points, a base not before the current year, or values of opposite signs.</summary>
    public static ProgressAssessment NotAvailable { get; } = new(ProgressCategory.NotAvailable, null, null, null, null);
}
