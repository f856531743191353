using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// A level target (7.7亿美元, 1.65万人, 城镇化率65%). A final figure, or any figure of a stock or a ratio,
/// is judged against the target's amount; an in-year figure of a flow is judged on pace: the share of the
/// target done against the share of the period elapsed (时间过半、任务过半), or for a ceiling the share of
/// the allowance used (at risk when it runs ahead of the time). Over a span, a stock or a ratio is judged
/// on its latest level against the end target, with the progress from the baseline; a flow on the sum of
/// its years (累计).
/// </summary>
internal sealed class LevelKind : TargetKindRule
{
    public override TargetKind Kind => TargetKind.Level;

    public override VerdictMeasure MeasureOf(Target target, Indicator? indicator) =>
        target.EachYear ? VerdictMeasure.EveryYear
        : target.Period.Kind == PeriodKind.Span && indicator is { Accumulation: Accumulation.Flow } ? VerdictMeasure.LevelSum
        : VerdictMeasure.Level;

    public override string StatementKey(Target target) => "level";

    public override bool SumsFollowingLevels => true;

    public override bool UsesLastYear(Target target) => IsJudgedOnSeries(target);

    protected override IEnumerable<FigureProblem> CheckOwnFigure(Target target, Quantity figure, Indicator? indicator) => CheckLevel(figure, indicator);

