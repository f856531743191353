using DevPlan.Core.Diagnostics;
using System.Text;
using System.Text.Json;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Serialization;

public class PlanJsonRoundTripTest
{
    [Fact]
    public void Seed_SaveOfLoad_ReproducesTheFileByteForByte()
    {
        var original = SeedFiles.JinanPlanBytes();

        var written = PlanJson.ToUtf8Bytes(PlanJson.Parse(original));

        Encoding.UTF8.GetString(written).Should().Be(Encoding.UTF8.GetString(original));
        written.Should().Equal(original);
    }

    [Fact]
    public void Seed_IsUtf8WithoutBomWithLfLineEndsAndAFinalNewline()
    {
        var bytes = SeedFiles.JinanPlanBytes();

        bytes.Take(3).Should().NotEqual(new byte[] { 0xEF, 0xBB, 0xBF });
        bytes.Should().NotContain((byte)'\r');
        bytes[^1].Should().Be((byte)'\n');
        Encoding.UTF8.GetString(bytes).Should().Contain("\"1767.3\"".Trim('"')).And.Contain("地区生产总值", "non-ASCII text is written as is");
    }

    [Fact]
    public void Decimals_KeepTheirPublishedText()
    {
        var json = MinimalPlan(targets: """[{"id": "t", "indicator": "fdi", "period": "2024", "kind": "level", "qualifier": "atLeast", "value": 7.70, "unit": "10^8 USD", "nature": "expected"}]""",
            baselines: """[{"indicator": "gdp", "period": "2023", "level": {"value": 1767.3, "unit": "10^8 CNY"}, "growth": 7.30}]""");

        var plan = PlanJson.Parse(json);
        var written = PlanJson.ToJson(plan);

        plan.Targets[0].Figure!.Value.Value.Scale.Should().Be(2);
        written.Should().Contain("\"value\": 7.70").And.Contain("\"value\": 1767.3").And.Contain("\"growth\": 7.30");
    }

    [Fact]
    public void Decimals_InExponentForm_AreNormalised()
    {
        var json = MinimalPlan(baselines: """[{"indicator": "gdp", "period": "2023", "growth": 7.3e0}]""");

        var written = PlanJson.ToJson(PlanJson.Parse(json));

        written.Should().Contain("\"growth\": 7.3");
    }

    [Fact]
    public void UnknownMembers_AreKeptOnTheirElementAndWrittenBackAfterKnownOnes()
    {
        var json = MinimalPlan(
            targets: """[{"x-weight": 0.25, "id": "t", "indicator": "gdp", "period": "2024", "kind": "growthRate", "qualifier": "about", "value": 7, "unit": "percent", "nature": "expected", "x-owner": {"dept": ["a", "b"], "n": 1.50}}]""",
            extraRoot: "\"futureFeature\": {\"enabled\": true}");

        var plan = PlanJson.Parse(json);

        UnknownMembers.Of(plan).Select(m => m.Key).Should().Equal("futureFeature");
        UnknownMembers.Of(plan.Targets[0]).Select(m => m.Key).Should().Equal("x-weight", "x-owner");
        UnknownMembers.Of(plan.Targets[0])[1].Value.GetProperty("n").GetRawText().Should().Be("1.50");

        var again = PlanJson.Parse(PlanJson.ToUtf8Bytes(plan));
        UnknownMembers.Of(again.Targets[0]).Zip(UnknownMembers.Of(plan.Targets[0]))
            .Should().OnlyContain(pair => pair.First.Key == pair.Second.Key && JsonElement.DeepEquals(pair.First.Value, pair.Second.Value));
        UnknownMembers.Of(again.Targets[0])[1].Value.GetProperty("n").GetRawText().Should().Be("1.50", "numbers keep their text");
        PlanJson.ToJson(again).Should().Be(PlanJson.ToJson(plan));
    }

    [Fact]
    public void UnknownMembers_StayWithTheElementsAnEditedPlanReuses()
    {
        var plan = PlanJson.Parse(MinimalPlan(
            targets: """[{"id": "t", "indicator": "gdp", "period": "2024", "kind": "growthRate", "qualifier": "about", "value": 7, "unit": "percent", "nature": "expected", "x-owner": "planning bureau"}]"""));

        var edited = new Plan("edited", plan.Title, plan.Region, plan.Year) { Indicators = plan.Indicators, Targets = [plan.Targets[0], Target.Completion("t2", "gdp", plan.Targets[0].Period)] };
        var written = PlanJson.Parse(PlanJson.ToUtf8Bytes(edited));

        UnknownMembers.Of(written.Targets[0]).Select(m => m.Key).Should().Equal("x-owner");
        UnknownMembers.Of(written.Targets[1]).Should().BeEmpty();
        UnknownMembers.Of(new object()).Should().BeSameAs(UnknownMembers.Empty);
    }

