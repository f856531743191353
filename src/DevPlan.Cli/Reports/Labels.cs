using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Text;

namespace DevPlan.Cli.Reports;

/// <summary>The words of the reports in English and Chinese.</summary>
internal sealed class Labels(string language)
{
    public bool IsChinese { get; } = language == "zh";

    public string Language => IsChinese ? "zh" : "en";

    public string LanguageTag => IsChinese ? LocalizedText.Chinese : LocalizedText.English;

    public string T(LocalizedText text) => text.Get(LanguageTag);

    public string this[string english, string chinese] => IsChinese ? chinese : english;

    public string Status(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => this["achieved", "完成"],
        AttainmentStatus.Exceeded => this["exceeded", "超额完成"],
        AttainmentStatus.NotAchieved => this["not achieved", "未完成"],
        AttainmentStatus.OnTrack => this["on track", "进度正常"],
        AttainmentStatus.Behind => this["behind", "进度滞后"],
        AttainmentStatus.NoData => this["no data", "无数据"],
        _ => this["not assessable", "无法评估"],
    };

    public string Kind(TargetKind kind) => kind switch
    {
        TargetKind.GrowthRate => this["growth", "增长"],
        TargetKind.Level => this["level", "总量"],
        TargetKind.Reduction => this["reduction", "下降"],
        _ => this["task", "任务"],
    };

    public string Qualifier(TargetQualifier? qualifier) => qualifier switch
    {
        TargetQualifier.About => this["about", "左右"],
        TargetQualifier.AtLeast => this["at least", "以上"],
        TargetQualifier.AtMost => this["at most", "以内"],
        TargetQualifier.Exactly => "",
        _ => "",
    };

    public string Nature(TargetNature nature) => nature == TargetNature.Binding ? this["binding", "约束性"] : this["expected", "预期性"];

    /// <summary>The status's colour class: green for met, amber for in-year, red for missed, grey for unknown.</summary>
    public static string Tone(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved or AttainmentStatus.Exceeded or AttainmentStatus.OnTrack => "good",
        AttainmentStatus.Behind => "warn",
        AttainmentStatus.NotAchieved => "bad",
        _ => "none",
    };
}
