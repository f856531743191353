using DevPlan.Core.Drafting;
using DevPlan.Core.Drafting.Text;

namespace DevPlan.Drafting.Tests;

/// <summary>How the text is read: full-width forms, white space, sentences and clauses, brackets, and where each element comes from.</summary>
public class TextTest
{
    [Theory]
    [InlineData("地区生产总值增长７％左右；新增城镇就业１．６５万人以上。")]
    [InlineData("地区生产总值增长7%左右;新增城镇就业1.65万人以上.")]
    [InlineData("地区生产总值增长7%左右，新增城镇就业1.65万人以上。")]
    [InlineData("地区生产总值增长 7% 左右 ,\n新增城镇\r\n就业 1.65 万人以上")]
    [InlineData("地区生产总值增长\u30007%左右\u3000;\u00a0新增城镇就业1.65万人以上")]
    [InlineData("●地区生产总值增长7%左右 ●新增城镇就业1.65万人以上")]
    [InlineData("◆地区生产总值增长7%左右\n◆新增城镇就业1.65万人以上")]
    [InlineData("■地区生产总值增长7%左右■新增城镇就业1.65万人以上")]
    public void FullWidthForms_WhiteSpace_AndBullets_ReadAsTheirPlainForms(string text) =>
        Draw.Targets(text).Should().Equal("gdp growthRate about 7%", "new-urban-jobs level atLeast 1.65 10^4 person");

    [Fact]
    public void TheExample_OfTheIssue_IsDrafted() =>
        Draw.Targets("地区生产总值增长7%左右，力争更好；新增城镇就业1.65万人以上；居民收入增长与经济增长基本同步；完成市下达的能耗强度降低任务").Should().Equal(
            "gdp growthRate about 7% \"力争更好\"", "new-urban-jobs level atLeast 1.65 10^4 person", "disposable-income relative about 0% vs gdp", "energy-intensity completion binding");

    [Fact]
    public void ACommaBetweenDigitsAndThreeMore_GroupsThousands() =>
        Draw.Targets("城镇新增就业1,206万人,地区生产总值增长7%").Should().Equal("new-urban-jobs level exactly 1206 10^4 person", "gdp growthRate exactly 7%");

    [Theory]
    [InlineData("城镇新增就业1,20万人")]
    [InlineData("城镇新增就业1,2063万人")]
    public void AnyOtherCommaAfterADigit_SeparatesClauses(string text) => Draw.Findings(text).Should().HaveCount(2);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7%,110万人", "110万人")]
    [InlineData("地区生产总值增长7%,约12万人", "约12万人")]
    public void ACommaNotBetweenADigitAndThreeMore_SeparatesClauses(string text, string second)
    {
        var draft = Draw.Draft(text);

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("gdp growthRate exactly 7%");
        draft.Findings.Select(f => f.Source.Text).Should().Equal(second);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ACommaAfterADigit_ButNotBeforeADigit_SeparatesClauses() =>
        Draw.Findings("城镇新增就业100,约12万人").Should().Equal("城镇新增就业100", "约12万人");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData(".地区生产总值增长7%", ".地区生产总值增长7%")]
    [InlineData("地区生产总值增长7%。.城镇调查失业率5.5%", ".城镇调查失业率5.5%")]
    public void AFullStopThatBeginsASentence_EndsNoClause(string text, string finding) =>
        Draw.Findings(text).Should().Equal(finding);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ANumberOfSixtyFourDigits_IsRead_AndOneOfSixtyFiveIsNot()
    {
        Draw.Targets("地区生产总值增长" + new string('0', 63) + "7%").Should().Equal("gdp growthRate exactly 7%");
        Draw.Draft("地区生产总值增长" + new string('0', 64) + "7%").Findings.Should().ContainSingle().Which.Kind.Should().Be(DraftFindingKind.FigureNotKept);
    }

    [Fact]
    public void NumbersKeepTheirDecimalsAsWritten()
    {
        var draft = Draw.Draft("全年地区生产总值1767.30亿元,增长7.0%", Draw.Options with { Mode = DraftMode.Results });

        var observation = draft.Observations.Single().Observation!;
        observation.Level!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("1767.30");
        observation.Growth!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("7.0");
    }

