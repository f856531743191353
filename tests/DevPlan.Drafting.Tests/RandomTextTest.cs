using System.Text;
using DevPlan.Core;
using DevPlan.Core.Drafting;
using DevPlan.Core.Validation;

namespace DevPlan.Drafting.Tests;

/// <summary>
/// Texts made at random from the grammar's own words, figures, separators, brackets and stray
/// characters, in every mode and with small limits: every one is drafted without an exception, every
/// source span quotes the text, and every drafted plan loads back from its JSON. Seeded, so that a
/// failure repeats.
/// </summary>
public class RandomTextTest
{
    private static readonly string[] Pieces =
    [
        "地区生产总值", "国内生产总值", "城镇新增就业", "城镇调查失业率", "居民消费价格", "居民收入", "经济", "城乡居民人均可支配收入", "单位国内生产总值能耗",
        "主要污染物排放量", "完成", "市下达的", "任务", "目标", "增长", "下降", "控制在", "达到", "提高到", "提高", "涨幅", "分别", "均", "力争", "左右", "以上", "以内",
        "不低于", "高于", "同步", "基本", "和", "与", "、", "等", "约束性", "(预期性)", "7%", "5.5%", "1.65万人", "1.3万亿斤", "7.7亿美元", "-3%", "4.82‰", "1,206",
        "9999999999999999999999999999999", "6%—6.5%", "个百分点", "全国", "全省", "平均为", "年末", "2023年", "“十四五”时期", "年均", "两年平均", "比上年", "初步核算",
        "在实际工作中努力争取更好结果", "实现正增长", "保持基本平衡", "持续改善", "，", "；", "。", ":", "、", "●", "(", ")", "“", "”", "\"", "\n", " ", "\u0007", "\u200b",
        "０", "９", "％", "１．５", ".", ",", "—", "-", "~", "至", "x", "Économie", "🙂", "\uD800", "年",
    ];

    [Fact]
    public void RandomTexts_AreDraftedWithoutAnException_AndTheirDraftsHold()
    {
        var random = new Random(20250301);
        for (var i = 0; i < 2000; i++)
        {
            var text = new StringBuilder();
            for (var n = random.Next(1, 40); n > 0; n--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            var options = Draw.Options with
            {
                Mode = (DraftMode)random.Next(3),
                Year = random.Next(4) == 0 ? null : 2024,
                MaxClauseLength = random.Next(1, 60),
                MaxFindings = random.Next(1, 10),
                MaxElements = random.Next(1, 10),
            };
            Check(text.ToString(), options);
        }
    }

    private static void Check(string text, DraftOptions options)
    {
        PlanDraft draft;
        try
        {
            draft = PlanDrafter.Draft(text, options);
        }
        catch (Exception e)
        {
            throw new Xunit.Sdk.XunitException($"Drafting threw {e.GetType().Name} for {Escaped(text)} ({options.Mode}, year {options.Year}, clause {options.MaxClauseLength}, findings {options.MaxFindings}, elements {options.MaxElements}): {e}");
        }
        var spans = draft.Targets.SelectMany(t => new[] { t.Source, t.Sentence })
            .Concat(draft.Observations.SelectMany(o => new[] { o.Source, o.Sentence }))
            .Concat(draft.Findings.Select(f => f.Source));
        foreach (var span in spans)
        {
            text.Substring(span.Start, span.Length).Should().Be(span.Text, Escaped(text));
        }
        draft.Findings.Count(f => f.Kind == DraftFindingKind.LimitReached).Should().BeLessThanOrEqualTo(1);
        if (draft.Plan is { } plan)
        {
            // Whatever a random text drafts, validation reads it to the end and locates each problem in the plan's JSON.
            PlanValidator.Validate(plan).Diagnostics.Where(d => d.Location.JsonPath is not { } path || !path.StartsWith('$')).Should().BeEmpty(Escaped(text));
            Core.Serialization.PlanJson.Parse(draft.ToJson()).Targets.Should().HaveCount(plan.Targets.Length);
        }
    }

    private static string Escaped(string text) => string.Concat(text.Select(c => c < ' ' || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
