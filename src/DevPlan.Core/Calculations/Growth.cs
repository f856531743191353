using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>
/// Growth arithmetic as official statistics define it (rates in percent). Results keep full
/// precision; round only to present (<see cref="Percent.Round"/>).
/// </summary>
/// <remarks>
/// <para><b>Precision.</b> Ratios and products are computed in <see cref="decimal"/> (28 significant
/// digits). Roots (compound and average annual growth, the rate required over n periods) are found by
/// Newton's method in decimal from a <see cref="double"/> first guess, accurate to about 26
/// significant digits.</para>
/// <para><b>Bases.</b> A growth rate on a zero or negative base is undefined, and the methods that
/// divide by a base throw <see cref="ArgumentOutOfRangeException"/> for one. Quantities of different
/// dimensions throw <see cref="UnitMismatchException"/>.</para>
/// <para><b>Range.</b> Levels are compared and divided in scaled form, so any two levels that
/// <see cref="decimal"/> holds, in any magnitudes (1e22 亿元 against 7e28 元), give their growth, and
/// ratios far below 10^-28 keep their digits in roots (1 to 10^-28 over a hundred years is −47.5193%
/// a year). What stays out of range: a growth factor beyond about 7.9 × 10^26 (the rate in percent
/// no longer fits a decimal), which throws <see cref="OverflowException"/>.</para>
/// <para><b>Price basis.</b> These methods compute raw ratios of the levels they are given. For an
/// indicator whose growth is published at comparable prices, use <see cref="For"/>, which never
/// derives a rate from current-price levels.</para>
/// </remarks>
public static class Growth
{
    /// <summary>Year-on-year growth (同比): (X_t / X_{t−1} − 1) × 100, against the same period of the previous year.</summary>
    /// <param name="current">This period's level.</param>
    /// <param name="samePeriodLastYear">The level of the same period a year earlier; positive.</param>
    /// <returns>The growth rate.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base is zero or negative.</exception>
    /// <exception cref="OverflowException">The growth is beyond the range of decimal (a factor above about 7.9 × 10^26).</exception>
    public static Percent YearOnYear(Quantity current, Quantity samePeriodLastYear) => Between(samePeriodLastYear, current);

    /// <summary>
    /// Period-on-period growth (环比) against the adjacent previous period: the raw ratio of the two
    /// levels. Official period-on-period figures are seasonally adjusted; this one is not.
    /// </summary>
    /// <param name="current">This period's level.</param>
    /// <param name="previousPeriod">The previous period's level; positive.</param>
    /// <returns>The growth rate, not seasonally adjusted.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base is zero or negative.</exception>
    /// <exception cref="OverflowException">The growth is beyond the range of decimal (a factor above about 7.9 × 10^26).</exception>
    public static Percent PeriodOnPeriod(Quantity current, Quantity previousPeriod) => Between(previousPeriod, current);

    /// <summary>Applies a growth rate: X_t = X_{t−1} × (1 + g/100), in the base's unit.</summary>
    /// <param name="start">The level to grow.</param>
    /// <param name="rate">The growth rate.</param>
    /// <returns>The grown level.</returns>
    public static Quantity Apply(Quantity start, Percent rate) => start * rate.Factor;

    /// <summary>Chains successive growth rates: (1 + g_1)(1 + g_2)… − 1.</summary>
    /// <param name="rates">The rates, in order (the order does not change the result).</param>
    /// <returns>The overall rate; 0% for no rates.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rates"/> is null.</exception>
    public static Percent Chain(params ReadOnlySpan<Percent> rates)
    {
        var factor = 1m;
        foreach (var rate in rates)
        {
            factor *= rate.Factor;
        }
        return Percent.FromFactor(factor);
    }

    /// <summary>Compound annual growth rate over <paramref name="years"/> years: (X_end / X_start)^(1/n) − 1.</summary>
    /// <param name="start">The starting level; positive.</param>
    /// <param name="end">The ending level; positive.</param>
    /// <param name="years">The number of years between them, 1 or more.</param>
    /// <returns>The rate (about 26 significant digits).</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not positive, or <paramref name="years"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The growth is beyond the range of decimal (a factor above about 7.9 × 10^26).</exception>
    public static Percent CompoundAnnual(Quantity start, Quantity end, int years)
    {
        Preconditions.CheckRange(years, 1, int.MaxValue);
        return Percent.FromFactor(DecimalMath.Root(PositiveRatio(end, start), years));
    }

