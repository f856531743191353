using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using Json.Schema;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// The JSON report's schema is made from the result record (<see cref="ResultRecord"/>), so that no
/// column is described twice by hand; the committed schema must equal the one made here, every seed's
/// JSON report must pass it (checked with an independent validator, JsonSchema.Net), and the JSON, CSV
/// and record must agree row by row on codes, gaps and the as-of date.
/// </summary>
public class ReportSchemaTest
{
    private static readonly LocalDate AsOf = new(2025, 3, 31);
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ResultRecord.JsonSchema));

    /// <summary>The schema of the JSON report, made from the record's columns.</summary>
    internal static string Generate()
    {
        JsonObject TypeOf(ResultColumn column)
        {
            var type = column.Type switch
            {
                ResultColumnType.Text => new JsonObject { ["type"] = "string" },
                ResultColumnType.Decimal => new JsonObject { ["type"] = "number" },
                ResultColumnType.Integer => new JsonObject { ["type"] = "integer" },
                ResultColumnType.Date => new JsonObject { ["type"] = "string", ["format"] = "date" },
                ResultColumnType.Boolean => new JsonObject { ["type"] = "boolean" },
            };
            if (!column.Codes.IsEmpty)
            {
                type["enum"] = new JsonArray([.. column.Codes.Select(c => (JsonNode)c!)]);
            }
            var node = column.IsNullable ? new JsonObject { ["anyOf"] = new JsonArray(type, new JsonObject { ["type"] = "null" }) } : type;
            node["description"] = column.Description;
            return node;
        }

        JsonObject AnnualResults()
        {
            JsonNode Nullable(string type) => new JsonObject { ["anyOf"] = new JsonArray(new JsonObject { ["type"] = type }, new JsonObject { ["type"] = "null" }) };
            return new JsonObject
            {
                ["type"] = "array",
                ["description"] = "For a target set each year by the annual plans, the annual plans' verdicts on it, year by year; empty for any other target.",
                ["items"] = new JsonObject
                {
                    ["type"] = "object",
                    ["required"] = new JsonArray("targetId", "period", "status", "target", "actual"),
                    ["properties"] = new JsonObject
                    {
                        ["targetId"] = new JsonObject { ["type"] = "string", ["description"] = "The annual plan's target." },
                        ["period"] = new JsonObject { ["type"] = "string", ["description"] = "Its year." },
                        ["status"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetValues<AttainmentStatus>().Select(s => (JsonNode)ResultRecord.Code(s)!)]) },
                        ["target"] = Nullable("number"),
                        ["actual"] = Nullable("number"),
                    },
                    ["additionalProperties"] = false,
                },
            };
        }

        var rowColumns = ResultRecord.Columns.Where(c => !c.IsPerReport).ToList();
        var result = new JsonObject
        {
            ["type"] = "object",
            ["required"] = new JsonArray([.. rowColumns.Select(c => (JsonNode)c.Name!).Append("sources").Append("annualResults")]),
            ["properties"] = new JsonObject([.. rowColumns.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)TypeOf(c))),
                KeyValuePair.Create("sources", (JsonNode?)new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The periods of the figures the verdict rests on." }),
                KeyValuePair.Create("annualResults", (JsonNode?)AnnualResults())]),
            ["additionalProperties"] = false,
        };
        var perReport = ResultRecord.Columns.Where(c => c.IsPerReport).ToList();
        var statuses = Enum.GetValues<AttainmentStatus>().Select(ResultRecord.Code).ToList();
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = "urn:devplan:schema:report:1",
            ["title"] = "DevPlan.Core evaluation report, schema version 1",
            ["description"] = "The JSON report of an evaluation (devplan evaluate --format json). Made from the result record, as the CSV and Parquet reports are; do not edit by hand.",
            ["type"] = "object",
            ["required"] = new JsonArray([.. new[] { "schemaVersion", "title" }.Concat(perReport.Select(c => c.Name)).Concat(["summary", "results", "unused", "contributions", "contributionGaps"]).Select(n => (JsonNode)n!)]),
            ["properties"] = new JsonObject([
                KeyValuePair.Create("schemaVersion", (JsonNode?)new JsonObject { ["const"] = 1 }),
                KeyValuePair.Create("title", (JsonNode?)new JsonObject { ["type"] = "string", ["description"] = "The plan's title in the report's language." }),
                .. perReport.Select(c => KeyValuePair.Create(c.Name, (JsonNode?)TypeOf(c))),
                KeyValuePair.Create("summary", (JsonNode?)new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "How many targets have each verdict.",
                    ["required"] = new JsonArray([.. statuses.Select(s => (JsonNode)s!)]),
                    ["properties"] = new JsonObject([.. statuses.Select(s => KeyValuePair.Create(s, (JsonNode?)new JsonObject { ["type"] = "integer", ["minimum"] = 0 }))]),
                    ["additionalProperties"] = false,
                }),
                KeyValuePair.Create("results", (JsonNode?)new JsonObject { ["type"] = "array", ["description"] = "One per target, in plan order.", ["items"] = result }),
                KeyValuePair.Create("unused", (JsonNode?)new JsonObject
                {
                    ["type"] = "object",
                    ["description"] = "How many observations no target used, by reason.",
                    ["propertyNames"] = new JsonObject { ["enum"] = new JsonArray([.. Enum.GetValues<UnusedReason>().Select(r => (JsonNode)ResultRecord.Code(r)!)]) },
                    ["additionalProperties"] = new JsonObject { ["type"] = "integer", ["minimum"] = 0 },
                }),
                KeyValuePair.Create("contributions", (JsonNode?)new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "The zones' contributions to the growth of each indicator that has them.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("indicator", "period", "totalGrowth", "zones"),
                        ["properties"] = new JsonObject
                        {
                            ["indicator"] = new JsonObject { ["type"] = "string" },
                            ["period"] = new JsonObject { ["type"] = "string" },
                            ["totalGrowth"] = new JsonObject { ["type"] = "number" },
                            ["zones"] = new JsonObject
                            {
                                ["type"] = "array",
                                ["items"] = new JsonObject
                                {
                                    ["type"] = "object",
                                    ["required"] = new JsonArray("zone", "share", "pull"),
                                    ["properties"] = new JsonObject
                                    {
                                        ["zone"] = new JsonObject { ["type"] = "string" },
                                        ["share"] = new JsonObject { ["type"] = new JsonArray("number", "null") },
                                        ["pull"] = new JsonObject { ["type"] = "number" },
                                    },
                                    ["additionalProperties"] = false,
                                },
                            },
                        },
                        ["additionalProperties"] = false,
                    },
                }),
                KeyValuePair.Create("contributionGaps", (JsonNode?)new JsonObject
                {
                    ["type"] = "array",
                    ["description"] = "The indicators with zone figures whose contributions are not computed, and why.",
                    ["items"] = new JsonObject
                    {
                        ["type"] = "object",
                        ["required"] = new JsonArray("indicator", "period", "gap"),
                        ["properties"] = new JsonObject
                        {
                            ["indicator"] = new JsonObject { ["type"] = "string" },
                            ["period"] = new JsonObject { ["type"] = "string" },
                            ["gap"] = new JsonObject { ["enum"] = new JsonArray([.. Enum.GetValues<ZoneContributionGap>().Select(g => (JsonNode)ResultRecord.Code(g)!)]) },
                        },
                        ["additionalProperties"] = false,
                    },
                }),
            ]),
            ["additionalProperties"] = false,
        };
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    [Fact]
    public void TheCommittedSchema_IsTheOneMadeFromTheRecord()
    {
        var path = Repository.PathOf("src", "DevPlan.Core.Reporting", "Schemas", "report.schema.json");
        var generated = Generate();
        if (!File.Exists(path) || File.ReadAllText(path) != generated)
        {
            File.WriteAllText(path + ".received", generated);
        }

        File.ReadAllText(path).Should().Be(generated, "the schema is made from ResultRecord: replace it with report.schema.json.received");
        ResultRecord.JsonSchema.Should().Be(generated);
    }

    public static TheoryData<string, string> Seeds => new()
    {
        { "jinan-high-tech-zone-2024", "zh" }, { "jinan-high-tech-zone-2024", "en" },
        { "china-2023-annual-plan", "zh" }, { "china-2023-annual-plan", "en" },
        { "china-14th-five-year-plan", "zh" }, { "china-14th-five-year-plan", "en" },
    };

    private static EvaluationReport Report(string seed, string language)
    {
        var plan = PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".plan.json"));
        var csv = Path.Combine(AppContext.BaseDirectory, "seeds", seed + ".observations" + (seed.StartsWith("jinan", StringComparison.Ordinal) ? ".sample" : "") + ".csv");
        using var stream = File.OpenRead(csv);
        var observations = ObservationCsv.ReadLenient(stream, ObservationCsvOptions.Default with { Units = plan.UnitSystem }).Observations;
        return EvaluationReport.Build(PlanEvaluator.Evaluate(plan, observations, AsOf), Catalogue.For(language));
    }

    private static string Write(EvaluationReport report, string format)
    {
        using var output = new MemoryStream();
        ReportFormats.Default.Get(format).Write(report, output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EverySeedsJsonReport_PassesTheSchema(string seed, string language)
    {
        var schema = Schema.Value;
        using var document = JsonDocument.Parse(Write(Report(seed, language), "json"));

        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });

        results.IsValid.Should().BeTrue(string.Join("; ", results.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")) ?? []));
    }

    [Fact]
    public void AContributionNotComputed_IsNamedWithItsGap_AndPassesTheSchema()
    {
        // Illustrative zone figures of GDP, whose growth is at comparable prices: its contributions are not computed.
        var plan = PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.plan.json"));
        Observation Gdp(int year, decimal level) => new("gdp", ReportingPeriod.ForYear(year), new Quantity(level, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("central") };
        var report = EvaluationReport.Build(PlanEvaluator.Evaluate(plan, [Gdp(2023, 1800m), Gdp(2024, 1900m)], AsOf), Catalogue.English);

        using var document = JsonDocument.Parse(Write(report, "json"));

        var gap = document.RootElement.GetProperty("contributionGaps").EnumerateArray().Should().ContainSingle().Subject;
        (gap.GetProperty("indicator").GetString(), gap.GetProperty("period").GetString(), gap.GetProperty("gap").GetString()).Should().Be(("gdp", "2024", "comparablePrices"));
        document.RootElement.GetProperty("contributions").GetArrayLength().Should().Be(0);
        Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid.Should().BeTrue();
        using var wrong = JsonDocument.Parse(Write(report, "json").Replace("\"comparablePrices\"", "\"comparable\"", StringComparison.Ordinal));
        Schema.Value.Evaluate(wrong.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid.Should().BeFalse("a gap is one of the enumeration's codes");
    }

    [Theory]
    [InlineData("\"status\": \"notAchieved\"", "\"status\": \"NotAchieved\"")]
    [InlineData("\"asOf\": \"2025-03-31\"", "\"asOf\": \"31/03/2025\"")]
    [InlineData("\"kind\": \"growthRate\"", "\"kind\": \"growth\"")]
    [InlineData("\"gap\": -0.4", "\"gap\": \"-0.4\"")]
    [InlineData("\"final\": true", "\"final\": \"yes\"")]
    [InlineData("\"explanation\":", "\"remark\": 1, \"explanation\":")]
    public void AReportWithAWrongCodeOrType_FailsTheSchema(string from, string to)
    {
        var json = Write(Report("jinan-high-tech-zone-2024", "en"), "json");
        json.Should().Contain(from);
        using var document = JsonDocument.Parse(json.Replace(from, to, StringComparison.Ordinal));

        Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid.Should().BeFalse(to);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void JsonAndCsv_AgreeOnEveryResult_TheirCodesGapsAndDate(string seed, string language)
    {
        var report = Report(seed, language);
        using var json = JsonDocument.Parse(Write(report, "json"));
        var csv = Write(report, "csv").TrimEnd('\n').Split('\n');
        var header = csv[0].Split(',');
        int Column(string name) => Array.IndexOf(header, name);

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        results.Should().HaveCount(report.Rows.Length);
        json.RootElement.GetProperty("asOf").GetString().Should().Be("2025-03-31");
        for (var i = 0; i < results.Count; i++)
        {
            // A CSV line of codes and figures (the explanation may hold commas, so only the leading columns are split).
            var fields = csv[i + 1].Split(',');
            var result = results[i];
            var a = report.Rows[i].Result.Assessment;
            fields[Column("asOf")].Should().Be("2025-03-31", "every CSV row carries the as-of date");
            fields[Column("plan")].Should().Be(report.Plan.Id);
            fields[Column("status")].Should().Be(result.GetProperty("status").GetString()).And.Be(ResultRecord.Code(a.Status));
            fields[Column("kind")].Should().Be(result.GetProperty("kind").GetString());
            var gap = result.GetProperty("gap");
            if (a.Actual is not null && a.Target is not null && a.Measure is not (VerdictMeasure.Task or VerdictMeasure.Aim))
            {
                gap.ValueKind.Should().Be(JsonValueKind.Number, $"{report.Rows[i].Result.Target.Id} has a target and an actual, so a gap");
                gap.GetDecimal().Should().Be(a.Gap!.Value);
                // JSON is exact; CSV shows the gap as the sentences round it, never on the other side of zero.
                var shown = decimal.Parse(fields[Column("gap")], System.Globalization.CultureInfo.InvariantCulture);
                Math.Sign(shown).Should().Be(Math.Sign(a.Gap.Value));
                Math.Abs(shown - a.Gap.Value).Should().BeLessThanOrEqualTo(0.05m, "a gap is rounded to at least one decimal");
            }
            else
            {
                gap.ValueKind.Should().Be(JsonValueKind.Null);
            }
        }
    }

    // The 2023 national plan's consumer prices rose 0.2% against a ceiling of about 3%, and the surveyed unemployment
    // rate averaged 5.2% against about 5.5% (NBS Statistical Communiqué 2023): both kept within their ceilings.
    [Theory]
    [InlineData("zh", "完成", "超额完成")]
    [InlineData("en", "achieved", "exceeded")]
    public void TheNationalPlansCeilings_AreMetWithinTheCeiling_InEveryFormat(string language, string met, string exceeded)
    {
        var report = Report("china-2023-annual-plan", language);
        foreach (var id in new[] { "t04-cpi", "t03-unemployment" })
        {
            var row = report.Rows.Single(r => r.Result.Target.Id == id);
            row.Result.Assessment.Status.Should().Be(AttainmentStatus.Achieved, id);
            row.Result.Assessment.Bound.Should().Be(TargetBound.Ceiling, id);
            row.Status.Should().Be(met);
            row.Explanation.Should().NotContain(exceeded);
        }
        foreach (var format in ReportFormats.Default.Names)
        {
            var text = Write(report, format);
            foreach (var line in text.Split('\n').Where(l => l.Contains("cpi", StringComparison.Ordinal) || l.Contains("居民消费价格", StringComparison.Ordinal)
                || l.Contains("Consumer prices", StringComparison.Ordinal)))
            {
                line.Should().NotContain(exceeded, $"{format}: a ceiling is never exceeded").And.NotContain("\"exceeded\"");
            }
        }
    }
}
