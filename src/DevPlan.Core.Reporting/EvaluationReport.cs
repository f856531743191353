using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

/// <summary>
/// An evaluation put into words in one language: what every report format shows (a table, JSON,
/// Markdown, HTML, a workbook). The figures stay in <see cref="Evaluation"/>, unrounded; the texts
/// follow the rules of <see cref="Explanations"/>.
/// </summary>
public sealed class EvaluationReport
{
    private EvaluationReport(PlanEvaluation evaluation, Catalogue catalogue, ImmutableArray<ReportRow> rows, ImmutableArray<ReportContribution> contributions, ImmutableArray<string> notes)
    {
        Evaluation = evaluation;
        Catalogue = catalogue;
        Rows = rows;
        Contributions = contributions;
        ContributionNotes = notes;
    }

    /// <summary>Gets the evaluation reported.</summary>
    public PlanEvaluation Evaluation { get; }

    /// <summary>Gets the plan evaluated.</summary>
    public Plan Plan => Evaluation.Plan;

    /// <summary>Gets the report's language.</summary>
    public Catalogue Catalogue { get; }

    /// <summary>Gets one row per target, in plan order.</summary>
    public ImmutableArray<ReportRow> Rows { get; }

    /// <summary>Gets the zones' contributions to the growth of each indicator that has them.</summary>
    public ImmutableArray<ReportContribution> Contributions { get; }

    /// <summary>Gets why the zones' contributions are not computed for some indicators, in words.</summary>
    public ImmutableArray<string> ContributionNotes { get; }

    /// <summary>Gets the plan's title in the report's language.</summary>
    public string Title => Catalogue.Text(Plan.Title);

    /// <summary>Gets the as-of date in ISO form.</summary>
    public string AsOf => Evaluation.AsOf.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Gets the as-of date as the report's language writes it: 2023年12月31日, 31 December 2023.</summary>
    public string AsOfText => Catalogue.Format(Evaluation.AsOf);

    /// <summary>Gets the plan's period as a header names it: 规划期2021—2025年 for a multi-year plan, 计划年度2024年 for an annual one.</summary>
    public string PlanPeriod => Catalogue.Format(Plan.Horizon.Kind == Periods.PeriodKind.Span ? "report.planPeriod.span" : "report.planPeriod.year", ("period", Catalogue.Format(Plan.Horizon)));

    /// <summary>The line under a report's title: 截至2023年12月31日 · 规划期2021—2025年 · 中华人民共和国.</summary>
    public string AsOfLine => Catalogue.Format("report.asOfLine", ("date", AsOfText), ("period", PlanPeriod), ("region", Region));

    /// <summary>The sentence under a report's title, for formats that write sentences (Markdown, a workbook).</summary>
    public string AsOfSentence => Catalogue.Format("report.asOfSentence", ("date", AsOfText),
        ("Period", Catalogue.Format(Plan.Horizon.Kind == Periods.PeriodKind.Span ? "report.planPeriodSentence.span" : "report.planPeriodSentence.year", ("period", Catalogue.Format(Plan.Horizon)))),
        ("region", Region));

    /// <summary>Gets the region's name in the report's language.</summary>
    public string Region => Catalogue.Text(Plan.Region.Name);

    /// <summary>Gets whether the plan's region has zones: a report of a plan without zones says nothing of zones' contributions.</summary>
    public bool HasZones => !Evaluation.Plan.Zones.IsEmpty;

    /// <summary>Gets whether any verdict rests on a provisional or estimated figure (the rows marked †).</summary>
    public bool HasProvisional => Rows.Any(r => r.IsProvisional);

    /// <summary>
    /// Gets the count of each verdict word the rows show, in the order a review lists them (met, ahead, as expected,
    /// at risk or lagging, missed, then those without a verdict): "3 achieved, 1 lagging", "提前完成5项，基本符合预期3项".
    /// A word counted here is the word in the rows: 基本符合预期 during a span is not counted as 进度正常. When
    /// some targets are binding, they are counted again apart (其中约束性指标8项，完成6项，未完成2项).
    /// </summary>
    public string Summary
    {
        get
        {
            var all = Counted(Rows);
            var binding = Rows.Where(r => r.Result.Target.Nature == TargetNature.Binding).ToList();
            // The binding targets are counted apart, as a review reports them (其中约束性指标8项：完成6项…), when some but not all are binding.
            return binding.Count == 0 || binding.Count == Rows.Length ? all
                : Catalogue.Format("report.summaryBinding", ("summary", all), ("count", binding.Count.ToString(CultureInfo.InvariantCulture)), ("binding", Counted(binding)));
        }
    }

