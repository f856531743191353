using DevPlan.Core.Internal;

namespace DevPlan.Core.Progress;

/// <summary>
/// Multi-year progress of a series towards a target, by the Open SDG (Statistics Canada) method and
/// by the UN projected-ratio variant (conventions §6).
/// </summary>
/// <remarks>
/// Growth rates here are compound annual rates of an exponential model, computed in
/// <see cref="double"/> (about 15 significant digits) and reported as <see cref="decimal"/>;
/// categories and scores do not depend on digits beyond that.
/// </remarks>
public static class ProgressMeasure
{
    /// <summary>
    /// Open SDG progress of a series from its base to its current value, with or without a numeric
    /// target. CAGR_obs = (x_now / x_base)^(1 / (t_now − t_base)) − 1; d = +1 when higher is better,
    /// else −1; s = −1 when the base is negative. With a target already met (d·(x_now − x_target) ≥ 0)
    /// the category is <see cref="ProgressCategory.TargetAchieved"/>; otherwise
    /// R = s·d·CAGR_obs / |CAGR_target|. Without a target, P = s·d·CAGR_obs. A zero base or target is
    /// replaced by <see cref="ProgressThresholds.ZeroReplacement"/>.
    /// </summary>
    /// <param name="baseline">The base year and value.</param>
    /// <param name="current">The latest year and value.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <param name="target">The target year and value, or null for a series without a numeric target.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when null.</param>
    /// <returns>The category, the measure and the −5…+5 score.</returns>
    public static ProgressAssessment OpenSdg(YearValue baseline, YearValue current, IndicatorDirection direction, YearValue? target = null, ProgressThresholds? thresholds = null)
    {
        thresholds ??= ProgressThresholds.Default;
        if (!TryObservedGrowth(baseline, current, thresholds, out var observed))
        {
            return new ProgressAssessment(ProgressCategory.NotAvailable, null, null, null);
        }
        var d = direction == IndicatorDirection.HigherIsBetter ? 1.0 : -1.0;
        var s = baseline.Value < 0m ? -1.0 : 1.0;
        if (target is not { } goal)
        {
            var p = s * d * observed;
            var category = p >= (double)thresholds.SubstantialGrowth ? ProgressCategory.Substantial
                : p >= (double)thresholds.ModerateGrowth ? ProgressCategory.Moderate
                : p >= 0 ? ProgressCategory.Limited
                : ProgressCategory.Deterioration;
            return new ProgressAssessment(category, (decimal)observed, (decimal)p, (decimal)ScoreWithoutTarget(p, thresholds));
        }
        if (d * (double)(current.Value - goal.Value) >= 0)
        {
            return new ProgressAssessment(ProgressCategory.TargetAchieved, (decimal)observed, null, 5m);
        }
        if (goal.Year <= baseline.Year)
        {
            return new ProgressAssessment(ProgressCategory.NotAvailable, (decimal)observed, null, null);
        }
        var required = Cagr(Replace(baseline.Value, thresholds), Replace(goal.Value, thresholds), goal.Year - baseline.Year);
        if (double.IsNaN(required))
        {
            return new ProgressAssessment(ProgressCategory.NotAvailable, (decimal)observed, null, null);
        }
        if (required == 0)
        {
            // The target equals the base and is not met: any movement away is deterioration.
            return new ProgressAssessment(ProgressCategory.Deterioration, (decimal)observed, null, -5m);
        }
        var r = s * d * observed / Math.Abs(required);
        var byRatio = r >= (double)thresholds.SubstantialRatio ? ProgressCategory.Substantial
            : r >= (double)thresholds.ModerateRatio ? ProgressCategory.Moderate
            : r >= 0 ? ProgressCategory.Limited
            : ProgressCategory.Deterioration;
        return new ProgressAssessment(byRatio, (decimal)observed, (decimal)r, (decimal)ScoreWithTarget(r, thresholds));
    }

    /// <summary>Open SDG progress of a series without a target: its earliest point is the base and its latest the current value.</summary>
    /// <param name="series">The points, in any order; years must be distinct.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <returns>The assessment; <see cref="ProgressCategory.NotAvailable"/> with fewer than two points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static ProgressAssessment OpenSdg(IEnumerable<YearValue> series, IndicatorDirection direction) => OpenSdg(series, direction, null, null);

    /// <summary>Open SDG progress of a series towards a target: its earliest point is the base and its latest the current value.</summary>
    /// <param name="series">The points, in any order; years must be distinct.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <param name="target">The target year and value, or null.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when null.</param>
    /// <returns>The assessment; <see cref="ProgressCategory.NotAvailable"/> with fewer than two points.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static ProgressAssessment OpenSdg(IEnumerable<YearValue> series, IndicatorDirection direction, YearValue? target, ProgressThresholds? thresholds)
    {
        Preconditions.CheckNotNull(series);
        var points = series.OrderBy(p => p.Year).ToList();
        return points.Count < 2
            ? new ProgressAssessment(ProgressCategory.NotAvailable, null, null, null)
            : OpenSdg(points[0], points[^1], direction, target, thresholds);
    }