    [Fact]
    public void UnknownMembers_InCanonicalPosition_RoundTripByteForByte()
    {
        var plan = PlanJson.Parse(MinimalPlan(extraRoot: "\"zzz\": [1, 2]"));
        var canonical = PlanJson.ToUtf8Bytes(plan);

        PlanJson.ToUtf8Bytes(PlanJson.Parse(canonical)).Should().Equal(canonical);
    }

    [Fact]
    public void UnknownMembers_InsideAQuantity_AreRefusedRatherThanDropped()
    {
        var json = MinimalPlan(baselines: """[{"indicator": "gdp", "period": "2023", "level": {"value": 1, "unit": "10^8 CNY", "note": "x"}}]""");

        var act = () => PlanJson.Parse(json);

        act.Should().Throw<DevPlanFormatException>().Which.Path.Should().StartWith("$.baselines[0].level");
    }

    [Fact]
    public void ByteOrderMark_IsAccepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(SeedFiles.JinanPlanBytes()).ToArray();

        PlanJson.Parse(bytes).Id.Should().Be("jinan-htz-2024");
    }

    [Fact]
    public void ModelBuiltInCode_RoundTripsEveryMember()
    {
        var plan = PlanJson.Parse(PlanJson.ToUtf8Bytes(SeedFiles.JinanPlan));

        plan.Should().BeEquivalentTo(SeedFiles.JinanPlan, o => o);
    }

    [Fact]
    public async Task Streams_SyncAndAsync_AgreeWithBytes()
    {
        var expected = SeedFiles.JinanPlanBytes();

        using var input = new MemoryStream(expected);
        var plan = await PlanJson.ReadAsync(input);
        using var output = new MemoryStream();
        await PlanJson.WriteAsync(plan, output);

        output.ToArray().Should().Equal(expected);
        PlanJson.Read(new MemoryStream(expected)).Id.Should().Be(plan.Id);
    }

    [Fact]
    public void WriteFile_ReplacesAtomicallyAndLeavesNoTemporaryFile()
    {
        var directory = Directory.CreateTempSubdirectory("devplan-");
        try
        {
            var path = Path.Combine(directory.FullName, "plan.json");
            File.WriteAllText(path, "old");

            PlanJson.WriteFile(SeedFiles.JinanPlan, path);

            File.ReadAllBytes(path).Should().Equal(SeedFiles.JinanPlanBytes());
            directory.GetFiles().Select(f => f.Name).Should().Equal("plan.json");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void Units_AreWrittenInTheInvariantForm()
    {
        var json = PlanJson.ToJson(SeedFiles.JinanPlan);

        json.Should().Contain("\"unit\": \"10^8 CNY\"").And.Contain("\"unit\": \"10^4 person\"").And.Contain("\"unit\": \"10^-4 tce/CNY\"");
        using var document = JsonDocument.Parse(json);
        document.RootElement.GetProperty("schemaVersion").GetInt32().Should().Be(PlanJson.SchemaVersion);
        new Quantity(1, Unit.Parse("10^-4 tce/CNY")).Unit.Exponent.Should().Be(-4);
    }

    /// <summary>A small valid plan document with optional member texts spliced in.</summary>
    internal static string MinimalPlan(string? targets = null, string? baselines = null, string? extraRoot = null)
    {
        var json = new StringBuilder("""
            {
              "schemaVersion": 1,
              "id": "p",
              "title": {"zh-CN": "计划", "en": "Plan"},
              "year": 2024,
              "region": {"code": "r", "name": {"zh-CN": "区", "en": "Region"}}
            """);
        if (baselines is not null)
        {
            json.Append(",\n  \"baselines\": ").Append(baselines);
        }
        if (targets is not null)
        {
            json.Append(",\n  \"targets\": ").Append(targets);
        }
        if (extraRoot is not null)
        {
            json.Append(",\n  ").Append(extraRoot);
        }
        return json.Append("\n}\n").ToString();
    }
}