    private string Counted(IEnumerable<ReportRow> rows) => string.Join(Catalogue["grammar.listSeparator"], rows
        .Select((row, index) => (row.Status, Rank: SummaryRank(row.Result.Assessment.Status), index))
        .GroupBy(r => r.Status, StringComparer.Ordinal)
        .OrderBy(g => g.Min(r => r.Rank)).ThenBy(g => g.Min(r => r.index))
        .Select(g => Catalogue.Format("report.summaryItem", ("count", g.Count().ToString(CultureInfo.InvariantCulture)), ("status", g.Key))));

    private static int SummaryRank(AttainmentStatus status) => status switch
    {
        AttainmentStatus.AchievedEarly => 0,
        AttainmentStatus.Exceeded => 1,
        AttainmentStatus.Achieved => 2,
        AttainmentStatus.FasterThanExpected => 3,
        AttainmentStatus.OnTrack => 4,
        AttainmentStatus.AtRisk => 5,
        AttainmentStatus.Behind => 6,
        AttainmentStatus.NotAchieved => 7,
        AttainmentStatus.NoData => 8,
        AttainmentStatus.NotAssessable => 9,
    };

    /// <summary>Builds the report of an evaluation in a language.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="catalogue">The language.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationReport Build(PlanEvaluation evaluation, Catalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(catalogue);
        var c = catalogue;
        var rows = ImmutableArray.CreateBuilder<ReportRow>(evaluation.Results.Length);
        foreach (var result in evaluation.Results)
        {
            var a = result.Assessment;
            rows.Add(new ReportRow(
                result,
                result.Indicator is { } i ? c.Text(i.Name) : result.Target.Indicator,
                ZoneName(evaluation.Plan, result.Target.Zone, c),
                Explanations.Target(result.Target, c, result.RelatedIndicator, result.Indicator),
                Explanations.Actual(result, c),
                Explanations.Gap(result, c),
                Explanations.Pace(result, c),
                c.Verdict(a),
                Explanations.Explain(result, c),
                result.Target.Note is { } note ? c.Text(note) : null,
                result.Sources.Any(s => s.Status is not (ObservationStatus.Normal or ObservationStatus.Break)) && a.Status is not (AttainmentStatus.NoData or AttainmentStatus.NotAssessable)));
        }
        var notes = evaluation.ZoneContributions.Where(z => !z.IsComputed).Select(z => c.Format(z.Gap!.Value switch
        {
            ZoneContributionGap.ComparablePrices => "report.contributionGap.comparablePrices",
            ZoneContributionGap.Ratio => "report.contributionGap.ratio",
            ZoneContributionGap.NonPositiveBase => "report.contributionGap.nonPositiveBase",
            ZoneContributionGap.OutOfRange => "report.contributionGap.outOfRange",
        }, ("indicator", c.Text(z.Indicator.Name)))).ToImmutableArray();
        var contributions = evaluation.ZoneContributions.Where(z => z.IsComputed).Select(z => new ReportContribution(
            z,
            c.Text(z.Indicator.Name),
            c.Format(z.Period),
            c.Format(new Percent(Math.Round(z.Breakdown!.TotalGrowth.Value, 1, MidpointRounding.AwayFromZero) + 0.0m)),
            [.. z.Breakdown.Parts.Select(p => new ReportContributionPart(
                p,
                ZoneName(evaluation.Plan, ZoneScope.FromCode(p.Name), c),
                // Computed figures at fixed decimals (adding 0.0m pads the scale: 0 shows as 0.0).
                p.Share is { } share ? c.Format(new Percent(Math.Round(share.Value, 1, MidpointRounding.AwayFromZero) + 0.0m)) : "–",
                c.FormatSigned(new PercentagePoints(Math.Round(p.Pull.Value, 2, MidpointRounding.AwayFromZero) + 0.00m))))])).ToImmutableArray();
        return new EvaluationReport(evaluation, catalogue, rows.MoveToImmutable(), contributions, notes);
    }

    /// <summary>The indicator's name of a row, with the zone's in parentheses when the target is a zone's: 固定资产投资（东区）.</summary>
    /// <param name="row">The row.</param>
    /// <returns>The text.</returns>
    public string IndicatorWithZone(ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Result.Target.Zone.IsRegion ? row.Indicator : row.Indicator + Catalogue.Format("grammar.parenthetical", ("text", row.Zone));
    }

    /// <summary>The name of a zone of the plan, or of the whole region.</summary>
    /// <param name="zone">The zone.</param>
    /// <returns>The name in the report's language; the code of a zone the plan does not declare.</returns>
    public string ZoneName(ZoneScope zone) => ZoneName(Plan, zone, Catalogue);

    private static string ZoneName(Plan plan, ZoneScope zone, Catalogue c) =>
        zone.ZoneCode is { } code ? plan.FindZone(code) is { } z ? c.Text(z.Name) : code : c["label.wholeRegion"];
}