    /// <summary>
    /// The Open SDG aggregate of several series: the mean of their scores, read back into a category
    /// (2.5 to 5 substantial, 0 to 2.5 moderate, −2.5 to 0 limited, below −2.5 deterioration); the
    /// aggregate is <see cref="ProgressCategory.TargetAchieved"/> only when every series is.
    /// Series that are not available are left out.
    /// </summary>
    /// <param name="series">The assessments of the series.</param>
    /// <returns>The aggregate category and mean score; not available when no series has a score.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static ProgressAssessment Aggregate(IEnumerable<ProgressAssessment> series)
    {
        Preconditions.CheckNotNull(series);
        var scored = series.Where(s => s.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return new ProgressAssessment(ProgressCategory.NotAvailable, null, null, null);
        }
        var mean = scored.Average(s => s.Score!.Value);
        var category = scored.All(s => s.Category == ProgressCategory.TargetAchieved) ? ProgressCategory.TargetAchieved
            : mean >= 2.5m ? ProgressCategory.Substantial
            : mean >= 0m ? ProgressCategory.Moderate
            : mean >= -2.5m ? ProgressCategory.Limited
            : ProgressCategory.Deterioration;
        return new ProgressAssessment(category, null, null, mean);
    }

    /// <summary>
    /// The UN variant: the current value projected to the target year at the observed growth,
    /// x_proj = x_now·(1 + CAGR_obs)^(t_target − t_now), and the share of the way from base to target
    /// it reaches, Q = (x_proj − x_base) / (x_target − x_base).
    /// </summary>
    /// <param name="baseline">The base year and value.</param>
    /// <param name="current">The latest year and value.</param>
    /// <param name="target">The target year and value.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when null.</param>
    /// <returns>The category, the projection and Q.</returns>
    public static UnProgressAssessment UnProjected(YearValue baseline, YearValue current, YearValue target, ProgressThresholds? thresholds = null)
    {
        thresholds ??= ProgressThresholds.Default;
        if (!TryObservedGrowth(baseline, current, thresholds, out var observed) || target.Value == baseline.Value || target.Year < current.Year)
        {
            return new UnProgressAssessment(UnProgressCategory.NotAvailable, null, null);
        }
        var projected = (double)current.Value * Math.Pow(1 + observed, target.Year - current.Year);
        var q = (projected - (double)baseline.Value) / (double)(target.Value - baseline.Value);
        var category = q >= (double)thresholds.UnOnTrack ? UnProgressCategory.OnTrack
            : q >= (double)thresholds.UnFair ? UnProgressCategory.FairProgress
            : UnProgressCategory.Stagnation;
        return new UnProgressAssessment(category, (decimal)projected, (decimal)q);
    }

    private static bool TryObservedGrowth(YearValue baseline, YearValue current, ProgressThresholds thresholds, out double observed)
    {
        observed = 0;
        if (baseline.Year >= current.Year)
        {
            return false;
        }
        var start = Replace(baseline.Value, thresholds);
        var end = Replace(current.Value, thresholds);
        if (Math.Sign(start) != Math.Sign(end))
        {
            return false;
        }
        observed = Cagr(start, end, current.Year - baseline.Year);
        return !double.IsNaN(observed);
    }

    private static double Replace(decimal value, ProgressThresholds thresholds) => (double)(value == 0m ? thresholds.ZeroReplacement : value);

    private static double Cagr(double start, double end, int years) =>
        Math.Sign(start) != Math.Sign(end) ? double.NaN : Math.Pow(end / start, 1.0 / years) - 1;

    /// <summary>Open SDG's score for R: −5 at R ≤ −0.6, linear to 0 at R = 0.6, linear to +5 at R ≥ 1.3.</summary>
    private static double ScoreWithTarget(double r, ProgressThresholds thresholds)
    {
        var moderate = (double)thresholds.ModerateRatio;
        const double top = 1.3;
        if (r <= -moderate)
        {
            return -5;
        }
        if (r < moderate)
        {
            return (r - moderate) / (2 * moderate) * 5;
        }
        return r >= top ? 5 : (r - moderate) / (top - moderate) * 5;
    }

    /// <summary>Open SDG's score for P: −5 at −2%, −2.5 at 0, 0 at the moderate threshold, 2.5 at the substantial one, +5 at 2%.</summary>
    private static double ScoreWithoutTarget(double p, ProgressThresholds thresholds)
    {
        var moderate = (double)thresholds.ModerateGrowth;
        var substantial = (double)thresholds.SubstantialGrowth;
        const double bound = 0.02;
        return p switch
        {
            <= -bound => -5,
            < 0 => -2.5 + p / bound * 2.5,
            _ when p < moderate => -2.5 + p / moderate * 2.5,
            _ when p < substantial => (p - moderate) / (substantial - moderate) * 2.5,
            _ when p < bound => 2.5 + (p - substantial) / (bound - substantial) * 2.5,
            _ => 5,
        };
    }
}
