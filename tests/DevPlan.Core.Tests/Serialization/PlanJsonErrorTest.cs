using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

public class PlanJsonErrorTest
{
    private static readonly string Seed = Encoding.UTF8.GetString(SeedFiles.JinanPlanBytes());

    private static DevPlanFormatException ParseFails(string json, JsonReadOptions? options = null)
    {
        var act = () => PlanJson.Parse(Encoding.UTF8.GetBytes(json), options, "plan.json");
        return act.Should().Throw<DevPlanFormatException>().Which;
    }

    /// <summary>The 1-based line of the first occurrence of <paramref name="text"/> after <paramref name="after"/>.</summary>
    private static long LineOf(string json, string text, string? after = null)
    {
        var start = after is null ? 0 : json.IndexOf(after, StringComparison.Ordinal);
        var index = json.IndexOf(text, start, StringComparison.Ordinal);
        return json[..index].Count(c => c == '\n') + 1;
    }

    [Fact]
    public void BadPeriod_NamesPathLineAndTheExpectedForms()
    {
        var json = Seed.Replace("\"period\": \"2024\"", "\"period\": \"2024-Q5\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.targets[0].period");
        error.LineNumber.Should().Be(LineOf(json, "2024-Q5"));
        error.Reason.Should().Contain("\"2024-Q2\"").And.Contain("\"2024-Q5\"");
        error.Message.Should().StartWith($"plan.json: line {error.LineNumber}, byte ").And.Contain("at $.targets[0].period: Expected");
        error.SourceName.Should().Be("plan.json");
    }

    [Fact]
    public void WrongType_NamesThePath()
    {
        var json = Seed.Replace("\"year\": 2024", "\"year\": \"2024\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.year");
        error.LineNumber.Should().Be(LineOf(json, "\"year\""));
        error.Reason.Should().Contain("Expected a whole number");
    }

    [Fact]
    public void UnknownEnumName_ListsTheAllowedNames()
    {
        var json = Seed.Replace("\"kind\": \"completion\"", "\"kind\": \"finish\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.targets[9].kind");
        error.Reason.Should().Contain("\"growthRate\", \"level\", \"reduction\", \"completion\"");
    }

    [Fact]
    public void EnumAsInteger_IsRefused()
    {
        var error = ParseFails(Seed.Replace("\"kind\": \"completion\"", "\"kind\": 3"));

        error.Path.Should().Be("$.targets[9].kind");
    }

    [Fact]
    public void MissingRequiredMember_NamesTheElementAndTheMember()
    {
        var json = Seed.Replace("\"nature\": \"binding\",", "");

        var error = ParseFails(json);

        error.Path.Should().Be("$.targets[9]");
        error.Reason.Should().Be("Expected the member \"nature\" in a target, but it is missing.");
    }

    [Fact]
    public void MissingRequiredMembers_AreAllNamedAtOnce()
    {
        var json = Seed.Replace("\"direction\": \"higherIsBetter\",\n      \"growthBasis\": \"comparable\",", "");

        var error = ParseFails(json);

        error.Path.Should().Be("$.indicators[0]");
        error.Reason.Should().Be("Expected the members \"direction\" and \"growthBasis\" in an indicator, but they are missing.");
    }

    [Fact]
    public void MissingRequiredMember_InALenientRead_LeavesTheElementOutAndGoesOn()
    {
        var json = Seed.Replace("\"nature\": \"binding\",", "").Replace("\"indicator\": \"retail-sales\"", "\"indicator\": \"retail\"");

        var result = PlanJson.ParseLenient(Encoding.UTF8.GetBytes(json));

        result.Plan.Targets.Should().HaveCount(9);
        result.Diagnostics.Select(d => (d.Code, d.Location.JsonPath)).Should().Contain([("DP0001", "$.targets[9]"), ("DP1101", "$.targets[4].indicator")]);
    }

