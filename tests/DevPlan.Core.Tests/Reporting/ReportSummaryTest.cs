using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// The summary line counts the verdict words the rows show, in the order a review lists them (met before ahead,
/// ahead before as expected, as expected before lagging, missed, then no data), whatever the order of the targets.
/// Figures are illustrative.
/// </summary>
public class ReportSummaryTest
{
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);

    private static Plan PlanOf(params Target[] targets) =>
        new("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2021)
        {
            Horizon = Span,
            Indicators =
            [
                new Indicator("gdp", new LocalizedText("地区生产总值", "GDP"), Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, GrowthBasis.Comparable, Accumulation.Flow),
                new Indicator("jobs", new LocalizedText("城镇新增就业", "New urban jobs"), Unit.TenThousandPersons, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Flow),
                new Indicator("urban", new LocalizedText("城镇化率", "Urbanisation rate"), Unit.Percent, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Ratio),
            ],
            Targets = [.. targets],
        };

    [Fact]
    public void DuringASpan_TheWordsOfTheRowsAreCounted_InTheOrderOfAReview()
    {
        var plan = PlanOf(
            new Target("t-none", "jobs", Span, TargetKind.Level, TargetQualifier.Exactly, new Quantity(100m, Unit.TenThousandPersons), TargetNature.Expected),
            new Target("t-urban", "urban", Span, TargetKind.Level, TargetQualifier.Exactly, new Quantity(65m, Unit.Percent), TargetNature.Expected),
            new Target("t-urban-low", "urban", Span, TargetKind.Level, TargetQualifier.Exactly, new Quantity(62m, Unit.Percent), TargetNature.Expected));
        Observation[] figures =
        [
            new("urban", ReportingPeriod.ForYear(2020), new Quantity(60m, Unit.Percent)),
            new("urban", ReportingPeriod.ForYear(2023), new Quantity(63m, Unit.Percent)),
        ];
        var evaluation = PlanEvaluator.Evaluate(plan, figures, new LocalDate(2024, 3, 1));

        var zh = EvaluationReport.Build(evaluation, Catalogue.Chinese);
        var en = EvaluationReport.Build(evaluation, Catalogue.English);

        zh.Summary.Should().Be(string.Join("，", zh.Rows.Select(r => r.Status).Reverse().Select(s => $"{s}1项")));
        en.Rows.Select(r => r.Status).Should().OnlyHaveUniqueItems();
        en.Summary.Should().Be(string.Join(", ", en.Rows.Select(r => r.Status).Reverse().Select(s => $"1 {s}")));
    }

    [Fact]
    public void BindingTargets_AreCountedAgainApart_WhenSomeButNotAllAreBinding()
    {
        var year = ReportingPeriod.ForYear(2024);
        Target Level(string id, decimal figure, TargetNature nature) =>
            new(id, "urban", year, TargetKind.Level, TargetQualifier.AtLeast, new Quantity(figure, Unit.Percent), nature);
        var plan = PlanOf(Level("t-a", 60m, TargetNature.Binding), Level("t-b", 70m, TargetNature.Binding), Level("t-c", 60m, TargetNature.Expected));
        Observation[] figures = [new("urban", year, new Quantity(65m, Unit.Percent))];
        var evaluation = PlanEvaluator.Evaluate(plan, figures, new LocalDate(2025, 3, 1));
        var allBinding = PlanEvaluator.Evaluate(PlanOf(Level("t-a", 60m, TargetNature.Binding)), figures, new LocalDate(2025, 3, 1));

        var zh = EvaluationReport.Build(evaluation, Catalogue.Chinese).Summary;
        var en = EvaluationReport.Build(evaluation, Catalogue.English).Summary;

        zh.Should().EndWith("；其中约束性指标2项，超额完成1项，未完成1项");
        en.Should().EndWith("; of the 2 binding targets, 1 exceeded, 1 not achieved");
        EvaluationReport.Build(allBinding, Catalogue.Chinese).Summary.Should().NotContain("其中", "when every target is binding, the count says it once");
    }
}
