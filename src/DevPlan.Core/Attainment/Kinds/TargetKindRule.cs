using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// Everything one kind of target means, in one object and one file per kind (<see cref="TargetKinds.For(TargetKind)"/>
/// maps each <see cref="TargetKind"/> to its object with an exhaustive switch): which figures it is
/// judged on, how it is judged, when its verdict becomes final, which direction of its figure is
/// better, how it bounds its figure, what its figure may be, and the catalogue key of its statement.
/// Nothing outside the kind files asks which kind a target is: the rest of the library reads the
/// verdict (<see cref="TargetAssessment"/>), which carries what the kind decided.
/// </summary>
/// <remarks>The shape of a kind's figure (a rate, a level or none) is the model's (<see cref="Target"/>), which checks it at construction.</remarks>
internal abstract class TargetKindRule
{
    /// <summary>Gets the kind this object describes.</summary>
    public abstract TargetKind Kind { get; }

    /// <summary>What the actual figure of a verdict on the target measures.</summary>
    public abstract VerdictMeasure MeasureOf(Target target, Indicator? indicator);

    /// <summary>The catalogue key of the target's statement (<c>target.{key}.{qualifier}</c>): a growth over a span is cumulative (累计).</summary>
    public abstract string StatementKey(Target target);

    /// <summary>Which direction of the measured figure is better: the indicator's, unless the kind measures it the other way.</summary>
    public virtual IndicatorDirection BetterOf(Target target, Indicator? indicator) => indicator?.Direction ?? IndicatorDirection.HigherIsBetter;

    /// <summary>How the target bounds its figure, once the policy has read its qualifier.</summary>
    public TargetBound BoundOf(Target target, Indicator? indicator, AttainmentPolicy policy) => Verdicts.Bound(target.Qualifier, BetterOf(target, indicator), policy);

    /// <summary>Whether the target is judged on a series of years (its years' figures, a baseline or another indicator) rather than on one figure.</summary>
    public virtual bool IsJudgedOnSeries(Target target) => target.Period.Kind == PeriodKind.Span || target.EachYear;

    /// <summary>Whether, for an indicator that is a flow, only a figure from the start of the target's period can be judged (the year so far, not December alone).</summary>
    public virtual bool NeedsFigureFromStart(Indicator? indicator) => indicator is { Accumulation: Accumulation.Flow };

    /// <summary>Whether a flow's levels that follow one another are added up to cover more of the period (January–November plus December).</summary>
    public virtual bool SumsFollowingLevels => false;

    /// <summary>
    /// Whether a row of the target's indicator serves this target: one with a figure (a level or a growth rate) by
    /// default. A recorded assessment and a figure of the same period are kept apart, never one in the other's place.
    /// </summary>
    public virtual bool Takes(in Candidate candidate) => candidate.HasFigure;

    /// <summary>Whether the target is judged on the annual plans' results on its indicator (a figure set each year in them), which the evaluation then gives it.</summary>
    public virtual bool IsSetByAnnualPlans => false;

    /// <summary>Whether figures of the year before the target's period can be used: a growth computed from levels, or a series' baseline.</summary>
    public virtual bool UsesLastYear(Target target) => true;

    /// <summary>Whether the kind compares its indicator with another, which the target must name (<see cref="Target.RelativeTo"/>).</summary>
    public virtual bool ComparesWithAnother => false;

    /// <summary>Whether a target of an indicator at comparable prices wants the baseline year's published growth or level (a year's growth target does).</summary>
    public virtual bool WantsComparableBaseline(Target target) => false;

    /// <summary>The code of the other indicator a target is compared with, or null.</summary>
    public virtual string? RelatedIndicator(Target target) => null;

    /// <summary>
    /// The problems of a target's figure for its kind and indicator that validation reports: a growth of
    /// −120%, a reduction of 150%, a share of 130%, a level in another dimension, a bound that makes no
    /// sense for the direction, a stretch figure on the wrong side. The plan's references are the validator's.
    /// </summary>
    public IEnumerable<FigureProblem> CheckFigure(Target target, Indicator? indicator)
    {
        if (target.Figure is not { } figure)
        {
            yield break;
        }
        foreach (var problem in CheckOwnFigure(target, figure, indicator))
        {
            yield return problem;
        }
        if (indicator is null)
        {
            yield break;
        }
        var better = BetterOf(target, indicator);
        if (target.Stretch is { } stretch && Verdicts.Sign(better) * (stretch.Value - figure.Value) <= 0m)
        {
            yield return new FigureProblem(DiagnosticRule.StretchNotBeyondBase, "stretch",
                $"Expected the stretch figure {Invariant(stretch.Value)} to lie beyond the base figure {Invariant(figure.Value)} in the better direction ({(better == IndicatorDirection.HigherIsBetter ? (DiagnosticMessage)"higher" : "lower")}).");
        }
    }

    /// <summary>The problems of the figure particular to the kind: its range, its unit, its bound.</summary>
    protected virtual IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator) => [];

    /// <summary>A number as the messages write it, culture-invariant.</summary>
    protected static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A level target's unit is in its indicator's dimension; a share is between 0 and 100%.</summary>
    protected static IEnumerable<FigureProblem> CheckLevel(Quantity figure, Indicator? indicator)
    {
        if (figure.Unit.Dimension == Dimension.Percent && figure.Value is < 0m or > 100m)
        {
            yield return new FigureProblem(DiagnosticRule.ShareOutOfRange, "value", $"Expected a share between 0 and 100%, but found {Invariant(figure.Value)}%.");
        }
        else if (indicator is not null && !figure.Unit.IsCompatibleWith(indicator.Unit))
        {
            yield return new FigureProblem(DiagnosticRule.TargetUnitMismatch, "unit",
                $"Expected the target in {indicator.Unit} (or another magnitude of {indicator.Unit.Dimension}), the unit of \"{indicator.Code}\", but found {figure.Unit}.");
        }
    }

    /// <summary>Judges the target on one figure (an annual target on its year so far).</summary>
    public abstract TargetAssessment Assess(in AssessmentInput input);

    /// <summary>Judges the target on a series: its years' figures, its baseline, another indicator's figures.</summary>
    public abstract TargetAssessment AssessSeries(SeriesInput input);

    /// <summary>A verdict that could not be reached, with the reason; the meaning (measure, bound, direction) is still the kind's.</summary>
    public TargetAssessment NotJudged(Target target, Indicator? indicator, AttainmentPolicy policy, AttainmentStatus status, AttainmentReason reason,
        VerdictStage stage = VerdictStage.InProgress, int? latestYear = null, int? missingYear = null, int? yearsObserved = null) =>
        new TargetAssessment(status, reason, target.Kind, target.Qualifier, target.Figure?.Unit ?? Unit.Percent, MeasureOf(target, indicator), BoundOf(target, indicator, policy), BetterOf(target, indicator), stage,
            target: target.Figure?.Value, stretch: target.Stretch?.Value, latestYear: latestYear, missingYear: missingYear, yearsObserved: yearsObserved)
        .OverSpan(target.Period.YearCount);
}
