namespace DevPlan.Core.Drafting;

/// <summary>What the sentences of a text state: targets, results, or each sentence by its own words.</summary>
public enum DraftMode
{
    /// <summary>
    /// Each sentence by its words: a sentence with a word of past results (比上年, 同比, 去年, 初步核算,
    /// 初步统计, 预计, 平均为, 年末, or a year before the plan year) states results; any other states targets.
    /// </summary>
    Auto,

    /// <summary>Every sentence states targets (a work report's targets, a five-year outline's aims).</summary>
    Targets,

    /// <summary>Every sentence states results (a communiqué, a work report's review of the past year).</summary>
    Results,
}
