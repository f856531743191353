using System.Globalization;
using DevPlan.Core.Text;

namespace DevPlan.Core.Tests.Text;

public class LocalizedTextTest
{
    private static readonly LocalizedText Gdp = LocalizedText.FromEntries(
    [
        new("zh-CN", "地区生产总值"),
        new("en", "GDP"),
        new("zh-TW", "地區生產總值"),
        new("fr", "PIB"),
    ]);

    [Theory]
    [InlineData("zh-CN", "地区生产总值")]
    [InlineData("ZH-cn", "地区生产总值")]
    [InlineData("zh-TW", "地區生產總值")]
    [InlineData("zh", "地区生产总值")]
    [InlineData("zh-Hans-CN", "地区生产总值")]
    [InlineData("fr-CA", "PIB")]
    [InlineData("en-GB", "GDP")]
    [InlineData("de", "GDP")]
    [InlineData("", "GDP")]
    public void Get_FallsBackInTheDocumentedOrder(string tag, string expected) => Gdp.Get(tag).Should().Be(expected);

    [Fact]
    public void Get_ByCulture_UsesItsName()
    {
        Gdp.Get(CultureInfo.GetCultureInfo("zh-CN")).Should().Be("地区生产总值");
        Gdp.Get(CultureInfo.InvariantCulture).Should().Be("GDP");
    }

    [Fact]
    public void FromEntries_WithoutEnglish_ThrowsListingWhatIsThere()
    {
        var act = () => LocalizedText.FromEntries([new("zh-CN", "中")]);

        act.Should().Throw<ArgumentException>().WithMessage("*\"en\"*zh-CN*");
    }

    [Fact]
    public void FromEntries_RepeatedTagIgnoringCase_Throws()
    {
        var act = () => LocalizedText.FromEntries([new("zh-CN", "中"), new("en", "a"), new("EN", "b")]);

        act.Should().Throw<ArgumentException>().WithMessage("*\"EN\"*more than once*");
    }

    [Theory]
    [InlineData("e")]
    [InlineData("en_US")]
    [InlineData("-en")]
    [InlineData("123")]
    public void FromEntries_MalformedTag_Throws(string tag)
    {
        var act = () => LocalizedText.FromEntries([new("zh-CN", "中"), new("en", "a"), new(tag, "x")]);

        act.Should().Throw<ArgumentException>().WithMessage($"*\"{tag}\"*");
    }

    [Fact]
    public void Constructor_BlankText_Throws()
    {
        var act = () => new LocalizedText("中", " ");

        act.Should().Throw<ArgumentException>().WithParameterName("en");
    }

    [Fact]
    public void Equality_IgnoresOrderAndTagCase()
    {
        var a = LocalizedText.FromEntries([new("zh-CN", "中"), new("en", "a")]);
        var b = LocalizedText.FromEntries([new("EN", "a"), new("zh-cn", "中")]);

        (a == b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a == new LocalizedText("中", "b")).Should().BeFalse();
    }

    [Fact]
    public void With_AddsOrReplacesAndKeepsTheOriginal()
    {
        var original = new LocalizedText("中", "a");

        var withFrench = original.With("fr", "b").With("en", "c");

        withFrench.Get("fr").Should().Be("b");
        withFrench.En.Should().Be("c");
        original.Count.Should().Be(2);
        original.En.Should().Be("a");
    }
}
