using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

/// <summary>
/// The result record: the columns of one row per target that every tabular report writes (CSV, Parquet,
/// the workbook's data columns, and the results of the JSON report), described once. Each row carries
/// the plan, the as-of date and the language, so that the rows of several evaluations can be stacked.
/// </summary>
public static class ResultRecord
{
    private static readonly Lazy<string> JsonSchemaText = new(() =>
    {
        using var stream = typeof(ResultRecord).Assembly.GetManifestResourceStream("DevPlan.Core.Reporting.Schemas.report.schema.json")
            ?? throw new InvalidOperationException("The embedded report schema is missing from DevPlan.Core.Reporting.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of the JSON evaluation report (<c>devplan evaluate --format json</c>),
    /// made from these columns: its results have one member per column.
    /// </summary>
    public static string JsonSchema => JsonSchemaText.Value;

    /// <summary>The code of an enumeration member as every format writes it: camelCase, as JSON does (<c>notAchieved</c>).</summary>
    /// <typeparam name="T">The enumeration.</typeparam>
    /// <param name="value">The member.</param>
    /// <returns>The code.</returns>
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    /// <summary>Gets the columns, in the order the formats write them.</summary>
    public static ImmutableArray<ResultColumn> Columns { get; } =
    [
        new("plan", ResultColumnType.Text, false, "The plan's id.", (r, _) => r.Plan.Id, perReport: true),
        new("asOf", ResultColumnType.Date, false, "The date the evaluation was made as of.", (r, _) => r.Evaluation.AsOf, perReport: true),
        new("language", ResultColumnType.Text, false, "The language of the words in the row: zh or en.", (r, _) => r.Catalogue.IsChinese ? "zh" : "en", perReport: true),
        Text("targetId", false, "The target's id.", (_, row) => row.Result.Target.Id),
        Text("indicator", false, "The indicator's code.", (_, row) => row.Result.Target.Indicator),
        Text("zone", true, "The zone's code; empty for the whole region.", (_, row) => row.Result.Target.Zone.ZoneCode),
        Text("period", false, "The target's period (2024, 2021/2025, 2024-Q2).", (_, row) => row.Result.Target.Period.ToString()),
        new("periodStart", ResultColumnType.Date, false, "The first day of the target's period.", (_, row) => row.Result.Target.Period.Start),
        new("periodEnd", ResultColumnType.Date, false, "The last day of the target's period.", (_, row) => row.Result.Target.Period.End),
        Coded<TargetKind>("kind", false, "The target's kind: growthRate, reduction, level, completion, averageAnnualGrowth, increase, relative, qualitative.", (_, row) => Code(row.Result.Target.Kind)),
        Coded<TargetQualifier>("qualifier", true, "The target's qualifier: about, atLeast, atMost, exactly, greaterThan, lessThan; empty for a task or an aim.", (_, row) => row.Result.Target.Qualifier is { } q ? Code(q) : null),
        Coded<TargetNature>("nature", false, "expected or binding.", (_, row) => Code(row.Result.Target.Nature)),
        Coded<AttainmentStatus>("status", false, "The verdict: achieved, exceeded, notAchieved, onTrack, behind, atRisk, achievedEarly, noData, notAssessable.", (_, row) => Code(row.Result.Assessment.Status)),
        Coded<AttainmentReason>("reason", true, "Why a target could not be judged (noObservation, missingYear, …); empty when judged.", (_, row) => row.Result.Assessment.Reason == AttainmentReason.None ? null : Code(row.Result.Assessment.Reason)),
        Coded<VerdictMeasure>("measure", false, "What the actual figure measures: growth, reduction, level, cumulativeGrowth, cumulativeReduction, averageGrowth, levelSum, increase, relativeGrowth, everyYear, task, aim.", (_, row) => Code(row.Result.Assessment.Measure)),
        Coded<TargetBound>("bound", false, "How the target bounds its figure: floor, ceiling, band, none.", (_, row) => Code(row.Result.Assessment.Bound)),
        Coded<IndicatorDirection>("better", false, "Which direction of the figure is better: higherIsBetter or lowerIsBetter.", (_, row) => Code(row.Result.Assessment.Better)),
        Coded<VerdictStage>("stage", false, "Whether the verdict is final and why: inProgress, final, periodEnded, breached.", (_, row) => Code(row.Result.Assessment.Stage)),
        new("broadlyAchieved", ResultColumnType.Boolean, false, "Whether an about target was met within its band but short of its figure (基本完成).", (_, row) => row.Result.Assessment.IsBroadlyAchieved),
        Figure("target", "The figure the actual is judged against, in unit (for a relation, the other indicator's rate plus the offset; exact in JSON and Parquet, to one decimal in CSV).", a => a.Target,
            shown: row => row.Result.Assessment.Target is { } t && Computed(row.Result.Assessment) ? Math.Round(t, 1, MidpointRounding.AwayFromZero) : row.Result.Assessment.Target),
        Figure("actual", "The actual figure in the target's terms, in unit; for a task or an aim 1 for done and 0 for not (a computed rate exact in JSON and Parquet, as the sentences round it in CSV).", a => a.Actual,
            shown: row => Explanations.ShownActual(row.Result)),
        Figure("gap", "actual − target, in gapUnit; empty for a task or an aim (exact in JSON and Parquet, to the decimals of its figures in CSV).", a => a.Gap,
            shown: row => Explanations.ShownGap(row.Result)),
        Text("gapUnit", true, "The unit of gap: percentagePoints when the figures are in percent, else the unit.", (_, row) => row.Result.Assessment.Gap is null ? null : row.Result.Assessment.Unit == Unit.Percent ? "percentagePoints" : row.Result.Assessment.Unit.ToString()),
        Text("unit", true, "The unit of target and actual (percent, 10^8 CNY, 10^4 person); empty for a task or an aim.", (_, row) => row.Result.Assessment.Measure is VerdictMeasure.Task or VerdictMeasure.Aim ? null : row.Result.Assessment.Unit.ToString()),
        Figure("completion", "The share of a floor or band target done, in percent (exact in JSON and Parquet; one decimal in CSV).", a => a.Completion?.Value, shownDecimals: 1),
        Figure("usedShare", "The share of a ceiling used during its period, in percent (exact in JSON and Parquet; one decimal in CSV).", a => a.UsedShare?.Value, shownDecimals: 1),
        Figure("elapsedShare", "The share of the target's period elapsed, in percent (exact in JSON and Parquet; one decimal in CSV).", a => a.ElapsedShare?.Value, shownDecimals: 1),
        Figure("paceGap", "completion (or usedShare) − elapsedShare, in percentage points.", a => a.PaceGap?.Value, shownDecimals: 1),
        Figure("requiredRate", "During a span, the rate each remaining year needs to reach the target, in percent.", a => a.RequiredRate?.Value, shownDecimals: 1),
        Figure("projected", "During a span, the end figure at the pace so far, in unit (exact in JSON and Parquet; in CSV to one decimal of a rate, to the decimals of the figures of a level).", a => a.Projected,
            shown: row => row.Result.Assessment is { Projected: { } p } a
                ? Math.Round(p, a.Unit == Unit.Percent ? 1 : Math.Max(a.Actual?.Scale ?? 0, a.Target?.Scale ?? 0), MidpointRounding.AwayFromZero) : null),
        Year("yearsObserved", "For a target judged over years, the years with a figure the verdict rests on.", a => a.YearsObserved),
        Year("latestYear", "For a target judged over years, the last year the verdict rests on.", a => a.LatestYear),
        Year("missingYear", "For a target judged over years, the first year needed and missing.", a => a.MissingYear),
        Text("baselinePeriod", true, "The period of the baseline a target is measured from.", (_, row) => row.Result.Baseline?.Period.ToString()),
        Figure("stretch", "The stretch figure (力争), in unit.", a => a.Stretch),
        Coded<AttainmentStatus>("stretchStatus", true, "The verdict on the stretch figure.", (_, row) => row.Result.Assessment.StretchStatus is { } s ? Code(s) : null),
        new("final", ResultColumnType.Boolean, false, "Whether the verdict is final.", (_, row) => row.Result.Assessment.IsFinal),
        new("provisional", ResultColumnType.Boolean, false, "Whether the verdict rests on a provisional or estimated figure.", (_, row) => row.IsProvisional),
        Text("observationPeriod", true, "The period of the figure judged.", (_, row) => row.Result.Observation?.Period.ToString()),
        Coded<FigureBasis>("basis", false, "What the figure judged rests on: published, summedLevels, none.", (_, row) => Code(row.Result.Basis)),
        Text("verdict", false, "The verdict's word in the report's language (完成, achieved).", (_, row) => row.Status),
        Text("note", true, "The target's note in the report's language.", (_, row) => row.Note),
        Text("explanation", false, "The verdict in one sentence, in the report's language.", (_, row) => row.Explanation),
    ];

    private static ResultColumn Text(string name, bool nullable, string description, Func<EvaluationReport, ReportRow, string?> value) =>
        new(name, ResultColumnType.Text, nullable, description, value);

    /// <summary>A text column holding the code of a member of <typeparamref name="T"/>.</summary>
    private static ResultColumn Coded<T>(string name, bool nullable, string description, Func<EvaluationReport, ReportRow, string?> value) where T : struct, Enum =>
        new(name, ResultColumnType.Text, nullable, description, value, codes: [.. Enum.GetValues<T>().Where(v => !(typeof(T) == typeof(AttainmentReason) && v.Equals(AttainmentReason.None))).Select(Code)]);

    private static ResultColumn Figure(string name, string description, Func<TargetAssessment, decimal?> value, int? shownDecimals = null, Func<ReportRow, decimal?>? shown = null) =>
        new(name, ResultColumnType.Decimal, true, description, (_, row) => value(row.Result.Assessment), shownDecimals: shownDecimals, shown: shown);

    /// <summary>Whether a target's figure is computed, not stated: a relation's (the other indicator's rate plus the offset) or the annual targets' average.</summary>
    private static bool Computed(TargetAssessment a) => a.Measure is VerdictMeasure.RelativeGrowth or VerdictMeasure.AnnualTargets;

    private static ResultColumn Year(string name, string description, Func<TargetAssessment, int?> value) =>
        new(name, ResultColumnType.Integer, true, description, (_, row) => value(row.Result.Assessment));
}
