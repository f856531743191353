using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests;

/// <summary>The seed files, copied beside the test assembly from the repository's seeds/ folder.</summary>
internal static class SeedFiles
{
    public static string JinanPlanPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.plan.json");

    public static byte[] JinanPlanBytes() => File.ReadAllBytes(JinanPlanPath);

    private static readonly Lazy<Plan> Jinan = new(() => PlanJson.ReadFile(JinanPlanPath));

    public static Plan JinanPlan => Jinan.Value;
}
