using System.Globalization;
using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The verdict on one target: the status and what it means — what the figure measures
/// (<see cref="Measure"/>), how the target bounds it (<see cref="Bound"/>), which direction is better
/// (<see cref="Better"/>), whether it is final and why (<see cref="Stage"/>) — with the actual and
/// target figures, the gap in the target's own terms, the completion or the share of a ceiling used,
/// the pace, and for a span the years observed, the projection and the rate still required. A value
/// type that assessing allocates nothing for. The target's kind decides all of it once; reports and
/// sentences read it and never decide again.
/// </summary>
/// <remarks>
/// Figures are in the target's terms: percent for growth targets, the reduction in percent for
/// reduction targets (a change of −3% is a reduction of 3), the target's unit for level targets.
/// </remarks>
public readonly struct TargetAssessment : IEquatable<TargetAssessment>
{
    // Figures as decimals with a bit each for whether they are there, and the verdict's meaning as bytes,
    // for an evaluation that holds one per target of a national plan.
    private readonly decimal _actual;
    private readonly decimal _target;
    private readonly decimal _stretch;
    private readonly decimal _completion;
    private readonly decimal _elapsed;
    private readonly decimal _requiredRate;
    private readonly decimal _projected;
    private readonly decimal _used;
    private readonly Unit _unit;
    private readonly int _yearsObserved;
    private readonly int _latestYear;
    private readonly int _missingYear;
    private readonly short _spanYears; // 0 for a target of one period
    private readonly short _yearsMet;
    private readonly Present _present;
    private readonly byte _status;
    private readonly byte _reason;
    private readonly byte _kind;
    private readonly byte _qualifier; // the qualifier + 1; 0 for none
    private readonly byte _stretchStatus; // the status + 1; 0 for none
    private readonly byte _measure;
    private readonly byte _bound;
    private readonly byte _better;
    private readonly byte _stage;

    /// <summary>Creates a verdict; only the target kinds do, each deciding its meaning once.</summary>
    internal TargetAssessment(
        AttainmentStatus status, AttainmentReason reason, TargetKind kind, TargetQualifier? qualifier, Unit unit,
        VerdictMeasure measure, TargetBound bound, IndicatorDirection better, VerdictStage stage,
        decimal? actual = null, decimal? target = null, decimal? stretch = null, AttainmentStatus? stretchStatus = null,
        Percent? completion = null, Percent? elapsed = null, Percent? requiredRate = null, decimal? projected = null,
        int? yearsObserved = null, int? latestYear = null, int? missingYear = null, Percent? used = null, bool broadly = false, int? yearsMet = null)
    {
        // Each enum has fewer than 32 members and the library makes every value it passes here: a byte holds them.
        _status = (byte)status;
        _reason = (byte)reason;
        _kind = (byte)kind;
        _qualifier = qualifier is { } q ? (byte)((int)q + 1) : (byte)0;
        _stretchStatus = stretchStatus is { } ss ? (byte)((int)ss + 1) : (byte)0;
        _measure = (byte)measure;
        _bound = (byte)bound;
        _better = (byte)better;
        _stage = (byte)stage;
        _unit = unit;
        _present = (broadly ? Present.Broadly : 0)
            | Keep(actual, Present.Actual, out _actual)
            | Keep(target, Present.Target, out _target)
            | Keep(stretch, Present.Stretch, out _stretch)
            | Keep(completion?.Value, Present.Completion, out _completion)
            | Keep(elapsed?.Value, Present.Elapsed, out _elapsed)
            | Keep(requiredRate?.Value, Present.RequiredRate, out _requiredRate)
            | Keep(projected, Present.Projected, out _projected)
            | Keep(used?.Value, Present.Used, out _used)
            | (yearsObserved is null ? 0 : Present.YearsObserved)
            | (latestYear is null ? 0 : Present.LatestYear)
            | (missingYear is null ? 0 : Present.MissingYear)
            | (yearsMet is null ? 0 : Present.YearsMet);
        _yearsObserved = yearsObserved ?? 0;
        _yearsMet = (short)(yearsMet ?? 0); // at most the years of a span, which a period keeps under 10,000
        _latestYear = latestYear ?? 0;
        _missingYear = missingYear ?? 0;
    }

    /// <summary>The same verdict, of a target whose period is a span of <paramref name="spanYears"/> years.</summary>
    private TargetAssessment(in TargetAssessment verdict, int spanYears)
    {
        this = verdict;
        _spanYears = (short)spanYears; // a span's years: at most 9,999, the calendar's
    }

    /// <summary>This verdict as that of a multi-year target over a span of <paramref name="years"/> years (a review's words are a span's).</summary>
    internal TargetAssessment OverSpan(int years) => years > 1 ? new TargetAssessment(this, years) : this;

    /// <summary>Which figures are present, and whether an "about" target was broadly achieved.</summary>
    [Flags]
    private enum Present : ushort
    {
        Broadly = 1,
        Actual = 2,
        Target = 4,
        Stretch = 8,
        Completion = 16,
        Elapsed = 32,
        RequiredRate = 64,
        Projected = 128,
        YearsObserved = 256,
        LatestYear = 512,
        MissingYear = 1024,
        Used = 2048,
        YearsMet = 4096,
    }

    private static Present Keep(decimal? value, Present flag, out decimal kept)
    {
        kept = value.GetValueOrDefault();
        return value.HasValue ? flag : 0;
    }

    private decimal? DecimalOf(Present flag, decimal value) => (_present & flag) != 0 ? value : null;

    private Percent? PercentOf(Present flag, decimal value) => (_present & flag) != 0 ? new Percent(value) : null;

    private int? YearOf(Present flag, int value) => (_present & flag) != 0 ? value : null;

    /// <summary>Gets the verdict.</summary>
    public AttainmentStatus Status => (AttainmentStatus)_status;

    /// <summary>Gets what the actual figure measures: a growth, a cumulative or average rate, a level, a sum, an increase, a relation, a task or an aim.</summary>
    public VerdictMeasure Measure => (VerdictMeasure)_measure;

    /// <summary>Gets how the target bounds its figure: a floor, a ceiling, a band, or none for a task or an aim.</summary>
    public TargetBound Bound => (TargetBound)_bound;

    /// <summary>Gets which direction of the measured figure is better (for a reduction, a larger fall of a lower-is-better indicator).</summary>
    public IndicatorDirection Better => (IndicatorDirection)_better;

    /// <summary>Gets whether the verdict is final, and why: the figures cover the period, the period has ended without them, a bound was broken, or it runs on.</summary>
    public VerdictStage Stage => (VerdictStage)_stage;

    /// <summary>
    /// Gets whether an "about" target was met within its tolerance but short of its figure in the better
    /// direction (6.8% against 7%左右): <see cref="AttainmentStatus.Achieved"/>, worded as broadly achieved (基本完成).
    /// </summary>
    public bool IsBroadlyAchieved => (_present & Present.Broadly) != 0;

    /// <summary>
    /// Gets, for a multi-year target during its span, the rate needed in each remaining year to reach
    /// the end target from the figure so far (2024–2025 need −5.90% a year); null otherwise.
    /// </summary>
    public Percent? RequiredRate => PercentOf(Present.RequiredRate, _requiredRate);

    /// <summary>Gets, for a multi-year target during its span, the figure its end year reaches at the pace so far, in the target's terms; null otherwise, or when it lies outside decimal's range.</summary>
    public decimal? Projected => DecimalOf(Present.Projected, _projected);

    /// <summary>Gets, for a target judged on a series of years, the number of its years with a figure that the verdict rests on; null for other targets.</summary>
    public int? YearsObserved => (_present & Present.YearsObserved) != 0 ? _yearsObserved : null;

    /// <summary>
    /// Gets, for a target set each year in the annual plans (各年度视情提出), how many of the years judged
    /// (<see cref="YearsObserved"/>) met their annual plan's target; null for other targets.
    /// </summary>
    public int? YearsMet => (_present & Present.YearsMet) != 0 ? _yearsMet : null;

    /// <summary>Gets, for a target judged on a series of years, the last year whose figure the verdict rests on (2023 for a 2021–2025 target reviewed at mid-term); null otherwise.</summary>
    public int? LatestYear => YearOf(Present.LatestYear, _latestYear);

    /// <summary>Gets, for a target judged on a series of years, the first year of its span without a figure that the verdict needed, when one is missing; null otherwise.</summary>
    public int? MissingYear => YearOf(Present.MissingYear, _missingYear);

    /// <summary>Gets, for a target whose period is a span of years (a five-year plan's), the number of its years; null for a target of one period. Its verdict during the span is a review's (基本符合预期, 快于预期, 滞后).</summary>
    public int? SpanYears => _spanYears == 0 ? null : _spanYears;

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

    /// <summary>Gets the figure the actual is judged against: the target's figure, or for a relation the other indicator's rate plus the offset (null for a task or an aim).</summary>
    public decimal? Target => DecimalOf(Present.Target, _target);

    /// <summary>Gets the stretch figure (力争), if the target has one.</summary>
    public decimal? Stretch => DecimalOf(Present.Stretch, _stretch);

    /// <summary>Gets the verdict on the stretch figure, judged separately as a floor in the better direction; null without a stretch figure or an actual.</summary>
    public AttainmentStatus? StretchStatus => _stretchStatus == 0 ? null : (AttainmentStatus)(_stretchStatus - 1);

    /// <summary>Gets whether the verdict is final (<see cref="Stage"/> is not <see cref="VerdictStage.InProgress"/>).</summary>
    public bool IsFinal => Stage != VerdictStage.InProgress;

    /// <summary>Gets the completion ratio of a floor or a band, actual over target (for a span, the progress from the baseline); null for a ceiling, when there is no actual, or the target is zero.</summary>
    public Percent? Completion => PercentOf(Present.Completion, _completion);

    /// <summary>Gets, for a ceiling during its period, the share of the allowance used so far (已用控制目标的70.0%); null otherwise.</summary>
    public Percent? UsedShare => PercentOf(Present.Used, _used);

    /// <summary>Gets the elapsed share of the target's period, for a target judged on pace.</summary>
    public Percent? ElapsedShare => PercentOf(Present.Elapsed, _elapsed);

    /// <summary>
    /// Gets actual − target in the target's own terms, for every kind with a figure: percentage points
    /// when <see cref="Unit"/> is percent (rates, shares, a relation's offset), the unit otherwise (levels,
    /// sums, increases); null for a task or an aim, when either figure is missing, or when the difference lies
    /// beyond decimal's range.
    /// </summary>
    public decimal? Gap
    {
        get
        {
            if (Actual is not { } a || Target is not { } t)
            {
                return null;
            }
            try
            {
                return a - t;
            }
            catch (OverflowException)
            {
                return null;
            }
        }
    }

    /// <summary>Gets <see cref="Gap"/> in percentage points, when the figures are in percent (rates and shares).</summary>
    public PercentagePoints? RateGap => Unit == Unit.Percent && Gap is { } gap ? new PercentagePoints(gap) : null;

    /// <summary>Gets <see cref="Gap"/> as a quantity in the target's unit, when the figures are not in percent (levels, sums, increases).</summary>
    public Quantity? LevelGap => Unit != Unit.Percent && Gap is { } gap ? new Quantity(gap, Unit) : null;

    /// <summary>Gets completion (or the share of a ceiling used) − elapsed share in percentage points, for targets judged on pace; positive is ahead for a floor and faster use for a ceiling.</summary>
    public PercentagePoints? PaceGap => (Completion ?? UsedShare) is { } c && ElapsedShare is { } e ? c - e : null;

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
        && Measure == other.Measure && Bound == other.Bound && Better == other.Better && Stage == other.Stage && IsBroadlyAchieved == other.IsBroadlyAchieved
        && Actual == other.Actual && Target == other.Target && Stretch == other.Stretch && StretchStatus == other.StretchStatus
        && Completion == other.Completion && UsedShare == other.UsedShare && ElapsedShare == other.ElapsedShare
        && RequiredRate == other.RequiredRate && Projected == other.Projected && YearsObserved == other.YearsObserved && YearsMet == other.YearsMet
        && LatestYear == other.LatestYear && MissingYear == other.MissingYear && SpanYears == other.SpanYears;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TargetAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Status, Reason, Kind, Actual, Target, Stage);

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
