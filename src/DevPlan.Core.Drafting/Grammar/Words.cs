namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// The words of the clause grammar, by role (docs/methods.md, "Drafting a plan from its text", lists
/// them). Each list is explicit: a word not here is not understood, and its clause becomes a finding.
/// </summary>
internal static class Words
{
    /// <summary>Words that join clauses or sentences and say nothing themselves.</summary>
    public static readonly WordList Connectives = new("其中", "同时", "此外", "另外", "对此", "按可比价格计算", "按不变价格计算", "按可比口径计算");

    /// <summary>Words that mark a sentence's results as preliminary (provisional).</summary>
    public static readonly WordList Provisional = new("初步核算", "初步统计", "据初步统计", "初步测算", "经初步核算");

    /// <summary>Words that mark a sentence's results as estimates.</summary>
    public static readonly WordList Estimated = new("初步预计", "预计");

    /// <summary>Words of time before a subject that leave the period as it is.</summary>
    public static readonly WordList TimeWords = new("全年", "今年", "当年", "年内", "去年", "上年", "过去一年", "一年来");

    /// <summary>Words of time before a subject that make a result the figure at the end of the year (December).</summary>
    public static readonly WordList YearEnd = new("年末", "年底");

    /// <summary>Words of the part of the year a result covers, with the period they name in a year.</summary>
    public static readonly IReadOnlyDictionary<string, string> PartsOfYear = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["上半年"] = "S1", ["前三季度"] = "YTD-M09", ["一季度"] = "Q1", ["第一季度"] = "Q1",
    };

    /// <summary>Words of the whole region before a subject.</summary>
    public static readonly WordList Scopes = new("全国", "全省", "全市", "全区", "全县", "全州", "我国", "我省", "我市", "我区", "本市", "本省");

    /// <summary>Words before a subject that add nothing to a target or a result.</summary>
    public static readonly WordList Leading = new("实现", "确保", "推动", "努力");

    /// <summary>Words before a figure or a subject that mark a target as striven for (力争).</summary>
    public static readonly WordList Striving = new("力争", "争取");

    /// <summary>Words after a subject and before the predicate that add nothing.</summary>
    public static readonly WordList Fillers = new("全年", "预期", "再", "比上年", "比去年", "比上年末", "较上年", "同比", "按可比价格计算", "按可比口径计算", "按不变价格计算", "可比");

    /// <summary>Words after a subject that make a rate real (net of prices).</summary>
    public static readonly WordList Real = new("实际", "扣除价格因素");

    /// <summary>Words after a subject that make a rate nominal.</summary>
    public static readonly WordList Nominal = new("名义");

    /// <summary>Words after a subject that make a rate an average annual one (年均增长).</summary>
    public static readonly WordList AverageAnnual = new("年均");

    /// <summary>Words of an average of the year (城镇调查失业率平均为5.2%).</summary>
    public static readonly WordList Average = new("平均值", "平均", "均值");

    /// <summary>Words that distribute several figures over several subjects, one each, in order.</summary>
    public static readonly WordList Distributed = new("分别");

    /// <summary>Words that give several subjects one figure.</summary>
    public static readonly WordList Shared = new("均", "都");

    /// <summary>Verbs of a level: the figure is what the indicator reaches or stays at.</summary>
    public static readonly WordList LevelVerbs = new(
        "保持在", "稳定在", "控制在", "维持在", "提高到", "提高至", "提升到", "提升至", "增加到", "增加至", "上升到", "上升至",
        "下降到", "下降至", "降低到", "降低至", "减少到", "减少至", "达到", "增至", "降到", "降至", "达", "为", "在");

    /// <summary>The level verb that makes a bare figure a ceiling (控制在5.5% is at most 5.5%).</summary>
    public const string Control = "控制在";

    /// <summary>Verbs of a result that is not exact (突破4万亿元: more than): its figure is not kept.</summary>
    public static readonly WordList Approximate = new("突破", "超过", "超");

    /// <summary>Verbs and nouns of a growth (增长7%, 涨幅3%); with a figure that is not a rate, 增加 and 提高 are an increase.</summary>
    public static readonly WordList GrowthVerbs = new("增长", "上涨", "涨幅", "增幅", "增速", "上涨幅度", "增长幅度", "上升", "增加", "提高", "提升");

    /// <summary>Nouns of a rate that a verb of a bound may follow (涨幅控制在3.5%左右).</summary>
    public static readonly WordList RateNounVerbs = new("涨幅", "增幅", "增速", "上涨幅度", "增长幅度", "降幅", "增长");

    /// <summary>The word a heading without a colon names (经济社会发展).</summary>
    public const string Development = "发展";

    /// <summary>The ends of a heading without a colon (建议全年经济社会发展主要预期目标).</summary>
    public static readonly WordList HeadingEnds = new("主要预期目标", "预期目标", "主要目标", "主要指标", "预期目标是", "预期目标为", "主要目标是", "主要目标为", "目标是", "目标为");

    /// <summary>Verbs and nouns of a fall (下降2.5%, 降低13.5%).</summary>
    public static readonly WordList ReductionVerbs = new("下降", "降低", "减少", "削减", "下跌", "降幅", "回落");

    /// <summary>The verbs of growth that, before a figure in the indicator's unit or in percentage points, make an increase (人均预期寿命提高1岁).</summary>
    public static readonly WordList IncreaseVerbs = new("提高", "增加", "提升");

    /// <summary>Qualifier words before a figure.</summary>
    public static readonly IReadOnlyDictionary<string, TargetQualifier> QualifierPrefixes = new Dictionary<string, TargetQualifier>(StringComparer.Ordinal)
    {
        ["不低于"] = TargetQualifier.AtLeast, ["不少于"] = TargetQualifier.AtLeast,
        ["不高于"] = TargetQualifier.AtMost, ["不超过"] = TargetQualifier.AtMost, ["不多于"] = TargetQualifier.AtMost,
        ["低于"] = TargetQualifier.LessThan, ["少于"] = TargetQualifier.LessThan, ["小于"] = TargetQualifier.LessThan,
        ["高于"] = TargetQualifier.GreaterThan, ["超过"] = TargetQualifier.GreaterThan, ["多于"] = TargetQualifier.GreaterThan, ["大于"] = TargetQualifier.GreaterThan,
    };

    public static readonly WordList QualifierPrefixWords = new([.. QualifierPrefixes.Keys]);

    /// <summary>Qualifier words after a figure.</summary>
    public static readonly IReadOnlyDictionary<string, TargetQualifier> QualifierSuffixes = new Dictionary<string, TargetQualifier>(StringComparer.Ordinal)
    {
        ["左右"] = TargetQualifier.About, ["上下"] = TargetQualifier.About,
        ["以上"] = TargetQualifier.AtLeast, ["及以上"] = TargetQualifier.AtLeast,
        ["以内"] = TargetQualifier.AtMost, ["之内"] = TargetQualifier.AtMost, ["以下"] = TargetQualifier.AtMost,
    };

    public static readonly WordList QualifierSuffixWords = new([.. QualifierSuffixes.Keys]);

    /// <summary>Marks between the two ends of a range (6%—6.5%).</summary>
    public static readonly WordList RangeMarks = new("—", "–", "-", "~", "〜", "至", "到");

    /// <summary>Words that join figures (8%和8.5%, 13.5%、18%).</summary>
    public static readonly WordList FigureJoins = new("、", "和", "与", "及");

    /// <summary>Words that join subjects (城镇和农村居民人均可支配收入, 固定资产投资、社会消费品零售总额).</summary>
    public static readonly WordList SubjectJoins = new("以及", "、", "和", "与", "及");

    /// <summary>The nature of a target, stated after it.</summary>
    public static readonly IReadOnlyDictionary<string, TargetNature> Natures = new Dictionary<string, TargetNature>(StringComparer.Ordinal)
    {
        ["(约束性)"] = TargetNature.Binding, ["(预期性)"] = TargetNature.Expected, ["约束性"] = TargetNature.Binding, ["预期性"] = TargetNature.Expected,
    };

    public static readonly WordList NatureWords = new([.. Natures.Keys]);

    /// <summary>
    /// Words of a qualitative aim, a direction with no figure (保持基本平衡, 促稳提质, 持续改善, 继续下降, 保持在合理区间):
    /// a clause whose predicate is made of these words alone is a qualitative target.
    /// </summary>
    public static readonly WordList Aims = new(
        "保持", "基本", "持续", "继续", "稳定", "稳步", "进一步", "总体", "合理", "平稳", "平衡", "改善", "好转", "向好", "提质", "促稳", "保稳",
        "回稳", "量稳质升", "稳中", "增长", "下降", "减少", "增加", "提高", "提升", "区间", "水平", "在", "、", "各年度视情提出", "量稳", "质升", "稳");

    /// <summary>The phrase of a growth above zero.</summary>
    public const string PositiveGrowth = "实现正增长";

    /// <summary>Phrases that ask for a better result than the figure, with no figure of their own (a stretch, 力争).</summary>
    public static readonly WordList StriveForBetter = new(
        "在实际工作中努力争取更好结果", "努力在实际工作中争取更好结果", "在实际工作中争取更好结果", "在实际工作中力争更好结果",
        "努力争取更好结果", "争取更好结果", "力争更好结果", "力争更好", "争取更好");

    /// <summary>Nouns of a rate after a subject in a relation (居民收入增长和经济增长同步, 高于经济增速).</summary>
    public static readonly WordList RateNouns = new("增长", "增速", "增幅");

    /// <summary>Words that relate a subject to another indicator.</summary>
    public static readonly WordList RelationJoins = new("与", "和", "同");

    /// <summary>Words of "in step with" before 同步.</summary>
    public static readonly WordList InStepAdverbs = new("保持基本", "保持", "基本");

    public const string InStep = "同步";

    /// <summary>Words of "faster than", "higher than" in a relation or a comparison.</summary>
    public static readonly WordList Above = new("高于", "快于", "高出");

    /// <summary>Words of "slower than", "lower than" in a comparison.</summary>
    public static readonly WordList Below = new("低于", "慢于");

    /// <summary>References outside the plan: the country, the province, the city, their averages.</summary>
    public static readonly WordList Places = new(
        "全国平均水平", "全省平均水平", "全市平均水平", "全国平均", "全省平均", "全市平均", "全国", "全省", "全市", "全区", "同期");

    /// <summary>Who hands a task down (完成市下达的能耗强度降低任务).</summary>
    public static readonly WordList Issuers = new("国家", "中央", "上级", "省", "市", "区", "县", "省级", "市级");

    public static readonly WordList HandedDown = new("下达的", "下达");

    /// <summary>Words before 完成 that add nothing to a task.</summary>
    public static readonly WordList TaskLeading = new("全面", "确保", "按照国家要求", "按国家要求", "按照上级要求", "超额", "圆满");

    public const string Complete = "完成";

    /// <summary>Nouns that end a task (任务, 目标, 约束性指标), longest first.</summary>
    public static readonly WordList TaskHeads = new("各项约束性目标", "约束性指标", "约束性目标", "目标任务", "降低任务", "下降任务", "改善目标", "任务", "目标", "指标");

    /// <summary>Words before a task's head that say the task is binding.</summary>
    public const string BindingWord = "约束性";

    /// <summary>Words between a task's indicator and its head (能耗强度降低任务, 环境质量改善目标).</summary>
    public static readonly WordList TaskVerbs = new("降低", "下降", "改善", "提升", "减排");

    /// <summary>The words that close an enumeration of examples (A、B等任务).</summary>
    public const string Etcetera = "等";

    /// <summary>Words of the year before the plan's work (年度节能减排约束性指标).</summary>
    public const string Annual = "年度";

    /// <summary>The word of the coordination of towns and countryside: 城乡居民人均可支配收入 is 城镇 and 农村.</summary>
    public const string TownAndCountry = "城乡";

    public static readonly string[] TownAndCountryParts = ["城镇", "农村"];

    /// <summary>Words of a sentence of results.</summary>
    public static readonly WordList ResultMarkers = new(
        "比上年", "比去年", "较上年", "同比", "初步核算", "初步统计", "初步测算", "预计", "去年", "过去一年", "上年", "年末", "年底", "平均为", "平均值为", "均值为");

    /// <summary>Words of a heading: a clause before a colon that names the targets (主要预期目标为：).</summary>
    public static readonly WordList HeadingWords = new("目标", "指标");

    /// <summary>The periods of five-year plans, by their ordinal (“十四五” is 2021—2025).</summary>
    public static readonly IReadOnlyDictionary<string, int> FiveYearPlans = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["十一五"] = 2006, ["十二五"] = 2011, ["十三五"] = 2016, ["十四五"] = 2021, ["十五五"] = 2026,
    };

    /// <summary>Numbers of years of a multi-year average (两年平均增长).</summary>
    public static readonly IReadOnlyDictionary<string, int> YearCounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["两年"] = 2, ["三年"] = 3, ["四年"] = 4, ["五年"] = 5,
    };

    public static readonly WordList YearCountWords = new([.. YearCounts.Keys]);

    /// <summary>Words before a subject of the years an average covers, ending with the results' year (过去五年).</summary>
    public static readonly IReadOnlyDictionary<string, int> PastYearCounts = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["过去五年"] = 5, ["五年来"] = 5, ["过去两年"] = 2, ["两年来"] = 2, ["过去三年"] = 3, ["三年来"] = 3,
    };

    public static readonly WordList PastYears = new([.. PastYearCounts.Keys]);
}
