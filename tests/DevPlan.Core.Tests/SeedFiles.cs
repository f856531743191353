using DevPlan.Core.Attainment;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests;

/// <summary>The seed files, copied beside the test assembly from the repository's seeds/ folder.</summary>
internal static class SeedFiles
{
    public static string JinanPlanPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.plan.json");

    public static byte[] JinanPlanBytes() => File.ReadAllBytes(JinanPlanPath);

    private static readonly Lazy<Plan> Jinan = new(() => PlanJson.ReadFile(JinanPlanPath));

    public static Plan JinanPlan => Jinan.Value;

    public static string FiveYearPlanPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "china-14th-five-year-plan.plan.json");

    public static string FiveYearObservationsPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "china-14th-five-year-plan.observations.csv");

    private static readonly Lazy<Plan> FiveYear = new(() => PlanJson.ReadFile(FiveYearPlanPath));

    /// <summary>China's 14th Five-Year Plan main-indicator table (2021–2025).</summary>
    public static Plan FiveYearPlan => FiveYear.Value;

    /// <summary>The published national figures of 2021–2023 for it, each row naming its source.</summary>
    public static IReadOnlyList<Observation> FiveYearObservations()
    {
        using var stream = File.OpenRead(FiveYearObservationsPath);
        return ObservationCsv.ReadLenient(stream, ObservationCsvOptions.Default with { Units = FiveYearPlan.UnitSystem }).Observations;
    }

    /// <summary>
    /// The seed's figures of 2021 to <paramref name="lastYear"/>, each counted as known when its year ends (release dates
    /// set aside): the figures a review of those years judges, whenever each was published.
    /// </summary>
    public static IReadOnlyList<Observation> FiveYearFiguresThrough(int lastYear) =>
        [.. FiveYearObservations().Where(o => o.Period.LastYear <= lastYear)
            .Select(o => new Observation(o.Indicator, o.Period, o.Level, o.Growth, o.Completed) { Zone = o.Zone, Status = o.Status, Source = o.Source })];

    /// <summary>The national annual plans of 2021–2025 under the 14th Five-Year Plan (the targets of each year's Government Work Report).</summary>
    public static IReadOnlyList<Plan> AnnualPlansOf14th { get; } =
        [.. new[] { 2021, 2022, 2023, 2024, 2025 }.Select(y => PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", $"china-{y}-annual-plan.plan.json")))];

    /// <summary>The 14th plan evaluated with its annual plans, each on the same figures and at the same date.</summary>
    public static PlanEvaluation EvaluateFiveYearWithAnnualPlans(IReadOnlyList<Observation> figures, NodaTime.LocalDate asOf) =>
        PlanEvaluator.EvaluateWithAnnualPlans(FiveYearPlan,
            AnnualPlansOf14th.Select(p => PlanEvaluator.Evaluate(p, figures.Where(f => p.FindIndicator(f.Indicator) is not null), asOf)), figures, asOf);

    public static string NationalPlanPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "china-2023-annual-plan.plan.json");

    private static readonly Lazy<Plan> National = new(() => PlanJson.ReadFile(NationalPlanPath));

    /// <summary>China's 2023 national annual plan (the targets of the 2023 Government Work Report).</summary>
    public static Plan NationalPlan => National.Value;
}
