using DevPlan.Core.Periods;

namespace DevPlan.Core.Drafting;

/// <summary>What the drafting reader needs beyond the text (the plan's id, year and region), how to read it, and its limits on untrusted input.</summary>
/// <remarks>Limits are checked as the text is read: a larger document is refused with the limit and the option that sets it.</remarks>
public sealed record DraftOptions
{
    /// <summary>Gets the default options: everything taken from the text, the standard catalogue, and the default limits.</summary>
    public static DraftOptions Default { get; } = new();

    /// <summary>Gets the plan's id; null (the default) drafts <c>draft-&lt;year&gt;</c> with a finding saying so.</summary>
    public string? PlanId { get; init; }

    /// <summary>
    /// Gets the plan year; null (the default) takes it from a heading of the text (2024年经济社会发展主要预期目标为：),
    /// and without one the draft has no plan and a finding says so.
    /// </summary>
    public int? Year { get; init; }

    /// <summary>Gets the span of years of a multi-year plan (2021/2025 for a five-year plan), whose first year is the plan year; null (the default) for an annual plan.</summary>
    public ReportingPeriod? Horizon { get; init; }

    /// <summary>Gets the region's code; null (the default) drafts <c>region</c> with a finding saying so.</summary>
    public string? RegionCode { get; init; }

    /// <summary>
    /// Gets the region's name (济南高新区, 广东省); null (the default) drafts a placeholder with a finding saying so.
    /// The name, and the name without its 省, 市, 区 or 县, may stand before an indicator in the text (广东地区生产总值).
    /// </summary>
    public string? RegionName { get; init; }

    /// <summary>Gets the year results are for when a results sentence names none; null (the default) is the year before the plan year.</summary>
    public int? ResultsYear { get; init; }

    /// <summary>Gets the name of the document the text comes from (《2024年政府工作报告》), written before each drafted result's source; null (the default) writes the clause alone.</summary>
    public string? SourceName { get; init; }

    /// <summary>Gets whether the sentences state targets, results, or each by its words (the default).</summary>
    public DraftMode Mode { get; init; } = DraftMode.Auto;

    /// <summary>Gets the catalogue whose names the reader recognises; <see cref="IndicatorCatalogue.Standard"/> by default.</summary>
    public IndicatorCatalogue Catalogue { get; init; } = IndicatorCatalogue.Standard;

    /// <summary>Gets the largest document read, in UTF-8 bytes; 4 MiB (4,194,304) by default.</summary>
    public int MaxInputBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Gets the longest clause read, in characters; a longer one is a finding (<see cref="DraftFindingKind.ClauseTooLong"/>). 1,000 by default.</summary>
    public int MaxClauseLength { get; init; } = 1000;

    /// <summary>Gets the most findings kept; at the next one the reader stops with a finding saying so. 1,000 by default.</summary>
    public int MaxFindings { get; init; } = 1000;

    /// <summary>Gets the most targets and observations drafted together; at the next one the reader stops with a finding saying so. 10,000 by default.</summary>
    public int MaxElements { get; init; } = 10000;
}
