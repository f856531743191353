using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.FiveYear;

/// <summary>
/// The 15th Five-Year Plan seed (2026–2030: the goals of the Outline's chapter 3, published 2026-03-13, with their
/// 2025 bases) and the 2026 national annual plan under it (the 2026 Government Work Report, 2026-03-05). The 2026
/// GDP growth below is illustrative: no 2026 figure is published at the time of writing.
/// </summary>
public class FifteenthPlanSeedTest
{
    private static Plan Seed(string name) => PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", name));

    private static readonly Plan Fifteenth = Seed("china-15th-five-year-plan.plan.json");
    private static readonly Plan Annual2026 = Seed("china-2026-annual-plan.plan.json");

    [Fact]
    public void BothValidate_AndTheAnnualPlanDeclaresTheFiveYearPlan()
    {
        PlanValidator.Validate(Fifteenth).Diagnostics.Should().BeEmpty();
        PlanValidator.Validate(Annual2026).Diagnostics.Should().BeEmpty();
        Annual2026.PartOf.Should().Be(Fifteenth.Id);
        Fifteenth.Horizon.Should().Be(ReportingPeriod.ForSpan(2026, 2030));
        Fifteenth.Targets.Should().OnlyContain(t => t.Nature == TargetNature.Unstated, "the chapter's text gives no target its nature; only the table, not yet found in text, does");
    }

    [Fact]
    public void BeforeAny2026Figure_EveryTargetHasNoData()
    {
        var asOf = new LocalDate(2026, 12, 2);
        var annual = PlanEvaluator.Evaluate(Annual2026, [], asOf);

        var evaluation = PlanEvaluator.EvaluateWithAnnualPlans(Fifteenth, [annual], [], asOf);

        evaluation.Results.Should().OnlyContain(r => r.Assessment.Status == AttainmentStatus.NoData);
        evaluation.Results.Single(r => r.Target.Id == "t01-gdp").AnnualResults.Should().ContainSingle(r => r.Target.Indicator == "gdp");
    }

    [Fact]
    public void TheAnnualPlansGdpTarget_FeedsTheFiveYearGdpTarget()
    {
        var asOf = new LocalDate(2027, 3, 31);
        Observation[] figures = [new("gdp", ReportingPeriod.ForYear(2026), growth: new DevPlan.Core.Units.Percent(5.0m)) { Source = "illustrative" }];
        var annual = PlanEvaluator.Evaluate(Annual2026, figures, asOf);

        var gdp = PlanEvaluator.EvaluateWithAnnualPlans(Fifteenth, [annual], figures, asOf).Results.Single(r => r.Target.Id == "t01-gdp");

        gdp.AnnualResults.Single(r => r.Target.Indicator == "gdp").Assessment.Status.Should().Be(AttainmentStatus.Achieved, "5.0% against at least 4.5%");
        (gdp.Assessment.Status, gdp.Assessment.YearsObserved, gdp.Assessment.YearsMet, gdp.Assessment.Target).Should().Be((AttainmentStatus.OnTrack, (int?)1, (int?)1, (decimal?)4.5m));
    }
}
