using DevPlan.Core.Calculations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Progress;

/// <summary>
/// Multi-year progress of a series towards a target, by the Open SDG method (after Statistics
/// Canada) and by the UN's projected-ratio method. The formulas, thresholds and sources are in
/// <c>docs/methods.md</c>.
/// </summary>
/// <remarks>
/// <para><b>Precision.</b> Everything is computed in <see cref="decimal"/>, like the rest of the
/// library: ratios to 28 significant digits and compound annual growth by a decimal root (about 26
/// digits, and exact when the true root is a short decimal). A series that grows exactly at a
/// threshold (100 to 100.5 in one year is 0.5% a year) reaches the higher category.</para>
/// <para><b>Beyond the range of decimal.</b> Growth from a base replaced by 0.001 to a large value
/// can exceed what <see cref="decimal"/> holds (about 7.9 × 10^28). The category is then decided by
/// the direction of the growth, which lies beyond every threshold, and the figures that cannot be
/// represented are null. Nothing overflows.</para>
/// </remarks>
public static class ProgressMeasure
{
    /// <summary>
    /// Open SDG progress of a series from its base to its current value, with or without a numeric
    /// target. CAGR_obs = (x_now / x_base)^(1 / (t_now − t_base)) − 1; d = +1 when higher is better,
    /// else −1; s = −1 when the base is negative. With a target already met (d·(x_now − x_target) ≥ 0)
    /// the category is <see cref="ProgressCategory.TargetAchieved"/>; otherwise
    /// R = s·d·CAGR_obs / |CAGR_target|. Without a target, P = s·d·CAGR_obs. A zero base or target is
    /// replaced by <see cref="ProgressThresholds.ZeroReplacement"/>; a zero current value is not
    /// (growth to zero is −100%).
    /// </summary>
    /// <param name="baseline">The base year and value.</param>
    /// <param name="current">The latest year and value.</param>
    /// <param name="direction">Which direction is better.</param>
    /// <param name="target">The target year and value, or null for a series without a numeric target.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when null.</param>
    /// <returns>The category, the figures and the −5…+5 score.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
    public static ProgressAssessment OpenSdg(YearValue baseline, YearValue current, IndicatorDirection direction, YearValue? target = null, ProgressThresholds? thresholds = null)
    {
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, $"Expected a defined {nameof(IndicatorDirection)} value, but found {direction}.");
        }
        thresholds ??= ProgressThresholds.Default;
        if (!TryObservedGrowth(baseline, current, thresholds, out var observed))
        {
            return ProgressAssessment.NotAvailable;
        }
        var d = direction == IndicatorDirection.HigherIsBetter ? 1 : -1;
        var sd = (baseline.Value < 0m ? -1 : 1) * d;
        if (target is not { } goal)
        {
            var p = observed.Times(sd);
            var category = p.AtLeast(thresholds.SubstantialGrowth.Fraction) ? ProgressCategory.Substantial
                : p.AtLeast(thresholds.ModerateGrowth.Fraction) ? ProgressCategory.Moderate
                : p.AtLeast(0m) ? ProgressCategory.Limited
                : ProgressCategory.Deterioration;
            return new ProgressAssessment(category, observed.AsPercent, p.AsPercent, null, ScoreWithoutTarget(p, thresholds));
        }
        if (d > 0 ? current.Value >= goal.Value : current.Value <= goal.Value)
        {
            return new ProgressAssessment(ProgressCategory.TargetAchieved, observed.AsPercent, null, null, 5m);
        }
        if (goal.Year <= baseline.Year || !TryGrowth(Replace(baseline.Value, thresholds), Replace(goal.Value, thresholds), goal.Year - baseline.Year, out var required))
        {
            return new ProgressAssessment(ProgressCategory.NotAvailable, observed.AsPercent, null, null, null);
        }
        if (required.IsZero)
        {
            // The target equals the base and is not met: any movement away is deterioration.
            return new ProgressAssessment(ProgressCategory.Deterioration, observed.AsPercent, null, null, -5m);
        }
        var r = observed.Times(sd).DividedBy(required.Magnitude);
        var byRatio = r.AtLeast(thresholds.SubstantialRatio) ? ProgressCategory.Substantial
            : r.AtLeast(thresholds.ModerateRatio) ? ProgressCategory.Moderate
            : r.AtLeast(0m) ? ProgressCategory.Limited
            : ProgressCategory.Deterioration;
        return new ProgressAssessment(byRatio, observed.AsPercent, null, r.Value, ScoreWithTarget(r, thresholds));
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
        ArgumentNullException.ThrowIfNull(series);
        var points = series.OrderBy(p => p.Year).ToList();
        return points.Count < 2 ? ProgressAssessment.NotAvailable : OpenSdg(points[0], points[^1], direction, target, thresholds);
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
        ArgumentNullException.ThrowIfNull(series);
        var scored = series.Where(s => s.Score is not null).ToList();
        if (scored.Count == 0)
        {
            return ProgressAssessment.NotAvailable;
        }
        var mean = scored.Average(s => s.Score!.Value);
        var category = scored.All(s => s.Category == ProgressCategory.TargetAchieved) ? ProgressCategory.TargetAchieved
            : mean >= 2.5m ? ProgressCategory.Substantial
            : mean >= 0m ? ProgressCategory.Moderate
            : mean >= -2.5m ? ProgressCategory.Limited
            : ProgressCategory.Deterioration;
        return new ProgressAssessment(category, null, null, null, mean);
    }

    /// <summary>
    /// The UN's projected-ratio method: the current value projected to the target year at the
    /// observed growth, x_proj = x_now·(1 + CAGR_obs)^(t_target − t_now), and the share of the way
    /// from base to target it reaches, Q = (x_proj − x_base) / (x_target − x_base).
    /// </summary>
    /// <param name="baseline">The base year and value.</param>
    /// <param name="current">The latest year and value.</param>
    /// <param name="target">The target year and value.</param>
    /// <param name="thresholds">The thresholds; <see cref="ProgressThresholds.Default"/> when null.</param>
    /// <returns>The category, the projection and Q.</returns>
    public static ProjectedProgress Projected(YearValue baseline, YearValue current, YearValue target, ProgressThresholds? thresholds = null)
    {
        thresholds ??= ProgressThresholds.Default;
        if (!TryObservedGrowth(baseline, current, thresholds, out var observed) || target.Value == baseline.Value || target.Year < current.Year)
        {
            return new ProjectedProgress(ProjectedProgressCategory.NotAvailable, null, null);
        }
        var projected = observed.Project(current.Value, target.Year - current.Year);
        var q = projected.Minus(baseline.Value).DividedBy(new Figure(target.Value).Minus(baseline.Value));
        var category = q.AtLeast(thresholds.ProjectedOnTrack) ? ProjectedProgressCategory.OnTrack
            : q.AtLeast(thresholds.ProjectedFair) ? ProjectedProgressCategory.FairProgress
            : ProjectedProgressCategory.Stagnation;
        return new ProjectedProgress(category, projected.Value, q.Value);
    }

    private static bool TryObservedGrowth(YearValue baseline, YearValue current, ProgressThresholds thresholds, out Figure observed)
    {
        observed = default;
        return baseline.Year < current.Year && TryGrowth(Replace(baseline.Value, thresholds), current.Value, current.Year - baseline.Year, out observed);
    }

    /// <summary>Compound annual growth as a fraction, (end / start)^(1/years) − 1; false for values of opposite signs.</summary>
    private static bool TryGrowth(decimal start, decimal end, int years, out Figure growth)
    {
        growth = default;
        if ((start > 0m && end < 0m) || (start < 0m && end > 0m))
        {
            return false;
        }
        decimal ratio;
        try
        {
            ratio = end / start;
        }
        catch (OverflowException)
        {
            // A tiny base (a replaced zero) and a huge end: growth beyond the range of decimal.
            growth = Figure.Beyond(1);
            return true;
        }
        growth = new Figure(DecimalMath.Root(ratio, years) - 1m);
        return true;
    }

    private static decimal Replace(decimal value, ProgressThresholds thresholds) => value == 0m ? thresholds.ZeroReplacement : value;

    /// <summary>Open SDG's score for R: −5 at R ≤ −0.6, linear to 0 at R = 0.6, linear to +5 at R ≥ 1.3.</summary>
    private static decimal ScoreWithTarget(Figure r, ProgressThresholds thresholds)
    {
        var moderate = thresholds.ModerateRatio;
        const decimal top = 1.3m;
        if (!r.AtLeast(-moderate))
        {
            return -5m;
        }
        if (r.AtLeast(top))
        {
            return 5m;
        }
        var value = r.Value!.Value;
        return value < moderate ? (value - moderate) / (2m * moderate) * 5m : (value - moderate) / (top - moderate) * 5m;
    }

    /// <summary>Open SDG's score for P: −5 at −2%, −2.5 at 0, 0 at the moderate threshold, 2.5 at the substantial one, +5 at 2%.</summary>
    private static decimal ScoreWithoutTarget(Figure p, ProgressThresholds thresholds)
    {
        var moderate = thresholds.ModerateGrowth.Fraction;
        var substantial = thresholds.SubstantialGrowth.Fraction;
        const decimal bound = 0.02m;
        if (!p.AtLeast(-bound))
        {
            return -5m;
        }
        if (p.AtLeast(bound))
        {
            return 5m;
        }
        var value = p.Value!.Value;
        return value switch
        {
            < 0m => -2.5m + value / bound * 2.5m,
            _ when value < moderate => -2.5m + value / moderate * 2.5m,
            _ when value < substantial => (value - moderate) / (substantial - moderate) * 2.5m,
            _ => 2.5m + (value - substantial) / (bound - substantial) * 2.5m,
        };
    }

    /// <summary>A decimal figure, or one beyond the range of decimal known only by its sign.</summary>
    private readonly struct Figure
    {
        private readonly int _beyond;

        public Figure(decimal value) => Value = value;

        private Figure(int sign)
        {
            _beyond = sign;
            Value = null;
        }

        public static Figure Beyond(int sign) => new(sign);

        /// <summary>The value, or null when it is beyond the range of decimal.</summary>
        public decimal? Value { get; }

        public bool IsZero => Value == 0m;

        public Percent? AsPercent => Value is { } v && Math.Abs(v) <= decimal.MaxValue / 100m ? Percent.FromFraction(v) : null;

        public Figure Magnitude => Value is { } v ? new Figure(Math.Abs(v)) : Beyond(1);

        public bool AtLeast(decimal threshold) => Value is { } v ? v >= threshold : _beyond > 0;

        public Figure Times(int sign) => Value is { } v ? new Figure(v * sign) : Beyond(_beyond * sign);

        public Figure Minus(decimal other)
        {
            if (Value is not { } v)
            {
                return this;
            }
            try
            {
                return new Figure(v - other);
            }
            catch (OverflowException)
            {
                return Beyond(Math.Sign(v));
            }
        }

        public Figure DividedBy(Figure divisor)
        {
            if (divisor.Value is not { } d)
            {
                // A finite figure over one beyond the range is as good as zero.
                return Value is null ? Beyond(_beyond * divisor._beyond) : new Figure(0m);
            }
            return DividedBy(d);
        }

        public Figure DividedBy(decimal divisor)
        {
            var sign = Math.Sign(divisor);
            if (Value is not { } v)
            {
                return Beyond(_beyond * sign);
            }
            try
            {
                return new Figure(v / divisor);
            }
            catch (OverflowException)
            {
                return Beyond(Math.Sign(v) * sign);
            }
        }

        /// <summary>start·(1 + this)^years, the value projected at this growth.</summary>
        public Figure Project(decimal start, int years)
        {
            if (Value is not { } growth)
            {
                return start == 0m ? new Figure(0m) : Beyond(Math.Sign(start));
            }
            try
            {
                return new Figure(start * DecimalMath.Power(1m + growth, years));
            }
            catch (OverflowException)
            {
                return Beyond(Math.Sign(start));
            }
        }
    }
}
