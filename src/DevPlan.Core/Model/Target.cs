using DevPlan.Core.Diagnostics;
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
/// <para>The figure is typed by what it measures: a growth or reduction target has a
/// <see cref="Rate"/> (a <see cref="Percent"/>); a level target has an <see cref="Amount"/> (a
/// <see cref="Quantity"/> in any unit, percent included for a share such as an urbanisation rate);
/// a completion target has neither figure nor qualifier. A stretch figure (力争) has the same type as
/// the figure. The shape is checked at construction; whether the unit fits the indicator, and
/// whether the references resolve, is the validator's concern, so that a lenient load can report
/// every problem at once.</para>
/// </remarks>
public sealed class Target
{
    private readonly Quantity? _figure;
    private readonly Quantity? _stretch;

    /// <summary>Creates a target from its figure as published: a quantity in percent for a rate, in the level's unit for a level.</summary>
    /// <param name="id">The target's id, unique within the plan.</param>
    /// <param name="indicator">The code of the indicator it concerns.</param>
    /// <param name="period">The period it is set for.</param>
    /// <param name="kind">What it asks for.</param>
    /// <param name="qualifier">How its figure is read; null exactly when <paramref name="kind"/> has no figure.</param>
    /// <param name="value">Its figure as published: in percent for a rate, in the level's unit for a level; null for a completion target.</param>
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
        var shape = TargetKindShapes.FigureOf(kind);
        if (shape == TargetFigure.None)
        {
            if (value is not null)
            {
                throw new Internal.WordedArgumentException($"Expected no figure on a {new TargetKindName(kind)} target, which has none to judge.", nameof(value));
            }
            if (qualifier is not null)
            {
                throw new Internal.WordedArgumentException($"Expected no qualifier on a {new TargetKindName(kind)} target, which has no figure to qualify.", nameof(qualifier));
            }
        }
        else
        {
            if (value is null)
            {
                throw new Internal.WordedArgumentException($"Expected a figure on a {new TargetKindName(kind)} target.", nameof(value));
            }
            if (qualifier is null)
            {
                throw new Internal.WordedArgumentException($"Expected a qualifier (about, atLeast, atMost, exactly, greaterThan or lessThan) on a {new TargetKindName(kind)} target.", nameof(qualifier));
            }
            if (shape == TargetFigure.Rate && value.Value.Unit != Unit.Percent)
            {
                throw new Internal.WordedArgumentException($"Expected a {new TargetKindName(kind)} target's figure in percent, but found one in {value.Value.Unit}.", nameof(value));
            }
        }
        Qualifier = qualifier;
        _figure = value;
    }

    /// <summary>Creates a growth-rate target: growth of <paramref name="rate"/> over the same period of the previous year.</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="rate">The growth: 7% for 增长7%.</param>
    /// <param name="qualifier">How the figure is read.</param>
    /// <param name="nature">Expected (the default) or binding.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A code is malformed.</exception>
    public static Target Growth(string id, string indicator, ReportingPeriod period, Percent rate, TargetQualifier qualifier, TargetNature nature = TargetNature.Expected)
        => new(id, indicator, period, TargetKind.GrowthRate, qualifier, Quantity.Percent(rate.Value), nature);

    /// <summary>Creates a reduction target: a fall of at least (or about) <paramref name="rate"/> (下降2.5%).</summary>
    /// <param name="id">The target's id.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="period">The period.</param>
    /// <param name="rate">The reduction: 2.5% for 下降2.5%.</param>
    /// <param name="qualifier">How the figure is read.</param>
    /// <param name="nature">Binding (the default, as energy and emission targets are) or expected.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">A code is malformed.</exception>
    public static Target Reduction(string id, string indicator, ReportingPeriod period, Percent rate, TargetQualifier qualifier, TargetNature nature = TargetNature.Binding)
        => new(id, indicator, period, TargetKind.Reduction, qualifier, Quantity.Percent(rate.Value), nature);

    /// <summary>Creates a level target: a cumulative amount for the period, or the level at its end for a stock.</summary>
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

    /// <summary>Gets how its figure is read; null for a target without a figure.</summary>
    public TargetQualifier? Qualifier { get; }

    /// <summary>Gets the rate a growth or reduction target sets; null for other kinds.</summary>
    public Percent? Rate => TargetKindShapes.FigureOf(Kind) == TargetFigure.Rate && _figure is { } f ? new Percent(f.Value) : null;

    /// <summary>Gets the amount a level target sets, in its unit (7.7亿美元; 65% for a share); null for other kinds.</summary>
    public Quantity? Amount => TargetKindShapes.FigureOf(Kind) == TargetFigure.Level ? _figure : null;

    /// <summary>Gets the figure as published: the rate in percent or the level in its unit; null for a target without a figure.</summary>
    public Quantity? Figure => _figure;

    /// <summary>
    /// Gets the stretch figure (力争) on top of the base figure, as published, if any; judged
    /// separately. It has the figure's unit: percent for a rate, the level's unit for a level.
    /// </summary>
    /// <exception cref="ArgumentException">Set on a target without a figure, or in another unit than the figure.</exception>
    public Quantity? Stretch
    {
        get => _stretch;
        init
        {
            if (value is { } stretch && (_figure is not { } figure || figure.Unit != stretch.Unit))
            {
                throw new Internal.WordedArgumentException(
                    _figure is null
                        ? (Internal.TemplateText)"Expected no stretch figure on a target without a base figure."
                        : $"Expected the stretch figure in the base figure's unit {_figure.Value.Unit}, but found {stretch.Unit}.",
                    nameof(Stretch));
            }
            _stretch = value;
        }
    }

    /// <summary>Gets the stretch rate of a growth or reduction target, if any.</summary>
    public Percent? StretchRate => TargetKindShapes.FigureOf(Kind) == TargetFigure.Rate && _stretch is { } s ? new Percent(s.Value) : null;

    /// <summary>Gets whether the target is expected or binding.</summary>
    public TargetNature Nature { get; }

    /// <summary>Gets the code of the indicator a relative target compares with (GDP for 高于GDP增长); null for other kinds.</summary>
    /// <exception cref="ArgumentException">Set to a malformed code.</exception>
    public string? RelativeTo
    {
        get;
        init => field = value is null ? null : Preconditions.CheckCode(value, nameof(RelativeTo));
    }

    /// <summary>Gets whether the bound must hold in every year of the target's span (每年控制在5.5%以内), not only at its end.</summary>
    public bool EachYear { get; init; }

    /// <summary>
    /// Gets the year of the baseline the target is measured from, when it is not the latest before its period: the
    /// starred 2019 figures of the 14th Five-Year Plan's table, taken where 2020 was abnormal. Null for the latest
    /// baseline before the period (the plan's baseline year). Only a plan's baseline of exactly that year serves.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the years a period may have (1 to 9999).</exception>
    public int? BaselineYear
    {
        get;
        init => field = value is { } year ? Preconditions.CheckRange(year, ReportingPeriod.MinYear, ReportingPeriod.MaxYear, nameof(BaselineYear)) : null;
    }

    /// <summary>Gets the id of the region target this zone target is a share of (目标分解), or null.</summary>
    /// <exception cref="ArgumentException">Set to a malformed id.</exception>
    public string? ShareOf
    {
        get;
        init => field = value is null ? null : Preconditions.CheckCode(value, nameof(ShareOf));
    }

    /// <summary>Gets a note on the target, if any.</summary>
    public LocalizedText? Note { get; init; }

    /// <summary>Returns the id, indicator, period and figure.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _figure is { } f
        ? $"{Id}: {Indicator} {Period} {Kind} {Qualifier} {f}"
        : $"{Id}: {Indicator} {Period} {Kind}";
}
