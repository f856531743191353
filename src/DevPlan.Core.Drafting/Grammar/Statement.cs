using DevPlan.Core.Diagnostics;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>What kind of clause the grammar read.</summary>
internal enum StatementKind
{
    /// <summary>A clause the grammar does not understand.</summary>
    Unknown,

    /// <summary>A clause of words that join or qualify the sentence (其中, 初步核算) and state nothing.</summary>
    Connective,

    /// <summary>The words before a colon that announce the targets (2024年经济社会发展主要预期目标为：).</summary>
    Heading,

    /// <summary>A call for a better result than the figures, with no figure (在实际工作中努力争取更好结果).</summary>
    StriveForBetter,

    /// <summary>A stretch figure without a subject (力争8%), for the target before it.</summary>
    Stretch,

    /// <summary>A task handed down (完成市下达的能耗强度降低任务).</summary>
    Completion,

    /// <summary>Growth in step with, or faster than, another indicator's (居民收入增长和经济增长同步).</summary>
    Relative,

    /// <summary>Growth faster than a place's (高于全国平均水平): a relation the plan cannot hold.</summary>
    ExternalRelative,

    /// <summary>A direction or aim with no figure (国际收支保持基本平衡).</summary>
    Qualitative,

    /// <summary>Growth above zero (实现正增长).</summary>
    PositiveGrowth,

    /// <summary>Figures: growth, level, reduction or increase, for one or several subjects.</summary>
    Figures,

    /// <summary>A result's relation to a reference without a subject (高于全省2.4个百分点).</summary>
    Comparison,
}

/// <summary>The class of a verb of a figure.</summary>
internal enum VerbClass
{
    /// <summary>No verb: the figure is a level (实际使用外资7.7亿美元, 城镇调查失业率5.5%左右).</summary>
    None,

    /// <summary>A level verb (达到, 控制在, 提高到).</summary>
    Level,

    /// <summary>A growth verb (增长, 上涨, 涨幅).</summary>
    Growth,

    /// <summary>A reduction verb (下降, 降低).</summary>
    Reduction,

    /// <summary>A verb of a result that is not exact (突破, 超过).</summary>
    Approximate,
}

/// <summary>A clause as the grammar read it, before it is made a target or a result.</summary>
internal sealed class Statement
{
    public StatementKind Kind { get; set; }

    /// <summary>Why the clause was not understood, for the finding.</summary>
    public DiagnosticMessage? Problem { get; set; }

    /// <summary>Whether the problem is a figure that cannot be kept (beyond decimal).</summary>
    public bool FigureProblem { get; set; }

    /// <summary>The indicators the clause is about; empty for a clause without a subject, which continues the one before it.</summary>
    public List<CatalogueEntry> Subjects { get; } = [];

    /// <summary>Names in a task (完成…和…任务) that are not indicators of the catalogue.</summary>
    public List<string> UnknownParts { get; } = [];

    public VerbClass Verb { get; set; }

    /// <summary>The verb as written (控制在, 提高, 增长…).</summary>
    public string? VerbWord { get; set; }

    /// <summary>The verb of a bound after a rate noun (涨幅控制在: 控制在), if any.</summary>
    public string? BoundVerb { get; set; }

    public List<Figure> Figures { get; } = [];

    /// <summary>The upper end of a range (6%—6.5%), or null.</summary>
    public Figure? RangeEnd { get; set; }

    /// <summary>Whether 分别 distributes the figures over the subjects.</summary>
    public bool Distributed { get; set; }

    /// <summary>The qualifier written before the figure (不低于).</summary>
    public TargetQualifier? PrefixQualifier { get; set; }

    /// <summary>Whether 力争 or 争取 stands before the figure.</summary>
    public bool Striving { get; set; }

    /// <summary>The nature the clause states (约束性), if any.</summary>
    public TargetNature? Nature { get; set; }

    /// <summary>The other indicator of a relation.</summary>
    public CatalogueEntry? Other { get; set; }

    /// <summary>Whether a relation is "faster than" (otherwise "in step with").</summary>
    public bool Faster { get; set; }

    /// <summary>The words of an aim, a place of a relation, or a phrase of a stretch, as written.</summary>
    public string? Words { get; set; }

    /// <summary>A results clause's second figure: the rate after a level (1767.3亿元，同比增长7.3%).</summary>
    public Figure? SecondFigure { get; set; }

    public VerbClass SecondVerb { get; set; }

    public bool NominalRate { get; set; }

    /// <summary>Whether the rate is an average annual one (年均增长), and over how many years when the clause says (两年平均).</summary>
    public bool AverageAnnual { get; set; }

    public int? AverageYears { get; set; }

    /// <summary>Whether the figure is the average of the year (平均为).</summary>
    public bool Average { get; set; }

    /// <summary>Whether the figure is at the end of the year (年末).</summary>
    public bool YearEnd { get; set; }

    /// <summary>The year the clause names (2023年), if any.</summary>
    public int? Year { get; set; }

    /// <summary>The part of the year the clause names (上半年 is S1), if any.</summary>
    public string? PartOfYear { get; set; }

    /// <summary>The span of years the clause names (“十三五”期间), if any.</summary>
    public ReportingPeriod? Span { get; set; }

    /// <summary>The status the clause gives its sentence's results (初步核算 provisional, 预计 estimated), if any.</summary>
    public ObservationStatus? Status { get; set; }

    /// <summary>A comparison's reference (全省) and sign.</summary>
    public string? Reference { get; set; }

    public bool Above { get; set; }

    public static Statement Unknown(DiagnosticMessage problem, bool figure = false) => new() { Kind = StatementKind.Unknown, Problem = problem, FigureProblem = figure };
}
