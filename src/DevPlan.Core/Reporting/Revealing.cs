using DevPlan.Core.Attainment;

namespace DevPlan.Core.Reporting;

/// <summary>
/// How many decimals a figure is shown with, so that what is shown never contradicts the verdict:
/// a figure as published keeps its own decimals (7.0 stays 7.0), a computed one is rounded half away
/// from zero to the decimals its reference was given (at least <c>minimum</c>), and where that
/// rounding would hide the difference that decided the verdict, more digits are shown.
/// </summary>
internal static class Revealing
{
    /// <summary>
    /// The figure a target was judged on, for display: as published when it was published (a level, a
    /// sum of levels, a published rate), rounded as computed when the rate was derived from levels.
    /// </summary>
    public static decimal Actual(TargetEvaluation result)
    {
        var a = result.Assessment;
        var actual = a.Actual ?? throw new InvalidOperationException("The target has no actual figure.");
        if (a.Target is not { } target)
        {
            return actual;
        }
        var isRate = a.Measure is VerdictMeasure.Growth or VerdictMeasure.Reduction or VerdictMeasure.CumulativeGrowth or VerdictMeasure.CumulativeReduction
            or VerdictMeasure.AverageGrowth or VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets;
        // A relation's reference (the other indicator's rate) and the annual targets' average are computed, not published.
        var relation = a.Measure is VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets;
        // A rate is computed when derived from levels, or chained or averaged over several years, or compared with another's.
        var computed = isRate && (result.Observation?.Growth is null || (a.YearsObserved ?? 1) > 1 || relation);
        // A computed reference is taken to one decimal.
        var reference = relation ? Math.Round(target, 1, MidpointRounding.AwayFromZero) : target;
        return Round(actual, reference, isRate ? 1 : 0, published: !computed);
    }

    /// <summary>
    /// <paramref name="value"/> for display: as given when it is <paramref name="published"/>, otherwise
    /// rounded to the decimals of <paramref name="reference"/> (at least <paramref name="minimum"/>),
    /// with more digits where the rounded value would compare with the reference otherwise than the
    /// exact one does (6.9996 against 7 shows 6.9996, not 7.0).
    /// </summary>
    public static decimal Round(decimal value, decimal reference, int minimum, bool published)
    {
        if (published)
        {
            return value;
        }
        var decimals = Math.Max(minimum, Scale(reference));
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        while (decimals < 28 && rounded.CompareTo(reference) != value.CompareTo(reference))
        {
            rounded = Math.Round(value, ++decimals, MidpointRounding.AwayFromZero);
        }
        return rounded;
    }

    /// <summary>A computed share or rate for display, to one decimal or as many as reveal how it compares with a computed reference (itself taken to one decimal).</summary>
    public static decimal Share(decimal value, decimal reference) =>
        Round(value, Math.Round(reference, 1, MidpointRounding.AwayFromZero), 1, published: false);

    /// <summary>A difference for display with at least <paramref name="decimals"/> decimals: never shown as zero when it is not, nor with another sign.</summary>
    public static decimal Difference(decimal difference, int decimals)
    {
        var rounded = Math.Round(difference, decimals, MidpointRounding.AwayFromZero);
        while (decimals < 28 && Math.Sign(rounded) != Math.Sign(difference))
        {
            rounded = Math.Round(difference, ++decimals, MidpointRounding.AwayFromZero);
        }
        return rounded;
    }

    /// <summary>a − b, or the nearest value decimal holds when the difference lies beyond its range (a figure at decimal's edge against its target).</summary>
    public static decimal Minus(decimal a, decimal b)
    {
        try
        {
            return a - b;
        }
        catch (OverflowException)
        {
            return a > b ? decimal.MaxValue : decimal.MinValue;
        }
    }

    /// <summary>
    /// The level a target was judged on, as text: one published figure as it was published when only
    /// its magnitude differs from the target's (69541万吨 against 6.5亿吨); converted to the target's
    /// unit as a computed level when its unit differs (70650万吨 against 1.3万亿斤 is 1.413万亿斤), and a
    /// sum of figures as a computed level (<see cref="Catalogue.FormatComputed"/>).
    /// </summary>
    public static string LevelText(TargetEvaluation result, Catalogue c, decimal shown)
    {
        var a = result.Assessment;
        if (a.Measure == VerdictMeasure.LevelSum)
        {
            return c.FormatComputed(new Units.Quantity(shown, a.Unit), result.Target.Indicator);
        }
        if (result.Observation?.Level is { } published && published.Unit != a.Unit)
        {
            return published.Unit.Dimension == a.Unit.Dimension ? c.Format(published, result.Target.Indicator) : c.FormatComputed(new Units.Quantity(shown, a.Unit), result.Target.Indicator);
        }
        return c.Format(new Units.Quantity(shown, a.Unit), result.Target.Indicator);
    }

    /// <summary>The number of decimals a value carries.</summary>
    public static int Scale(decimal value) => value.Scale;
}
