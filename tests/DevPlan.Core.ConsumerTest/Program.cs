using System.Text.Json;
using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using Json.Schema;
using NodaTime;

// The consumer test: DevPlan.Core as a user receives it, from the packed .nupkg.
var seeds = args.Length > 0 ? args[0] : "seeds";
// Which build of the package and which runtime this is: CI runs it on .NET 10 and, self-contained, on .NET 8.
Console.WriteLine($"runtime {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, " +
    $"package build {typeof(Plan).Assembly.GetCustomAttributes(typeof(System.Runtime.Versioning.TargetFrameworkAttribute), false).OfType<System.Runtime.Versioning.TargetFrameworkAttribute>().Single().FrameworkName}");
var planPath = Path.Combine(seeds, "jinan-high-tech-zone-2024.plan.json");
var failures = new List<string>();
void Check(bool condition, string what)
{
    Console.WriteLine($"{(condition ? "ok  " : "FAIL")} {what}");
    if (!condition)
    {
        failures.Add(what);
    }
}

// The README's first-use example, compiled against the package.
Plan plan = PlanJson.ReadFile(planPath);
Observation gdp2023 = plan.FindBaseline("gdp")!;
Console.WriteLine(Catalogue.Chinese.Format(gdp2023.Level!.Value)); // 1767.3亿元
Console.WriteLine(Catalogue.English.Format(gdp2023.Level!.Value)); // CNY 176.73 billion
foreach (Target target in plan.Targets)
{
    Indicator indicator = plan.GetIndicator(target.Indicator);
    Console.WriteLine($"{indicator.Name.Get("en")}: {target.Kind} {target.Qualifier} {target.Figure}");
}
Check(gdp2023.Level == new Quantity(1767.3m, Unit.HundredMillionYuan), "the seed's 2023 GDP is 1767.3亿元");

// Validate the seed against the schema embedded in the package, with an independent validator.
var schema = JsonSchema.FromText(PlanJson.JsonSchema);
using (var document = JsonDocument.Parse(File.ReadAllBytes(planPath)))
{
    Check(schema.Evaluate(document.RootElement).IsValid, "the seed plan is valid against the embedded schema");
}

// Evaluate it against the sample observations.
using var csv = File.OpenRead(Path.Combine(seeds, "jinan-high-tech-zone-2024.observations.sample.csv"));
var evaluation = PlanEvaluator.Evaluate(plan, ObservationCsv.Read(csv).ToList(), new LocalDate(2025, 2, 28));
Check(evaluation.Results.Length == 10, "ten results in plan order");
Check(evaluation.Count(AttainmentStatus.Achieved) == 4 && evaluation.Count(AttainmentStatus.NoData) == 1, "four achieved and one without data");
Check(PlanJson.ToUtf8Bytes(plan).AsSpan().SequenceEqual(File.ReadAllBytes(planPath)), "the seed round-trips byte for byte");

// Its report, from the reports package, in Chinese: the JSON report valid against the schema the package carries.
var report = EvaluationReport.Build(evaluation, Catalogue.Chinese);
var json = new MemoryStream();
ReportFormats.Default.Get("json").Write(report, json);
using (var document = JsonDocument.Parse(json.ToArray()))
{
    Check(report.Rows[0].Actual == "7.2%" && JsonSchema.FromText(ResultRecord.JsonSchema).Evaluate(document.RootElement).IsValid,
        "the report's rows are worded, and its JSON is valid against the package's schema");
}

Console.WriteLine(failures.Count == 0 ? "consumer test: 6 passed, 0 failed" : $"consumer test: {6 - failures.Count} passed, {failures.Count} failed");
return failures.Count == 0 ? 0 : 1;
