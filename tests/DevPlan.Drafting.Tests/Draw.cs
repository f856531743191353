using DevPlan.Core.Drafting;

namespace DevPlan.Drafting.Tests;

/// <summary>Drafts short texts for the tests of the grammar, with a plan id, year and region given.</summary>
internal static class Draw
{
    public static readonly DraftOptions Options = new() { PlanId = "p", RegionCode = "r", RegionName = "济南市", Year = 2024 };

    public static PlanDraft Draft(string text, DraftOptions? options = null) => PlanDrafter.Draft(text, options ?? Options);

    public static string[] Targets(string text, DraftOptions? options = null) => [.. Draft(text, options).Targets.Select(t => Describe.Target(t.Target))];

    public static string[] Results(string text, DraftOptions? options = null) =>
        [.. Draft(text, (options ?? Options) with { Mode = DraftMode.Results }).Observations.Select(Describe.Observation)];

    public static string[] Findings(string text, DraftOptions? options = null) => [.. Draft(text, options).Findings.Select(f => f.Source.Text)];
}
