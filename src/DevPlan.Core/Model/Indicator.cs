using DevPlan.Core.Internal;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core;

/// <summary>
/// A statistical indicator a plan sets targets for and tracks: its unit, which direction is better,
/// the price basis of its growth, and how it accumulates over time.
/// </summary>
public sealed class Indicator
{
    /// <summary>Creates an indicator.</summary>
    /// <param name="code">The indicator's code, unique within the plan.</param>
    /// <param name="name">The indicator's name.</param>
    /// <param name="unit">The unit its levels are published in (亿元 for GDP).</param>
    /// <param name="direction">Whether higher or lower is better.</param>
    /// <param name="growthBasis">The price basis of its published growth rates.</param>
    /// <param name="accumulation">Whether it is a flow, a stock or a ratio.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined.</exception>
    public Indicator(string code, LocalizedText name, Unit unit, IndicatorDirection direction, GrowthBasis growthBasis, Accumulation accumulation)
    {
        Code = Preconditions.CheckCode(code);
        Name = Preconditions.CheckNotNull(name);
        Unit = unit;
        Direction = Preconditions.CheckDefined(direction);
        GrowthBasis = Preconditions.CheckDefined(growthBasis);
        Accumulation = Preconditions.CheckDefined(accumulation);
    }

    /// <summary>Gets the indicator's code.</summary>
    public string Code { get; }

    /// <summary>Gets the indicator's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the unit its levels are published in.</summary>
    public Unit Unit { get; }

    /// <summary>Gets whether higher or lower is better.</summary>
    public IndicatorDirection Direction { get; }

    /// <summary>Gets the price basis of its published growth rates.</summary>
    public GrowthBasis GrowthBasis { get; }

    /// <summary>Gets whether it is a flow, a stock or a ratio.</summary>
    public Accumulation Accumulation { get; }

    /// <summary>
    /// Gets how long after the end of its period a figure of the indicator is usually published (P2M for
    /// annual national figures, released in the statistical communiqué at the end of February), if known:
    /// an evaluation uses a figure without a release date only once its period plus this lag has passed.
    /// Null (the default) counts a figure known when its period ends.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a period with a negative or time part.</exception>
    public NodaTime.Period? ReleaseLag
    {
        get;
        init => field = value is { } lag && (lag.Years < 0 || lag.Months < 0 || lag.Weeks < 0 || lag.Days < 0 || lag.HasTimeComponent)
            ? throw new Internal.WordedArgumentException($"Expected a release lag of whole years, months, weeks and days, none negative, but found {lag}.", nameof(ReleaseLag))
            : value;
    }

    /// <summary>Gets how the indicator's change is worded: grows (the default) or rises, as prices do (上涨, 涨幅).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ChangeVerb Change
    {
        get;
        init => field = Preconditions.CheckDefined(value);
    }

    /// <summary>Gets a note on its statistical scope (规模以上: main business revenue of 20 million yuan or more), if any.</summary>
    public LocalizedText? Scope { get; init; }

    /// <summary>Returns the indicator's code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.En})";
}
