using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// The indicators the selection's tests judge figures of, by how they accumulate: a flow (investment:
/// figures of periods add up) and a stock (deposits: a figure is the level at the period's end), both
/// in 亿元 and better when higher. Names are placeholders; no published figure rests on them.
/// </summary>
internal static class SyntheticIndicators
{
    /// <summary>Gets a placeholder name for plans, regions and indicators.</summary>
    public static LocalizedText Name { get; } = new("名", "Name");

    /// <summary>Gets a flow: fixed-asset investment, whose levels of successive periods add up.</summary>
    public static Indicator Investment { get; } = new("investment", Name, Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);

    /// <summary>Gets a stock: deposits at the end of a period, judged on the figure ending latest.</summary>
    public static Indicator Deposits { get; } = new("deposits", Name, Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);
}
