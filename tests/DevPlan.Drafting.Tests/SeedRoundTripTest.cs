using DevPlan.Core;
using DevPlan.Core.Drafting;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;
using DevPlan.Drafting.Tests.Corpus;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// The hand-made seed plans against drafts of their published text, target by target: the kind,
/// qualifier, figure (value with its decimals, and unit), stretch, nature, relation and period.
/// Notes are not compared: the seeds' notes are the encoder's words.
/// </summary>
public class SeedRoundTripTest
{
    private static Plan Seed(string file) => PlanJson.ReadFile(Path.Combine(AppContext.BaseDirectory, "seeds", file));

    /// <summary>The target paragraph of the seed report (济南高新区2024年工作动员大会, 2024-02-23), quoted.</summary>
    internal const string JinanTargets =
        "2024年经济社会发展主要预期目标为:地区生产总值增长7%,规模以上工业增加值增长12%,服务业增加值增长6.5%,固定资产投资增长4%,社会消费品零售总额增长7%,进出口总额增长6%,实际使用外资7.7亿美元,一般公共预算收入增长7.5%。新增城镇就业1.65万人,完成能耗强度降低任务。";

    internal static readonly DraftOptions JinanOptions = new() { PlanId = "jinan-htz-2024", RegionCode = "jinan-htz", RegionName = "济南高新区" };

    private static void ShouldEqual(Target drafted, Target seed, bool compareIds = true)
    {
        if (compareIds)
        {
            drafted.Id.Should().Be(seed.Id);
        }
        drafted.Indicator.Should().Be(seed.Indicator);
        drafted.Period.Should().Be(seed.Period, seed.Id);
        drafted.Kind.Should().Be(seed.Kind, seed.Id);
        drafted.Qualifier.Should().Be(seed.Qualifier, seed.Id);
        Figure(drafted.Figure).Should().Be(Figure(seed.Figure), seed.Id);
        Figure(drafted.Stretch).Should().Be(Figure(seed.Stretch), seed.Id);
        drafted.Nature.Should().Be(seed.Nature, seed.Id);
        drafted.RelativeTo.Should().Be(seed.RelativeTo, seed.Id);
        drafted.EachYear.Should().Be(seed.EachYear, seed.Id);
        drafted.Zone.Should().Be(seed.Zone, seed.Id);
    }

    /// <summary>A figure with its decimals as written (7.70 is not 7.7) and its unit.</summary>
    private static string? Figure(Core.Units.Quantity? quantity) => quantity is { } q ? $"{q.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {q.Unit}" : null;

    [Fact]
    public void TheSeedReportsTargetParagraph_YieldsTheSeedPlansTenTargets()
    {
        var seed = Seed("jinan-high-tech-zone-2024.plan.json");

        var draft = PlanDrafter.Draft(JinanTargets, JinanOptions);

        draft.Findings.Should().BeEmpty();
        draft.Plan!.Year.Should().Be(2024, "the heading states the year");
        draft.Targets.Should().HaveCount(seed.Targets.Length);
        for (var i = 0; i < seed.Targets.Length; i++)
        {
            ShouldEqual(draft.Targets[i].Target, seed.Targets[i]);
        }
        PlanValidator.Validate(draft.Plan).Errors.Should().BeEmpty();
    }

    [Fact]
    public void TheSeedReportsResultSentence_YieldsTheSeedPlansBaseline()
    {
        var seed = Seed("jinan-high-tech-zone-2024.plan.json").Baselines.Single();

        var draft = PlanDrafter.Draft("全区地区生产总值达到1767.3亿元,同比增长7.3%", JinanOptions with { Year = 2024 });

        var baseline = draft.Plan!.Baselines.Should().ContainSingle().Subject;
        (baseline.Indicator, baseline.Period, baseline.Level, baseline.Growth).Should().Be((seed.Indicator, seed.Period, seed.Level, seed.Growth));
        baseline.Level!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("1767.3");
    }