    [Theory]
    [InlineData("\"kind\": \"completion\"", "\"kind\": \"decrease\"", "$.targets[9].kind", "Expected one of \"growthRate\", \"level\", \"reduction\", \"completion\", \"averageAnnualGrowth\", \"increase\", \"relative\", \"qualitative\", \"setEachYear\", but found \"decrease\".")]
    [InlineData("\"kind\": \"completion\"", "\"kind\": \"Completion\"", "$.targets[9].kind", "Expected one of \"growthRate\", \"level\", \"reduction\", \"completion\", \"averageAnnualGrowth\", \"increase\", \"relative\", \"qualitative\", \"setEachYear\", but found \"Completion\".")]
    [InlineData("\"nature\": \"binding\"", "\"nature\": 1", "$.targets[9].nature", "Expected one of \"expected\", \"binding\", \"unstated\" as a JSON string, but found a number.")]
    public void UnknownEnumValue_NamesTheValueAndTheAllowedOnes(string from, string to, string path, string reason)
    {
        var error = ParseFails(Seed.Replace(from, to));

        error.Path.Should().Be(path);
        error.Reason.Should().Be(reason);
    }

    [Fact]
    public void ModelRule_CompletionWithAFigure_IsLocatedAtTheMember()
    {
        var json = Seed.Replace("\"kind\": \"completion\",", "\"kind\": \"completion\", \"qualifier\": \"atMost\",");

        var error = ParseFails(json);

        error.Path.Should().Be("$.targets[9].qualifier");
        error.LineNumber.Should().Be(LineOf(json, "\"qualifier\": \"atMost\""));
        error.BytePositionInLine.Should().BeGreaterThan(0);
        error.Reason.Should().Contain("completion target");
    }

    [Fact]
    public void ModelRule_BadCode_IsLocatedAtTheMember()
    {
        var json = Seed.Replace("\"id\": \"t03-services-value-added\"", "\"id\": \"t03 services\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.targets[2].id");
        error.LineNumber.Should().Be(LineOf(json, "t03 services"));
    }

    [Fact]
    public void ModelRule_BadCodeInAList_IsLocatedAtTheElement()
    {
        var json = Seed.Replace("\"signatories\": [\n        \"departments\"", "\"signatories\": [\n        \"the departments\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.agreements[0].signatories[0]");
        error.LineNumber.Should().Be(LineOf(json, "\"the departments\""));
    }

    [Fact]
    public void LocalizedTextWithoutEnglish_IsLocated()
    {
        var json = PlanJsonRoundTripTest.MinimalPlan().Replace("{\"zh-CN\": \"计划\", \"en\": \"Plan\"}", "{\"zh-CN\": \"计划\"}");

        var error = ParseFails(json);

        error.Path.Should().Be("$.title");
        error.Reason.Should().Contain("\"en\"");
    }

    [Fact]
    public void TargetFigureWithoutUnit_IsRefused()
    {
        var error = ParseFails(Seed.Replace("\"value\": 7.5,\n      \"unit\": \"percent\",", "\"value\": 7.5,"));

        error.Path.Should().Be("$.targets[7]");
        error.Reason.Should().Contain("\"unit\"");
    }

