using DevPlan.Core.Attainment;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// A figure's release date holds wherever the figure goes: kept by the column store (and the evaluation over it) as by
/// a sequence of objects, and heeded by the zone contributions as by the targets. Figures are illustrative.
/// </summary>
public class ReleaseDatesEverywhereTest
{
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);

    private static Plan PlanOf(Indicator indicator) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district"))
        {
            Zones = [new Zone("east", ZonePosition.East, new LocalizedText("东区", "East")), new Zone("west", ZonePosition.West, new LocalizedText("西区", "West"))],
        }, 2024)
        {
            Indicators = [indicator],
            Targets = [Target.Level("t", indicator.Code, Y2024, new Quantity(100m, Unit.HundredMillionYuan), TargetQualifier.AtLeast)],
        };

    private static readonly Indicator Output = new("output", new LocalizedText("产值", "Output"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow);

    private static Observation[] Figures(LocalDate released) =>
    [
        new("output", Y2024, new Quantity(120m, Unit.HundredMillionYuan)) { Released = released },
        new("output", ReportingPeriod.ForYear(2023), new Quantity(50m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("east") },
        new("output", ReportingPeriod.ForYear(2023), new Quantity(50m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("west") },
        new("output", Y2024, new Quantity(70m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("east"), Released = released },
        new("output", Y2024, new Quantity(50m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("west"), Released = released },
    ];

    [Fact]
    public void TheColumnStore_KeepsTheReleaseDate()
    {
        var figures = Figures(new LocalDate(2025, 2, 28));
        var set = BulkObservationSet.FromObservations(figures);

        Enumerable.Range(0, set.Count).Select(set.ReleasedOf).Should().Equal(figures.Select(f => f.Released));
        set[0].Released.Should().Be(new LocalDate(2025, 2, 28));
        FluentActions.Invoking(() => set.ReleasedOf(set.Count)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2025, 2, 27, false)]
    [InlineData(2025, 2, 28, true)]
    public void TheEvaluation_OfTheColumnStore_AndOfObjects_UseAFigureOnlyOnceReleased(int year, int month, int day, bool known)
    {
        var figures = Figures(new LocalDate(2025, 2, 28));
        var asOf = new LocalDate(year, month, day);

        foreach (var evaluation in new[] { PlanEvaluator.Evaluate(PlanOf(Output), figures, asOf), PlanEvaluator.Evaluate(PlanOf(Output), BulkObservationSet.FromObservations(figures), asOf) })
        {
            evaluation.Results[0].Assessment.Status.Should().Be(known ? AttainmentStatus.Exceeded : AttainmentStatus.NoData);
            evaluation.ZoneContributions.Select(z => z.Period).Should().Equal(known ? [Y2024] : [], "the zones' 2024 levels are published with the region's");
        }
    }

    [Fact]
    public void TheZoneContributions_HeedTheIndicatorsReleaseLag()
    {
        var lagged = new Indicator("output", Output.Name, Output.Unit, Output.Direction, Output.GrowthBasis, Output.Accumulation) { ReleaseLag = NodaTime.Period.FromMonths(2) };
        Observation[] figures = [.. Figures(new LocalDate(2025, 2, 28)).Select(f => new Observation(f.Indicator, f.Period, f.Level) { Zone = f.Zone })];

        PlanEvaluator.Evaluate(PlanOf(lagged), figures, new LocalDate(2025, 2, 27)).ZoneContributions.Should().BeEmpty();
        PlanEvaluator.Evaluate(PlanOf(lagged), figures, new LocalDate(2025, 2, 28)).ZoneContributions.Should().ContainSingle().Which.Period.Should().Be(Y2024);
    }
}
