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

    public static string NationalPlanPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "china-2023-annual-plan.plan.json");

    private static readonly Lazy<Plan> National = new(() => PlanJson.ReadFile(NationalPlanPath));

    /// <summary>China's 2023 national annual plan (the targets of the 2023 Government Work Report).</summary>
    public static Plan NationalPlan => National.Value;
}
