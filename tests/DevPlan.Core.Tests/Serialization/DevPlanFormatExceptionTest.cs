using DevPlan.Core.Diagnostics;
using FluentAssertions;
using Xunit;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>One exception for every format: its message names the known parts of its place, in one order.</summary>
public sealed class DevPlanFormatExceptionTest
{
    private const string Reason = "Expected a number, but found \"abc\".";

    [Fact]
    public void WithoutAPlace_TheMessageIsTheReason()
    {
        var error = new DevPlanFormatException(Reason);

        error.Message.Should().Be(Reason);
        error.Location.Should().Be(DiagnosticLocation.None);
        (error.SourceName, error.LineNumber, error.Path, error.Column, error.BytePositionInLine, error.Text).Should().Be((null, null, null, null, null, null));
    }

    [Fact]
    public void APlanDocumentsError_NamesTheFileLineByteAndPath()
    {
        var error = new DevPlanFormatException(Reason, new DiagnosticLocation("plan.json", "$.targets[3].value", 310), bytePositionInLine: 25);

        error.Message.Should().Be("plan.json: line 310, byte 25, at $.targets[3].value: " + Reason);
        (error.SourceName, error.LineNumber, error.Path, error.BytePositionInLine).Should().Be(("plan.json", 310L, "$.targets[3].value", 25L));
        error.Reason.Should().Be(Reason);
    }

    [Fact]
    public void ATablesError_NamesTheColumnAndTheTextFound()
    {
        var error = new DevPlanFormatException(Reason, new DiagnosticLocation("figures.csv", line: 3, column: "value"), "abc");

        error.Message.Should().Be("figures.csv: line 3, column \"value\" (text \"abc\"): " + Reason);
        (error.Column, error.Text).Should().Be(("value", "abc"));
    }

    [Fact]
    public void AWorkbooksError_NamesTheCell()
    {
        var error = new DevPlanFormatException(Reason, new DiagnosticLocation("a.xlsx", line: 7) { Cell = "Sheet1!C7" });

        error.Message.Should().Be("a.xlsx: line 7, at Sheet1!C7: " + Reason);
        (error.Cell, error.Column).Should().Be(("Sheet1!C7", null));
    }

    [Fact]
    public void APlaceWithoutALine_FollowsTheFileName()
    {
        new DevPlanFormatException(Reason, new DiagnosticLocation("o.json", "$")).Message.Should().Be("o.json: at $: " + Reason);
        new DevPlanFormatException(Reason, new DiagnosticLocation("o.json")).Message.Should().Be("o.json: " + Reason);
        new DevPlanFormatException(Reason, new DiagnosticLocation(column: "value"), "x").Message.Should().Be("column \"value\" (text \"x\"): " + Reason);
        new DevPlanFormatException(Reason, text: "x").Message.Should().Be("(text \"x\"): " + Reason);
    }

    [Fact]
    public void ALineWithoutAFileName_StartsTheMessage()
    {
        new DevPlanFormatException(Reason, new DiagnosticLocation(line: 3)).Message.Should().Be("line 3: " + Reason);
        new DevPlanFormatException(Reason, new DiagnosticLocation(line: 3), "x", 5).Message.Should().Be("line 3, byte 5 (text \"x\"): " + Reason);
    }

    [Fact]
    public void AByteWithoutALine_IsCountedFromTheStartOfTheText()
    {
        new DevPlanFormatException(Reason, new DiagnosticLocation("t.txt"), bytePositionInLine: 4).Message.Should().Be("t.txt: byte 4: " + Reason);
        new DevPlanFormatException(Reason, new DiagnosticLocation("t.txt"), "x", 4).Message.Should().Be("t.txt: byte 4 (text \"x\"): " + Reason);
        new DevPlanFormatException(Reason, new DiagnosticLocation("t.txt"), "x").Message.Should().Be("t.txt (text \"x\"): " + Reason);
        new DevPlanFormatException(Reason, bytePositionInLine: 0).Message.Should().Be("byte 0: " + Reason);
    }

    [Fact]
    public void ControlCharacters_InTheReasonOrText_AreEscaped()
    {
        var error = new DevPlanFormatException($"Expected a code, but found \"{"a\u001b[31m"}\".", text: "b\u0007");

        error.Message.Should().NotContain("\u001b").And.NotContain("\u0007");
        error.Reason.Should().NotContain("\u001b");
    }

    [Fact]
    public void AnInnerException_IsKept() =>
        new DevPlanFormatException(Reason, innerException: new InvalidOperationException("inner")).InnerException!.Message.Should().Be("inner");

    [Fact]
    public void ANullReason_IsRefused() =>
        FluentActions.Invoking(() => new DevPlanFormatException(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void ALongText_IsShortenedInTheMessage_ButKeptWhole()
    {
        var text = new string('x', 100);
        var error = new DevPlanFormatException(Reason, text: text);

        error.Text.Should().Be(text);
        error.Message.Should().Contain(new string('x', 77) + "...\"").And.NotContain(new string('x', 78));
    }
}
