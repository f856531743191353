using DevPlan.Core;
using DevPlan.Core.Drafting;
using DevPlan.Core.Drafting.Grammar;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// The names and unit words of a catalogue as the grammar looks them up, and the order words are
/// tried in. A copy of the standard catalogue builds its own lexicon (lexicons are kept per catalogue).
/// The clauses are illustrative, not quoted from a report.
/// </summary>
public class LexiconTest
{
    private static DraftOptions FreshCatalogue() => Draw.Options with { Catalogue = new IndicatorCatalogue(IndicatorCatalogue.Standard.Entries) };

    [Theory]
    [InlineData("城镇新增就业人数110万人以上", "new-urban-jobs level atLeast 110 10^4 person")]
    [InlineData("城乡居民收入增长6%", "urban-disposable-income growthRate exactly 6%", "rural-disposable-income growthRate exactly 6%")]
    [InlineData("劳动年龄人口平均受教育年限提高到11.3年", "schooling-years level exactly 11.3 school-year binding")]
    [InlineData("全员劳动生产率达到12万元/人", "labour-productivity level exactly 12 10^4 CNY/person")]
    public void ALexiconOfAnotherCatalogue_FindsTheLongestNameAndTheUnitWords(string clause, params string[] targets) =>
        Draw.Targets(clause, FreshCatalogue()).Should().Equal(targets);

    [Fact]
    public void ALexiconOfAnEmptyCatalogue_FindsNothing()
    {
        var draft = Draw.Draft("地区生产总值增长7%", Draw.Options with { Catalogue = new IndicatorCatalogue([]) });

        draft.Targets.Should().BeEmpty();
        draft.Findings.Should().ContainSingle().Which.Source.Text.Should().Be("地区生产总值增长7%");
    }

    [Theory]
    [InlineData("全员劳动生产率达到1.5亿元/人", "labour-productivity level exactly 1.5 10^8 CNY/person")]
    [InlineData("全员劳动生产率达到0.5万亿元/人", "labour-productivity level exactly 0.5 10^12 CNY/person")]
    public void AMagnitudeBeforeAnIndicatorsUnitWord_ScalesIt(string clause, string target) => Draw.Targets(clause).Should().Equal(target);

    [Fact]
    public void Words_AreTriedLongestFirst_ThenInOrdinalOrder() =>
        new WordList("乙", "提高", "甲", "提高到").LongestFirst.Should().Equal("提高到", "提高", "乙", "甲");

    [Fact]
    public void AnEmptyWord_IsRefused() =>
        FluentActions.Invoking(() => new WordList("甲", "")).Should().Throw<ArgumentException>().WithParameterName("words")
            .WithMessage("Expected words of at least one character: an empty word is read at every position without moving on.*");
}
