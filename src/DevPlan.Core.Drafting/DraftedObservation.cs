using System.Collections.Immutable;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting;

/// <summary>
/// A result drafted from the text: a level and growth rate of a period (an <see cref="Observation"/>),
/// or an average annual rate over several years (年均增长, 两年平均增长), which the model's observations
/// do not hold, with the result's relations to references, and where it came from.
/// </summary>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="Period">The period: a year, a year to date, December for a year-end figure, or a span for an average annual rate.</param>
/// <param name="Observation">The observation, or null for an average annual rate alone.</param>
/// <param name="AverageAnnualGrowth">The average annual rate over <paramref name="Period"/>, or null.</param>
/// <param name="Comparisons">The result's relations to references, in text order.</param>
/// <param name="Source">The clause (or first clause) it was read from.</param>
/// <param name="Sentence">The sentence of that clause.</param>
public sealed record DraftedObservation(string Indicator, ReportingPeriod Period, Observation? Observation, Percent? AverageAnnualGrowth,
    ImmutableArray<DraftComparison> Comparisons, SourceSpan Source, SourceSpan Sentence);