    [Fact]
    public void EveryTarget_KeepsItsClauseAndSentence_WithOffsetsIntoTheSource()
    {
        const string text = "会议提出,2024年主要预期目标为:\n地区生产总值增长 7%,新增城镇就业1.65万人。居民收入增长与经济增长基本同步。";

        var draft = Draw.Draft(text);

        var gdp = draft.Targets[0];
        gdp.Source.Text.Should().Be("地区生产总值增长 7%");
        text.Substring(gdp.Source.Start, gdp.Source.Length).Should().Be(gdp.Source.Text);
        (gdp.Source.Line, gdp.Source.Column).Should().Be((2, 1));
        gdp.Sentence.Text.Should().Be(text[..text.IndexOf('。', StringComparison.Ordinal)] + "。");
        var income = draft.Targets[2];
        income.Source.Text.Should().Be("居民收入增长与经济增长基本同步");
        text.Substring(income.Source.Start, income.Source.Length).Should().Be(income.Source.Text);
        income.Sentence.Text.Should().Be("居民收入增长与经济增长基本同步。");
        draft.Findings.Single().ToString().Should().Be("line 1, column 1: clause not understood (expected an indicator of the catalogue, but none of its names begins the clause); nothing was drafted from it: \"会议提出\"");
        gdp.Source.ToString().Should().Be("line 2, column 1: \"地区生产总值增长 7%\"");
    }

    [Fact]
    public void ControlAndFormatCharacters_AreIgnored_WithOneFindingNamingTheFirst()
    {
        const string text = "地区生产\u0007总值增长\u200b7%,新增城镇就业\u00001.65万人";

        var draft = Draw.Draft(text);

        draft.Targets.Select(t => Describe.Target(t.Target)).Should().Equal("gdp growthRate exactly 7%", "new-urban-jobs level exactly 1.65 10^4 person");
        var finding = draft.Findings.Should().ContainSingle().Subject;
        finding.Kind.Should().Be(DraftFindingKind.IgnoredCharacters);
        finding.Message.Should().StartWith("3 control or format characters were ignored");
        (finding.Source.Start, finding.Source.Text).Should().Be((4, "\u0007"));
        Draw.Draft("地区生产总值增长7%\u0007").Findings.Single().Message.Should().StartWith("1 control or format character was ignored");
    }

    [Fact]
    public void ABracketOrQuoteHoldsItsSeparators()
    {
        var draft = Draw.Draft("能耗强度目标在“十四五,规划”期内统筹考核,地区生产总值增长7%");

        draft.Findings.Select(f => f.Source.Text).Should().Equal("能耗强度目标在“十四五,规划”期内统筹考核");
        draft.Targets.Should().ContainSingle();
    }

    [Theory]
    [InlineData("地区生产总值增长7%(见附表")]
    [InlineData("地区生产总值增长7%)")]
    [InlineData("地区生产总值增长7%\"")]
    [InlineData("((((((((((地区生产总值增长7%))))))))))")]
    public void UnbalancedOrDeepBrackets_MakeTheClauseMalformed(string text)
    {
        var draft = Draw.Draft(text);

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Message.Should().Contain("balanced brackets");
    }

    [Fact]
    public void AnUnclosedBracket_EndsWithItsSentence() =>
        Draw.Draft("地区生产总值增长(7%。新增城镇就业1.65万人").Targets.Select(t => t.Target.Indicator).Should().Equal("new-urban-jobs");

