using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core;

/// <summary>
/// A target of the plan: what an indicator should reach in a period, for the whole region or one
/// zone, with the plan's wording (about, at least, at most) and nature (expected or binding).
/// </summary>
/// <remarks>
/// The shape is checked at construction: a growth-rate or reduction target has a figure in percent;
/// a level target has a figure in any unit; a completion target has neither figure nor qualifier;
/// a stretch figure (力争) needs a base figure in the same unit. Whether the unit fits the
/// indicator, and whether the references resolve, is the validator's concern, so that a lenient load
/// can report every problem at once.
/// </remarks>
public sealed class Target
{
    /// <summary>Creates a target.</summary>
    /// <param name="id">The target's id, unique within the plan.</param>
    /// <param name="indicator">The code of the indicator it concerns.</param>
    /// <param name="period">The period it is set for.</param>
    /// <param name="kind">What it asks for.</param>
    /// <param name="qualifier">How its figure is read; null exactly when <paramref name="kind"/> is <see cref="TargetKind.Completion"/>.</param>
    /// <param name="value">Its figure; percent for growth and reduction targets, null for completion targets.</param>
    /// <param name="nature">Expected or binding.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A code is malformed, or the figure or qualifier does not fit the kind.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum argument is not defined.</exception>
    public Target(string id, string indicator, ReportingPeriod period, TargetKind kind, TargetQualifier? qualifier, Quantity? value, TargetNature nature)
    {
        Id = Preconditions.CheckCode(id);
        Indicator = Preconditions.CheckCode(indicator);
        Period = period;
        Kind = Preconditions.CheckDefined(kind);
        Nature = Preconditions.CheckDefined(nature);
        if (qualifier is { } q)
        {
            Preconditions.CheckDefined(q, nameof(qualifier));
        }
        if (kind == TargetKind.Completion)
        {
            if (value is not null)
            {
                throw new ArgumentException("Expected no figure on a completion target, which is judged completed or not.", nameof(value));
            }
            if (qualifier is not null)
            {
                throw new ArgumentException("Expected no qualifier on a completion target, which has no figure to qualify.", nameof(qualifier));
            }
        }
        else
        {
            if (value is null)
            {
                throw new ArgumentException($"Expected a figure on a {kind} target.", nameof(value));
            }
            if (qualifier is null)
            {
                throw new ArgumentException($"Expected a qualifier (about, atLeast, atMost or exactly) on a {kind} target.", nameof(qualifier));
            }
            if (kind is TargetKind.GrowthRate or TargetKind.Reduction && value.Value.Unit != Unit.Percent)
            {
                throw new ArgumentException($"Expected a {kind} target's figure in percent, but found one in {value.Value.Unit}.", nameof(value));
            }
        }
        Qualifier = qualifier;
        Value = value;
    }

    /// <summary>Creates a growth-rate target: <paramref name="percent"/>% over the same period of the previous year.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="percent">The growth in percent: 7 means 7%.</param>
    /// <param name="qualifier">How the figure is read.</param>
    /// <param name="nature">Expected (the default) or binding.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A code is malformed.</exception>
    public static Target Growth(string id, string indicator, ReportingPeriod period, decimal percent, TargetQualifier qualifier, TargetNature nature = TargetNature.Expected)
        => new(id, indicator, period, TargetKind.GrowthRate, qualifier, Quantity.Percent(percent), nature);

    /// <summary>Creates a level target: a cumulative amount for the period.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="level">The amount.</param>
    /// <param name="qualifier">How the figure is read.</param>
    /// <param name="nature">Expected (the default) or binding.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A code is malformed.</exception>
    public static Target Level(string id, string indicator, ReportingPeriod period, Quantity level, TargetQualifier qualifier, TargetNature nature = TargetNature.Expected)
        => new(id, indicator, period, TargetKind.Level, qualifier, level, nature);

    /// <summary>Creates a completion target (完成…任务), judged completed or not.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="nature">Binding (the default, as for energy-intensity tasks) or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A code is malformed.</exception>
    public static Target Completion(string id, string indicator, ReportingPeriod period, TargetNature nature = TargetNature.Binding)
        => new(id, indicator, period, TargetKind.Completion, null, null, nature);

    /// <summary>Gets the target's id.</summary>
    public string Id { get; }

    /// <summary>Gets the code of the indicator it concerns.</summary>
    public string Indicator { get; }

    /// <summary>Gets the part of the region it applies to; the whole region by default.</summary>
    public ZoneScope Zone { get; init; }

    /// <summary>Gets the period it is set for.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets what it asks for.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets how its figure is read; null for a completion target.</summary>
    public TargetQualifier? Qualifier { get; }

    /// <summary>Gets its figure; null for a completion target.</summary>
    public Quantity? Value { get; }

    /// <summary>Gets the stretch figure (力争) on top of the base figure, if any; judged separately.</summary>
    /// <exception cref="ArgumentException">Set on a target without a figure, or in another unit than the figure.</exception>
    public Quantity? Stretch
    {
        get;
        init
        {
            if (value is { } stretch && (Value is not { } figure || figure.Unit != stretch.Unit))
            {
                throw new ArgumentException(
                    Value is null
                        ? "Expected no stretch figure on a target without a base figure."
                        : $"Expected the stretch figure in the base figure's unit {Value.Value.Unit}, but found {stretch.Unit}.",
                    nameof(Stretch));
            }
            field = value;
        }
    }

    /// <summary>Gets whether the target is expected or binding.</summary>
    public TargetNature Nature { get; }

    /// <summary>Gets a note on the target, if any.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Returns the id, indicator, period and figure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is { } v
        ? $"{Id}: {Indicator} {Period} {Kind} {Qualifier} {v}"
        : $"{Id}: {Indicator} {Period} {Kind}";
}
