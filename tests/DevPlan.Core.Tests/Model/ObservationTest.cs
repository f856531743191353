using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Model;

public class ObservationTest
{
    [Fact]
    public void Constructor_WithoutAnyFigure_Throws()
    {
        var act = () => new Observation("gdp", ReportingPeriod.ForYear(2023));

        act.Should().Throw<ArgumentException>().WithMessage("*level, a growth rate or a completion flag*");
    }

    [Fact]
    public void Constructor_KeepsLevelAndPublishedGrowthSideBySide()
    {
        var observation = new Observation("gdp", ReportingPeriod.ForYear(2023), new Quantity(1767.3m, Unit.HundredMillionYuan), new Percent(7.3m))
        {
            Status = ObservationStatus.Provisional,
            Zone = ZoneScope.Zone("central"),
        };

        observation.Level.Should().Be(new Quantity(1767.3m, Unit.HundredMillionYuan));
        observation.Growth.Should().Be(new Percent(7.3m));
        ObservationCsv.StatusCode(observation.Status).Should().Be('P');
        observation.Zone.ZoneCode.Should().Be("central");
    }

    [Fact]
    public void Status_Undefined_Throws()
    {
        var act = () => new Observation("gdp", ReportingPeriod.ForYear(2023), growth: new Percent(1m)) { Status = (ObservationStatus)99 };

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("Status");
    }

    [Theory]
    [InlineData('A', ObservationStatus.Normal)]
    [InlineData('P', ObservationStatus.Provisional)]
    [InlineData('E', ObservationStatus.Estimated)]
    [InlineData('F', ObservationStatus.Forecast)]
    [InlineData('B', ObservationStatus.Break)]
    [InlineData('I', ObservationStatus.Imputed)]
    [InlineData('O', ObservationStatus.Missing)]
    public void SdmxCodes_RoundTrip(char code, ObservationStatus status)
    {
        ObservationCsv.TryParseStatusCode(code, out var parsed).Should().BeTrue();
        parsed.Should().Be(status);
        ObservationCsv.StatusCode(status).Should().Be(code);
    }

    [Fact]
    public void SdmxCodes_Unknown_IsRejected() => ObservationCsv.TryParseStatusCode('Z', out _).Should().BeFalse();
}
