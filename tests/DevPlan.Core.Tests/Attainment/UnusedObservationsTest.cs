using DevPlan.Core.Attainment;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>No figure is dropped in silence: every observation an evaluation does not use is counted with its reason.</summary>
public class UnusedObservationsTest
{
    private static readonly Observation[] Offered =
    [
        new("cpi", ReportingPeriod.ForYear(2024), growth: new Percent(0.2m)),                                    // no target
        new("gdp", ReportingPeriod.ForYear(2022), growth: new Percent(3.0m)),                                    // before the plan
        new("retail-sales", ReportingPeriod.ForYearToDate(2024, 5), growth: new Percent(7.0m)),                  // superseded by Jan–Nov
        new("retail-sales", ReportingPeriod.ForYearToDate(2024, 11), growth: new Percent(7.1m)),                 // revised by the next row
        new("retail-sales", ReportingPeriod.ForYearToDate(2024, 11), growth: new Percent(7.3m)),
        new("services-value-added", ReportingPeriod.ForYear(2024), growth: new Percent(6.1m)),                   // after the as-of date
    ];

    [Fact]
    public void EveryReason_IsCounted_WithExamples()
    {
        var unused = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, Offered, new LocalDate(2024, 12, 20)).Unused;

        unused[UnusedReason.NoTarget].Should().Be(1);
        unused[UnusedReason.OutsideTargetPeriods].Should().Be(1);
        unused[UnusedReason.AfterAsOf].Should().Be(1);
        unused[UnusedReason.Revised].Should().Be(1);
        unused[UnusedReason.Revised].Should().Be(1);
        unused.Total.Should().Be(5);
        unused.Examples.Should().ContainSingle(e => e.Reason == UnusedReason.NoTarget).Which.Indicator.Should().Be("cpi");
    }

    [Fact]
    public void EverySource_CountsAlike()
    {
        var csv = ObservationCsv.ToCsv(Offered);
        using var reader = ObservationCsv.OpenReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));

        var streamed = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, reader, new LocalDate(2024, 12, 20)).Unused;
        var bulk = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, BulkObservationSet.FromObservations(Offered), new LocalDate(2024, 12, 20)).Unused;

        streamed.Counts.Should().BeEquivalentTo(bulk.Counts);
        streamed.Total.Should().Be(5);
    }

    [Fact]
    public void TheSeedSample_IsUsedInFull_ButForTheFigureARevisionReplaced()
    {
        var unused = PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearFiguresThrough(2023), new LocalDate(2023, 12, 31)).Unused;

        // The digital-economy share of 2023 was announced as 10% (May 2024), then revised to 9.9% by the economic census.
        unused.Total.Should().Be(1);
        unused[UnusedReason.Revised].Should().Be(1);
        unused.Examples.Should().ContainSingle().Which.Should().Be(new UnusedObservation("digital-economy-share", null, ReportingPeriod.ForYear(2023), UnusedReason.Revised));
    }
}
