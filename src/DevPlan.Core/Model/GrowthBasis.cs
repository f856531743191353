namespace DevPlan.Core;

/// <summary>The price basis on which an indicator's growth rate is published.</summary>
public enum GrowthBasis
{
    /// <summary>
    /// At comparable (constant) prices (可比价): the growth cannot be derived from current-price levels,
    /// so published growth rates are used as published.
    /// </summary>
    Comparable,

    /// <summary>Nominal, at current prices (often on a comparable scope, 可比口径).</summary>
    Nominal,
}
