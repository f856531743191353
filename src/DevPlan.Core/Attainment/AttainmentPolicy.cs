using DevPlan.Core.Units;
using DevPlan.Core.Calculations;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The judgement calls of target assessment, made explicit. Defaults follow official practice where
/// it gives a figure and are documented choices where it does not (<c>docs/methods.md</c>, §7); every one can be changed with an
/// object initializer (<c>AttainmentPolicy.Default with { AboutToleranceForRates = new(1m) }</c>).
/// </summary>
public sealed record AttainmentPolicy
{
    /// <summary>The default policy.</summary>
    public static AttainmentPolicy Default { get; } = new();

    /// <summary>
    /// Gets the half-width of the band of an "about" (左右) rate target: ±0.5 percentage points by
    /// default, the usual reading of 增长X%左右 in plan reviews (<c>docs/methods.md</c>, §7).
    /// </summary>
    public PercentagePoints AboutToleranceForRates { get; init; } = new(0.5m);

    /// <summary>
    /// Gets the half-width of the band of an "about" level target, relative to the target: ±1% of the
    /// target by default (a library choice: official practice gives no figure for levels).
    /// </summary>
    public Percent AboutToleranceForLevels { get; init; } = new(1m);

    /// <summary>
    /// Gets how far beyond a floor a rate must be to count as exceeded rather than achieved: 0.5
    /// percentage points by default, the same as the "about" band, so that "about 7%" and "at least 7%"
    /// call the same result exceeded.
    /// </summary>
    public PercentagePoints ExceededMarginForRates { get; init; } = new(0.5m);

    /// <summary>Gets how far beyond a floor a level must be to count as exceeded, relative to the target: 1% by default.</summary>
    public Percent ExceededMarginForLevels { get; init; } = new(1m);

    /// <summary>Gets how a figure without a qualifier word is judged; as a floor in the better direction by default.</summary>
    public ExactlyTreatment Exactly { get; init; } = ExactlyTreatment.FloorInBetterDirection;

    /// <summary>
    /// Gets whether an "about" target of a lower-is-better indicator acts as a ceiling (a CPI
    /// "about 3%" target is met by anything up to 3%); true by default (<c>docs/methods.md</c>, §7).
    /// </summary>
    public bool AboutActsAsCeilingWhenLowerIsBetter { get; init; } = true;

    /// <summary>Gets how the elapsed share of the period is measured for the in-year pace; by the observation's months by default.</summary>
    public PaceBasis PaceBasis { get; init; } = PaceBasis.ObservationMonths;

    /// <summary>
    /// Gets how far a level target's year-to-date completion may lag the elapsed share and still be
    /// on track; 0 percentage points by default (任务过半 must keep up with 时间过半).
    /// </summary>
    public PercentagePoints PaceTolerance { get; init; }

    /// <summary>
    /// Gets how far the progress of a multi-year target may lag the elapsed share of its span and still be
    /// broadly as expected (基本符合预期) at a review; further behind, and not reaching the target at the pace so
    /// far, it is lagging (滞后). 10 percentage points by default (<c>docs/methods.md</c>, §12).
    /// </summary>
    public PercentagePoints LaggingMargin { get; init; } = new(10m);

    /// <summary>
    /// Gets how far ahead of the elapsed share of its span the progress of a multi-year target must run to be
    /// faster than expected (快于预期) at a review: 10 percentage points by default (<c>docs/methods.md</c>, §12).
    /// </summary>
    public PercentagePoints FasterThanExpectedMargin { get; init; } = new(10m);

    /// <summary>
    /// Gets how far an average annual rate so far (or a relation's rate) must beat its target, in the better
    /// direction, to be faster than expected (快于预期) at a review: 1 percentage point by default (a library
    /// choice: reviews publish no threshold; <c>docs/methods.md</c>, §12).
    /// </summary>
    public PercentagePoints FasterThanExpectedRateMargin { get; init; } = new(1m);
}
