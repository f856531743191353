using DevPlan.Core.Calculations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// Targets judged on a series of years rather than one figure: every target whose period is a span
/// of years (a five-year plan's), and the kinds measured from a baseline or against another
/// indicator (年均增长, 提高1岁, 高于GDP增长, 保持在合理区间), and bounds that must hold every year.
/// The rules are in <c>docs/methods.md</c>, §12.
/// </summary>
/// <remarks>
/// <para>During the span the verdict is the mid-course review's: achieved early (提前完成) when the
/// end target is already met; otherwise on track when the progress so far keeps up with the span's
/// elapsed share (时间过半、任务过半), and behind when it does not. The review also gives the rate
/// each remaining year needs and the end figure at the pace so far. After the last year the verdict
/// is final, as for an annual target.</para>
/// </remarks>
internal static class SeriesRule
{
    /// <summary>Whether a target is judged here rather than on one figure.</summary>
    public static bool Applies(Target target) =>
        target.Period.Kind == Periods.PeriodKind.Span || target.EachYear || target.Kind switch
        {
            TargetKind.AverageAnnualGrowth or TargetKind.Increase or TargetKind.Relative or TargetKind.Qualitative => true,
            TargetKind.GrowthRate or TargetKind.Reduction or TargetKind.Level or TargetKind.Completion => false,
        };

