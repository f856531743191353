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

    [Fact]
    public void ToString_Default_IsInvariant()
    {
        new Quantity(1767.3m, Unit.HundredMillionYuan).ToString().Should().Be("1767.3 [10^8 CNY]");
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        var act = () => new Quantity(1m, Unit.Percent).ToString("zh", null);

        act.Should().Throw<FormatException>().WithMessage("*\"zh\"*Catalogue.Format*");
    }
}
