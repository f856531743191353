using System.Globalization;
using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The verdict on one target against one observation: the status, the actual and target figures,
/// the gap, the completion ratio, the pace for in-year figures, and the stretch verdict. A value type
/// that assessing allocates nothing for; its words come from the reporting layer.
/// </summary>
/// <remarks>
/// Figures are in the target's terms: percent for growth targets, the reduction in percent for
/// reduction targets (a change of −3% is a reduction of 3), the target's unit for level targets.
/// </remarks>
public readonly struct TargetAssessment : IEquatable<TargetAssessment>
{
    // Figures as decimals with a bit each for whether they are there, and verdicts as bytes: 152 bytes
    // where nullable fields took 232, for an evaluation that holds one per target of a national plan.
    private readonly decimal _actual;
    private readonly decimal _target;
    private readonly decimal _stretch;
    private readonly decimal _completion;
    private readonly decimal _elapsed;
    private readonly decimal _requiredRate;
    private readonly decimal _projected;
    private readonly Unit _unit;
    private readonly int _yearsObserved;
    private readonly Present _present;
    private readonly byte _status;
    private readonly byte _reason;
    private readonly byte _kind;
    private readonly byte _qualifier; // the qualifier + 1; 0 for none
    private readonly byte _stretchStatus; // the status + 1; 0 for none

    internal TargetAssessment(
        AttainmentStatus status, AttainmentReason reason, TargetKind kind, TargetQualifier? qualifier, Unit unit,
        decimal? actual, decimal? target, decimal? stretch, AttainmentStatus? stretchStatus, bool isFinal,
        Percent? completion, Percent? elapsed, Percent? requiredRate = null, decimal? projected = null, int? yearsObserved = null)
    {
        _status = checked((byte)status);
        _reason = checked((byte)reason);
        _kind = checked((byte)kind);
        _qualifier = qualifier is { } q ? checked((byte)((int)q + 1)) : (byte)0;
        _stretchStatus = stretchStatus is { } ss ? checked((byte)((int)ss + 1)) : (byte)0;
        _unit = unit;
        _present = (isFinal ? Present.Final : 0)
            | Keep(actual, Present.Actual, out _actual)
            | Keep(target, Present.Target, out _target)
            | Keep(stretch, Present.Stretch, out _stretch)
            | Keep(completion?.Value, Present.Completion, out _completion)
            | Keep(elapsed?.Value, Present.Elapsed, out _elapsed)
            | Keep(requiredRate?.Value, Present.RequiredRate, out _requiredRate)
            | Keep(projected, Present.Projected, out _projected)
            | (yearsObserved is null ? 0 : Present.YearsObserved);
        _yearsObserved = yearsObserved ?? 0;
    }

    /// <summary>Which figures are present, and whether the verdict is final.</summary>
    [Flags]
    private enum Present : ushort
    {
        Final = 1,
        Actual = 2,
        Target = 4,
        Stretch = 8,
        Completion = 16,
        Elapsed = 32,
        RequiredRate = 64,
        Projected = 128,
        YearsObserved = 256,
    }

    private static Present Keep(decimal? value, Present flag, out decimal kept)
    {
        kept = value.GetValueOrDefault();
        return value.HasValue ? flag : 0;
    }

    private decimal? DecimalOf(Present flag, decimal value) => (_present & flag) != 0 ? value : null;

    private Percent? PercentOf(Present flag, decimal value) => (_present & flag) != 0 ? new Percent(value) : null;

    /// <summary>Gets the verdict.</summary>
    public AttainmentStatus Status => (AttainmentStatus)_status;

    /// <summary>
    /// Gets, for a multi-year target during its span, the rate needed in each remaining year to reach
    /// the end target from the figure so far (2024–2025 need −5.90% a year); null otherwise.
    /// </summary>
    public Percent? RequiredRate => PercentOf(Present.RequiredRate, _requiredRate);

    /// <summary>Gets, for a multi-year target during its span, the figure its end year reaches at the pace so far, in the target's terms; null otherwise.</summary>
    public decimal? Projected => DecimalOf(Present.Projected, _projected);

    /// <summary>Gets, for a multi-year target, the number of its years with a figure so far; null for other targets.</summary>
    public int? YearsObserved => (_present & Present.YearsObserved) != 0 ? _yearsObserved : null;

    /// <summary>Gets why the target could not be judged, or <see cref="AttainmentReason.None"/>.</summary>
    public AttainmentReason Reason => (AttainmentReason)_reason;

    /// <summary>Gets the target's kind.</summary>
    public TargetKind Kind => (TargetKind)_kind;

    /// <summary>Gets the target's qualifier as written (null for a completion task).</summary>
    public TargetQualifier? Qualifier => _qualifier == 0 ? null : (TargetQualifier)(_qualifier - 1);

    /// <summary>Gets the unit of <see cref="Actual"/> and <see cref="Target"/>: percent for rates and reductions, the target's unit for levels.</summary>
    public Unit Unit => _unit;

    /// <summary>Gets the actual figure in the target's terms, when there is one.</summary>
    public decimal? Actual => DecimalOf(Present.Actual, _actual);

    /// <summary>Gets the target figure (null for a completion task).</summary>
    public decimal? Target => DecimalOf(Present.Target, _target);

    /// <summary>Gets the stretch figure (力争), if the target has one.</summary>
    public decimal? Stretch => DecimalOf(Present.Stretch, _stretch);

    /// <summary>Gets the verdict on the stretch figure, judged separately as a floor in the better direction; null without a stretch figure or an actual.</summary>
    public AttainmentStatus? StretchStatus => _stretchStatus == 0 ? null : (AttainmentStatus)(_stretchStatus - 1);

    /// <summary>Gets whether the observation covers the whole target period, so the verdict is final.</summary>
    public bool IsFinal => (_present & Present.Final) != 0;

    /// <summary>Gets the completion ratio, actual over target; null when there is no actual or the target is zero.</summary>
    public Percent? Completion => PercentOf(Present.Completion, _completion);

    /// <summary>Gets the elapsed share of the target's period, for an in-year level target judged on pace.</summary>
    public Percent? ElapsedShare => PercentOf(Present.Elapsed, _elapsed);

    /// <summary>Gets actual − target in percentage points, for growth-rate and reduction targets.</summary>
    public PercentagePoints? RateGap => Kind is TargetKind.GrowthRate or TargetKind.Reduction && Actual is { } a && Target is { } t ? new PercentagePoints(a - t) : null;

    /// <summary>Gets actual − target as a quantity in the target's unit, for level targets.</summary>
    public Quantity? LevelGap => Kind == TargetKind.Level && Actual is { } a && Target is { } t ? new Quantity(a - t, Unit) : null;

    /// <summary>Gets completion − elapsed share in percentage points (ahead of pace when positive), for in-year level targets.</summary>
    public PercentagePoints? PaceGap => Completion is { } c && ElapsedShare is { } e ? c - e : null;

    /// <summary>
    /// Returns an invariant technical form for logs and debuggers, such as
    /// <c>Achieved: GrowthRate 7.3 against 7 [%]</c> or <c>NoData (NoObservation)</c>. Words for
    /// people come from <c>DevPlan.Core.Reporting.Explanations</c>, in their language.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable
        ? string.Create(CultureInfo.InvariantCulture, $"{Status} ({Reason})")
        : string.Create(CultureInfo.InvariantCulture, $"{Status}: {Kind} {Actual} against {Target} [{Unit}]");

    /// <inheritdoc />
    public bool Equals(TargetAssessment other) =>
        Status == other.Status && Reason == other.Reason && Kind == other.Kind && Qualifier == other.Qualifier && Unit == other.Unit
        && Actual == other.Actual && Target == other.Target && Stretch == other.Stretch && StretchStatus == other.StretchStatus
        && IsFinal == other.IsFinal && Completion == other.Completion && ElapsedShare == other.ElapsedShare
        && RequiredRate == other.RequiredRate && Projected == other.Projected && YearsObserved == other.YearsObserved;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Reason, Kind, Actual, Target, IsFinal);

    /// <summary>Compares two assessments for equality.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when every figure and verdict is equal.</returns>
    public static bool operator ==(TargetAssessment left, TargetAssessment right) => left.Equals(right);

    /// <summary>Compares two assessments for inequality.</summary>
    /// <param name="left">The first assessment.</param>
    /// <param name="right">The second assessment.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(TargetAssessment left, TargetAssessment right) => !left.Equals(right);
}
