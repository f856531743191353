using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Cli.Reports;

/// <summary>Everything a report shows: the plan, the verdicts in plan order, and the zone contributions.</summary>
internal sealed class AttainmentReport
{
    private AttainmentReport(PlanEvaluation evaluation, Labels labels, ImmutableArray<ZoneContribution> contributions, ImmutableArray<string> contributionNotes)
    {
        Evaluation = evaluation;
        Labels = labels;
        Contributions = contributions;
        ContributionNotes = contributionNotes;
    }

    public PlanEvaluation Evaluation { get; }

    public Plan Plan => Evaluation.Plan;

    public Labels Labels { get; }

    public ImmutableArray<ZoneContribution> Contributions { get; }

    /// <summary>Why contributions were not computed for some indicators (comparable prices).</summary>
    public ImmutableArray<string> ContributionNotes { get; }

    public static AttainmentReport Build(PlanEvaluation evaluation, IReadOnlyList<Observation> observations, string language)
    {
        var labels = new Labels(language);
        var contributions = ImmutableArray.CreateBuilder<ZoneContribution>();
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var indicator in evaluation.Plan.Indicators)
        {
            var zoneLevels = observations.Where(o => o.Indicator == indicator.Code && !o.Zone.IsRegion && o.Level is not null && o.Period.Year == evaluation.Plan.Year && o.Period.End <= evaluation.AsOf).ToList();
            if (zoneLevels.Count == 0)
            {
                continue;
            }
            if (indicator.GrowthBasis == GrowthBasis.Comparable || indicator.Accumulation == Accumulation.Ratio)
            {
                notes.Add(labels[$"{labels.T(indicator.Name)}: zone contributions need constant-price increments and are not computed from current-price levels.",
                    $"{labels.T(indicator.Name)}：贡献率需按可比价增量计算，不以现价总量推算。"]);
                continue;
            }
            var period = zoneLevels.MaxBy(o => (o.Period.End, -o.Period.Start.DayOfYear))!.Period;
            var current = zoneLevels.Where(o => o.Period == period).ToList();
            var previousPeriod = period.SamePeriodPreviousYear();
            var previous = observations.Where(o => o.Indicator == indicator.Code && !o.Zone.IsRegion && o.Level is not null && o.Period == previousPeriod).ToList();
            if (current.Count < 1 || current.Any(c => previous.All(p => p.Zone != c.Zone)))
            {
                continue;
            }
            contributions.Add(new ZoneContribution(indicator, period, Aggregation.ZoneContributions(current, previous)));
        }
        return new AttainmentReport(evaluation, labels, contributions.ToImmutable(), notes.ToImmutable());
    }

    public string IndicatorName(TargetEvaluation result) => result.Indicator is { } i ? Labels.T(i.Name) : result.Target.Indicator;

    public string ZoneName(ZoneScope zone) => zone.ZoneCode is { } code ? Plan.FindZone(code) is { } z ? Labels.T(z.Name) : code : Labels["whole region", "全区"];

    /// <summary>The target as a person reads it: "growth about 7%", "at least USD 770 million", "complete the task".</summary>
    public string TargetText(Target target)
    {
        if (target.Figure is not { } value)
        {
            return Labels["complete the task", "完成任务"];
        }
        var figure = Figure(target.Kind, value.Value, value.Unit);
        var qualifier = Labels.Qualifier(target.Qualifier);
        return Labels.IsChinese
            ? $"{(target.Kind == TargetKind.Level ? "" : Labels.Kind(target.Kind))}{figure}{qualifier}"
            : $"{(target.Kind == TargetKind.Level ? "" : Labels.Kind(target.Kind) + " ")}{(qualifier.Length > 0 ? qualifier + " " : "")}{figure}";
    }

    public string ActualText(TargetAssessment assessment) => assessment switch
    {
        { Kind: TargetKind.Completion, Actual: { } a } => a == 1m ? Labels["completed", "已完成"] : Labels["not completed", "未完成"],
        { Actual: { } a } => Figure(assessment.Kind, a, assessment.Unit),
        _ => "–",
    };

    public string GapText(TargetAssessment assessment) => assessment switch
    {
        { RateGap: { } points } => points.ToString("F2", CultureInfo.InvariantCulture),
        { LevelGap: { } gap } => (gap.Value > 0 ? "+" : "") + gap.ToString(Labels.Language, CultureInfo.InvariantCulture),
        _ => "–",
    };

    public string PaceText(TargetAssessment assessment) => assessment is { ElapsedShare: { } elapsed, Completion: { } done, PaceGap: { } gap }
        ? Labels[$"{done.ToString("F1", CultureInfo.InvariantCulture)} done, {elapsed.ToString("F1", CultureInfo.InvariantCulture)} elapsed ({gap.ToString("F1", CultureInfo.InvariantCulture)})",
            $"完成{done.ToString("F1", CultureInfo.InvariantCulture)}，时间{elapsed.ToString("F1", CultureInfo.InvariantCulture)}（{gap.ToString("F1", CultureInfo.InvariantCulture)}）"]
        : "";

    private string Figure(TargetKind kind, decimal value, Unit unit) =>
        kind == TargetKind.Level
            ? new Quantity(Math.Round(value, 4, MidpointRounding.AwayFromZero), unit).ToString(Labels.Language, CultureInfo.InvariantCulture)
            : Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}

/// <summary>The zones' contributions to one indicator's growth in a period.</summary>
internal sealed record ZoneContribution(Indicator Indicator, ReportingPeriod Period, ContributionBreakdown Breakdown);
