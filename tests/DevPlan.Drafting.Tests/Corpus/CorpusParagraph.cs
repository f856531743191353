using DevPlan.Core.Drafting;
using DevPlan.Core.Periods;

namespace DevPlan.Drafting.Tests.Corpus;

/// <summary>
/// A published paragraph, as retrieved, with the targets, results and findings a person reading it
/// expects, written by hand in the form of <see cref="Describe"/>: the findings are the clauses
/// (as written) the grammar is expected not to draft from.
/// </summary>
/// <param name="Id">A short name.</param>
/// <param name="Document">The document the paragraph is from, as published.</param>
/// <param name="Date">The date of the document or of the event it reports.</param>
/// <param name="Url">Where the paragraph was retrieved.</param>
/// <param name="Text">The paragraph, as retrieved.</param>
internal sealed record CorpusParagraph(string Id, string Document, string Date, string Url, string Text)
{
    public int? Year { get; init; }

    public ReportingPeriod? Horizon { get; init; }

    public string Region { get; init; } = "全国";

    public DraftMode Mode { get; init; } = DraftMode.Auto;

    public string[] Targets { get; init; } = [];

    public string[] Results { get; init; } = [];

    public string[] Findings { get; init; } = [];

    public DraftOptions Options => new()
    {
        PlanId = "corpus-" + Id.ToLowerInvariant(),
        RegionCode = "region",
        RegionName = Region,
        Year = Horizon is null ? Year : null,
        Horizon = Horizon,
        Mode = Mode,
        SourceName = Document,
    };

    public override string ToString() => Id;
}
