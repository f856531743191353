using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// The figure each target is judged on does not depend on the order the observations come in (only
/// a revision, the same period given twice, depends on order, and these repeat the same figures): an
/// evaluation keeps only what a target can still use, and what it drops on the way must not change
/// the result or the count of unused figures. Figures are random and illustrative.
/// </summary>
public class SelectionOrderTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static Observation[] RandomFigures(Random random)
    {
        var periods = new List<ReportingPeriod>();
        foreach (var year in new[] { 2023, 2024 })
        {
            periods.Add(ReportingPeriod.ForYear(year));
            for (var m = 1; m <= 12; m++)
            {
                periods.Add(ReportingPeriod.ForMonth(year, m));
                if (m is > 1 and < 12 and not 3)
                {
                    // January, January–March and January–December are also a month, a quarter and the
                    // year: two periods of one span are a revision, where the later given wins.
                    periods.Add(ReportingPeriod.ForYearToDate(year, m));
                }
            }
            for (var q = 1; q <= 4; q++)
            {
                periods.Add(ReportingPeriod.ForQuarter(year, q));
            }
        }
        var figures = new List<Observation>();
        foreach (var indicator in Seed.Indicators)
        {
            foreach (var zone in new[] { ZoneScope.Region, ZoneScope.Zone("central") })
            {
                foreach (var period in periods.Where(_ => random.Next(4) == 0))
                {
                    Observation figure = indicator.Code == "energy-intensity"
                        ? new(indicator.Code, period, completed: random.Next(2) == 0) { Zone = zone }
                        : random.Next(3) switch
                        {
                            0 => new(indicator.Code, period, growth: new Percent(random.Next(-50, 150) / 10m)) { Zone = zone },
                            1 => new(indicator.Code, period, new Quantity(random.Next(1, 2000) / 10m, indicator.Unit)) { Zone = zone },
                            _ => new(indicator.Code, period, new Quantity(random.Next(1, 2000) / 10m, indicator.Unit), new Percent(random.Next(-50, 150) / 10m)) { Zone = zone },
                        };
                    figures.Add(figure);
                    if (random.Next(10) == 0)
                    {
                        figures.Add(figure); // the same figure given again: a revision that changes nothing
                    }
                }
            }
        }
        return [.. figures];
    }

    private static object Summary(PlanEvaluation evaluation) => new
    {
        Results = evaluation.Results.Select(r => new
        {
            r.Target.Id,
            r.Assessment.Status,
            r.Assessment.Reason,
            r.Assessment.Actual,
            Figure = r.Observation is { } o ? $"{o.Period} {o.Level} {o.Growth} {o.Completed}" : null,
            r.Basis,
            Sources = string.Join(",", r.Sources.Select(s => s.Period.ToString())),
        }).ToList(),
        Unused = evaluation.Unused.Counts.OrderBy(c => c.Key).ToList(),
        Contributions = evaluation.ZoneContributions.Select(c => $"{c.Indicator.Code} {c.Period} {c.Breakdown?.TotalGrowth}{c.Gap}").ToList(),
    };

    [Fact]
    public void AnyOrderOfTheFigures_GivesTheSameEvaluation()
    {
        for (var seed = 0; seed < 150; seed++)
        {
            var random = new Random(seed);
            var figures = RandomFigures(random);
            var shuffled = figures.ToArray();
            random.Shuffle(shuffled);

            var expected = Summary(PlanEvaluator.Evaluate(Seed, figures, AsOf));

            Summary(PlanEvaluator.Evaluate(Seed, shuffled, AsOf)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), $"seed {seed}, shuffled");
            Summary(PlanEvaluator.Evaluate(Seed, Enumerable.Reverse(figures).ToArray(), AsOf)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering(), $"seed {seed}, reversed");
        }
    }
}

