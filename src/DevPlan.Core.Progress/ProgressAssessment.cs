using DevPlan.Core.Units;

namespace DevPlan.Core.Progress;

/// <summary>The Open SDG progress of one series (see <see cref="ProgressMeasure.OpenSdg(YearValue, YearValue, IndicatorDirection, YearValue?, ProgressThresholds?)"/>).</summary>
public readonly record struct ProgressAssessment
{
    internal ProgressAssessment(ProgressCategory category, Percent? observedGrowth, Percent? directedGrowth, decimal? ratio, decimal? score)
    {
        Category = category;
        ObservedGrowth = observedGrowth;
        DirectedGrowth = directedGrowth;
        Ratio = ratio;
        Score = score;
    }

    /// <summary>Gets the category.</summary>
    public ProgressCategory Category { get; }

    /// <summary>Gets the observed compound annual growth CAGR_obs; null when not available or beyond the range of <see cref="decimal"/>.</summary>
    public Percent? ObservedGrowth { get; }

    /// <summary>Gets P = s·d·CAGR_obs, the growth in the better direction, for a series without a target; otherwise null.</summary>
    public Percent? DirectedGrowth { get; }

    /// <summary>Gets R = s·d·CAGR_obs / |CAGR_target|, observed over required growth, for a series with a target not yet met; otherwise null.</summary>
    public decimal? Ratio { get; }

    /// <summary>Gets the series score from −5 to +5 (+5 when the target is achieved); null when not available.</summary>
    public decimal? Score { get; }

    /// <summary>No result: too few points, a base not before the current year, or values of opposite signs.</summary>
    public static ProgressAssessment NotAvailable { get; } = new(ProgressCategory.NotAvailable, null, null, null, null);
}
