using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>A kind of target named in a message is worded in the message's language, not left as a code.</summary>
public class TargetKindNameTest
{
    public static TheoryData<TargetKind> Kinds => [.. Enum.GetValues<TargetKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void EveryKind_HasAWordInBothLanguages_TheEnglishBeingTheExceptionsOwn(TargetKind kind)
    {
        var name = new TargetKindName(kind);

        Catalogue.English[name.Key].Should().Be(name.ToString(), "an exception's English and the English catalogue name a kind alike");
        Catalogue.Chinese[name.Key].Should().NotBe(name.Key).And.MatchRegex(@"^\p{IsCJKUnifiedIdeographs}+$");
    }

    [Fact]
    public void AModelError_NamesTheKindInChinese()
    {
        var act = () => new Target("t1", "energy-intensity", ReportingPeriod.ForYear(2024), TargetKind.Completion, null, new Quantity(1m, Unit.Percent), TargetNature.Binding);

        var error = act.Should().Throw<ArgumentException>().Which;
        error.Message.Should().StartWith("Expected no figure on a completion target");
        Catalogue.Chinese.Word(DiagnosticMessage.FromException(error)).Should().Be("任务类目标无须评判数值，不应有目标值。");
    }
}
