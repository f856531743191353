using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// A five-year figure set each year in the annual plans (保持在合理区间、各年度视情提出), judged on the annual plans'
/// growth targets and outcomes. The annual targets and growth rates are those of China's national plans of 2021–2025
/// (the Government Work Reports of 2021–2025; NBS communiqués and releases, as in the seeds); the other cases are
/// illustrative.
/// </summary>
public class SetEachYearTest
{
    private static readonly Indicator Gdp = new("gdp", new LocalizedText("国内生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow);

    private static readonly Region China = new("cn", new LocalizedText("中华人民共和国", "China"));

    /// <summary>The annual targets of 2021–2025: above 6%, about 5.5%, about 5%, about 5%, about 5%.</summary>
    private static readonly (int Year, decimal Figure, TargetQualifier Qualifier)[] Published =
    [
        (2021, 6m, TargetQualifier.AtLeast), (2022, 5.5m, TargetQualifier.About), (2023, 5m, TargetQualifier.About),
        (2024, 5m, TargetQualifier.About), (2025, 5m, TargetQualifier.About),
    ];

    /// <summary>The outcomes of 2021–2025: 8.1%, 3.0%, 5.2%, 5.0%, 5.0%.</summary>
    private static readonly (int Year, decimal Growth)[] Outcomes = [(2021, 8.1m), (2022, 3.0m), (2023, 5.2m), (2024, 5.0m), (2025, 5.0m)];

    private static Plan FiveYear(string id = "fyp") =>
        new(id, new LocalizedText("十四五", "14th"), China, 2021)
        {
            Horizon = ReportingPeriod.ForSpan(2021, 2025),
            Indicators = [Gdp],
            Targets = [new Target("t01-gdp", "gdp", ReportingPeriod.ForSpan(2021, 2025), TargetKind.SetEachYear, null, null, TargetNature.Expected)],
        };

    private static Plan Annual(int year, decimal figure, TargetQualifier qualifier, string? partOf = "fyp", LocalDate? adoptedOn = null) =>
        new($"annual-{year}", new LocalizedText($"{year}年计划", $"{year} plan"), China, year)
        {
            PartOf = partOf,
            AdoptedOn = adoptedOn,
            Indicators = [Gdp],
            Targets = [Target.Growth("t01-gdp", "gdp", ReportingPeriod.ForYear(year), new Percent(figure), qualifier)],
        };

    private static List<Observation> Figures(params (int Year, decimal Growth)[] outcomes) =>
        [.. outcomes.Select(o => new Observation("gdp", ReportingPeriod.ForYear(o.Year), growth: new Percent(o.Growth)))];

    private static TargetEvaluation Evaluate(LocalDate asOf, IEnumerable<(int Year, decimal Figure, TargetQualifier Qualifier)> annualTargets,
        List<Observation> figures, string? partOf = "fyp")
    {
        var annual = annualTargets.Select(t => PlanEvaluator.Evaluate(Annual(t.Year, t.Figure, t.Qualifier, partOf), figures, asOf)).ToList();
        return PlanEvaluator.EvaluateWithAnnualPlans(FiveYear(), annual, figures, asOf).Results[0];
    }

    [Fact]
    public void TheFinalReview_ComparesTheSpansAverageWithTheAnnualTargetsAverage_AndCountsTheYearsMet()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes));
        var a = result.Assessment;