    public override TargetAssessment Assess(in AssessmentInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        if (input.Observation.Level is not { } level)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel, input.Stage);
        }
        var unit = input.Unit;
        var actual = level.ConvertTo(unit).Value;
        var figure = target.Amount!.Value.Value;
        var stretch = target.Stretch?.Value;
        var qualifier = target.Qualifier!.Value;
        var better = BetterOf(target, input.Indicator);
        var bound = Verdicts.Bound(qualifier, better, policy);
        var share = Verdicts.Ratio(actual, figure);
        var completion = Verdicts.Completion(actual, figure, bound);
        var magnitude = Math.Abs(figure);
        if (input.IsFinal || input.Indicator.Accumulation != Accumulation.Flow)
        {
            var (status, broadly) = Verdicts.Judge(actual, figure, qualifier, better,
                magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction, policy);
            return new TargetAssessment(Verdicts.Pace(status, input.Stage, bound), AttainmentReason.None, target.Kind, target.Qualifier, unit, MeasureOf(target, input.Indicator), bound, better, input.Stage,
                actual, figure, stretch, Verdicts.Stretch(actual, stretch, better, input.IsFinal), completion, broadly: input.IsFinal && broadly);
        }
        var elapsed = policy.PaceBasis switch
        {
            PaceBasis.ObservationMonths => Percent.FromFraction(input.Observation.Period.MonthShareOf(target.Period)),
            PaceBasis.AsOfDays => Percent.FromFraction(target.Period.ElapsedFraction(input.AsOf)),
        };
        // On pace when the share done keeps up with the share elapsed; a ceiling when the share used does not run ahead of it.
        var floorLike = bound == TargetBound.Floor || (bound == TargetBound.Band && better == IndicatorDirection.HigherIsBetter);
        var lag = share is { } done ? (floorLike ? done.Value - elapsed.Value : elapsed.Value - done.Value) : 0m;
        var onPace = share is null
            ? (floorLike ? actual >= figure : actual <= figure)
            : lag >= -policy.PaceTolerance.Value;
        return new TargetAssessment(onPace ? AttainmentStatus.OnTrack : Verdicts.OffPace(bound), AttainmentReason.None, target.Kind, target.Qualifier, unit, MeasureOf(target, input.Indicator), bound, better,
            VerdictStage.InProgress, actual, figure, stretch, null, completion, elapsed, used: bound == TargetBound.Ceiling ? share : null);
    }

    public override TargetAssessment AssessSeries(SeriesInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        if (input.Figures.IsEmpty)
        {
            return NotJudged(target, input.Indicator, policy, AttainmentStatus.NoData, AttainmentReason.NoObservation, input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress);
        }
        var unit = target.Amount!.Value.Unit;
        var magnitude = Math.Abs(target.Amount.Value.Value);
        var (tolerance, margin) = (magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction);
        if (target.EachYear)
        {
            return EveryYearBound.Verdict(this, input, unit, tolerance, margin,
                (figure, _) => figure.Level is { } l ? (l.ConvertTo(unit).Value, AttainmentReason.None) : (null, AttainmentReason.MissingLevel));
        }
        return input.Indicator.Accumulation == Accumulation.Flow ? Sum(input, unit, tolerance, margin) : EndLevel(input, unit, tolerance, margin);
    }

    /// <summary>A flow over the span: its years' levels added, from the first year on as far as they run without a gap (累计新增就业).</summary>
    private TargetAssessment Sum(SeriesInput input, Unit unit, decimal tolerance, decimal margin)
    {
        var target = input.Target;
        var figure = target.Amount!.Value.Value;
        var sum = 0m;
        var year = target.Period.Year;
        int? missing = null;
        Observation? last = null;
        var path = new List<(int, decimal)>(input.Figures.Length);
        foreach (var f in input.Figures)
        {
            if (f.Period.Year != year)
            {
                missing = year;
                break;
            }
            if (f.Level is not { } level)
            {
                // A year's figure without a level cannot be added: the sum is not known, nor the years after it.
                return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel,
                    input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress, latestYear: last?.Period.Year, missingYear: year);
            }
            sum += level.ConvertTo(unit).Value;
            path.Add((f.Period.Year, sum));
            last = f;
            year++;
        }
        if (last is null)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel,
                input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress, missingYear: missing);
        }
        var years = year - target.Period.Year;
        var n = input.Years;
        decimal? projected;
        try
        {
            projected = sum / years * n;
        }
        catch (OverflowException)
        {
            projected = null;
        }
        var covered = last.Period.Year == target.Period.LastYear && last.Period.End >= target.Period.End;
        return SpanReview.Verdict(this, input, new SpanFigures(sum, figure, tolerance, margin, Verdicts.Ratio(sum, figure), null, projected,
            years, n, covered, last.Period.Year, missing, years, unit, path));
    }

    /// <summary>A stock or a ratio over the span: its latest level against the end target, with the progress from the baseline (城镇化率2025年65%).</summary>
    private TargetAssessment EndLevel(SeriesInput input, Unit unit, decimal tolerance, decimal margin)
    {
        var target = input.Target;
        var figure = target.Amount!.Value.Value;
        var latest = input.Figures[^1];
        if (latest.Level is not { } latestLevel)
        {
            return NotJudged(target, input.Indicator, input.Policy, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel,
                input.SpanOver ? VerdictStage.PeriodEnded : VerdictStage.InProgress, latestYear: latest.Period.Year);
        }
        var level = latestLevel.ConvertTo(unit).Value;
        var lastYear = target.Period.LastYear;
        var remaining = lastYear - latest.Period.Year;
        var required = SpanReview.RequiredRate(level, figure, remaining);
        Percent? progress = null;
        decimal? projected = null;
        var fromBaseline = input.Baseline is { Level: not null } b && b.Period.Year < latest.Period.Year;
        if (fromBaseline)
        {
            var baseline = input.Baseline!.Level!.Value.ConvertTo(unit).Value;
            var sinceBase = latest.Period.Year - input.Baseline.Period.Year;
            progress = figure == baseline ? null : Verdicts.Ratio(level - baseline, figure - baseline);
            try
            {
                projected = level + (level - baseline) / sinceBase * remaining;
            }
            catch (OverflowException)
            {
                projected = null;
            }
        }
        var baseYear = fromBaseline && input.Baseline!.Period.Year < target.Period.Year ? input.Baseline.Period.Year : target.Period.Year - 1;
        var covered = remaining <= 0 && latest.Period.End >= target.Period.End;
        var path = input.Figures.Where(f => f.Level is not null && f.Level.Value.Unit.IsCompatibleWith(unit)).Select(f => (f.Period.Year, f.Level!.Value.ConvertTo(unit).Value)).ToList();
        return SpanReview.Verdict(this, input, new SpanFigures(level, figure, tolerance, margin, progress, required, projected,
            latest.Period.Year - baseYear, lastYear - baseYear, covered, latest.Period.Year, null, input.Figures.Length, unit, path));
    }
}