    [Fact]
    public void SchemaVersionOfAnotherMajor_IsRefused()
    {
        var error = ParseFails(Seed.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"));

        error.Path.Should().Be("$.schemaVersion");
        error.LineNumber.Should().Be(2);
        error.Reason.Should().Contain("schemaVersion 1").And.Contain("found 2");
    }

    [Fact]
    public void DuplicateMember_IsRefused()
    {
        var error = ParseFails(Seed.Replace("\"year\": 2024,", "\"year\": 2024, \"year\": 2025,"));

        error.Reason.Should().Contain("Duplicate").And.Contain("year");
        error.Path.Should().Be("$.year");
        error.LineNumber.Should().Be(LineOf(Seed, "\"year\": 2024"));
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-1e29")]
    public void NumbersOutsideDecimal_AreRefused(string number)
    {
        var error = ParseFails(Seed.Replace("\"growth\": 7.3", $"\"growth\": {number}"));

        error.LineNumber.Should().Be(LineOf(Seed, "\"growth\": 7.3"));
    }

    [Fact]
    public void Truncated_ReportsTheEnd()
    {
        var json = Seed[..(Seed.Length / 2)];

        var error = ParseFails(json);

        error.LineNumber.Should().BeGreaterThan(1);
        error.InnerException.Should().BeOfType<System.Text.Json.JsonException>();
    }

    [Fact]
    public void InvalidUtf8_IsRefused()
    {
        var bytes = SeedFiles.JinanPlanBytes();
        var at = Array.IndexOf(bytes, (byte)'J');
        bytes[at] = 0xC3;
        bytes[at + 1] = 0x28;

        var act = () => PlanJson.Parse(bytes);

        act.Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void InvalidUtf8_InAnUnknownMember_IsRefusedWithItsPosition()
    {
        var bytes = Encoding.UTF8.GetBytes(PlanJsonRoundTripTest.MinimalPlan(extraRoot: "\"x-raw\": \"ab\""));
        var at = Array.LastIndexOf(bytes, (byte)'b');
        bytes[at] = 0xFF;

        var act = () => PlanJson.Parse(bytes);

        var error = act.Should().Throw<DevPlanFormatException>().Which;
        error.Reason.Should().Contain("0xFF").And.Contain($"offset {at}");
        error.LineNumber.Should().Be(bytes[..at].Count(b => b == (byte)'\n') + 1);
    }

    [Fact]
    public void LoneSurrogateEscape_InAnUnknownMember_LoadsAndSavesOrIsRefused()
    {
        var json = PlanJsonRoundTripTest.MinimalPlan(extraRoot: "\"x-raw\": \"\\uD800\"");

        var act = () => PlanJson.ToUtf8Bytes(PlanJson.Parse(json));

        act.Should().Throw<DevPlanFormatException>().Which.Path.Should().Be("$['x-raw']");
    }

    [Fact]
    public void Comments_AreRefused() => ParseFails("// plan\n" + Seed).LineNumber.Should().Be(1);

    [Fact]
    public void NullDocument_IsRefused() => ParseFails("null").Reason.Should().Contain("Expected a plan document");

    [Fact]
    public void Empty_IsRefused()
    {
        var error = ParseFails("");

        error.Path.Should().Be("$");
        error.LineNumber.Should().Be(1);
        error.Reason.Should().Contain("does not contain any JSON tokens");
    }

    [Fact]
    public void DeepNesting_StopsAtTheDepthLimitWithoutOverflowingTheStack()
    {
        var deep = new string('[', 10_000) + new string(']', 10_000);
        var json = Seed.Replace("\"id\": \"jinan-htz-2024\",", $"\"x-deep\": {deep}, \"id\": \"jinan-htz-2024\",");

        var error = ParseFails(json);

        error.Reason.Should().Contain("depth").And.Contain("64");
    }

    [Fact]
    public void DepthLimit_IsConfigurable()
    {
        var nested = new string('[', 70) + new string(']', 70);
        var json = PlanJsonRoundTripTest.MinimalPlan(extraRoot: $"\"x-nested\": {nested}");

        ParseFails(json);
        UnknownMembers.Of(PlanJson.Parse(Encoding.UTF8.GetBytes(json), new JsonReadOptions { MaxDepth = 100 })).Should().HaveCount(1);
    }

    [Fact]
    public void SizeLimit_IsCheckedBeforeParsing()
    {
        var options = new JsonReadOptions { MaxDocumentBytes = 1000 };

        ParseFails(Seed, options).Reason.Should().Contain("at most 1000 bytes");
        FluentActions.Invoking(() => PlanJson.Read(new MemoryStream(SeedFiles.JinanPlanBytes()), options))
            .Should().Throw<DevPlanFormatException>().WithMessage("*MaxDocumentBytes*");
    }

    [Fact]
    public void StringLimit_NamesTheMember()
    {
        var json = Seed.Replace("\"Jinan High-tech Zone: 2024 development targets and actions\"", $"\"{new string('x', 70_000)}\"");

        var error = ParseFails(json);

        error.Path.Should().Be("$.title.en");
        error.LineNumber.Should().Be(LineOf(Seed, "\"Jinan High-tech Zone: 2024 development targets and actions\""));
        error.Reason.Should().Contain("65536 bytes").And.Contain("MaxStringBytes");
    }

    [Fact]
    public void ArrayLimit_NamesTheArray()
    {
        var error = ParseFails(Seed, new JsonReadOptions { MaxArrayLength = 5 });

        error.Path.Should().Be("$.indicators");
        error.Reason.Should().Contain("at most 5 elements");
    }

    [Fact]
    public void FiftyMegabyteSingleLine_IsRefusedBySizeBeforeParsing_OrByStringLengthWhenSizeIsRaised()
    {
        var huge = Seed.Replace("\"id\": \"jinan-htz-2024\",", $"\"x-blob\": \"{new string('a', 50 * 1024 * 1024)}\", \"id\": \"jinan-htz-2024\",").Replace("\n", " ");

        ParseFails(huge).Reason.Should().Contain("MaxDocumentBytes");
        var error = ParseFails(huge, new JsonReadOptions { MaxDocumentBytes = 64L * 1024 * 1024 });
        error.Path.Should().Be("$['x-blob']");
        error.LineNumber.Should().Be(1);
    }

    [Fact]
    public void Options_RejectNonsensicalLimits()
    {
        FluentActions.Invoking(() => new JsonReadOptions { MaxDepth = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDepth");
        FluentActions.Invoking(() => new JsonReadOptions { MaxDocumentBytes = 0 }).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxDocumentBytes");
    }

    [Fact]
    public void MissingFile_IsAnIOErrorNotAFormatError()
    {
        var act = () => PlanJson.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-devplan-file.json"));

        act.Should().Throw<FileNotFoundException>();
    }

    [Theory]
    [InlineData("targets", "$.targets[0]", "Expected an object, but found null.")]
    [InlineData("baselines", "$.baselines[0]", "Expected an object, but found null.")]
    [InlineData("indicators", "$.indicators[0]", "Expected an object, but found null.")]
    [InlineData("actions", "$.actions[0]", "Expected an object, but found null.")]
    public void ANullElementOfAList_IsAnElementLeftOut_NeverACrash(string list, string path, string message)
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(Seed)!.AsObject();
        if (plan[list] is not System.Text.Json.Nodes.JsonArray array)
        {
            plan[list] = array = [];
        }
        array.Insert(0, null);

        var result = PlanJson.ParseLenient(Encoding.UTF8.GetBytes(plan.ToJsonString()));

        var rejected = result.Diagnostics.Where(d => d.Code == "DP0001").Should().ContainSingle().Which;
        rejected.Location.JsonPath.Should().Be(path);
        rejected.Message.Should().Be(message);
        FluentActions.Invoking(() => PlanJson.Parse(Encoding.UTF8.GetBytes(plan.ToJsonString()))).Should().Throw<DevPlan.Core.Diagnostics.DevPlanFormatException>()
            .Which.Path.Should().Be(path);
    }

    [Fact]
    public void ANullCode_IsAFormatErrorAtItsPlace_NeverACrash()
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(Seed)!.AsObject();
        plan["issuers"] = new System.Text.Json.Nodes.JsonArray(null, "x");

        FluentActions.Invoking(() => PlanJson.ParseLenient(Encoding.UTF8.GetBytes(plan.ToJsonString()))).Should().Throw<DevPlan.Core.Diagnostics.DevPlanFormatException>()
            .Which.Should().Match<DevPlan.Core.Diagnostics.DevPlanFormatException>(e => e.Path == "$.issuers[0]" && e.Reason == "Expected a code of ASCII letters, digits, '-', '_' or '.', but found null.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    public void ATargetsBaselineYearBeyondTheCalendar_IsATargetLeftOut_NeverACrash(int year)
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(Seed)!.AsObject();
        plan["targets"]![0]!["baselineYear"] = year;

        var result = PlanJson.ParseLenient(Encoding.UTF8.GetBytes(plan.ToJsonString()));

        var rejected = result.Diagnostics.Where(d => d.Code == "DP0001").Should().ContainSingle().Which;
        rejected.Location.JsonPath.Should().Be("$.targets[0].baselineYear");
        rejected.Message.Should().Be($"Expected a value from 1 to 9999, but found {year}.");
    }

    [Fact]
    public void AYearOutOfRange_IsWorded_WithoutTheParametersName()
    {
        var plan = System.Text.Json.Nodes.JsonNode.Parse(Seed)!.AsObject();
        plan["baselineYear"] = 0;

        var error = FluentActions.Invoking(() => PlanJson.Parse(Encoding.UTF8.GetBytes(plan.ToJsonString()))).Should().Throw<DevPlan.Core.Diagnostics.DevPlanFormatException>().Which;

        error.Reason.Should().Be("Expected a value from 1 to 2024, but found 0.");
        DevPlan.Core.Reporting.Catalogue.Chinese.Word(error.ReasonText).Should().Be("应为1至2024之间的值，实际为0。");
    }
}
