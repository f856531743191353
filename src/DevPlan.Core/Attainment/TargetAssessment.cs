using System.Globalization;
using System.Text;
using DevPlan.Core.Calculations;
using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The verdict on one target against one observation: the status, the actual and target figures,
/// the gap, the completion ratio, the pace for in-year figures, and the stretch verdict. A value type
/// that assessing allocates nothing for; <see cref="Explain"/> builds the text when asked.
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
        Percent? completion, Percent? elapsed)
    {
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
    /// Explains the verdict in English (<c>en</c>) or Chinese (<c>zh</c>): the figures, the gap and
    /// the status, with figures rounded to two decimals for presentation.
    /// </summary>
    /// <param name="language">"en" (the default) or "zh"; other tags fall back to English.</param>
    /// <returns>One sentence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public string Explain(string language = "en")
    {
        Preconditions.CheckNotNull(language);
        var zh = language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);
        var text = new StringBuilder();
        if (Status is AttainmentStatus.NoData or AttainmentStatus.NotAssessable)
        {
            return (zh ? StatusZh(Status) + "：" : Status + ": ") + ReasonText(Reason, zh);
        }
        if (Kind == TargetKind.Completion)
        {
            return zh
                ? $"任务{(Actual == 1m ? "已完成" : "未完成")}：{StatusZh(Status)}。"
                : $"Task {(Actual == 1m ? "completed" : "not completed")}: {Status}.";
        }
        var what = Kind switch
        {
            TargetKind.GrowthRate => zh ? "增长" : "growth",
            TargetKind.Reduction => zh ? "下降" : "reduction",
            _ => zh ? "累计" : "level",
        };
        text.Append(zh ? $"{what}{Figure(Actual)}，目标{QualifierZh(Qualifier)}{Figure(Target)}" : $"Actual {what} {Figure(Actual)} against a target of {QualifierEn(Qualifier)}{Figure(Target)}");
        if (RateGap is { } points)
        {
            text.Append(zh ? $"，相差{points.ToString("F2", CultureInfo.InvariantCulture)}" : $", {points.ToString("F2", CultureInfo.InvariantCulture)}");
        }
        if (PaceGap is { } pace && ElapsedShare is { } elapsed && Completion is { } completion)
        {
            text.Append(zh
                ? $"，完成{completion.ToString("F1", CultureInfo.InvariantCulture)}，序时进度{elapsed.ToString("F1", CultureInfo.InvariantCulture)}（{pace.ToString("F1", CultureInfo.InvariantCulture)}）"
                : $", {completion.ToString("F1", CultureInfo.InvariantCulture)} done with {elapsed.ToString("F1", CultureInfo.InvariantCulture)} of the period elapsed ({pace.ToString("F1", CultureInfo.InvariantCulture)})");
        }
        text.Append(zh ? $"：{StatusZh(Status)}" : $": {Status}");
        if (StretchStatus is { } stretch)
        {
            text.Append(zh ? $"；力争目标{Figure(Stretch)}：{StatusZh(stretch)}" : $"; stretch {Figure(Stretch)}: {stretch}");
        }
        return text.Append(zh ? "。" : ".").ToString();
    }

    /// <summary>Returns <see cref="Explain"/> in English.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() => Explain();

    private string Figure(decimal? value)
    {
        if (value is not { } v)
        {
            return "-";
        }
        return Kind == TargetKind.Level
            ? new Quantity(Math.Round(v, 2, MidpointRounding.AwayFromZero), Unit).ToString("en", CultureInfo.InvariantCulture)
            : new Percent(v).ToString("F2", CultureInfo.InvariantCulture);
    }

    private static string QualifierEn(TargetQualifier? qualifier) => qualifier switch
    {
        TargetQualifier.About => "about ",
        TargetQualifier.AtLeast => "at least ",
        TargetQualifier.AtMost => "at most ",
        _ => "",
    };

    private static string QualifierZh(TargetQualifier? qualifier) => qualifier switch
    {
        TargetQualifier.About => "左右",
        TargetQualifier.AtLeast => "不低于",
        TargetQualifier.AtMost => "不高于",
        _ => "",
    };

    private static string StatusZh(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "完成",
        AttainmentStatus.Exceeded => "超额完成",
        AttainmentStatus.NotAchieved => "未完成",
        AttainmentStatus.OnTrack => "进度正常",
        AttainmentStatus.Behind => "进度滞后",
        AttainmentStatus.NoData => "无数据",
        _ => "无法评估",
    };

    private static string ReasonText(AttainmentReason reason, bool zh) => reason switch
    {
        AttainmentReason.NoObservation => zh ? "没有与目标匹配的观测值。" : "no observation matches the target's indicator, zone and period.",
        AttainmentReason.ComparablePricesNeedPublishedGrowth => zh ? "该指标按可比价计算增速，需使用公布的增速，不能由现价总量推算。" : "the indicator grows at comparable prices; a published growth rate is needed, and none is derived from current-price levels.",
        AttainmentReason.MissingGrowth => zh ? "观测值既无公布增速，也无可推算增速的两期总量。" : "the observation has no published growth rate and no pair of levels to compute one.",
        AttainmentReason.NonPositiveBase => zh ? "上年同期基数为零或负数，增速无定义。" : "the level a year earlier is zero or negative, where growth is undefined.",
        AttainmentReason.MissingLevel => zh ? "总量目标的观测值缺少总量。" : "the observation of a level target has no level.",
        AttainmentReason.CompletionNeedsYesNo => zh ? "任务类目标需要“是否完成”的观测值。" : "a completion target needs an observation saying whether the task was completed.",
        AttainmentReason.TaskDueAtPeriodEnd => zh ? "任务尚未报告完成，任务类目标在期末评估。" : "the task is not reported completed yet; a task is judged at the end of its period.",
        AttainmentReason.ObservationOutsidePeriod => zh ? "观测期不在目标期内。" : "the observation's period does not lie within the target's period.",
        AttainmentReason.UnknownIndicator => zh ? "计划中没有该目标的指标。" : "the plan has no indicator with the target's code.",
        _ => "",
    };

    /// <inheritdoc />
    public bool Equals(TargetAssessment other) =>
        Status == other.Status && Reason == other.Reason && Kind == other.Kind && Qualifier == other.Qualifier && Unit == other.Unit
        && Actual == other.Actual && Target == other.Target && Stretch == other.Stretch && StretchStatus == other.StretchStatus
        && IsFinal == other.IsFinal && Completion == other.Completion && ElapsedShare == other.ElapsedShare;

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
