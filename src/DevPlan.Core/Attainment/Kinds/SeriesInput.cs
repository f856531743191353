using System.Collections.Immutable;
using NodaTime;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// What a multi-year target, or a target measured from its baseline or against another indicator,
/// is judged on: the baseline, the figures of its years so far (one per year, in order), and for a
/// relative target the other indicator's.
/// </summary>
/// <param name="Target">The target.</param>
/// <param name="Indicator">Its indicator.</param>
/// <param name="Baseline">The plan's baseline figure of the indicator and zone before the target's period, or null.</param>
/// <param name="Figures">The figures of the target's years that have ended by the as-of date, one per year, in year order; for a one-year target, the figure chosen for it.</param>
/// <param name="Related">The other indicator of a relative target, or null.</param>
/// <param name="RelatedBaseline">The other indicator's baseline, or null.</param>
/// <param name="RelatedFigures">The other indicator's figures of the same years.</param>
/// <param name="AsOf">The date of the assessment.</param>
/// <param name="Policy">The policy.</param>
internal sealed record SeriesInput(
    Target Target, Indicator Indicator, Observation? Baseline, ImmutableArray<Observation> Figures,
    Indicator? Related, Observation? RelatedBaseline, ImmutableArray<Observation> RelatedFigures, LocalDate AsOf, AttainmentPolicy Policy)
{
    /// <summary>Gets the annual plans' results on the target's indicator and zone, for a target set each year in them; empty otherwise.</summary>
    public System.Collections.Immutable.ImmutableArray<TargetEvaluation> AnnualResults { get; init; } = [];

    /// <summary>Gets the number of years the target's period covers (1 for a year).</summary>
    public int Years => Math.Max(1, Target.Period.YearCount);

    /// <summary>Gets the last year of the target's period that has ended by the as-of date (the year before the first when none has).</summary>
    public int LastYearEnded => Math.Min(Target.Period.LastYear, AsOf.Month == 12 && AsOf.Day == 31 ? AsOf.Year : AsOf.Year - 1);

    /// <summary>The first year that has ended by the as-of date after the last one a verdict rests on, when the figures stop short of the as-of date; null otherwise.</summary>
    public int? MissingAfter(int latestYear) => latestYear < LastYearEnded ? latestYear + 1 : null;

    /// <summary>Gets whether the target's period is a span of years that has ended by the as-of date: its verdict is final, whatever figures it has.</summary>
    public bool SpanOver => Target.Period.Kind == Periods.PeriodKind.Span && AsOf >= Target.Period.End;
}
