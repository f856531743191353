namespace DevPlan.Core;

/// <summary>The kind of a document a plan draws on.</summary>
public enum DocumentKind
{
    /// <summary>A news report of a meeting or conference.</summary>
    NewsReport,

    /// <summary>A government work report.</summary>
    WorkReport,

    /// <summary>An action plan (行动计划).</summary>
    ActionPlan,

    /// <summary>A statistical bulletin (统计公报).</summary>
    StatisticalBulletin,

    /// <summary>Another kind of document.</summary>
    Other,
}
