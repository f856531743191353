using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Units;

public class UnitTest
{
    [Theory]
    [InlineData("10^8 CNY", "CNY", 8)]
    [InlineData("10^4 person", "person", 4)]
    [InlineData("percent", "percent", 0)]
    [InlineData("CNY", "CNY", 0)]
    [InlineData("10^-4 tce/CNY", "tce/CNY", -4)]
    [InlineData("10^3", "1", 3)]
    public void Parse_InvariantForm_ReadsDimensionAndExponent(string text, string dimension, int exponent)
    {
        var unit = Unit.Parse(text);

        unit.Dimension.Code.Should().Be(dimension);
        unit.Exponent.Should().Be(exponent);
        unit.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("亿元", "CNY", 8)]
    [InlineData("万元", "CNY", 4)]
    [InlineData("元", "CNY", 0)]
    [InlineData("亿美元", "USD", 8)]
    [InlineData("万人", "person", 4)]
    [InlineData("万吨标准煤", "tce", 4)]
    [InlineData("万亿元", "CNY", 12)]
    [InlineData("%", "percent", 0)]
    public void Parse_ChineseForm_ReadsMagnitudeAndDimension(string text, string dimension, int exponent)
    {
        var unit = Unit.Parse(text);

        unit.Should().Be(new Unit(Dimension.Of(dimension), exponent));
    }

    [Theory]
    [InlineData("")]
    [InlineData("10^")]
    [InlineData("10^x CNY")]
    [InlineData("10^99 CNY")]
    [InlineData("10^8  CNY")]
    [InlineData("亿")]
    [InlineData("CNY!")]
    [InlineData("万 元")]
    public void Parse_Malformed_ThrowsFormatExceptionNamingTheText(string text)
    {
        var act = () => Unit.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*\"{text}\"*");
    }

    [Fact]
    public void Default_IsDimensionlessWithExponentZero()
    {
        default(Unit).Dimension.Should().Be(Dimension.Dimensionless);
        default(Unit).Exponent.Should().Be(0);
        default(Unit).ToString().Should().Be("1");
    }

    [Fact]
    public void Constructor_ExponentOutOfRange_Throws()
    {
        var act = () => new Unit(Dimension.Cny, Unit.MaxExponent + 1);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("exponent");
    }

    [Fact]
    public void Equality_RequiresSameDimensionAndExponent()
    {
        Unit.HundredMillionYuan.Should().Be(new Unit(Dimension.Cny, 8));
        (Unit.HundredMillionYuan == Unit.TenThousandYuan).Should().BeFalse();
        (Unit.HundredMillionYuan != Unit.HundredMillionUsd).Should().BeTrue();
        Unit.HundredMillionYuan.IsCompatibleWith(Unit.TenThousandYuan).Should().BeTrue();
        Unit.HundredMillionYuan.IsCompatibleWith(Unit.HundredMillionUsd).Should().BeFalse();
    }

    [Theory]
    [InlineData("CNY", true)]
    [InlineData("USD", true)]
    [InlineData("person", false)]
    [InlineData("tce", false)]
    [InlineData("Cny", false)]
    public void Dimension_IsCurrency_OnlyForThreeUpperCaseLetters(string code, bool expected) =>
        Dimension.Of(code).IsCurrency.Should().Be(expected);

    [Fact]
    public void Dimension_Currency_RejectsNonIsoCodes()
    {
        var act = () => Dimension.Currency("yuan");

        act.Should().Throw<ArgumentException>().WithMessage("*ISO 4217*\"yuan\"*");
    }
}