    /// <summary>
    /// Geometric average annual growth (水平法) from the cumulative growth over <paramref name="years"/>
    /// years: (1 + G)^(1/n) − 1. The two-year average (两年平均) is <paramref name="years"/> = 2:
    /// +13.5% over two years is √1.135 − 1 = 6.54% a year.
    /// </summary>
    /// <param name="cumulative">The growth over the whole span; above −100%.</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>The average annual rate (about 26 significant digits).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The cumulative growth is −100% or less, or <paramref name="years"/> is less than 1.</exception>
    public static Percent AverageAnnual(Percent cumulative, int years)
    {
        Preconditions.CheckRange(years, 1, int.MaxValue);
        if (cumulative.Factor <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(cumulative), cumulative.Value, "Expected a cumulative growth above −100%.");
        }
        return Percent.FromFactor(DecimalMath.Root(cumulative.Factor, years));
    }

    /// <summary>The two-year average growth from levels: √(X_t / X_{t−2}) − 1.</summary>
    /// <param name="current">This year's level.</param>
    /// <param name="twoYearsEarlier">The level two years earlier; positive.</param>
    /// <returns>The average annual rate.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not positive.</exception>
    /// <exception cref="OverflowException">The growth is beyond the range of decimal (a factor above about 7.9 × 10^26).</exception>
    public static Percent TwoYearAverage(Quantity current, Quantity twoYearsEarlier) => CompoundAnnual(twoYearsEarlier, current, 2);

    /// <summary>
    /// Cumulative year-to-date growth (累计增速): ΣX_t / ΣX_{t−1} − 1 over the months so far. It is
    /// a base-weighted average of the monthly rates, not their mean.
    /// </summary>
    /// <param name="current">This year's monthly (or other sub-period) levels.</param>
    /// <param name="samePeriodsLastYear">Last year's levels of the same sub-periods.</param>
    /// <returns>The cumulative growth.</returns>
    /// <exception cref="ArgumentException">The sequences are empty or of different lengths.</exception>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Last year's sum is not positive.</exception>
    public static Percent CumulativeYearToDate(ReadOnlySpan<Quantity> current, ReadOnlySpan<Quantity> samePeriodsLastYear)
    {
        if (current.IsEmpty || current.Length != samePeriodsLastYear.Length)
        {
            throw new ArgumentException($"Expected as many levels for last year as for this year, and at least one; found {current.Length} and {samePeriodsLastYear.Length}.", nameof(samePeriodsLastYear));
        }
        return Between(Sum(samePeriodsLastYear), Sum(current));
    }

    /// <summary>The growth rate per period needed to reach <paramref name="target"/> from <paramref name="current"/> in n periods: (T / X)^(1/n) − 1.</summary>
    /// <param name="current">The level now; positive.</param>
    /// <param name="target">The level to reach; positive.</param>
    /// <param name="periods">The number of periods, 1 or more.</param>
    /// <returns>The required rate per period.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not positive, or <paramref name="periods"/> is less than 1.</exception>
    /// <exception cref="OverflowException">The growth is beyond the range of decimal (a factor above about 7.9 × 10^26).</exception>
    public static Percent Required(Quantity current, Quantity target, int periods) => CompoundAnnual(current, target, periods);

    /// <summary>
    /// The growth the rest of the year must achieve so that the whole year meets its target, given
    /// the year-to-date growth and how last year split between the elapsed and the remaining part:
    /// r = [(1 + G)·P − (1 + g_ytd)·P_ytd] / (P − P_ytd) − 1.
    /// </summary>
    /// <param name="annualTarget">The annual growth target G.</param>
    /// <param name="yearToDate">The cumulative growth so far, g_ytd.</param>
    /// <param name="lastYearTotal">Last year's full-year level P.</param>
    /// <param name="lastYearToDate">Last year's level of the same elapsed part, P_ytd; less than P.</param>
    /// <returns>The growth required over the remaining part of the year.</returns>
    /// <exception cref="UnitMismatchException">The dimensions differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Last year's remaining part (P − P_ytd) is not positive.</exception>
    public static Percent RequiredForRemainder(Percent annualTarget, Percent yearToDate, Quantity lastYearTotal, Quantity lastYearToDate)
    {
        if (lastYearToDate.CompareTo(lastYearTotal) >= 0 || lastYearTotal.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYearToDate), "Expected last year's year-to-date level to be less than its full-year level, so that part of the year remains.");
        }
        // In shares of last year's total, so that no level is converted between magnitudes:
        // r = [(1 + G) − (1 + g)·s] / (1 − s) − 1 with s = P_ytd / P.
        var share = (lastYearToDate / lastYearTotal);
        return Percent.FromFactor((annualTarget.Factor - yearToDate.Factor * share) / (1m - share));
    }

    /// <summary>The pull (拉动) of a part, in percentage points, from the whole's growth and the part's contribution share (贡献率): g × share. <see cref="ContributionBreakdown.Compute"/> gives both from levels.</summary>
    /// <param name="totalGrowth">The whole's growth.</param>
    /// <param name="share">The part's contribution share.</param>
    /// <returns>The pull: GDP +11.3% with a 69.5% share gives 7.8535 pp (7.85 pp).</returns>
    public static PercentagePoints Pull(Percent totalGrowth, Percent share) => new(totalGrowth.Value * share.Fraction);

    /// <summary>
    /// The growth of a ratio from the growth of its numerator and of its denominator:
    /// [(1 + a) / (1 + b) − 1] × 100. Energy intensity (单位GDP能耗) from energy use and GDP at comparable
    /// prices is the usual one, and CO2 or water per unit of GDP are others: energy +2.2% with GDP +2.3%
    /// gives −0.0978% (a 0.1% reduction). The intensity itself is <see cref="Aggregation.Ratio"/>.
    /// </summary>
    /// <param name="numeratorGrowth">The growth of the numerator, a (energy use).</param>
    /// <param name="denominatorGrowth">The growth of the denominator, b (GDP at comparable prices); above −100%.</param>
    /// <returns>The change of the ratio; negative is a reduction (28 significant digits).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominatorGrowth"/> is −100% or less.</exception>
    public static Percent OfRatio(Percent numeratorGrowth, Percent denominatorGrowth)
    {
        if (denominatorGrowth.Factor <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominatorGrowth), denominatorGrowth.Value, "Expected the denominator's growth above −100%.");
        }
        return Percent.FromFactor(numeratorGrowth.Factor / denominatorGrowth.Factor);
    }

    /// <summary>
    /// The growth of an indicator for a period, respecting its price basis: a published growth rate
    /// is used as published; otherwise a nominal indicator's growth is computed from the two levels;
    /// a comparable-price indicator's growth is never derived from (current-price) levels and is
    /// reported not assessable, with the reason.
    /// </summary>
    /// <param name="indicator">The indicator, for its price basis.</param>
    /// <param name="current">This period's observation.</param>
    /// <param name="samePeriodLastYear">The same period a year earlier, or null.</param>
    /// <returns>The growth and where it came from, or why there is none (a zero or negative level, a rate outside decimal's range).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> or <paramref name="current"/> is null.</exception>
    /// <exception cref="UnitMismatchException">The two levels have different dimensions.</exception>
    public static GrowthResult For(Indicator indicator, Observation current, Observation? samePeriodLastYear)
    {
        Preconditions.CheckNotNull(indicator);
        Preconditions.CheckNotNull(current);
        if (current.Growth is { } published)
        {
            return GrowthResult.Published(published);
        }
        if (indicator.GrowthBasis == GrowthBasis.Comparable)
        {
            return GrowthResult.NotAssessable(GrowthIssue.ComparablePricesNeedPublishedGrowth);
        }
        if (current.Level is not { } level || samePeriodLastYear?.Level is not { } baseLevel)
        {
            return GrowthResult.NotAssessable(GrowthIssue.MissingLevels);
        }
        if (baseLevel.Value <= 0m)
        {
            return GrowthResult.NotAssessable(GrowthIssue.NonPositiveBase);
        }
        if (level.Value <= 0m)
        {
            return GrowthResult.NotAssessable(GrowthIssue.NonPositiveLevel);
        }
        try
        {
            return GrowthResult.Computed(YearOnYear(level, baseLevel));
        }
        catch (OverflowException)
        {
            // Levels far apart (1e-20 against 1e20): the rate does not fit a decimal.
            return GrowthResult.NotAssessable(GrowthIssue.OutOfRange);
        }
    }

    private static Percent Between(Quantity start, Quantity end) => Percent.FromFactor(PositiveRatio(end, start).ToDecimal());

    /// <summary>The ratio of two positive levels in scaled form: magnitudes far apart neither overflow nor lose digits.</summary>
    private static ScaledDecimal PositiveRatio(Quantity numerator, Quantity denominator)
    {
        if (denominator.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator.Value, $"Growth is undefined on a zero or negative base ({denominator}).");
        }
        if (numerator.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(numerator), numerator.Value, $"Expected a positive level, but found {numerator}.");
        }
        return Quantity.Ratio(numerator, denominator);
    }

    private static Quantity Sum(ReadOnlySpan<Quantity> values)
    {
        var sum = values[0];
        for (var i = 1; i < values.Length; i++)
        {
            sum += values[i];
        }
        return sum;
    }
}
