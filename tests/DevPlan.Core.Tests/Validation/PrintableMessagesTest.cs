using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Validation;

/// <summary>
/// A message quotes what a file holds; the file's control characters and bidirectional marks are shown
/// as escapes, so that printing a message can neither drive a terminal nor reorder what it shows.
/// </summary>
public class PrintableMessagesTest
{
    private const string Hostile = "\u001b[2J\u202Egdp\u0000\u0085";

    [Fact]
    public void ADiagnostic_EscapesItsMessageHintAndLocation()
    {
        var diagnostic = new Diagnostic(DiagnosticRule.CsvFieldInvalid, $"found \"{Hostile}\"", new DiagnosticLocation(sourceName: "a\u001bb.csv", line: 2), hint: "try \u0007");

        diagnostic.Message.Should().Be("found \"\\u001B[2J\\u202Egdp\\u0000\\u0085\"");
        diagnostic.Hint.Should().Be("try \\u0007");
        diagnostic.ToString().Should().StartWith("a\\u001Bb.csv:2").And.NotContainAny("\u001b", "\u202E", "\u0000", "\u0085", "\u0007");
    }

    [Fact]
    public void AFormatException_FromAFile_EscapesWhatItQuotes()
    {
        var csv = "indicator,zone,period,value,unit,growth,status,source,completed\ngdp,,2024-\u001b[31mQ9,,,7.2,A,,\n";

        var thrown = FluentActions.Invoking(() => ObservationCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList()).Should().Throw<DevPlanFormatException>().Which;

        thrown.Message.Should().Contain("2024-\\u001B[31mQ9").And.NotContain("\u001b");
        thrown.Reason.Should().NotContain("\u001b");
    }

    [Fact]
    public void PlainText_IsUnchanged() =>
        new Diagnostic(DiagnosticRule.CsvFieldInvalid, "地区生产总值 – 7.2%", new DiagnosticLocation()).Message.Should().Be("地区生产总值 – 7.2%");
}