    [Fact]
    public void TheNationalAnnualPlansParagraph_YieldsEverySeedTarget_AndTheOnesTheSeedLeavesOut()
    {
        var seed = Seed("china-2023-annual-plan.plan.json");
        var paragraph = Paragraphs.All.Single(p => p.Id == "National2023");

        var draft = PlanDrafter.Draft(paragraph.Text, paragraph.Options with { PlanId = seed.Id, RegionCode = seed.Region.Code });

        foreach (var target in seed.Targets)
        {
            ShouldEqual(draft.Targets.Single(t => t.Target.Indicator == target.Indicator && t.Target.Kind == target.Kind).Target, target, compareIds: false);
        }
        // The seed encodes five of the paragraph's targets; these are the others the paragraph states.
        draft.Targets.Select(t => t.Target).Where(t => !seed.Targets.Any(s => s.Indicator == t.Indicator)).Select(t => (t.Indicator, t.Kind)).Should().Equal(
            ("disposable-income", TargetKind.Relative), ("foreign-trade", TargetKind.Qualitative), ("energy-intensity", TargetKind.Qualitative),
            ("major-pollutant-emissions", TargetKind.Qualitative), ("eco-environment-quality", TargetKind.Qualitative));
        PlanValidator.Validate(draft.Plan!).Errors.Should().BeEmpty();
    }

    /// <summary>
    /// The 14th Five-Year Plan's seed was encoded from the outline's table (专栏1); the paragraphs of the
    /// corpus are its text as the 2021 work report and others state it. The table writes &gt;7 and &lt;5.5 where
    /// the text writes 年均增长7%以上 and 控制在5.5%以内: the drafts follow the text (at least, at most).
    /// </summary>
    [Fact]
    public void TheFiveYearOutlinesParagraphs_YieldTheSeedsTargetsTheyState()
    {
        var seed = Seed("china-14th-five-year-plan.plan.json");
        var drafted = new[] { "Fyp14Livelihood", "Fyp14Green", "Fyp14Innovation" }
            .Select(id => Paragraphs.All.Single(p => p.Id == id))
            .SelectMany(p => PlanDrafter.Draft(p.Text, p.Options).Targets.Select(t => t.Target))
            .DistinctBy(t => (t.Indicator, t.Kind))
            .ToList();
        Dictionary<string, TargetQualifier> textOverTable = new() { ["rd-expenditure"] = TargetQualifier.AtLeast, ["unemployment"] = TargetQualifier.AtMost };

        var covered = new List<string>();
        foreach (var target in seed.Targets)
        {
            if (drafted.SingleOrDefault(t => t.Indicator == target.Indicator) is not { } draft)
            {
                continue;
            }
            covered.Add(target.Indicator);
            if (textOverTable.TryGetValue(target.Indicator, out var qualifier))
            {
                target.Qualifier.Should().BeOneOf(TargetQualifier.GreaterThan, TargetQualifier.LessThan);
                draft.Qualifier.Should().Be(qualifier);
                ShouldEqual(draft, Copy(target, qualifier), compareIds: false);
            }
            else
            {
                ShouldEqual(draft, target, compareIds: false);
            }
        }

        covered.Should().Equal("labour-productivity", "rd-expenditure", "disposable-income", "unemployment", "schooling-years", "pension-coverage",
            "life-expectancy", "energy-intensity", "carbon-intensity", "forest-coverage");
        drafted.Select(t => t.Indicator).Except(seed.Targets.Select(t => t.Indicator)).Should().Equal(["cpi"], "物价水平保持总体平稳 is in the text, not in the table");
        drafted.Should().OnlyContain(t => t.Period == ReportingPeriod.Parse("2021/2025"));
    }

    private static Target Copy(Target target, TargetQualifier qualifier) =>
        new(target.Id, target.Indicator, target.Period, target.Kind, qualifier, target.Figure, target.Nature) { Stretch = target.Stretch, RelativeTo = target.RelativeTo };
}
