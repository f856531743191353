using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>
/// Energy intensity (单位GDP能耗, 能耗强度): energy use in tonnes of standard coal equivalent per
/// unit of GDP at constant prices.
/// </summary>
public static class EnergyIntensity
{
    /// <summary>The dimension of intensity: tonnes of standard coal equivalent per yuan.</summary>
    public static Dimension Dimension { get; } = Dimension.Of("tce/CNY");

    /// <summary>
    /// The change in intensity from the growth of energy use and of real GDP:
    /// [(1 + e) / (1 + g_real) − 1] × 100. Energy +2.2% with GDP +2.3% gives −0.0978% (a 0.1% reduction).
    /// </summary>
    /// <param name="energyUseGrowth">The growth of energy use, e.</param>
    /// <param name="realGdpGrowth">The growth of GDP at comparable prices, g_real; above −100%.</param>
    /// <returns>The change in intensity; negative is a reduction (28 significant digits).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="realGdpGrowth"/> is −100% or less.</exception>
    public static Percent Change(Percent energyUseGrowth, Percent realGdpGrowth)
    {
        if (realGdpGrowth.Factor <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(realGdpGrowth), realGdpGrowth.Value, "Expected GDP growth above −100%.");
        }
        return Percent.FromFactor(energyUseGrowth.Factor / realGdpGrowth.Factor);
    }

    /// <summary>
    /// The intensity itself: energy use over GDP, in tce per yuan scaled by the two magnitudes
    /// (万吨标准煤 over 亿元 gives tce per 10^4 yuan, the usual unit).
    /// </summary>
    /// <param name="energyUse">Energy use in tonnes of standard coal equivalent (any magnitude).</param>
    /// <param name="gdp">GDP at constant prices, in yuan (any magnitude); positive.</param>
    /// <returns>The intensity, in <c>10^(e−g) tce/CNY</c>.</returns>
    /// <exception cref="UnitMismatchException">Energy is not in tce, or GDP is not in CNY.</exception>
    /// <exception cref="ArgumentOutOfRangeException">GDP is not positive.</exception>
    public static Quantity Of(Quantity energyUse, Quantity gdp)
    {
        if (energyUse.Unit.Dimension != Dimension.TonnesOfCoalEquivalent)
        {
            throw new UnitMismatchException(new Unit(Dimension.TonnesOfCoalEquivalent, energyUse.Unit.Exponent), energyUse.Unit);
        }
        if (gdp.Unit.Dimension != Dimension.Cny)
        {
            throw new UnitMismatchException(new Unit(Dimension.Cny, gdp.Unit.Exponent), gdp.Unit);
        }
        if (gdp.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(gdp), gdp.Value, "Expected a positive GDP.");
        }
        return new Quantity(energyUse.Value / gdp.Value, new Unit(Dimension, energyUse.Unit.Exponent - gdp.Unit.Exponent));
    }
}
