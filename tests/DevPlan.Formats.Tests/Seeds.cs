using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using NodaTime;

namespace DevPlan.Formats.Tests;

/// <summary>The seed plans evaluated against their observations, as the formats' tests write them.</summary>
internal static class Seeds
{
    public static List<Observation> Observations(string name) =>
        [.. ObservationCsv.Read(File.OpenRead(Repository.PathOf("seeds", name + ".observations" + (name.StartsWith("jinan", StringComparison.Ordinal) ? ".sample" : "") + ".csv")))];

    public static PlanEvaluation Evaluate(string name)
    {
        var plan = PlanJson.ReadFile(Repository.PathOf("seeds", name + ".plan.json"));
        return PlanEvaluator.Evaluate(plan, Observations(name), new LocalDate(2025, 3, 31));
    }

    public static EvaluationReport Report(string name, Catalogue catalogue) => EvaluationReport.Build(Evaluate(name), catalogue);
}