        a.Status.Should().Be(AttainmentStatus.Achieved);
        a.IsBroadlyAchieved.Should().BeTrue("5.25% a year is within 0.5 points below the targets' average of 5.3%");
        a.Stage.Should().Be(VerdictStage.Final);
        a.Measure.Should().Be(VerdictMeasure.AnnualTargets);
        a.Target.Should().Be(5.3m);
        a.Actual!.Value.Should().BeApproximately(5.2474m, 0.0001m, "the fifth root of 1.081 × 1.030 × 1.052 × 1.050 × 1.050, less one");
        (a.YearsMet, a.YearsObserved, a.LatestYear, a.MissingYear).Should().Be((4, 5, 2025, (int?)null));
        result.AnnualResults.Select(r => r.Target.Period.Year).Should().Equal(2021, 2022, 2023, 2024, 2025);
    }

    [Fact]
    public void TheSentence_ShowsEachYearsOutcomeBesideItsAnnualTarget_InBothLanguages()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes));

        Explanations.Explain(result, Catalogue.Chinese).Should().Be(
            "国内生产总值2021—2025年年均增长5.2%，低于各年度预期目标的平均值（5.3%）0.1个百分点，5年中有4年达到当年目标（2021年8.1%，目标增长6%以上，超额完成；"
            + "2022年3.0%，目标增长5.5%左右，未完成；2023年5.2%，目标增长5%左右，完成；2024年5.0%，目标增长5%左右，完成；2025年5.0%，目标增长5%左右，完成），基本完成。");
        Explanations.Explain(result, Catalogue.English).Should().StartWith(
            "GDP grew 5.2% a year over 2021–2025, 0.1 percentage points below the annual targets' average of 5.3%, meeting the year's target in 4 of 5 years (2021: 8.1% against growth of at least 6%, exceeded; ")
            .And.EndWith("): broadly achieved.");
        Explanations.Target(result.Target, Catalogue.Chinese).Should().Be("各年度视情提出");
    }

    [Fact]
    public void AtMidTerm_TheAverageSoFarIsReviewed_AsAnAverageRateIs()
    {
        var asOf = new LocalDate(2024, 3, 31);
        var result = Evaluate(asOf, Published, Figures(Outcomes[..3]));

        result.Assessment.Status.Should().Be(AttainmentStatus.OnTrack, "5.4% a year against an average target of 5.5%: broadly as expected");
        result.Assessment.Stage.Should().Be(VerdictStage.InProgress);
        (result.Assessment.YearsMet, result.Assessment.YearsObserved, result.Assessment.ElapsedShare).Should().Be((2, 3, new Percent(60m)));
    }

    [Theory]
    [InlineData(6.5, AttainmentStatus.FasterThanExpected)] // one point above the targets' average, the policy's margin
    [InlineData(6.4, AttainmentStatus.OnTrack)]
    [InlineData(5.0, AttainmentStatus.OnTrack)] // half a point below: within "about"
    [InlineData(4.9, AttainmentStatus.Behind)]
    public void DuringTheSpan_TheCategoriesTurnAtThePolicysMargins(double growth, AttainmentStatus expected)
    {
        var rate = (decimal)growth;
        var result = Evaluate(new LocalDate(2023, 3, 31), [(2021, 5.5m, TargetQualifier.About), (2022, 5.5m, TargetQualifier.About)],
            Figures((2021, rate), (2022, rate)));

        result.Assessment.Status.Should().Be(expected);
    }

    [Theory]
    [InlineData(4.8, AttainmentStatus.Achieved)] // 0.5 points below the average: broadly achieved
    [InlineData(4.7, AttainmentStatus.NotAchieved)]
    [InlineData(5.8, AttainmentStatus.Achieved)] // 0.5 points above: within "about"
    [InlineData(5.9, AttainmentStatus.Exceeded)]
    public void AtTheEnd_TheVerdictTurnsAtTheAboutBand(double growth, AttainmentStatus expected)
    {
        var rate = (decimal)growth;
        var targets = Enumerable.Range(2021, 5).Select(y => (y, 5.3m, TargetQualifier.About));
        var result = Evaluate(new LocalDate(2026, 3, 31), targets, Figures([.. Enumerable.Range(2021, 5).Select(y => (y, rate))]));

        result.Assessment.Status.Should().Be(expected);
        result.Assessment.Stage.Should().Be(VerdictStage.Final);
    }

    [Fact]
    public void WithoutAnnualPlans_ItIsNotAssessable_AndSaysWhy()
    {
        var plain = PlanEvaluator.Evaluate(FiveYear(), Figures(Outcomes), new LocalDate(2026, 3, 31)).Results[0];
        var ofAnother = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes), partOf: "another-plan");

        foreach (var result in new[] { plain, ofAnother })
        {
            (result.Assessment.Status, result.Assessment.Reason).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.NoAnnualTargets));
            result.AnnualResults.Should().BeEmpty();
            Explanations.Explain(result, Catalogue.Chinese).Should().Contain("未提供本规划期的年度计划");
        }
    }

    [Fact]
    public void AnAnnualPlanThatDeclaresNone_Serves()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes), partOf: null);

        result.Assessment.YearsObserved.Should().Be(5);
    }

    [Fact]
    public void WithAnnualPlansButNoFinalFigures_ThereIsNoData()
    {
        var result = Evaluate(new LocalDate(2021, 12, 31), Published, Figures());

        (result.Assessment.Status, result.Assessment.Reason).Should().Be((AttainmentStatus.NoData, AttainmentReason.NoObservation));
        result.AnnualResults.Should().HaveCount(5);
    }

    [Fact]
    public void AYearMissingAfterTheSpan_IsNamed_AndTheVerdictIsNotFinal()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes[0], Outcomes[2], Outcomes[3], Outcomes[4]));

        (result.Assessment.Status, result.Assessment.Reason, result.Assessment.MissingYear).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd, (int?)2022));
        result.Assessment.Stage.Should().Be(VerdictStage.PeriodEnded);
    }

    [Fact]
    public void TheFirstYearMissing_KeepsTheVerdictFromBeingFinal_EvenWithTheLastYearIn()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes[1..]));

        (result.Assessment.Status, result.Assessment.Stage, result.Assessment.MissingYear).Should().Be((AttainmentStatus.NotAssessable, VerdictStage.PeriodEnded, (int?)2021));
    }

    [Fact]
    public void DuringTheSpan_AGapIsNamed_AndTheAverageOfTheYearsJudgedIsReviewed()
    {
        var result = Evaluate(new LocalDate(2024, 3, 31), Published, Figures(Outcomes[0], Outcomes[2]));

        (result.Assessment.Stage, result.Assessment.MissingYear, result.Assessment.YearsObserved, result.Assessment.LatestYear).Should().Be((VerdictStage.InProgress, (int?)2022, (int?)2, (int?)2023));
    }

    [Fact]
    public void DuringTheSpan_TheNextYearIsNamedOnlyOnceItHasEnded()
    {
        var before = Evaluate(new LocalDate(2023, 12, 30), Published, Figures(Outcomes[..2]));
        var after = Evaluate(new LocalDate(2023, 12, 31), Published, Figures(Outcomes[..2]));

        before.Assessment.MissingYear.Should().BeNull();
        after.Assessment.MissingYear.Should().Be(2023);
    }

    [Fact]
    public void AYearItsAnnualPlanCouldNotJudge_IsAMissingYear()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures((2021, -100m), (2022, 3m)));

        (result.Assessment.Status, result.Assessment.Reason, result.Assessment.MissingYear).Should().Be((AttainmentStatus.NotAssessable, AttainmentReason.FiguresEndBeforePeriodEnd, (int?)2021));
    }

    [Fact]
    public void OnlyAnnualPlansOfOneYear_NoLaterThanTheDate_AreTaken()
    {
        var figures = Figures(Outcomes);
        var asOf = new LocalDate(2026, 3, 31);
        var fiveYear = PlanEvaluator.Evaluate(FiveYear(), figures, asOf);
        var later = PlanEvaluator.Evaluate(Annual(2025, 5m, TargetQualifier.About), figures, asOf.PlusDays(1));

        FluentActions.Invoking(() => PlanEvaluator.EvaluateWithAnnualPlans(FiveYear(), [fiveYear], figures, asOf))
            .Should().Throw<ArgumentException>().WithMessage("*annual plans*\"fyp\" covers 2021/2025*");
        FluentActions.Invoking(() => PlanEvaluator.EvaluateWithAnnualPlans(FiveYear(), [later], figures, asOf))
            .Should().Throw<ArgumentException>().WithMessage("*as of 2026-03-31 or earlier*2026-04-01*");
        FluentActions.Invoking(() => PlanEvaluator.EvaluateWithAnnualPlans(FiveYear(), [null!], figures, asOf)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AnAnnualPlanAdoptedAfterTheDate_SetsNothingYet()
    {
        var figures = Figures(Outcomes);
        var asOf = new LocalDate(2024, 3, 4);
        var annual = Published.Select(t => PlanEvaluator.Evaluate(Annual(t.Year, t.Figure, t.Qualifier, adoptedOn: new LocalDate(t.Year, 3, 5)), figures, asOf));

        var result = PlanEvaluator.EvaluateWithAnnualPlans(FiveYear(), annual, figures, asOf).Results[0];

        result.AnnualResults.Select(r => r.Target.Period.Year).Should().Equal(2021, 2022, 2023);
    }

    [Fact]
    public void TheTargetTakesNoRowsOfItsOwn_SoTheFiguresStayWithTheAnnualPlans()
    {
        var result = Evaluate(new LocalDate(2026, 3, 31), Published, Figures(Outcomes));

        result.Sources.Should().BeEmpty();
        result.Observation.Should().BeNull();
    }
}