/// <summary>What a target judged on one figure keeps while the figures come in.</summary>
public class SelectionKeepingTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly LocalDate AsOf = new(2025, 2, 28);

    private static Observation Retail(ReportingPeriod period, decimal growth) => new("retail-sales", period, growth: new Percent(growth));

    private static TargetEvaluation RetailResult(params Observation[] figures) =>
        PlanEvaluator.Evaluate(Seed, figures, AsOf).Results.Single(r => r.Target.Id == "t05-retail-sales");

    [Fact]
    public void FlowWithMonthsOnly_IsNotAssessable_AndListsEveryMonthFound()
    {
        var result = RetailResult(Retail(ReportingPeriod.ForMonth(2024, 12), 6.0m), Retail(ReportingPeriod.ForMonth(2024, 11), 5.0m));

        result.Assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        result.Assessment.Reason.Should().Be(AttainmentReason.NoFigureFromPeriodStart);
        result.Sources.Select(s => s.Period).Should().Equal(ReportingPeriod.ForMonth(2024, 11), ReportingPeriod.ForMonth(2024, 12));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void FigureFromTheStart_BeforeOrAfterTheMonths_IsTheOneJudged(bool monthsFirst)
    {
        var months = new[] { Retail(ReportingPeriod.ForMonth(2024, 12), 6.0m), Retail(ReportingPeriod.ForMonth(2024, 11), 5.0m) };
        var cumulative = Retail(ReportingPeriod.ForYearToDate(2024, 11), 7.3m);

        var result = RetailResult(monthsFirst ? [.. months, cumulative] : [cumulative, .. months]);

        result.Observation!.Period.Should().Be(ReportingPeriod.ForYearToDate(2024, 11));
        result.Sources.Should().ContainSingle().Which.Should().BeSameAs(cumulative);
        PlanEvaluator.Evaluate(Seed, monthsFirst ? [.. months, cumulative] : [cumulative, .. months], AsOf).Unused[UnusedReason.Superseded].Should().Be(2);
    }

    [Fact]
    public void LaterFigureFromTheStart_ReplacesAnEarlierOne_WhicheverComesFirst()
    {
        var may = Retail(ReportingPeriod.ForYearToDate(2024, 5), 7.0m);
        var november = Retail(ReportingPeriod.ForYearToDate(2024, 11), 7.3m);

        RetailResult(may, november).Observation.Should().BeSameAs(november);
        RetailResult(november, may).Observation.Should().BeSameAs(november);
    }

    [Fact]
    public void RevisionOfTheChosenFigure_IsJudged_AndTheFirstCountedAsRevised()
    {
        var first = Retail(ReportingPeriod.ForYearToDate(2024, 11), 7.1m);
        var revised = Retail(ReportingPeriod.ForYearToDate(2024, 11), 7.3m);

        var evaluation = PlanEvaluator.Evaluate(Seed, [first, revised], AsOf);

        evaluation.Results.Single(r => r.Target.Id == "t05-retail-sales").Observation.Should().BeSameAs(revised);
        evaluation.Unused[UnusedReason.Revised].Should().Be(1);
        evaluation.Unused[UnusedReason.Superseded].Should().Be(0);
    }

    [Fact]
    public void GrowthFromLevels_FindsLastYearsSameSpan_WhateverCameBetween()
    {
        // Investment growth computed from levels: January–November 2024 against January–November 2023,
        // with the other months of 2023 offered before and after.
        static Observation Investment(ReportingPeriod period, decimal level) => new("fixed-asset-investment", period, new Quantity(level, Unit.HundredMillionYuan));
        var figures = new[]
        {
            Investment(ReportingPeriod.ForYearToDate(2023, 5), 300m),
            Investment(ReportingPeriod.ForYearToDate(2023, 11), 700m),
            Investment(ReportingPeriod.ForYearToDate(2024, 5), 310m),
            Investment(ReportingPeriod.ForYearToDate(2024, 11), 728m),
            Investment(ReportingPeriod.ForYearToDate(2023, 6), 400m),
        };

        foreach (var order in new[] { figures, Enumerable.Reverse(figures).ToArray() })
        {
            var result = PlanEvaluator.Evaluate(Seed, order, AsOf).Results.Single(r => r.Target.Id == "t04-fixed-asset-investment");
            result.Assessment.Actual.Should().Be(4m, "728 / 700 − 1 = 4%");
        }
    }
}
