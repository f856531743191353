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
    internal TargetAssessment(
        AttainmentStatus status, AttainmentReason reason, TargetKind kind, TargetQualifier? qualifier, Unit unit,
        decimal? actual, decimal? target, decimal? stretch, AttainmentStatus? stretchStatus, bool isFinal,
        Percent? completion, Percent? elapsed, Percent? requiredRate = null, decimal? projected = null, int? yearsObserved = null)
    {
        RequiredRate = requiredRate;
        Projected = projected;
        YearsObserved = yearsObserved;
        Status = status;
        Reason = reason;
        Kind = kind;
        Qualifier = qualifier;
        Unit = unit;
        Actual = actual;
        Target = target;
        Stretch = stretch;
        StretchStatus = stretchStatus;
        IsFinal = isFinal;
        Completion = completion;
        ElapsedShare = elapsed;
    }

    /// <summary>Gets the verdict.</summary>
    public AttainmentStatus Status { get; }

    /// <summary>
    /// Gets, for a multi-year target during its span, the rate needed in each remaining year to reach
    /// the end target from the figure so far (2024–2025 need −5.90% a year); null otherwise.
    /// </summary>
    public Percent? RequiredRate { get; }

    /// <summary>Gets, for a multi-year target during its span, the figure its end year reaches at the pace so far, in the target's terms; null otherwise.</summary>
    public decimal? Projected { get; }

    /// <summary>Gets, for a multi-year target, the number of its years with a figure so far; null for other targets.</summary>
    public int? YearsObserved { get; }

    /// <summary>Gets why the target could not be judged, or <see cref="AttainmentReason.None"/>.</summary>
    public AttainmentReason Reason { get; }

    /// <summary>Gets the target's kind.</summary>
    public TargetKind Kind { get; }

    /// <summary>Gets the target's qualifier as written (null for a completion task).</summary>
    public TargetQualifier? Qualifier { get; }

    /// <summary>Gets the unit of <see cref="Actual"/> and <see cref="Target"/>: percent for rates and reductions, the target's unit for levels.</summary>
    public Unit Unit { get; }

    /// <summary>Gets the actual figure in the target's terms, when there is one.</summary>
    public decimal? Actual { get; }

    /// <summary>Gets the target figure (null for a completion task).</summary>
    public decimal? Target { get; }

    /// <summary>Gets the stretch figure (力争), if the target has one.</summary>
    public decimal? Stretch { get; }

    /// <summary>Gets the verdict on the stretch figure, judged separately as a floor in the better direction; null without a stretch figure or an actual.</summary>
    public AttainmentStatus? StretchStatus { get; }

    /// <summary>Gets whether the observation covers the whole target period, so the verdict is final.</summary>
    public bool IsFinal { get; }

    /// <summary>Gets the completion ratio, actual over target; null when there is no actual or the target is zero.</summary>
    public Percent? Completion { get; }

    /// <summary>Gets the elapsed share of the target's period, for an in-year level target judged on pace.</summary>
    public Percent? ElapsedShare { get; }

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
