using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Model;

public class TargetTest
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);

    [Fact]
    public void Growth_CarriesAPercentFigure()
    {
        var target = Target.Growth("t1", "gdp", Year2024, new Percent(7m), TargetQualifier.About);

        target.Kind.Should().Be(TargetKind.GrowthRate);
        target.Figure.Should().Be(Quantity.Percent(7m));
        target.Nature.Should().Be(TargetNature.Expected);
        target.Zone.IsRegion.Should().BeTrue();
    }

    [Fact]
    public void Completion_HasNeitherFigureNorQualifier()
    {
        var target = Target.Completion("t10", "energy-intensity", Year2024);

        target.Figure.Should().BeNull();
        target.Qualifier.Should().BeNull();
        target.Nature.Should().Be(TargetNature.Binding);
    }

    [Fact]
    public void Completion_WithAFigure_Throws()
    {
        var act = () => new Target("t", "i", Year2024, TargetKind.Completion, null, Quantity.Percent(1), TargetNature.Binding);

        act.Should().Throw<ArgumentException>().WithParameterName("value").WithMessage("*completion*");
    }

    [Fact]
    public void Completion_WithAQualifier_Throws()
    {
        var act = () => new Target("t", "i", Year2024, TargetKind.Completion, TargetQualifier.AtLeast, null, TargetNature.Binding);

        act.Should().Throw<ArgumentException>().WithParameterName("qualifier");
    }

    [Theory]
    [InlineData(TargetKind.GrowthRate)]
    [InlineData(TargetKind.Reduction)]
    [InlineData(TargetKind.Level)]
    public void FigureKinds_WithoutAFigure_Throw(TargetKind kind)
    {
        var act = () => new Target("t", "i", Year2024, kind, TargetQualifier.AtLeast, null, TargetNature.Expected);

        act.Should().Throw<ArgumentException>().WithParameterName("value");
    }

    [Fact]
    public void FigureKinds_WithoutAQualifier_Throw()
    {
        var act = () => new Target("t", "i", Year2024, TargetKind.GrowthRate, null, Quantity.Percent(7), TargetNature.Expected);

        act.Should().Throw<ArgumentException>().WithParameterName("qualifier");
    }

    [Theory]
    [InlineData(TargetKind.GrowthRate)]
    [InlineData(TargetKind.Reduction)]
    public void RateKinds_InAnotherUnitThanPercent_Throw(TargetKind kind)
    {
        var act = () => new Target("t", "i", Year2024, kind, TargetQualifier.AtLeast, new Quantity(7, Unit.HundredMillionYuan), TargetNature.Expected);

        act.Should().Throw<ArgumentException>().WithMessage("*percent*10^8 CNY*");
    }

    [Fact]
    public void Level_AcceptsAnyUnit()
    {
        var target = Target.Level("t7", "foreign-capital", Year2024, new Quantity(7.7m, Unit.HundredMillionUsd), TargetQualifier.Exactly);

        target.Figure!.Value.Unit.Should().Be(Unit.HundredMillionUsd);
    }

    [Fact]
    public void Stretch_InTheFigureUnit_IsKept()
    {
        var target = new Target("t", "gdp", Year2024, TargetKind.GrowthRate, TargetQualifier.About, Quantity.Percent(7m), TargetNature.Expected) { Stretch = Quantity.Percent(7.5m) };

        target.Stretch.Should().Be(Quantity.Percent(7.5m));
    }

    [Fact]
    public void Stretch_InAnotherUnit_Throws()
    {
        var act = () => new Target("t", "i", Year2024, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(1, Unit.HundredMillionUsd), TargetNature.Expected)
        {
            Stretch = new Quantity(2, Unit.HundredMillionYuan),
        };

        act.Should().Throw<ArgumentException>().WithParameterName("Stretch").WithMessage("*10^8 USD*10^8 CNY*");
    }

    [Fact]
    public void Stretch_OnACompletionTarget_Throws()
    {
        var act = () => new Target("t", "i", Year2024, TargetKind.Completion, null, null, TargetNature.Binding) { Stretch = Quantity.Percent(1) };

        act.Should().Throw<ArgumentException>().WithParameterName("Stretch");
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("-leading")]
    [InlineData("中文")]
    public void Id_MustBeACode(string id)
    {
        var act = () => Target.Completion(id, "i", Year2024);

        act.Should().Throw<ArgumentException>().WithParameterName("id");
    }
}
