using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// An evaluation as of a date uses only the figures published by then: a figure's own release date when it
/// gives one (even before its period ends, as a December review uses that year's estimate), otherwise its
/// period's end plus its indicator's usual release lag. A preliminary figure out before the final one is
/// used until the final one is out, and says so. Dates and figures are illustrative.
/// </summary>
public class ReleaseDateTest
{
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);

    private static Plan PlanOf(Period? lag = null) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2023)
        {
            Indicators = [new Indicator("gdp", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow)
            {
                ReleaseLag = lag,
            }],
            Targets = [Target.Growth("t", "gdp", Y2023, new Percent(5m), TargetQualifier.About)],
        };

    private static Observation Grew(decimal growth, LocalDate? released, ObservationStatus status = ObservationStatus.Normal) =>
        new("gdp", Y2023, growth: new Percent(growth)) { Released = released, Status = status };

    [Fact]
    public void AFigure_IsNotUsedAsOfADateBeforeItsRelease_AndIsFromItsReleaseDay()
    {
        var communique = Grew(5.2m, new LocalDate(2024, 2, 29));

        var before = PlanEvaluator.Evaluate(PlanOf(), [communique], new LocalDate(2024, 2, 28));
        var on = PlanEvaluator.Evaluate(PlanOf(), [communique], new LocalDate(2024, 2, 29));

        before.Results[0].Assessment.Status.Should().Be(AttainmentStatus.NoData, "the figure was not yet published");
        before.Unused.Counts.Should().ContainKey(UnusedReason.NotYetReleased).WhoseValue.Should().Be(1);
        on.Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        on.Results[0].Observation.Should().BeSameAs(communique);
    }

    [Fact]
    public void AnIndicatorsLag_KeepsAFigureWithoutADateUnknownUntilItPasses()
    {
        var plan = PlanOf(Period.FromMonths(2));
        var figure = Grew(5.2m, released: null);

        PlanEvaluator.Evaluate(plan, [figure], new LocalDate(2024, 2, 28)).Results[0].Assessment.Status.Should().Be(AttainmentStatus.NoData, "2023-12-31 plus two months is 2024-02-29");
        PlanEvaluator.Evaluate(plan, [figure], new LocalDate(2024, 2, 29)).Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        PlanEvaluator.Evaluate(PlanOf(), [figure], new LocalDate(2023, 12, 31)).Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved, "without a lag, a figure is known when its period ends");
    }

    [Fact]
    public void AnEstimatePublishedBeforeTheYearEnds_IsUsedByADecemberReview_AndSaysSo()
    {
        var estimate = Grew(5.2m, new LocalDate(2023, 12, 20), ObservationStatus.Estimated);

        var result = PlanEvaluator.Evaluate(PlanOf(), [estimate], new LocalDate(2023, 12, 25)).Results[0];

        result.Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        DevPlan.Core.Reporting.Explanations.Explain(result, DevPlan.Core.Reporting.Catalogue.English).Should().Contain("provisional or estimated");
    }

    [Fact]
    public void APreliminaryFigure_IsUsedUntilTheFinalOneIsOut()
    {
        Observation[] figures = [Grew(5.2m, new LocalDate(2024, 1, 17), ObservationStatus.Provisional), Grew(5.4m, new LocalDate(2024, 12, 27))];

        var january = PlanEvaluator.Evaluate(PlanOf(), figures, new LocalDate(2024, 3, 1)).Results[0];
        var december = PlanEvaluator.Evaluate(PlanOf(), figures, new LocalDate(2025, 1, 1)).Results[0];

        january.Assessment.Actual.Should().Be(5.2m, "the final figure was not out yet");
        january.Observation!.Status.Should().Be(ObservationStatus.Provisional);
        december.Assessment.Actual.Should().Be(5.4m);
    }

    [Fact]
    public void TheReleaseDate_IsReadAndWritten_InCsvAndJson_AndTheLagInThePlan()
    {
        var csv = "indicator,zone,period,value,unit,growth,status,source,completed,released\ngdp,,2023,,,5.2,A,,,2024-02-29\n";
        var read = ObservationCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv))).Single();
        read.Released.Should().Be(new LocalDate(2024, 2, 29));
        ObservationCsv.ToCsv([read]).Should().EndWith(",2024-02-29\n");

        var json = System.Text.Encoding.UTF8.GetString(ObservationJson.ToUtf8Bytes([read]));
        json.Should().Contain("\"released\": \"2024-02-29\"");
        using var reader = ObservationJson.OpenReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)));
        reader.Read().Should().BeTrue();
        reader.Current.Released.Should().Be(new LocalDate(2024, 2, 29));

        var plan = PlanJson.Parse(PlanJson.ToUtf8Bytes(PlanOf(Period.FromMonths(2))));
        plan.Indicators[0].ReleaseLag.Should().Be(Period.FromMonths(2));
        var bad = "indicator,zone,period,value,unit,growth,status,source,completed,released\ngdp,,2023,,,5.2,A,,,29/02/2024\n";
        FluentActions.Invoking(() => ObservationCsv.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(bad))).ToList())
            .Should().Throw<Diagnostics.DevPlanFormatException>().Which.Message.Should().Contain("released");
    }
}