    [Fact]
    public void Segmenter_EnumeratesSentencesAndTheirClauses()
    {
        var text = NormalizedText.Create("甲,乙:丙。丁;“戊,己”、庚!辛");

        var sentences = Segmenter.Sentences(text).ToList();
        var clauses = sentences.SelectMany(s => Segmenter.Clauses(text, s.Start, s.End)).Select(c => (text.Slice(c.Start, c.End), c.Heading, c.Malformed)).ToList();

        sentences.Select(s => text.Slice(s.Start, s.End)).Should().Equal("甲,乙:丙。", "丁;“戊,己”、庚!", "辛");
        clauses.Should().Equal(("甲", false, false), ("乙", true, false), ("丙", false, false), ("丁", false, false), ("“戊,己”、庚", false, false), ("辛", false, false));
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("((((((((甲))))))))", false)]
    [InlineData("(((((((((甲)))))))))", true)]
    [InlineData("(((((((\"甲\")))))))", false)]
    [InlineData("((((((((\"甲\"))))))))", true)]
    [InlineData("((甲))", false)]
    [InlineData("甲)", true)]
    [InlineData("甲))", true)]
    [InlineData("甲“乙\"丙,丁\"戊”", false)]
    public void Brackets_AreFollowedEightDeep_AndEveryUnopenedCloseIsMalformed(string sentence, bool malformed)
    {
        var text = NormalizedText.Create(sentence);

        Segmenter.Clauses(text, 0, text.Length).Select(c => (text.Slice(c.Start, c.End), c.Malformed)).Should().Equal((sentence, malformed));
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AFullStopAfterASeparator_EndsNothingMore()
    {
        var text = NormalizedText.Create("甲,.乙");

        Segmenter.Clauses(text, 0, text.Length).Select(c => text.Slice(c.Start, c.End)).Should().Equal("甲", "乙");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AnAsciiFullStopAfterAWord_EndsTheClause_AndTheNextBeginsAfterIt() =>
        Draw.Draft("地区生产总值增长7%左右.新增城镇就业1.65万人以上.").Findings.Should().BeEmpty();

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AnUnclosedBracket_IsAFindingThatQuotesItsClause_WithoutTheFullStop() =>
        Draw.Findings("地区生产总值增长(7%。新增城镇就业1.65万人").Should().Equal("地区生产总值增长(7%");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AClosedAndReopenedAsciiQuote_IsMalformedOnlyWhenTheCloseHadNothingOpen()
    {
        var text = NormalizedText.Create("甲)\"乙\"");

        Segmenter.Clauses(text, 0, text.Length).Single().Malformed.Should().BeTrue();
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AQuoteClosedTooDeep_StaysMalformed()
    {
        var text = NormalizedText.Create("((((((((\"(甲\")))))))))");

        Segmenter.Clauses(text, 0, text.Length).Single().Malformed.Should().BeTrue();
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7%！新增城镇就业1.65万人", "gdp growthRate exactly 7%", "new-urban-jobs level exactly 1.65 10^4 person")]
    [InlineData("地区生产总值增长6%～6.5%", "gdp growthRate atLeast 6% stretch 6.5%", null)]
    public void TheFirstAndLastFullWidthForms_ReadAsAscii(string text, string first, string? second) =>
        Draw.Targets(text).Should().Equal(second is null ? [first] : [first, second]);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheFirstIgnoredCharacter_MayBeTheFirstOfTheText() =>
        Draw.Draft("\u0007地区生产总值增长7%\u0007").Findings.Single().Source.Start.Should().Be(0);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ASignAtTheEndOfAClause_IsNoFigure() =>
        Draw.Findings("地区生产总值增长6%至-").Should().Equal("地区生产总值增长6%至-");

    [Fact]
    public void EmptyClauses_AreNothing() => Draw.Draft(",,;;。。::●●").Findings.Should().BeEmpty();

    [Fact]
    public void AnEmptyText_IsADraftWithoutTargets()
    {
        var draft = Draw.Draft("");

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().BeEmpty();
        draft.Plan!.Targets.Should().BeEmpty();
    }

    [Fact]
    public void Normalization_MapsFullWidthFormsAndKeepsOrigins()
    {
        var text = NormalizedText.Create("Ａ\n ９％");

        text.Slice(0, text.Length).Should().Be("A9%");
        text.Origin[..text.Length].Should().Equal(0, 3, 4);
        text.Span(1, 3).Should().Be(new SourceSpan(3, 2, 2, 2, "９％"));
        text.Span(3, 3).Should().Be(new SourceSpan(5, 0, 2, 4, ""));
        text.Span(1, 1).Should().Be(new SourceSpan(3, 0, 2, 2, ""));
        text.IgnoredCount.Should().Be(0);
        text.FirstIgnored.Should().Be(-1);
    }
}
