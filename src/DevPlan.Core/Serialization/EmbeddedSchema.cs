namespace DevPlan.Core.Serialization;

/// <summary>The JSON Schemas (draft 2020-12) embedded in the package, read once on first use.</summary>
internal static class EmbeddedSchema
{
    private static readonly Lazy<string> PlanText = new(() => Load("plan.schema.json"));
    private static readonly Lazy<string> ObservationsText = new(() => Load("observations.schema.json"));

    /// <summary>The schema of plan documents.</summary>
    public static string Plan => PlanText.Value;

    /// <summary>The schema of observation documents.</summary>
    public static string Observations => ObservationsText.Value;

    private static string Load(string name)
    {
        using var stream = typeof(EmbeddedSchema).Assembly.GetManifestResourceStream("DevPlan.Core.Schemas." + name)
            ?? throw new InvalidOperationException($"The embedded schema {name} is missing from {typeof(EmbeddedSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
