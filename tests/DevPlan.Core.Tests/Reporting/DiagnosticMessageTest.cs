using System.Text.Json;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Reporting;

public class DiagnosticMessageTest
{
    private static readonly Quantity Level = new(1767.3m, Unit.HundredMillionYuan);

    [Fact]
    public void AnInterpolatedString_KeepsItsTemplate_ItsValues_AndItsEnglishText()
    {
        DiagnosticMessage message = $"Expected {Level} in {ReportingPeriod.ForYear(2024)}, but found \"{"x"}\".";

        message.Template.Should().Be("Expected {0} in {1}, but found \"{2}\".");
        message.Values.Should().Equal(Level, ReportingPeriod.ForYear(2024), "x");
        message.ToString().Should().Be($"Expected {Level} in 2024, but found \"x\".");
    }

    [Fact]
    public void BracesOfTheText_AreDoubledInTheTemplate_AndWordedAsBraces()
    {
        DiagnosticMessage message = $"Expected an object such as {{\"value\": {1767.3m}}}.";

        message.Template.Should().Be("Expected an object such as {{\"value\": {0}}}.");
        message.ToString().Should().Be("Expected an object such as {\"value\": 1767.3}.");
        Catalogue.English.Word(message).Should().Be("Expected an object such as {\"value\": 1767.3}.");
    }

    [Fact]
    public void AFormattedValue_KeepsItsEnglishForm_InEveryLanguage()
    {
        DiagnosticMessage message = $"{0x3F:X2}";

        message.Values.Should().Equal("3F");
        Catalogue.Chinese.Word(message).Should().Be("3F");
    }

    [Fact]
    public void AString_IsAMessageOfFixedText_WhoseTemplateIsTheText()
    {
        DiagnosticMessage message = "Expected non-blank text, but the value is empty or white space.";
        DiagnosticMessage? none = (string?)null;

        message.Template.Should().Be(message.ToString());
        message.Values.Should().BeEmpty();
        none.Should().BeNull();
        Catalogue.Chinese.Word(message).Should().Be("文本不应为空，实际为空或只有空白。");
        DiagnosticMessage.FromText("a {brace}").Template.Should().Be("a {{brace}}");
        FluentActions.Invoking(() => DiagnosticMessage.FromText(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void TwoMessages_AreEqual_WhenTheySayTheSameWithTheSameValues()
    {
        DiagnosticMessage a = $"Expected {1}.";
        DiagnosticMessage b = $"Expected {1}.";
        DiagnosticMessage c = $"Expected {2}.";

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(c);
        a!.Equals((object?)null).Should().BeFalse();
        a!.Equals((object)"Expected 1.").Should().BeFalse();
    }

    [Fact]
    public void APhrase_InsideAMessage_IsWordedInTurn()
    {
        DiagnosticMessage phrase = "a number";
        DiagnosticMessage message = $"Expected a JSON string, but found {phrase}.";

        Catalogue.English.Word(message).Should().Be("Expected a JSON string, but found a number.");
        Catalogue.Chinese.Word(message).Should().Be("应为JSON字符串，实际为数值。");
    }

    [Fact]
    public void ATemplateOfValuesOnly_IsWrittenInTheLanguage_WithoutAWording()
    {
        DiagnosticMessage message = $"{Level}";

        Catalogue.Chinese.Word(message).Should().Be("1767.3亿元");
        Catalogue.English.Word(message).Should().Be("CNY 176.73 billion");
    }

    [Fact]
    public void AMessageNoCatalogueHolds_KeepsItsEnglishText()
    {
        DiagnosticMessage message = $"Something no catalogue words: {Level}.";
        DiagnosticMessage wordAfterValue = $"{Level}ab";

        Catalogue.Chinese.Word(message).Should().Be(message.ToString());
        Catalogue.Chinese.Word(wordAfterValue).Should().Be(wordAfterValue.ToString(), "a word after a value is a word");
    }

    [Fact]
    public void NullValues_AreWrittenAsNothing()
    {
        string? text = null;
        object? nothing = null;
        DiagnosticMessage message = $"[{text}|{nothing}]";

        message.ToString().Should().Be("[|]");
        message.Template.Should().Be("[{0}|{1}]");
    }

    [Fact]
    public void TheSameTemplate_WithOtherValues_IsAnotherMessage()
    {
        DiagnosticMessage one = $"Expected {"a"}.";
        DiagnosticMessage other = $"Expected {"b"}.";

        one.Equals(other).Should().BeFalse();
        one.Equals((DiagnosticMessage?)null).Should().BeFalse();
        DiagnosticMessage.FromText("x").Equals(DiagnosticMessage.FromText("y")).Should().BeFalse();
    }

    [Fact]
    public void TheModelsRefusal_ReachesADiagnosticWithItsValues()
    {
        var refused = FluentActions.Invoking(() => ReportingPeriod.Parse("2024-Q5")).Should().Throw<FormatException>().Which;

        var message = DiagnosticMessage.FromException(refused);

        message.Values.Should().Equal("2024-Q5");
        Catalogue.Chinese.Word(message).Should().Contain("实际为“2024-Q5”");
        DiagnosticMessage.FromException(new ArgumentException("Plain.", "x")).ToString().Should().Be("Plain.");
        DiagnosticMessage.FromException(new InvalidOperationException("Other.")).Template.Should().Be("Other.");
        FluentActions.Invoking(() => DiagnosticMessage.FromException(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AFormatError_IsDescribedInEachLanguage()
    {
        var error = FluentActions.Invoking(() => PlanJson.Parse("{\"schemaVersion\": 1, \"id\": \"x\""u8, sourceName: "plan.json"))
            .Should().Throw<DevPlanFormatException>().Which;

        Catalogue.English.Describe(error).Should().Be(error.Message);
        Catalogue.Chinese.Describe(error).Should().StartWith("plan.json:1（第").And.EndWith("此处的JSON无法读取（格式或取值不符合要求）。");
    }

    [Fact]
    public void AnObservationFormatError_NamesItsColumnAndText_InChinese()
    {
        var error = new DevPlanFormatException($"Expected the end of the document after the root object, but more follows.", new DiagnosticLocation("figures.csv", line: 3, column: "value"), "abc");

        Catalogue.Chinese.Describe(error).Should().Be("figures.csv:3，“value”列：根对象之后文档应结束，但后面还有内容。实际为“abc”。");
    }

    [Fact]
    public void AJsonTokensKind_IsAPhraseOfEachLanguage()
    {
        var found = FluentActions.Invoking(() => ObservationJson.Parse("{\"schemaVersion\":1,\"observations\":[{\"indicator\":\"gdp\",\"period\":\"2024\",\"growth\":true}]}"u8))
            .Should().Throw<DevPlanFormatException>().Which;

        Catalogue.Chinese.Describe(found).Should().Contain("实际为布尔值");
        Catalogue.English.Describe(found).Should().Contain("but found a boolean");
    }

    [Fact]
    public void Phrases_GivenAsOneValue_AreJoinedAsTheLanguageJoinsClauses()
    {
        var list = new DiagnosticList([(DiagnosticMessage)"higher", "lower"]);
        DiagnosticMessage message = $"{list}";

        message.ToString().Should().Be("higher; lower");
        Catalogue.English.Word(message).Should().Be("higher; lower");
        Catalogue.Chinese.Word(message).Should().Be("更高；更低");
    }
}