    public static TargetAssessment Assess(SeriesInput input)
    {
        var target = input.Target;
        if (target.Kind == TargetKind.Qualitative)
        {
            return Qualitative(input);
        }
        if (input.Figures.IsEmpty)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NoData, AttainmentReason.NoObservation);
        }
        if (target.EachYear && target.Kind is TargetKind.Level or TargetKind.GrowthRate or TargetKind.Reduction)
        {
            return EachYear(input);
        }
        return target.Kind switch
        {
            TargetKind.GrowthRate or TargetKind.Reduction => Cumulative(input),
            TargetKind.AverageAnnualGrowth => AverageAnnual(input),
            TargetKind.Level => Level(input),
            TargetKind.Increase => Increase(input),
            TargetKind.Relative => Relative(input),
            TargetKind.Completion => CompletionRuleOnLatest(input),
            TargetKind.Qualitative => Qualitative(input),
        };
    }

    /// <summary>The years' growth factors (1 + g) from the first year of the period on, as far as they run without a gap; the issue that stopped them, if any.</summary>
    private static (List<decimal> Factors, AttainmentReason Stop) Factors(Indicator indicator, Observation? baseline, IReadOnlyList<Observation> figures, int firstYear)
    {
        var factors = new List<decimal>(figures.Count);
        var previous = baseline;
        var year = firstYear;
        foreach (var figure in figures)
        {
            if (figure.Period.Year != year)
            {
                return (factors, factors.Count == 0 ? AttainmentReason.MissingYear : AttainmentReason.None);
            }
            var growth = Growth.For(indicator, figure, previous is { } p && p.Period.Year == year - 1 ? p : null);
            if (growth.Rate is not { } rate)
            {
                return (factors, factors.Count > 0 ? AttainmentReason.None : growth.Issue switch
                {
                    GrowthIssue.ComparablePricesNeedPublishedGrowth => AttainmentReason.ComparablePricesNeedPublishedGrowth,
                    GrowthIssue.NonPositiveBase => AttainmentReason.NonPositiveBase,
                    GrowthIssue.MissingLevels or GrowthIssue.None => AttainmentReason.MissingGrowth,
                });
            }
            factors.Add(rate.Factor);
            previous = figure;
            year++;
        }
        return (factors, AttainmentReason.None);
    }

    private static decimal Product(List<decimal> factors)
    {
        var product = 1m;
        foreach (var factor in factors)
        {
            product *= factor;
        }
        return product;
    }

    /// <summary>x^(p/q) for a positive x, in decimal.</summary>
    private static decimal Power(decimal x, int p, int q) => DecimalMath.Root(DecimalMath.Power(x, p), q);

    /// <summary>A cumulative growth or reduction over the span (单位GDP能耗降低13.5%): the years' rates chained.</summary>
    private static TargetAssessment Cumulative(SeriesInput input)
    {
        var target = input.Target;
        var (factors, stop) = Factors(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (factors.Count == 0)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, stop);
        }
        var reduction = target.Kind == TargetKind.Reduction;
        var (n, k) = (input.Years, factors.Count);
        var product = Product(factors);
        var change = (product - 1m) * 100m;
        var actual = reduction ? -change : change;
        var figure = target.Rate!.Value.Value;
        var endFactor = reduction ? 1m - figure / 100m : 1m + figure / 100m;
        var remaining = n - k;
        Percent? required = remaining > 0 && endFactor > 0m ? Percent.FromFactor(DecimalMath.Root(endFactor / product, remaining)) : null;
        var projectedChange = (Power(product, n, k) - 1m) * 100m;
        var projected = reduction ? -projectedChange : projectedChange;
        return Verdict(input, actual, figure, k, n, input.Policy.AboutToleranceForRates.Value, input.Policy.ExceededMarginForRates.Value,
            progress: figure == 0m ? null : Percent.FromFraction(actual / figure), required, projected);
    }

    /// <summary>An average annual growth (年均增长7%以上): the geometric mean of the years' rates so far.</summary>
    private static TargetAssessment AverageAnnual(SeriesInput input)
    {
        var target = input.Target;
        var (factors, stop) = Factors(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (factors.Count == 0)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, stop);
        }
        var (n, k) = (input.Years, factors.Count);
        var product = Product(factors);
        var average = (DecimalMath.Root(product, k) - 1m) * 100m;
        var figure = target.Rate!.Value.Value;
        var remaining = n - k;
        Percent? required = remaining > 0
            ? Percent.FromFactor(DecimalMath.Root(DecimalMath.Power(1m + figure / 100m, n) / product, remaining))
            : null;
        var policy = input.Policy;
        var status = Verdicts.Judge(average, figure, target.Qualifier!.Value, input.Better, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        var isFinal = k == n;
        return new TargetAssessment(Verdicts.Pace(status, isFinal), AttainmentReason.None, target.Kind, target.Qualifier, Unit.Percent,
            average, figure, target.StretchRate?.Value, Verdicts.Stretch(average, target.StretchRate?.Value, input.Better, isFinal), isFinal,
            null, Percent.FromFraction((decimal)k / n),
            required, isFinal ? null : average, k);
    }

    /// <summary>A level over the span: the end year's level of a stock or ratio (城镇化率2025年65%), or the span's sum of a flow (累计新增就业).</summary>
    private static TargetAssessment Level(SeriesInput input)
    {
        var target = input.Target;
        var unit = target.Amount!.Value.Unit;
        var figure = target.Amount.Value.Value;
        var policy = input.Policy;
        var magnitude = Math.Abs(figure);
        if (input.Figures.Any(f => f.Level is null))
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel);
        }
        var n = input.Years;
        var years = input.Figures.Length;
        if (input.Indicator.Accumulation == Accumulation.Flow)
        {
            var sum = 0m;
            foreach (var f in input.Figures)
            {
                sum += f.Level!.Value.ConvertTo(unit).Value;
            }
            var done = figure == 0m ? (Percent?)null : Percent.FromFraction(sum / figure);
            return Verdict(input, sum, figure, years, n, magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction,
                done, required: null, projected: sum * n / years, unit);
        }
        var latest = input.Figures[^1];
        var level = latest.Level!.Value.ConvertTo(unit).Value;
        var lastYear = target.Period.LastYear;
        var remaining = lastYear - latest.Period.Year;
        Percent? required = remaining > 0 && level > 0m && figure > 0m ? Percent.FromFactor(DecimalMath.Root(figure / level, remaining)) : null;
        Percent? progress = null;
        decimal? projected = null;
        if (input.Baseline?.Level is { } baseLevel && input.Baseline.Period.Year < latest.Period.Year)
        {
            var baseline = baseLevel.ConvertTo(unit).Value;
            var sinceBase = latest.Period.Year - input.Baseline.Period.Year;
            progress = figure == baseline ? null : Percent.FromFraction((level - baseline) / (figure - baseline));
            projected = level + (level - baseline) / sinceBase * remaining;
        }
        var elapsedYears = input.Baseline is { } b && b.Period.Year < target.Period.Year ? latest.Period.Year - b.Period.Year : latest.Period.Year - target.Period.Year + 1;
        var spanYears = input.Baseline is { } b2 && b2.Period.Year < target.Period.Year ? lastYear - b2.Period.Year : n;
        return Verdict(input, level, figure, elapsedYears, spanYears, magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction,
            progress, required, projected, unit, isFinal: remaining <= 0, yearsObserved: years);
    }

    /// <summary>A change by an amount from the baseline (人均预期寿命提高1岁): the latest level less the baseline's.</summary>
    private static TargetAssessment Increase(SeriesInput input)
    {
        var target = input.Target;
        if (input.Baseline?.Level is not { } baseLevel)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingBaseline);
        }
        var latest = input.Figures[^1];
        if (latest.Level is not { } level)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingLevel);
        }
        var unit = target.Amount!.Value.Unit;
        var figure = target.Amount.Value.Value;
        var increase = level.ConvertTo(unit).Value - baseLevel.ConvertTo(unit).Value;
        var baseYear = input.Baseline.Period.Year;
        var lastYear = target.Period.LastYear;
        var sinceBase = Math.Max(1, latest.Period.Year - baseYear);
        var projected = increase / sinceBase * (lastYear - baseYear);
        var magnitude = Math.Abs(figure);
        var policy = input.Policy;
        return Verdict(input, increase, figure, sinceBase, Math.Max(1, lastYear - baseYear), magnitude * policy.AboutToleranceForLevels.Fraction,
            magnitude * policy.ExceededMarginForLevels.Fraction, figure == 0m ? null : Percent.FromFraction(increase / figure), required: null, projected, unit,
            isFinal: latest.Period.Year >= lastYear, yearsObserved: input.Figures.Length);
    }

    /// <summary>A growth relative to another indicator's over the same years (高于GDP增长, 与经济增长同步): the two average annual rates compared.</summary>
    private static TargetAssessment Relative(SeriesInput input)
    {
        var target = input.Target;
        if (input.Related is null)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingRelatedFigure);
        }
        var (own, stop) = Factors(input.Indicator, input.Baseline, input.Figures, target.Period.Year);
        if (own.Count == 0)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, stop);
        }
        var (other, _) = Factors(input.Related, input.RelatedBaseline, input.RelatedFigures, target.Period.Year);
        var k = Math.Min(own.Count, other.Count);
        if (k == 0)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.MissingRelatedFigure);
        }
        var ownAverage = (DecimalMath.Root(Product(own.GetRange(0, k)), k) - 1m) * 100m;
        var otherAverage = (DecimalMath.Root(Product(other.GetRange(0, k)), k) - 1m) * 100m;
        var bound = otherAverage + target.Rate!.Value.Value;
        var policy = input.Policy;
        var status = Verdicts.Judge(ownAverage, bound, target.Qualifier!.Value, 1, policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value, policy);
        var isFinal = k == input.Years;
        return new TargetAssessment(Verdicts.Pace(status, isFinal), AttainmentReason.None, target.Kind, target.Qualifier, Unit.Percent,
            ownAverage, bound, null, null, isFinal, null, Percent.FromFraction((decimal)k / input.Years), null, null, k);
    }

    /// <summary>A bound that must hold every year (每年控制在5.5%以内): one year outside it is a miss for the span.</summary>
    private static TargetAssessment EachYear(SeriesInput input)
    {
        var target = input.Target;
        var policy = input.Policy;
        var qualifier = target.Qualifier!.Value;
        var figure = target.Figure!.Value.Value;
        var unit = target.Kind == TargetKind.Level ? target.Amount!.Value.Unit : Unit.Percent;
        var magnitude = Math.Abs(figure);
        var (tolerance, margin) = target.Kind == TargetKind.Level
            ? (magnitude * policy.AboutToleranceForLevels.Fraction, magnitude * policy.ExceededMarginForLevels.Fraction)
            : (policy.AboutToleranceForRates.Value, policy.ExceededMarginForRates.Value);
        // The year that decides: the first miss, or else the latest year.
        var (value, status) = (0m, AttainmentStatus.Achieved);
        foreach (var f in input.Figures)
        {
            decimal? yearValue = target.Kind switch
            {
                TargetKind.Level => f.Level?.ConvertTo(unit).Value,
                TargetKind.Reduction => -f.Growth?.Value,
                _ => f.Growth?.Value,
            };
            if (yearValue is not { } v)
            {
                return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, target.Kind == TargetKind.Level ? AttainmentReason.MissingLevel : AttainmentReason.MissingGrowth);
            }
            (value, status) = (v, Verdicts.Judge(v, figure, qualifier, input.Better, tolerance, margin, policy));
            if (status == AttainmentStatus.NotAchieved)
            {
                break;
            }
        }
        var missed = status == AttainmentStatus.NotAchieved;
        var isFinal = missed || input.Figures[^1].Period.Year >= target.Period.LastYear;
        var verdict = missed ? AttainmentStatus.NotAchieved : isFinal ? status : AttainmentStatus.OnTrack;
        return new TargetAssessment(verdict, AttainmentReason.None, target.Kind, target.Qualifier, unit, value, figure, null, null, isFinal, null,
            Percent.FromFraction(Math.Min(1m, (decimal)input.Figures.Length / input.Years)), null, null, input.Figures.Length);
    }

    /// <summary>A qualitative aim: judged by a recorded assessment (an observation saying whether the aim was met), or reported as qualitative.</summary>
    private static TargetAssessment Qualitative(SeriesInput input)
    {
        var target = input.Target;
        var recorded = input.Figures.LastOrDefault(f => f.Completed is not null);
        if (recorded is null)
        {
            return Verdicts.NotJudged(target, AttainmentStatus.NotAssessable, AttainmentReason.QualitativeAim);
        }
        var isFinal = recorded.Period.End >= target.Period.End;
        var status = recorded.Completed == true ? AttainmentStatus.Achieved : AttainmentStatus.NotAchieved;
        return new TargetAssessment(Verdicts.Pace(status, isFinal), AttainmentReason.None, target.Kind, null, Unit.Percent,
            recorded.Completed == true ? 1m : 0m, null, null, null, isFinal, null, null);
    }

    /// <summary>A task over a span: judged on the latest report, as an annual task is.</summary>
    private static TargetAssessment CompletionRuleOnLatest(SeriesInput input) =>
        TargetRules.For(TargetKind.Completion).Assess(new AssessmentInput(input.Target, input.Indicator, input.Figures[^1], null, input.AsOf, input.Policy));

    /// <summary>
    /// The verdict of a figure so far against the end target: final after the last year; before it,
    /// achieved early when a floor is already met, otherwise on track while the progress keeps up with
    /// the elapsed share (a ceiling: while it holds).
    /// </summary>
    private static TargetAssessment Verdict(SeriesInput input, decimal actual, decimal figure, int elapsedYears, int spanYears, decimal tolerance, decimal margin,
        Percent? progress, Percent? required, decimal? projected, Unit? unit = null, bool? isFinal = null, int? yearsObserved = null)
    {
        var target = input.Target;
        var policy = input.Policy;
        var qualifier = target.Qualifier!.Value;
        var better = input.Better;
        var final = isFinal ?? elapsedYears >= spanYears;
        var status = Verdicts.Judge(actual, figure, qualifier, better, tolerance, margin, policy);
        var elapsed = Percent.FromFraction(Math.Min(1m, (decimal)elapsedYears / spanYears));
        var floor = Verdicts.IsFloor(qualifier, better, policy);
        AttainmentStatus verdict;
        if (final)
        {
            verdict = status;
        }
        else if (floor && status is AttainmentStatus.Achieved or AttainmentStatus.Exceeded)
        {
            verdict = AttainmentStatus.AchievedEarly;
        }
        else if (!floor)
        {
            verdict = status == AttainmentStatus.NotAchieved ? AttainmentStatus.Behind : AttainmentStatus.OnTrack;
        }
        else
        {
            verdict = progress is { } p && p.Value >= elapsed.Value - policy.PaceTolerance.Value ? AttainmentStatus.OnTrack : AttainmentStatus.Behind;
        }
        return new TargetAssessment(verdict, AttainmentReason.None, target.Kind, target.Qualifier, unit ?? Unit.Percent, actual, figure, target.Stretch?.Value,
            Verdicts.Stretch(actual, target.Stretch?.Value, better, final), final, floor ? progress : null, elapsed,
            final ? null : required, final ? null : projected, yearsObserved ?? elapsedYears);
    }
}
