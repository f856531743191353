using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>
/// The golden table: every kind (annual and five-year: 年均, 累计, increase, relative, every-year,
/// qualitative, task) × qualifier × direction × verdict the rules can reach, written in both languages
/// into one checked-in file (<c>Golden/sentences.txt</c>), so that any change of wording shows in a diff
/// and is reviewed line by line. A combination the validator refuses (a ceiling on the fall of a
/// lower-is-better indicator) is listed as refused with its rule, never phrased. A second test reads
/// every row against its verdict and fails on words that contradict the figures or the status. The
/// figures are illustrative.
/// When the text changes, the test writes <c>Golden/sentences.received.txt</c> beside it; review it,
/// then replace the checked-in file with it.
/// </summary>
public class GoldenSentencesTest
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod FirstHalf = ReportingPeriod.ForYearToDate(2024, 6);
    private static readonly LocalDate YearEnd = new(2025, 2, 28);
    private static readonly LocalDate MidYear = new(2024, 7, 20);
    private static readonly ReportingPeriod Span = ReportingPeriod.ForSpan(2021, 2025);
    private static readonly LocalDate MidTerm = new(2023, 12, 31);
    private static readonly LocalDate AfterSpan = new(2026, 6, 30);

    /// <summary>One evaluation to phrase: the case and qualifier it comes from, or the rule that refused the combination.</summary>
    private sealed record Row(string Label, TargetEvaluation? Result, string? Refused = null);

    /// <summary>A scenario: the observations of a trial value and the date of the evaluation.</summary>
    private sealed record Scenario(LocalDate AsOf, Func<decimal, Observation[]> Figures, decimal[] Values);

    /// <summary>An indicator with a target of each qualifier, its baselines, and the scenarios that reach its verdicts.</summary>
    private sealed record Case(string Kind, Indicator Indicator, Func<TargetQualifier, Target> Target, Observation[] Baselines, Scenario[] Scenarios, Indicator? Related = null)
    {
        /// <summary>Gets, for a target set each year in the annual plans, the annual plans' growth targets of the span's years.</summary>
        public (int Year, decimal Figure, TargetQualifier Qualifier)[]? Annual { get; init; }
    }

    private static Indicator Make(string code, string zh, string en, Unit unit, IndicatorDirection direction, Accumulation accumulation, ChangeVerb change = ChangeVerb.Grow,
        GrowthBasis basis = GrowthBasis.Nominal) =>
        new(code, new LocalizedText(zh, en), unit, direction, basis, accumulation) { Change = change };

    private static Observation Grew(Indicator i, ReportingPeriod p, decimal g) => new(i.Code, p, growth: new Percent(g));

    private static Observation Was(Indicator i, ReportingPeriod p, decimal v) => new(i.Code, p, new Quantity(v, i.Unit));

    private static ReportingPeriod Y(int year) => ReportingPeriod.ForYear(year);

    /// <summary>The years of the span from 2021 to <paramref name="last"/>, each made by <paramref name="make"/>.</summary>
    private static Observation[] Years(int last, Func<int, Observation> make) => [.. Enumerable.Range(2021, last - 2020).Select(make)];

    private static IEnumerable<Case> AnnualCases(IndicatorDirection direction)
    {
        var higher = direction == IndicatorDirection.HigherIsBetter;
        var growth = higher
            ? Make("retail", "社会消费品零售总额", "Total retail sales of consumer goods", Unit.HundredMillionYuan, direction, Accumulation.Flow)
            : Make("cpi", "居民消费价格", "Consumer prices", Unit.Percent, direction, Accumulation.Ratio, ChangeVerb.Rise);
        var g = higher ? 7m : 3m;
        decimal[] offsets = [-2.0m, -0.6m, -0.3m, 0.0m, 0.3m, 0.6m, 2.0m, -2.8m];
        yield return new Case("growthRate", growth, q => DevPlan.Core.Target.Growth("t", growth.Code, Year, new Percent(g), q), [],
        [
            new(YearEnd, v => [Grew(growth, Year, g + v)], offsets),
            new(MidYear, v => [Grew(growth, FirstHalf, g + v)], [-1.0m, 0.0m, 1.0m]),
            new(YearEnd, _ => [], [0m]),
        ]);
        // A fall is better the larger for a lower-is-better indicator, and the smaller for a higher-is-better one.
        var reduction = higher
            ? Make("arable-land", "耕地保有量", "Arable land", new Unit(Dimension.Of("mu"), 8), direction, Accumulation.Stock)
            : Make("energy-intensity", "单位地区生产总值能耗", "Energy use per unit of GDP", new Unit(Dimension.Of("tce/CNY"), -4), direction, Accumulation.Ratio);
        yield return new Case("reduction", reduction, q => DevPlan.Core.Target.Reduction("t", reduction.Code, Year, new Percent(2.5m), q), [],
        [
            new(YearEnd, v => [Grew(reduction, Year, -(2.5m + v))], offsets[..7]),
            new(MidYear, v => [Grew(reduction, FirstHalf, -(2.5m + v))], [-1.0m, 0.0m, 1.0m]),
            new(YearEnd, _ => [], [0m]),
        ]);
        var flow = higher
            ? Make("foreign-capital", "实际使用外资", "Foreign capital actually used", Unit.HundredMillionUsd, direction, Accumulation.Flow)
            : Make("energy-use", "能源消费总量", "Total energy use", Unit.TenThousandTce, direction, Accumulation.Flow);
        var f = higher ? 7.7m : 1200m;
        yield return new Case("level (flow)", flow, q => DevPlan.Core.Target.Level("t", flow.Code, Year, new Quantity(f, flow.Unit), q), [],
        [
            new(YearEnd, v => [Was(flow, Year, f + v)], higher ? [-3.9m, -0.15m, -0.04m, 0.0m, 0.04m, 0.15m, 3.9m] : [-600m, -20m, -6m, 0m, 6m, 20m, 600m]),
            new(MidYear, v => [Was(flow, FirstHalf, v)], higher ? [1.54m, 3.85m, 4.62m] : [240m, 600m, 840m]),
            new(YearEnd, _ => [], [0m]),
        ]);
        var ratio = higher
            ? Make("urbanisation", "常住人口城镇化率", "Urbanisation rate of the resident population", Unit.Percent, direction, Accumulation.Ratio)
            : Make("unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", Unit.Percent, direction, Accumulation.Ratio);
        var r = higher ? 65m : 5.5m;
        yield return new Case("level (rate)", ratio, q => DevPlan.Core.Target.Level("t", ratio.Code, Year, Quantity.Percent(r), q), [],
        [
            new(YearEnd, v => [Was(ratio, Year, r + v)], higher ? [-5.0m, -1.3m, -0.3m, 0.0m, 0.3m, 1.3m, 5.0m] : [-1.5m, -0.2m, -0.03m, 0.00m, 0.03m, 0.2m, 1.5m]),
            new(MidYear, v => [Was(ratio, FirstHalf, r + v)], higher ? [-1.3m, 0.0m, 1.3m] : [-0.1m, 0.0m, 0.1m]),
            new(YearEnd, _ => [], [0m]),
        ]);
    }

    private static IEnumerable<Case> FiveYearCases(IndicatorDirection direction)
    {
        var higher = direction == IndicatorDirection.HigherIsBetter;
        var gdp = higher
            ? Make("gdp", "国内生产总值", "Gross domestic product", Unit.HundredMillionYuan, direction, Accumulation.Flow, basis: GrowthBasis.Comparable)
            : Make("energy-use", "能源消费总量", "Total energy use", Unit.TenThousandTce, direction, Accumulation.Flow);
        Scenario[] Rates(decimal[] values) =>
        [
            new(AfterSpan, v => Years(2025, y => Grew(gdp, Y(y), v)), values),
            new(MidTerm, v => Years(2023, y => Grew(gdp, Y(y), v)), values),
            new(AfterSpan, v => Years(2023, y => Grew(gdp, Y(y), v)), values[..1]),
            new(MidTerm, _ => [], [0m]),
        ];
        yield return new Case("cumulative growth", gdp, q => new Target("t", gdp.Code, Span, TargetKind.GrowthRate, q, Quantity.Percent(20m), TargetNature.Expected), [],
            Rates([1m, 3m, 3.6m, 3.7m, 3.8m, 4.5m, 8m]));
        yield return new Case("average annual growth", gdp, q => new Target("t", gdp.Code, Span, TargetKind.AverageAnnualGrowth, q, Quantity.Percent(5m), TargetNature.Expected), [],
            Rates([3m, 4.6m, 5m, 5.4m, 6m, 8m]));
        var intensity = higher
            ? Make("arable-land", "耕地保有量", "Arable land", new Unit(Dimension.Of("mu"), 8), direction, Accumulation.Stock)
            : Make("energy-intensity", "单位国内生产总值能源消耗", "Energy use per unit of GDP", new Unit(Dimension.Of("tce/CNY"), -4), direction, Accumulation.Ratio);
        yield return new Case("cumulative reduction", intensity, q => new Target("t", intensity.Code, Span, TargetKind.Reduction, q, Quantity.Percent(13.5m), TargetNature.Binding), [],
        [
            new(AfterSpan, v => Years(2025, y => Grew(intensity, Y(y), -v)), [0.5m, 2m, 2.8m, 2.9m, 3m, 4m, 6m]),
            new(MidTerm, v => Years(2023, y => Grew(intensity, Y(y), -v)), [0.5m, 2m, 2.9m, 4m, 6m]),
            new(AfterSpan, v => Years(2023, y => Grew(intensity, Y(y), -v)), [2m]),
        ]);
        var share = higher
            ? Make("urbanisation", "常住人口城镇化率", "Urbanisation rate of the resident population", Unit.Percent, direction, Accumulation.Ratio)
            : Make("unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", Unit.Percent, direction, Accumulation.Ratio);
        var (from, to, sign) = higher ? (60.6m, 65m, 1m) : (5.2m, 5.5m, 1m);
        yield return new Case("end-year level", share, q => new Target("t", share.Code, Span, TargetKind.Level, q, Quantity.Percent(to), TargetNature.Expected),
            [Was(share, Y(2020), from)],
        [
            new(AfterSpan, v => Years(2025, y => Was(share, Y(y), from + sign * v * (y - 2020))), higher ? [0.2m, 0.8m, 0.88m, 0.9m, 1m, 1.2m, 2m] : [-0.5m, 0m, 0.05m, 0.06m, 0.1m, 0.3m]),
            new(MidTerm, v => Years(2023, y => Was(share, Y(y), from + sign * v * (y - 2020))), higher ? [-0.2m, 0.5m, 1.2m, 2m] : [-0.5m, 0.05m, 0.2m]),
            new(AfterSpan, v => Years(2023, y => Was(share, Y(y), from + sign * v * (y - 2020))), higher ? [0.5m, 2m] : [0.05m, 0.2m]),
        ]);
        var jobs = higher
            ? Make("new-urban-jobs", "城镇新增就业", "New urban jobs", Unit.TenThousandPersons, direction, Accumulation.Flow)
            : Make("land-use", "新增建设用地", "New construction land", new Unit(Dimension.Of("mu"), 4), direction, Accumulation.Flow);
        var total = higher ? 5500m : 2000m;
        yield return new Case("sum over the span", jobs, q => new Target("t", jobs.Code, Span, TargetKind.Level, q, new Quantity(total, jobs.Unit), TargetNature.Expected), [],
        [
            new(AfterSpan, v => Years(2025, y => Was(jobs, Y(y), v)), higher ? [900m, 1089m, 1100m, 1111m, 1200m, 1500m] : [300m, 396m, 400m, 404m, 420m, 600m]),
            new(MidTerm, v => Years(2023, y => Was(jobs, Y(y), v)), higher ? [900m, 1100m, 2000m] : [300m, 400m, 700m]),
            new(AfterSpan, v => Years(2023, y => Was(jobs, Y(y), v)), higher ? [1100m, 2000m] : [400m]),
        ]);
        var life = higher
            ? Make("life-expectancy", "人均预期寿命", "Life expectancy", new Unit(Dimension.Of("year")), direction, Accumulation.Ratio)
            : Make("infant-mortality", "婴儿死亡率", "Infant mortality rate", new Unit(Dimension.Of("per-mille")), direction, Accumulation.Ratio);
        var baseLife = higher ? 77.93m : 5.4m;
        yield return new Case("increase", life, q => new Target("t", life.Code, Span, TargetKind.Increase, q, new Quantity(1m, life.Unit), TargetNature.Expected),
            [Was(life, Y(2019), baseLife)],
        [
            new(AfterSpan, v => Years(2025, y => Was(life, Y(y), baseLife + Math.Round(v * (y - 2019) / 6, 2))), [0.5m, 0.99m, 1m, 1.01m, 1.2m, 3m]),
            new(MidTerm, v => Years(2023, y => Was(life, Y(y), baseLife + Math.Round(v * (y - 2019) / 6, 2))), [0.5m, 1m, 3m]),
            new(AfterSpan, v => Years(2023, y => Was(life, Y(y), baseLife + Math.Round(v * (y - 2019) / 6, 2))), [1m, 3m]),
        ]);
        var bound = higher
            ? Make("grain-output", "粮食产量", "Grain output", new Unit(Dimension.Of("t"), 8), direction, Accumulation.Flow)
            : Make("unemployment", "城镇调查失业率", "Surveyed urban unemployment rate", Unit.Percent, direction, Accumulation.Ratio);
        var limit = higher ? 6.5m : 5.5m;
        yield return new Case("every year", bound, q => new Target("t", bound.Code, Span, TargetKind.Level, q, new Quantity(limit, bound.Unit), TargetNature.Binding) { EachYear = true }, [],
        [
            new(AfterSpan, v => Years(2025, y => Was(bound, Y(y), y == 2022 ? limit + v : limit)), [-0.2m, -0.01m, 0m, 0.01m, 0.2m]),
            new(MidTerm, v => Years(2023, y => Was(bound, Y(y), limit + (y == 2022 ? v : 0m))), [-0.2m, 0m, 0.2m]),
            new(MidTerm, v => [Was(bound, Y(2021), limit), Was(bound, Y(2023), limit + v)], [0m]),
            new(AfterSpan, v => Years(2023, y => Was(bound, Y(y), limit)), [0m]),
        ]);
    }

    /// <summary>The kinds that do not depend on the indicator's direction: relations, aims and tasks.</summary>
    private static IEnumerable<Case> DirectionlessCases()
    {
        var gdp = Make("gdp", "国内生产总值", "Gross domestic product", Unit.HundredMillionYuan, IndicatorDirection.HigherIsBetter, Accumulation.Flow, basis: GrowthBasis.Comparable);
        var income = Make("income", "居民人均可支配收入", "Per capita disposable income", new Unit(Dimension.Cny), IndicatorDirection.HigherIsBetter, Accumulation.Flow, basis: GrowthBasis.Comparable);
        Observation[] Both(int last, decimal own) => [.. Years(last, y => Grew(income, Y(y), own)), .. Years(last, y => Grew(gdp, Y(y), 5m))];
        yield return new Case("relative", income, q => new Target("t", income.Code, Span, TargetKind.Relative, q, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "gdp" }, [],
        [
            new(AfterSpan, v => Both(2025, v), [3m, 4.5m, 4.9m, 5m, 5.1m, 5.5m, 7m]),
            new(MidTerm, v => Both(2023, v), [3m, 5m, 7m]),
            new(AfterSpan, v => Both(2023, v), [5m]),
        ], gdp);
        yield return new Case("relative (one year)", income, q => new Target("t", income.Code, Year, TargetKind.Relative, q, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "gdp" }, [],
        [
            new(YearEnd, v => [Grew(income, Year, v), Grew(gdp, Year, 5m)], [3m, 5m, 7m]),
            new(MidYear, v => [Grew(income, FirstHalf, v), Grew(gdp, FirstHalf, 5m)], [3m, 5m, 7m]),
        ], gdp);
        yield return new Case("qualitative", gdp, _ => new Target("t", gdp.Code, Span, TargetKind.Qualitative, null, null, TargetNature.Expected)
            {
                Note = new LocalizedText("保持在合理区间", "kept within a reasonable range"),
            }, [],
        [
            new(AfterSpan, v => [new Observation(gdp.Code, Y(2025), completed: v > 0m)], [0m, 1m]),
            new(MidTerm, v => [new Observation(gdp.Code, Y(2023), completed: v > 0m)], [0m, 1m]),
            new(MidTerm, _ => [Grew(gdp, Y(2023), 5.2m)], [0m]),
        ]);
        yield return new Case("set each year", gdp, _ => new Target("t", gdp.Code, Span, TargetKind.SetEachYear, null, null, TargetNature.Expected), [],
        [
            new(AfterSpan, v => Years(2025, y => Grew(gdp, Y(y), v)), [4m, 5m, 5.5m, 6m]),
            new(MidTerm, v => Years(2023, y => Grew(gdp, Y(y), v)), [4m, 5.5m, 7m]),
            new(AfterSpan, v => [Grew(gdp, Y(2021), v), Grew(gdp, Y(2022), v)], [5m]),
            new(MidTerm, _ => [], [0m]),
        ])
        {
            Annual = [(2021, 6m, TargetQualifier.AtLeast), (2022, 5.5m, TargetQualifier.About), (2023, 5m, TargetQualifier.About), (2024, 5m, TargetQualifier.About), (2025, 5m, TargetQualifier.About)],
        };
        var task = Make("task", "能耗强度降低任务", "Energy-intensity reduction task", Unit.Percent, IndicatorDirection.LowerIsBetter, Accumulation.Ratio);
        yield return new Case("completion", task, _ => DevPlan.Core.Target.Completion("t", "task", Year), [],
        [
            new(YearEnd, v => [new Observation("task", Year, completed: v > 0m)], [0m, 1m]),
            new(MidYear, _ => [new Observation("task", FirstHalf, completed: false)], [0m]),
            new(YearEnd, _ => [new Observation("task", Year, growth: new Percent(-3m))], [0m]),
            new(YearEnd, _ => [], [0m]),
        ]);
    }

    /// <summary>Every case's rows: one per distinct verdict per qualifier, in the order of the verdicts; a refused combination once.</summary>
    private static IEnumerable<Row> Rows()
    {
        var cases = new[] { IndicatorDirection.HigherIsBetter, IndicatorDirection.LowerIsBetter }
            .SelectMany(d => AnnualCases(d).Concat(FiveYearCases(d)).Select(c => (Case: c, Direction: Camel(d))))
            .Concat(DirectionlessCases().Select(c => (Case: c, Direction: "–")));
        foreach (var (c, direction) in cases)
        {
            var qualifiers = c.Target(TargetQualifier.About).Qualifier is null ? [TargetQualifier.About] : Enum.GetValues<TargetQualifier>();
            foreach (var qualifier in qualifiers)
            {
                var target = c.Target(qualifier);
                var label = $"{c.Kind} · {(target.Qualifier is null ? "–" : Camel(qualifier))} · {direction}";
                var plan = new Plan("p", new LocalizedText("示例", "Example"), new Region("r", new LocalizedText("示例区", "Example district")), 2021)
                {
                    Horizon = Span,
                    Indicators = c.Related is { } related ? [c.Indicator, related] : [c.Indicator],
                    Baselines = [.. c.Baselines],
                    Targets = [target],
                };
                var refused = PlanValidator.Validate(plan).Diagnostics.Where(d => d.Severity == Diagnostics.DiagnosticSeverity.Error).Select(d => d.Code).Distinct().ToList();
                if (refused.Count > 0)
                {
                    yield return new Row(label, null, string.Join(", ", refused));
                    continue;
                }
                var seen = new Dictionary<(AttainmentStatus Status, VerdictStage Stage, bool Broadly), TargetEvaluation>();
                foreach (var scenario in c.Scenarios)
                {
                    foreach (var value in scenario.Values)
                    {
                        var figures = scenario.Figures(value);
                        var result = c.Annual is { } annual
                            ? PlanEvaluator.EvaluateWithAnnualPlans(plan, annual.Select(a => PlanEvaluator.Evaluate(AnnualPlan(c.Indicator, a.Year, a.Figure, a.Qualifier), figures, scenario.AsOf)),
                                figures, scenario.AsOf).Results[0]
                            : PlanEvaluator.Evaluate(plan, figures, scenario.AsOf).Results[0];
                        seen.TryAdd((result.Assessment.Status, result.Assessment.Stage, result.Assessment.IsBroadlyAchieved), result);
                    }
                }
                foreach (var ((status, stage, broadly), result) in seen.OrderBy(s => s.Key.Status).ThenBy(s => s.Key.Stage).ThenBy(s => s.Key.Broadly))
                {
                    yield return new Row($"{label} · {Camel(status)}{(broadly ? " (broadly)" : "")} · {Camel(stage)}", result);
                }
            }
        }
    }

    /// <summary>An annual plan of the same region with a growth target of the indicator.</summary>
    private static Plan AnnualPlan(Indicator indicator, int year, decimal figure, TargetQualifier qualifier) =>
        new($"p-{year}", new LocalizedText($"{year}年计划", $"{year} plan"), new Region("r", new LocalizedText("示例区", "Example district")), year)
        {
            PartOf = "p",
            Indicators = [indicator],
            Targets = [DevPlan.Core.Target.Growth("t", indicator.Code, Y(year), new Percent(figure), qualifier)],
        };

    private static string Render()
    {
        var text = new StringBuilder();
        text.Append("# Every kind × qualifier × direction × verdict, in Chinese and English (illustrative figures).\n");
        text.Append("# A combination the validator refuses is listed with its rule, never phrased.\n");
        text.Append("# Generated by GoldenSentencesTest; review changes line by line.\n");
        foreach (var row in Rows())
        {
            if (row.Result is not { } result)
            {
                text.Append('\n').Append(row.Label).Append(" · refused by validation (").Append(row.Refused).Append(")\n");
                continue;
            }
            text.Append('\n').Append(row.Label).Append('\n');
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
    public void TheTable_CoversEveryKind_EveryQualifier_BothDirections_AndEveryVerdict()
    {
        var rows = Rows().ToList();
        var judged = rows.Where(r => r.Result is not null).Select(r => r.Result!.Assessment).ToList();

        judged.Select(a => a.Kind).Distinct().Should().BeEquivalentTo(Enum.GetValues<TargetKind>());
        judged.Select(a => a.Measure).Distinct().Should().BeEquivalentTo(Enum.GetValues<VerdictMeasure>());
        judged.Select(a => a.Status).Distinct().Should().BeEquivalentTo(Enum.GetValues<AttainmentStatus>());
        judged.Select(a => a.Stage).Distinct().Should().BeEquivalentTo(Enum.GetValues<VerdictStage>());
        judged.Where(a => a.Qualifier is not null).Select(a => a.Qualifier!.Value).Distinct().Should().BeEquivalentTo(Enum.GetValues<TargetQualifier>());
        judged.Select(a => a.Bound).Distinct().Should().BeEquivalentTo(Enum.GetValues<TargetBound>());
        judged.Should().Contain(a => a.IsBroadlyAchieved, "an about target met short of its figure");
        rows.Where(r => r.Refused is not null).Should().NotBeEmpty("the combinations that make no sense are refused, and listed as such");
    }

    /// <summary>
    /// Every row read against its verdict: no ceiling exceeded or behind (in status or words), no gap of
    /// zero shown beside a miss, no figure on the worse side of its target called exceeded, the verdict's
    /// own word at the end of both sentences, and no ASCII word in a Chinese sentence.
    /// </summary>
    [Fact]
    public void NoRow_HasWordsThatContradictItsFiguresOrItsStatus()
    {
        var contradictions = new List<string>();
        foreach (var row in Rows().Where(r => r.Result is not null))
        {
            var a = row.Result!.Assessment;
            var zh = Explanations.Explain(row.Result, Catalogue.Chinese);
            var en = Explanations.Explain(row.Result, Catalogue.English);
            void Check(bool contradiction, string what)
            {
                if (contradiction)
                {
                    contradictions.Add($"{row.Label}: {what}\n  zh: {zh}\n  en: {en}");
                }
            }
            var ceiling = a.Bound == TargetBound.Ceiling;
            Check(ceiling && a.Status is AttainmentStatus.Exceeded or AttainmentStatus.Behind, "a ceiling is exceeded or behind");
            Check(ceiling && (zh.Contains("超额完成", StringComparison.Ordinal) || zh.Contains("进度滞后", StringComparison.Ordinal)
                || en.Contains("exceeded", StringComparison.Ordinal) || en.Contains(": behind", StringComparison.Ordinal)), "a ceiling is worded exceeded or behind");
            Check(a.Status == AttainmentStatus.NotAchieved && (zh.Contains("0.0个百分点", StringComparison.Ordinal) || en.Contains(" 0.0 percentage points", StringComparison.Ordinal)),
                "a miss beside a gap shown as zero");
            var sign = a.Better == IndicatorDirection.HigherIsBetter ? 1 : -1;
            Check(a.Status == AttainmentStatus.Exceeded && a.Gap is { } gap && sign * gap <= 0m, "exceeded on the worse side of the target");
            Check(a.Status == AttainmentStatus.Exceeded && (System.Text.RegularExpressions.Regex.IsMatch(zh, "低于[^，]*目标") || en.Contains("below the target", StringComparison.Ordinal)) && sign > 0,
                "a figure below its target called exceeded");
            Check(a.Status == AttainmentStatus.Achieved && a.Bound == TargetBound.Band && a.Gap is { } near && sign * near < 0m && !a.IsBroadlyAchieved,
                "met short of an about figure without being broadly achieved");
            var word = Catalogue.Chinese.Verdict(a);
            Check(a.Status is not (AttainmentStatus.NoData or AttainmentStatus.NotAssessable) && a.Measure is not (VerdictMeasure.Task)
                && !System.Text.RegularExpressions.Regex.IsMatch(zh, $"[：，为]{word}(年度目标)?[（。；]"), $"the Chinese sentence does not end in its verdict {word}");
            Check(System.Text.RegularExpressions.Regex.IsMatch(zh, "[A-Za-z]"), "an ASCII word in a Chinese sentence");
            Check(zh.Contains("增长", StringComparison.Ordinal) && row.Result.Indicator?.Change == ChangeVerb.Rise && a.Measure == VerdictMeasure.Growth, "a price grows");
        }

        contradictions.Should().BeEmpty();
    }
}
