using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using NodaTime;

// A native-AOT smoke test: load, validate, round-trip and evaluate the seed plan.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: DevPlan.Core.AotSmoke <plan.json> <observations.csv>");
    return 64;
}
var loaded = PlanJson.ReadFileLenient(args[0]);
if (loaded.HasErrors)
{
    Console.Error.WriteLine($"the plan has {loaded.Diagnostics.Length} diagnostics with errors");
    return 1;
}
var bytes = File.ReadAllBytes(args[0]);
if (!PlanJson.ToUtf8Bytes(PlanJson.Parse(bytes)).AsSpan().SequenceEqual(bytes))
{
    Console.Error.WriteLine("the plan did not round-trip byte for byte");
    return 1;
}
using var csv = File.OpenRead(args[1]);
var observations = ObservationCsv.ReadLenient(csv, sourceName: args[1]);
var evaluation = PlanEvaluator.Evaluate(loaded.Plan, observations.Observations, new LocalDate(2025, 2, 28));
foreach (var result in evaluation.Results)
{
    Console.WriteLine($"{result.Target.Id}: {Explanations.Explain(result, Catalogue.Chinese)}");
}
// Every report format, in both languages: the catalogues are embedded resources, which trimming must keep.
foreach (var format in ReportFormats.Default)
{
    foreach (var catalogue in new[] { Catalogue.English, Catalogue.Chinese })
    {
        using var buffer = new MemoryStream();
        format.Write(EvaluationReport.Build(evaluation, catalogue), buffer);
        Console.WriteLine($"{format.Name} ({catalogue.Language}): {buffer.Length} bytes");
    }
}
Console.WriteLine($"schema: {DevPlanSchemas.PlanSchema.Length} characters; {loaded.Diagnostics.Length} warnings; {evaluation.Count(AttainmentStatus.Achieved)} achieved");
return evaluation.Results.Length == loaded.Plan.Targets.Length ? 0 : 1;
