using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

public class PlanEvaluatorTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);

    /// <summary>Illustrative figures (not published statistics), one situation per target.</summary>
    private static readonly Observation[] Fixture =
    [
        new("gdp", Y2024, growth: new Percent(7.2m)),                                                             // t01 7%: achieved (within the margin)
        new("industrial-value-added", Y2024, growth: new Percent(12.8m)),                                         // t02 12%: exceeded
        new("services-value-added", Y2024, growth: new Percent(6.1m)),                                            // t03 6.5%: not achieved
        new("fixed-asset-investment", Y2023, new Quantity(800m, Unit.HundredMillionYuan)),           // t04 4%: nominal, from levels
        new("fixed-asset-investment", Y2024, new Quantity(832.8m, Unit.HundredMillionYuan)),         //     832.8 / 800 = +4.1%: achieved
        new("retail-sales", ReportingPeriod.ForYearToDate(2024, 11), growth: new Percent(7.3m)),                  // t05 7%: only January–November: on track
        // t06 foreign trade: no figure at all: no data
        new("foreign-capital", Y2024, new Quantity(8.0m, Unit.HundredMillionUsd)),                   // t07 7.7亿美元: exceeded
        new("budget-revenue", Y2024, growth: new Percent(7.5m)),                                                  // t08 7.5%: achieved, exactly
        new("new-urban-jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)), // t09: 54.5% done at 50% elapsed: on track
        new("energy-intensity", Y2024, completed: true),                                             // t10: task completed
    ];

    [Fact]
    public void SeedPlan_EveryTargetGetsItsExpectedStatusInPlanOrder()
    {
        var evaluation = PlanEvaluator.Evaluate(Seed, Fixture, new LocalDate(2025, 2, 28));

        evaluation.Results.Select(r => (r.Target.Id, r.Assessment.Status)).Should().Equal(
            ("t01-gdp", AttainmentStatus.Achieved),
            ("t02-industrial-value-added", AttainmentStatus.Exceeded),
            ("t03-services-value-added", AttainmentStatus.NotAchieved),
            ("t04-fixed-asset-investment", AttainmentStatus.Achieved),
            ("t05-retail-sales", AttainmentStatus.OnTrack),
            ("t06-foreign-trade", AttainmentStatus.NoData),
            ("t07-foreign-capital", AttainmentStatus.Exceeded),
            ("t08-budget-revenue", AttainmentStatus.Achieved),
            ("t09-new-urban-jobs", AttainmentStatus.OnTrack),
            ("t10-energy-intensity", AttainmentStatus.Achieved));
        evaluation.Results[3].Assessment.Actual!.Value.Should().Be(4.1m);
        evaluation.Results[8].Assessment.PaceGap!.Value.Round(1).Value.Should().Be(4.5m);
        evaluation.Count(AttainmentStatus.Achieved).Should().Be(4);
    }

    [Fact]
    public void SeedPlan_AsOfMidYear_FiguresOfLaterPeriodsAreNotYetKnown()
    {
        var evaluation = PlanEvaluator.Evaluate(Seed, Fixture, new LocalDate(2024, 7, 15));

        evaluation.Results.Single(r => r.Target.Id == "t09-new-urban-jobs").Assessment.Status.Should().Be(AttainmentStatus.OnTrack);
        evaluation.Results.Single(r => r.Target.Id == "t01-gdp").Assessment.Status.Should().Be(AttainmentStatus.NoData);
    }

    [Fact]
    public void Choice_PrefersTheLatestThenTheLongestThenTheLastGiven()
    {
        Observation[] observations =
        [
            new("gdp", ReportingPeriod.ForQuarter(2024, 1), growth: new Percent(5.0m)),
            new("gdp", ReportingPeriod.ForQuarter(2024, 2), growth: new Percent(9.0m)),
            new("gdp", ReportingPeriod.ForHalfYear(2024, 1), growth: new Percent(6.0m)) { Status = ObservationStatus.Provisional },
            new("gdp", ReportingPeriod.ForHalfYear(2024, 1), growth: new Percent(6.2m)),
        ];

        var result = PlanEvaluator.Evaluate(Seed, observations, new LocalDate(2024, 8, 1)).Results[0];

        result.Observation!.Growth.Should().Be(new Percent(6.2m), "the revision given last replaces the provisional figure");
        result.Assessment.Status.Should().Be(AttainmentStatus.Behind);
    }

    [Fact]
    public void ZoneFigures_DoNotStandInForTheWholeRegion()
    {
        var result = PlanEvaluator.Evaluate(Seed, [new Observation("gdp", Y2024, growth: new Percent(9m)) { Zone = ZoneScope.Zone("central") }], new LocalDate(2025, 3, 1)).Results[0];

        result.Assessment.Status.Should().Be(AttainmentStatus.NoData);
    }

    [Fact]
    public void NominalGrowth_UsesThePlanBaselineWhenTheObservationsLackLastYear()
    {
        var plan = new Plan("p", Seed.Title, Seed.Region, 2024)
        {
            Indicators = Seed.Indicators,
            Targets = [Seed.GetTarget("t04-fixed-asset-investment")],
            Baselines = [new Observation("fixed-asset-investment", Y2023, new Quantity(500m, Unit.HundredMillionYuan))],
        };

        var result = PlanEvaluator.Evaluate(plan, [new Observation("fixed-asset-investment", Y2024, new Quantity(515m, Unit.HundredMillionYuan))], new LocalDate(2025, 3, 1)).Results[0];

        result.Assessment.Actual.Should().Be(3m);
        result.Assessment.Status.Should().Be(AttainmentStatus.NotAchieved);
    }

    [Fact]
    public void TargetOfAnUndeclaredIndicator_IsNotAssessable()
    {
        var plan = new Plan("p", Seed.Title, Seed.Region, 2024) { Targets = [Target.Growth("t", "cpi", Y2024, new Percent(3m), TargetQualifier.AtMost)] };

        var result = PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 3, 1)).Results[0];

        result.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        result.Assessment.Reason.Should().Be(AttainmentReason.UnknownIndicator);
        result.Indicator.Should().BeNull();
    }

    [Fact]
    public void PlanInTheYear9999_IsEvaluatedByEveryEvaluator()
    {
        var y9999 = ReportingPeriod.ForYear(9999);
        var plan = new Plan("p", Seed.Title, Seed.Region, 9999)
        {
            Indicators = Seed.Indicators,
            Targets = [Target.Growth("t01", "gdp", y9999, new Percent(7m), TargetQualifier.AtLeast), Target.Level("t02", "new-urban-jobs", y9999, new Quantity(1.65m, Unit.TenThousandPersons), TargetQualifier.AtLeast)],
        };
        Observation[] observations =
        [
            new("gdp", ReportingPeriod.Parse("9999-YTD-M12"), growth: new Percent(7.1m)),
            new("new-urban-jobs", ReportingPeriod.Parse("9999-Q4"), new Quantity(0.5m, Unit.TenThousandPersons)),
            new("new-urban-jobs", ReportingPeriod.Parse("9999-S2"), new Quantity(1m, Unit.TenThousandPersons)),
        ];
        var asOf = new LocalDate(9999, 12, 31);

        var objects = PlanEvaluator.Evaluate(plan, observations, asOf);
        var bulk = Core.Bulk.BulkPlanEvaluator.Evaluate(plan, Core.Bulk.BulkObservationSet.FromObservations(observations), asOf);
        var streamed = Core.Bulk.BulkPlanEvaluator.EvaluateCsvStream(plan, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Core.Serialization.ObservationCsv.ToCsv(observations))), asOf);

        objects.Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        bulk.Results.Select(r => r.Assessment).Should().Equal(objects.Results.Select(r => r.Assessment));
        streamed.Results.Select(r => r.Assessment).Should().Equal(objects.Results.Select(r => r.Assessment));
    }
}
