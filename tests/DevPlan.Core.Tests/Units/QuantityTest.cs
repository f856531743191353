using System.Globalization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Units;

public class QuantityTest
{
    [Fact]
    public void Value_KeepsPublishedScale()
    {
        var quantity = new Quantity(1767.3m, Unit.HundredMillionYuan);

        quantity.Value.ToString(CultureInfo.InvariantCulture).Should().Be("1767.3");
        new Quantity(7.70m, Unit.HundredMillionUsd).Value.ToString(CultureInfo.InvariantCulture).Should().Be("7.70");
    }

    [Fact]
    public void ConvertTo_FinerMagnitude_IsExact()
    {
        var gdp = new Quantity(1767.3m, Unit.HundredMillionYuan);

        var inTenThousands = gdp.ConvertTo(Unit.TenThousandYuan);

        inTenThousands.Value.Should().Be(17_673_000m);
        inTenThousands.Unit.Should().Be(Unit.TenThousandYuan);
        inTenThousands.ConvertTo(Unit.HundredMillionYuan).Value.Should().Be(1767.3m);
    }

    [Fact]
    public void ConvertTo_JobsInPersons_IsExact()
    {
        new Quantity(1.65m, Unit.TenThousandPersons).ConvertTo(new Unit(Dimension.Persons)).Value.Should().Be(16_500m);
    }

    [Fact]
    public void ConvertTo_AnotherCurrency_ThrowsNamingBothUnits()
    {
        var act = () => new Quantity(7.7m, Unit.HundredMillionUsd).ConvertTo(Unit.HundredMillionYuan);

        act.Should().Throw<UnitMismatchException>()
            .WithMessage("*10^8 CNY*10^8 USD*")
            .Which.Expected.Should().Be(Unit.HundredMillionYuan);
    }

    [Fact]
    public void ConvertTo_BeyondDecimalPrecision_Throws()
    {
        var act = () => new Quantity(0.0000000000000000000000000001m, new Unit(Dimension.Cny)).ConvertTo(new Unit(Dimension.Cny, 1));

        act.Should().Throw<ArithmeticException>().WithMessage("*exactly*");
    }

    [Fact]
    public void Addition_AcrossMagnitudes_UsesTheFinerUnit()
    {
        var sum = new Quantity(1m, Unit.HundredMillionYuan) + new Quantity(5000m, Unit.TenThousandYuan);

        sum.Should().Be(new Quantity(15_000m, Unit.TenThousandYuan));
    }

    [Fact]
    public void Addition_OfDifferentDimensions_Throws()
    {
        var act = () => new Quantity(1m, Unit.HundredMillionYuan) + new Quantity(1m, Unit.TenThousandPersons);

        act.Should().Throw<UnitMismatchException>().WithMessage("*10^8 CNY*10^4 person*");
    }

    [Fact]
    public void Comparison_AcrossMagnitudes_ComparesAmounts()
    {
        var a = new Quantity(1m, Unit.HundredMillionYuan);
        var b = new Quantity(9999m, Unit.TenThousandYuan);

        (a > b).Should().BeTrue();
        a.IsEquivalentTo(new Quantity(10_000m, Unit.TenThousandYuan)).Should().BeTrue();
        a.Equals(new Quantity(10_000m, Unit.TenThousandYuan)).Should().BeFalse("equality is structural");
    }

    [Fact]
    public void Equality_IgnoresTrailingZerosButNotUnits()
    {
        new Quantity(7.7m, Unit.HundredMillionUsd).Should().Be(new Quantity(7.70m, Unit.HundredMillionUsd));
        new Quantity(7.7m, Unit.HundredMillionUsd).GetHashCode().Should().Be(new Quantity(7.70m, Unit.HundredMillionUsd).GetHashCode());
        new Quantity(7.7m, Unit.HundredMillionUsd).Should().NotBe(new Quantity(7.7m, Unit.HundredMillionYuan));
    }

    [Fact]
    public void Ratio_OfSameDimension_IsPureNumber()
    {
        (new Quantity(1m, Unit.HundredMillionYuan) / new Quantity(5000m, Unit.TenThousandYuan)).Should().Be(2m);
    }

    [Theory]
    [InlineData(1767.3, 8, "CNY", "1767.3亿元", "CNY 176.73 billion")]
    [InlineData(7.7, 8, "USD", "7.7亿美元", "USD 770 million")]
    [InlineData(1.65, 4, "person", "1.65万人", "16,500 persons")]
    [InlineData(7, 0, "percent", "7%", "7%")]
    [InlineData(350, 4, "CNY", "350万元", "CNY 3.5 million")]
    [InlineData(12.5, 12, "CNY", "12.5万亿元", "CNY 12.5 trillion")]
    [InlineData(85, 0, "CNY", "85元", "CNY 85")]
    [InlineData(2.4, 4, "tce", "2.4万吨标准煤", "24,000 tce")]
    public void ToString_ChineseAndEnglish(double value, int exponent, string dimension, string zh, string en)
    {
        var quantity = new Quantity((decimal)value, new Unit(Dimension.Of(dimension), exponent));

        quantity.ToString("zh", null).Should().Be(zh);
        quantity.ToString("en", null).Should().Be(en);
        quantity.ToString(null, CultureInfo.GetCultureInfo("zh-CN")).Should().Be(zh);
        quantity.ToString(null, CultureInfo.GetCultureInfo("en-GB")).Should().Be(en);
    }

    [Fact]
    public void ToString_Default_IsInvariant()
    {
        new Quantity(1767.3m, Unit.HundredMillionYuan).ToString().Should().Be("1767.3 [10^8 CNY]");
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        var act = () => new Quantity(1m, Unit.Percent).ToString("X", null);

        act.Should().Throw<FormatException>().WithMessage("*\"X\"*");
    }
}
