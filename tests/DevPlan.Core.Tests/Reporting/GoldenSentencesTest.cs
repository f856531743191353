using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// The golden table: every kind × qualifier × direction × verdict the rules can reach, written in
/// both languages into one checked-in file (<c>Golden/sentences.txt</c>), so that any change of
/// wording shows in a diff and is reviewed line by line. The figures are illustrative.
/// When the text changes, the test writes <c>Golden/sentences.received.txt</c> beside it; review it,
/// then replace the checked-in file with it.
/// </summary>
public class GoldenSentencesTest
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.ForYearToDate(2024, 6);
    private static readonly LocalDate YearEnd = new(2025, 2, 28);
    private static readonly LocalDate MidYear = new(2024, 7, 20);

    /// <summary>An indicator of each shape, with a target figure; the names are ordinary ones, the figures illustrative.</summary>
    private sealed record Case(string Kind, Indicator Indicator, Func<TargetQualifier, Target> Target, decimal Figure, Func<decimal, Observation> Final, Func<decimal, Observation> InYear, decimal[] Offsets, decimal[] InYearOffsets);

    private static Indicator Make(string code, string zh, string en, Unit unit, IndicatorDirection direction, Accumulation accumulation) =>
        new(code, new LocalizedText(zh, en), unit, direction, GrowthBasis.Nominal, accumulation);

    private static IEnumerable<Case> Cases(IndicatorDirection direction)
    {
        var higher = direction == IndicatorDirection.HigherIsBetter;
        var growth = higher
            ? Make("retail", "社会消费品零售总额", "Total retail sales of consumer goods", Unit.HundredMillionYuan, direction, Accumulation.Flow)
            : Make("cpi", "居民消费价格", "Consumer prices", Unit.Percent, direction, Accumulation.Ratio);
        yield return new Case("growthRate", growth, q => DevPlan.Core.Target.Growth("t", growth.Code, Year, new Percent(higher ? 7m : 3m), q), higher ? 7m : 3m,
            v => new Observation(growth.Code, Year, growth: new Percent(v)), v => new Observation(growth.Code, FirstHalf, growth: new Percent(v)),
            [-2.0m, -0.6m, -0.3m, 0.0m, 0.3m, 0.6m, 2.0m], [-1.0m, 0.0m, 1.0m]);
        // A reduction is judged on the fall whatever the indicator's direction; the direction is shown for completeness.
        var reduction = higher
            ? Make("water-intensity", "万元地区生产总值用水量", "Water use per CNY 10,000 of GDP", new Unit(Dimension.Of("m3/CNY"), -4), IndicatorDirection.HigherIsBetter, Accumulation.Ratio)
            : Make("energy-intensity", "单位地区生产总值能耗", "Energy use per unit of GDP", new Unit(Dimension.Of("tce/CNY"), -4), direction, Accumulation.Ratio);
        yield return new Case("reduction", reduction, q => DevPlan.Core.Target.Reduction("t", reduction.Code, Year, new Percent(2.5m), q), 2.5m,
            v => new Observation(reduction.Code, Year, growth: new Percent(-v)), v => new Observation(reduction.Code, FirstHalf, growth: new Percent(-v)),
            [-2.0m, -0.6m, -0.3m, 0.0m, 0.3m, 0.6m, 2.0m], [-1.0m, 0.0m, 1.0m]);
        var flow = higher
            ? Make("foreign-capital", "实际使用外资", "Foreign capital actually used", Unit.HundredMillionUsd, direction, Accumulation.Flow)
            : Make("energy-use", "能源消费总量", "Total energy use", Unit.TenThousandTce, direction, Accumulation.Flow);
        var flowFigure = higher ? 7.7m : 1200m;
        decimal[] flowOffsets = higher ? [-3.9m, -0.15m, -0.04m, 0.0m, 0.04m, 0.15m, 3.9m] : [-600m, -20m, -6m, 0m, 6m, 20m, 600m];
        decimal[] flowInYear = higher ? [1.54m, 3.85m, 4.62m] : [240m, 600m, 840m];
        yield return new Case("level (flow)", flow, q => DevPlan.Core.Target.Level("t", flow.Code, Year, new Quantity(flowFigure, flow.Unit), q), flowFigure,
            v => new Observation(flow.Code, Year, new Quantity(v, flow.Unit)), v => new Observation(flow.Code, FirstHalf, new Quantity(v, flow.Unit)),
            flowOffsets, flowInYear);
        var ratio = higher
            ? Make("urbanisation", "常住人口城镇化率", "Urbanisation rate of the resident population", Unit.Percent, direction, Accumulation.Ratio)
            : Make("unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", Unit.Percent, direction, Accumulation.Ratio);
        var ratioFigure = higher ? 65m : 5.5m;
        decimal[] ratioOffsets = higher ? [-5.0m, -1.3m, -0.3m, 0.0m, 0.3m, 1.3m, 5.0m] : [-1.5m, -0.2m, -0.03m, 0.00m, 0.03m, 0.2m, 1.5m];
        decimal[] ratioInYear = higher ? [-1.3m, 0.0m, 1.3m] : [-0.1m, 0.0m, 0.1m];
        yield return new Case("level (rate)", ratio, q => DevPlan.Core.Target.Level("t", ratio.Code, Year, Quantity.Percent(ratioFigure), q), ratioFigure,
            v => new Observation(ratio.Code, Year, Quantity.Percent(v)), v => new Observation(ratio.Code, FirstHalf, Quantity.Percent(v)),
            ratioOffsets, ratioInYear);
    }

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Every kind × qualifier × direction × verdict, in Chinese and English (illustrative figures).\n");
        text.Append("# Generated by GoldenSentencesTest; review changes line by line.\n");
        foreach (var direction in new[] { IndicatorDirection.HigherIsBetter, IndicatorDirection.LowerIsBetter })
        {
            foreach (var c in Cases(direction))
            {
                foreach (var qualifier in Enum.GetValues<TargetQualifier>())
                {
                    var target = c.Target(qualifier);
                    var seen = new HashSet<AttainmentStatus>();
                    var lines = new List<(AttainmentStatus Status, TargetEvaluation Result, AttainmentPolicy Policy)>();
                    void Try(Observation? observation, LocalDate asOf)
                    {
                        var plan = new Plan("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2024)
                        {
                            Indicators = [c.Indicator],
                            Targets = [target],
                        };
                        var evaluation = PlanEvaluator.Evaluate(plan, observation is null ? [] : [observation], asOf);
                        var result = evaluation.Results[0];
                        if (seen.Add(result.Assessment.Status))
                        {
                            lines.Add((result.Assessment.Status, result, evaluation.Policy));
                        }
                    }
                    foreach (var offset in c.Offsets)
                    {
                        Try(c.Final(c.Figure + offset), YearEnd);
                    }
                    foreach (var value in c.InYearOffsets)
                    {
                        // A flow's in-year figure is a level so far; any other is the figure's offset.
                        Try(c.InYear(c.Kind == "level (flow)" ? value : c.Figure + value), MidYear);
                    }
                    Try(null, YearEnd);
                    foreach (var (status, result, policy) in lines.OrderBy(l => l.Status))
                    {
                        text.Append('\n').Append($"{c.Kind} · {Camel(qualifier)} · {Camel(direction)} · {Camel(status)}\n");
                        text.Append("  zh: ").Append(Explanations.Explain(result, Catalogue.Chinese, policy)).Append('\n');
                        text.Append("  en: ").Append(Explanations.Explain(result, Catalogue.English, policy)).Append('\n');
                    }
                }
            }
        }
        var task = DevPlan.Core.Target.Completion("t", "task", Year);
        var taskIndicator = Make("task", "能耗强度降低任务", "Energy-intensity reduction task", Unit.Percent, IndicatorDirection.LowerIsBetter, Accumulation.Ratio);
        foreach (var (observation, asOf) in new (Observation?, LocalDate)[]
                 {
                     (new Observation("task", Year, completed: true), YearEnd), (new Observation("task", Year, completed: false), YearEnd),
                     (new Observation("task", FirstHalf, completed: false), MidYear), (new Observation("task", Year, growth: new Percent(-3m)), YearEnd), (null, YearEnd),
                 })
        {
            var plan = new Plan("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2024) { Indicators = [taskIndicator], Targets = [task] };
            var evaluation = PlanEvaluator.Evaluate(plan, observation is null ? [] : [observation], asOf);
            var result = evaluation.Results[0];
            text.Append('\n').Append($"completion · – · – · {Camel(result.Assessment.Status)}\n");
            text.Append("  zh: ").Append(Explanations.Explain(result, Catalogue.Chinese)).Append('\n');
            text.Append("  en: ").Append(Explanations.Explain(result, Catalogue.English)).Append('\n');
        }
        return text.ToString();
    }

    private static string Camel<T>(T value) where T : struct, Enum => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

    private static string GoldenPath() => Repository.PathOf("tests", "DevPlan.Core.Tests", "Reporting", "Golden", "sentences.txt");

    [Fact]
    public void EverySentence_IsTheCheckedInOne()
    {
        var rendered = Render();
        var golden = GoldenPath();
        File.Exists(golden).Should().BeTrue($"the reviewed sentences are checked in at {golden}");
        var expected = File.ReadAllText(golden);
        if (rendered != expected)
        {
            File.WriteAllText(Path.ChangeExtension(golden, ".received.txt"), rendered);
        }

        rendered.Should().Be(expected, "the sentences are reviewed: compare Golden/sentences.received.txt with Golden/sentences.txt");
    }

    [Fact]
    public void ChineseSentences_HaveNoAsciiWordsAndNoPp()
    {
        foreach (var line in Render().Split('\n').Where(l => l.StartsWith("  zh: ", StringComparison.Ordinal)))
        {
            line[6..].Should().NotMatchRegex("[A-Za-z]", "a Chinese sentence has no ASCII word: " + line);
        }
    }
}
