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
// A package's own words (the workbook's sheet names) and wordings (its messages), found in the native build.
using (var workbook = new MemoryStream())
{
    new DevPlan.Core.Spreadsheets.XlsxReportFormat().Write(EvaluationReport.Build(evaluation, Catalogue.Chinese), workbook);
    Console.WriteLine($"xlsx (zh-CN): {workbook.Length} bytes");
}
if (Catalogue.Chinese["sheet.results"] != "评价结果")
{
    Console.Error.WriteLine("the workbook package's words were not found");
    return 1;
}
try
{
    using var notAWorkbook = new MemoryStream("not a zip"u8.ToArray());
    using var reader = new DevPlan.Core.Spreadsheets.XlsxObservationFormat().OpenReader(notAWorkbook, "x.xlsx");
    reader.Read();
    Console.Error.WriteLine("a file that is not a workbook was read");
    return 1;
}
catch (DevPlan.Core.Diagnostics.DevPlanFormatException e)
{
    var worded = Catalogue.Chinese.Describe(e);
    Console.WriteLine(worded);
    if (worded.Contains("Expected", StringComparison.Ordinal))
    {
        Console.Error.WriteLine("the workbook package's wordings were not found");
        return 1;
    }
}
Console.WriteLine($"schema: {PlanJson.JsonSchema.Length} characters; {loaded.Diagnostics.Length} warnings; {evaluation.Count(AttainmentStatus.Achieved)} achieved");
return evaluation.Results.Length == loaded.Plan.Targets.Length ? 0 : 1;
