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
        var bulk = PlanEvaluator.Evaluate(plan, Core.Observations.BulkObservationSet.FromObservations(observations), asOf);
        var streamed = DevPlan.Core.Tests.Observations.BulkLoad.StreamCsv(plan, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Core.Serialization.ObservationCsv.ToCsv(observations))), asOf);

        objects.Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved);
        bulk.Results.Select(r => r.Assessment).Should().Equal(objects.Results.Select(r => r.Assessment));
        streamed.Results.Select(r => r.Assessment).Should().Equal(objects.Results.Select(r => r.Assessment));
    }

    // A single month is not the year so far for a flow (the adversarial review's inputs).

    [Fact]
    public void FlowLevel_YearToDateAndTheFollowingMonth_AreSummedIntoTheYear()
    {
        Observation[] observations =
        [
            new("new-urban-jobs", ReportingPeriod.Parse("2024-YTD-M11"), new Quantity(1.6m, Unit.TenThousandPersons)),
            new("new-urban-jobs", ReportingPeriod.Parse("2024-M12"), new Quantity(500m, new Unit(Dimension.Persons))) { Status = ObservationStatus.Provisional },
        ];

        var result = PlanEvaluator.Evaluate(Seed, observations, new LocalDate(2025, 1, 31)).Results.Single(r => r.Target.Id == "t09-new-urban-jobs");

        result.Assessment.Status.Should().Be(AttainmentStatus.Achieved, "1.6万人 by November and 500 in December make the 1.65万人 of the year");
        result.Assessment.Actual.Should().Be(1.65m);
        result.Basis.Should().Be(FigureBasis.SummedLevels);
        result.Sources.Should().Equal(observations);
        result.Observation!.Period.Should().Be(Y2024);
        result.Observation.Status.Should().Be(ObservationStatus.Provisional, "a sum is as final as its least final part");
    }

    [Fact]
    public void FlowGrowth_TheCumulativeRateIsUsed_NotTheLatestMonth()
    {
        Observation[] observations =
        [
            new("retail-sales", ReportingPeriod.Parse("2024-YTD-M11"), growth: new Percent(7.3m)),
            new("retail-sales", ReportingPeriod.Parse("2024-M12"), growth: new Percent(6.0m)),
        ];

        var result = PlanEvaluator.Evaluate(Seed, observations, new LocalDate(2025, 1, 31)).Results.Single(r => r.Target.Id == "t05-retail-sales");

        result.Assessment.Actual.Should().Be(7.3m, "growth rates of parts do not add up: December's 6.0% is not the year's");
        result.Assessment.Status.Should().Be(AttainmentStatus.OnTrack);
        result.Basis.Should().Be(FigureBasis.Published);
        result.Sources.Should().Equal(observations[0]);
    }

    [Fact]
    public void FlowWithOnlyALateMonth_IsNotAssessable_WithTheReason()
    {
        Observation[] observations = [new("new-urban-jobs", ReportingPeriod.Parse("2024-M12"), new Quantity(0.05m, Unit.TenThousandPersons))];

        var result = PlanEvaluator.Evaluate(Seed, observations, new LocalDate(2025, 1, 31)).Results.Single(r => r.Target.Id == "t09-new-urban-jobs");

        result.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        result.Assessment.Reason.Should().Be(AttainmentReason.NoFigureFromPeriodStart);
        result.Sources.Should().Equal(observations);
    }

    [Fact]
    public void FlowLevel_MonthsFromJanuary_AreSummedIntoTheYearToDate()
    {
        var months = Enumerable.Range(1, 5).Select(m => new Observation("new-urban-jobs", ReportingPeriod.ForMonth(2024, m), new Quantity(0.2m, Unit.TenThousandPersons))).ToArray();

        var result = PlanEvaluator.Evaluate(Seed, months, new LocalDate(2024, 6, 30)).Results.Single(r => r.Target.Id == "t09-new-urban-jobs");

        result.Observation!.Period.Should().Be(ReportingPeriod.ForYearToDate(2024, 5));
        result.Assessment.Actual.Should().Be(1.0m);
        result.Assessment.Status.Should().Be(AttainmentStatus.OnTrack, "60.6% done with 5/12 elapsed");
        result.Sources.Should().HaveCount(5);
    }

    [Fact]
    public void StockOrRatio_TheLatestFigureStands_EvenALateMonth()
    {
        var plan = new Plan("p", Seed.Title, Seed.Region, 2024)
        {
            Indicators = [new Indicator("unemployment", Seed.Indicators[0].Name, Unit.Percent, IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Ratio)],
            Targets = [Target.Level("t", "unemployment", Y2024, Quantity.Percent(5.5m), TargetQualifier.AtMost)],
        };

        var result = PlanEvaluator.Evaluate(plan, [new Observation("unemployment", ReportingPeriod.Parse("2024-M12"), Quantity.Percent(5.1m))], new LocalDate(2025, 1, 31)).Results[0];

        result.Assessment.Actual.Should().Be(5.1m);
        result.Basis.Should().Be(FigureBasis.Published);
    }

    [Fact]
    public void EverySource_ChoosesTheSameFigures()
    {
        Observation[] observations =
        [
            .. Fixture,
            new("new-urban-jobs", ReportingPeriod.Parse("2024-M07"), new Quantity(0.1m, Unit.TenThousandPersons)),
            new("retail-sales", ReportingPeriod.Parse("2024-M12"), growth: new Percent(6.0m)),
        ];
        var asOf = new LocalDate(2025, 2, 28);
        var csv = System.Text.Encoding.UTF8.GetBytes(Core.Serialization.ObservationCsv.ToCsv(observations));

        var objects = PlanEvaluator.Evaluate(Seed, observations, asOf);
        var bulk = PlanEvaluator.Evaluate(Seed, Core.Observations.BulkObservationSet.FromObservations(observations), asOf);
        var streamed = Observations.BulkLoad.StreamCsv(Seed, new MemoryStream(csv), asOf);

        foreach (var other in new[] { bulk, streamed })
        {
            other.Results.Select(r => (r.Assessment, r.Basis, r.Sources.Length)).Should().Equal(objects.Results.Select(r => (r.Assessment, r.Basis, r.Sources.Length)));
        }
        objects.Results.Single(r => r.Target.Id == "t09-new-urban-jobs").Basis.Should().Be(FigureBasis.SummedLevels, "January–June and July make January–July");
    }
}
