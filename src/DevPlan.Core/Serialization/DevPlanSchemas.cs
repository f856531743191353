
namespace DevPlan.Core.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the documents the library reads and writes, embedded in the
/// package. They describe the form; <see cref="Validation.PlanValidator"/> checks what a schema
/// cannot (references, uniqueness, units against indicators). Members a schema does not name are
/// allowed, since the library keeps them.
/// </summary>
public static class DevPlanSchemas
{
    private static readonly Lazy<string> Plan = new(() => Load("plan.schema.json"));
    private static readonly Lazy<string> Observations = new(() => Load("observations.schema.json"));

    /// <summary>Gets the schema of plan documents (<c>urn:devplan:schema:plan:1</c>).</summary>
    public static string PlanSchema => Plan.Value;

    /// <summary>Gets the schema of observation documents (<c>urn:devplan:schema:observations:1</c>).</summary>
    public static string ObservationsSchema => Observations.Value;

    private static string Load(string name)
    {
        using var stream = typeof(DevPlanSchemas).Assembly.GetManifestResourceStream("DevPlan.Core.Schemas." + name)
            ?? throw new InvalidOperationException($"The embedded schema {name} is missing from {typeof(DevPlanSchemas).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
