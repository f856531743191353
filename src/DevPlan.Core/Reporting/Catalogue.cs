using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

/// <summary>
/// The words of one language: every text the library and the devplan tool show to people comes from
/// here (statuses, explanations, labels, units, periods), never from the domain types. There is one
/// catalogue per language, <see cref="English"/> and <see cref="Chinese"/>, each read from a text file
/// embedded in the library (<c>Reporting/Catalogue/messages.*.txt</c>), so wording changes show in a
/// diff and work with trimming and native AOT. Each package brings its own words the same way (a file
/// embedded as <c>&lt;assembly&gt;.Catalogue.messages.&lt;language&gt;.txt</c>: the tool's lines, a
/// workbook's sheet names), found once the package is loaded.
/// </summary>
/// <remarks>
/// Figures are written as published: a value keeps the decimals it was given (3.0 stays 3.0). How a
/// language writes a figure is catalogue data, not code: Chinese keeps a level in the magnitude it was
/// published in, with Chinese unit names (1767.3亿元, 0.9万人); English rewrites it by thousands-based
/// scales, with English names (CNY 176.73 billion, 9,000 people) — <c>figures.scales</c>,
/// <c>figures.pattern</c>, <c>scale.N</c> and <c>magnitude.N</c>.
/// </remarks>
public sealed partial class Catalogue
{
    private static readonly Lazy<Catalogue> EnglishCatalogue = new(() => Load("en", "messages.en.txt"));
    private static readonly Lazy<Catalogue> ChineseCatalogue = new(() => Load(LocalizedText.Chinese, "messages.zh-CN.txt"));

    private readonly FrozenDictionary<string, string> _texts;
    private readonly string _file;

    private Catalogue(string language, string file, FrozenDictionary<string, string> texts)
    {
        Language = language;
        _file = file;
        _texts = texts;
    }

    /// <summary>This catalogue with some of its texts replaced or added: how a test shows that a grammar is data.</summary>
    internal Catalogue With(IReadOnlyDictionary<string, string> texts)
    {
        var merged = new Dictionary<string, string>(_texts, StringComparer.Ordinal);
        foreach (var (key, text) in texts)
        {
            merged[key] = text;
        }
        return new Catalogue(Language, _file, merged.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets the English catalogue.</summary>
    public static Catalogue English => EnglishCatalogue.Value;

    /// <summary>Gets the Simplified Chinese catalogue.</summary>
    public static Catalogue Chinese => ChineseCatalogue.Value;

    /// <summary>Gets the catalogue of a language: Chinese for a tag of the <c>zh</c> language (<c>zh</c>, <c>zh-CN</c>, <c>zh-Hans</c>), English for any other.</summary>
    /// <param name="language">A BCP 47 language tag.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    public static Catalogue For(string language) =>
        Preconditions.CheckNotNull(language).Equals("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("zh-", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    /// <summary>Gets the catalogue's language tag: <c>en</c> or <c>zh-CN</c>.</summary>
    public string Language { get; }

    /// <summary>Gets whether this is the Chinese catalogue.</summary>
    public bool IsChinese => Language == LocalizedText.Chinese;

    /// <summary>Gets the keys of the catalogue: the library's, and those of the packages loaded (the tool's, a workbook's sheet names).</summary>
    public IEnumerable<string> Keys => _texts.Keys.Concat(CatalogueSources.Keys(_file));

    /// <summary>Gets the text of a key.</summary>
    /// <param name="key">The key, such as <c>status.achieved</c>.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such key; the message names it and the language.</exception>
    public string this[string key] =>
        _texts.TryGetValue(Preconditions.CheckNotNull(key), out var text) || CatalogueSources.TryGet(_file, key, out text)
            ? text
            : throw new KeyNotFoundException($"The {Language} catalogue has no text \"{key}\".");

    /// <summary>Gets the text of a key with its placeholders (<c>{name}</c>) filled in.</summary>
    /// <param name="key">The key.</param>
    /// <param name="values">The placeholders' names and values.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such key.</exception>
    /// <exception cref="FormatException">The text names a placeholder not given.</exception>
    public string Format(string key, params ReadOnlySpan<(string Name, string Value)> values)
    {
        var template = this[key];
        var text = new StringBuilder(template.Length + 32);
        var position = 0;
        while (position < template.Length)
        {
            var open = template.IndexOf('{', position);
            if (open < 0)
            {
                text.Append(template, position, template.Length - position);
                break;
            }
            var close = template.IndexOf('}', open);
            text.Append(template, position, open - position);
            var name = template.AsSpan(open + 1, close - open - 1);
            var found = false;
            foreach (var (candidate, value) in values)
            {
                if (name.SequenceEqual(candidate))
                {
                    text.Append(value);
                    found = true;
                    break;
                }
            }
            if (!found)
            {
                throw new FormatException($"The {Language} text \"{key}\" names the placeholder {{{name}}}, which was not given.");
            }
            position = close + 1;
        }
        return text.ToString();
    }

    /// <summary>Gets a text of the domain in this catalogue's language (see <see cref="LocalizedText.Get(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text in this language, or its fallback.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public string Text(LocalizedText text) => Preconditions.CheckNotNull(text).Get(Language);

    /// <summary>Gets the word for a verdict.</summary>
    /// <param name="status">The verdict.</param>
    /// <returns>The word: "achieved", "完成".</returns>
    public string Status(AttainmentStatus status) => this[StatusKey(status)];

    /// <summary>
    /// Gets the word for a verdict as it reads with its meaning: an "about" target met within its band but
    /// short of its figure is broadly achieved (基本完成); a multi-year target during its span is reviewed as
    /// broadly as expected (基本符合预期) or lagging (滞后); any other verdict is its status's word.
    /// </summary>
    /// <param name="assessment">The verdict.</param>
    /// <returns>The word: "broadly achieved", "基本完成", "存在突破风险".</returns>
    public string Verdict(TargetAssessment assessment) => assessment switch
    {
        { Status: AttainmentStatus.Achieved, IsBroadlyAchieved: true } => this["status.broadlyAchieved"],
        // A review during a span words its categories as reviews do: broadly as expected (基本符合预期), lagging (滞后).
        { Stage: VerdictStage.InProgress, SpanYears: not null, Status: AttainmentStatus.OnTrack } => this["status.review.onTrack"],
        { Stage: VerdictStage.InProgress, SpanYears: not null, Status: AttainmentStatus.Behind } => this["status.review.behind"],
        _ => Status(assessment.Status),
    };

    /// <summary>Gets the word for a target's nature.</summary>
    /// <param name="nature">Expected or binding.</param>
    /// <returns>The word: "binding", "约束性".</returns>
    public string Nature(TargetNature nature) => nature switch
    {
        TargetNature.Expected => this["label.nature.expected"],
        TargetNature.Binding => this["label.nature.binding"],
        TargetNature.Unstated => this["label.nature.unstated"],
    };

    /// <summary>Gets the word for where a zone lies in its region.</summary>
    /// <param name="position">The position.</param>
    /// <returns>The word: "north-east", "东北部".</returns>
    public string Position(ZonePosition position) => position switch
    {
        ZonePosition.Central => this["position.central"],
        ZonePosition.East => this["position.east"],
        ZonePosition.West => this["position.west"],
        ZonePosition.North => this["position.north"],
        ZonePosition.South => this["position.south"],
        ZonePosition.NorthEast => this["position.northEast"],
        ZonePosition.NorthWest => this["position.northWest"],
        ZonePosition.SouthEast => this["position.southEast"],
        ZonePosition.SouthWest => this["position.southWest"],
        ZonePosition.Other => this["position.other"],
    };

    /// <summary>Gets the reason a target could not be judged, as a clause.</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The clause, without a final full stop.</returns>
    public string Reason(AttainmentReason reason) => reason switch
    {
        AttainmentReason.None => "",
        AttainmentReason.NoObservation => this["reason.noObservation"],
        AttainmentReason.ComparablePricesNeedPublishedGrowth => this["reason.comparablePricesNeedPublishedGrowth"],
        AttainmentReason.MissingGrowth => this["reason.missingGrowth"],
        AttainmentReason.NonPositiveBase => this["reason.nonPositiveBase"],
        AttainmentReason.MissingLevel => this["reason.missingLevel"],
        AttainmentReason.CompletionNeedsYesNo => this["reason.completionNeedsYesNo"],
        AttainmentReason.TaskDueAtPeriodEnd => this["reason.taskDueAtPeriodEnd"],
        AttainmentReason.ObservationOutsidePeriod => this["reason.observationOutsidePeriod"],
        AttainmentReason.UnknownIndicator => this["reason.unknownIndicator"],
        AttainmentReason.NoFigureFromPeriodStart => this["reason.noFigureFromPeriodStart"],
        AttainmentReason.QualitativeAim => this["reason.qualitativeAim"],
        AttainmentReason.MissingYear => this["reason.missingYear"],
        AttainmentReason.MissingBaseline => this["reason.missingBaseline"],
        AttainmentReason.MissingRelatedFigure => this["reason.missingRelatedFigure"],
        AttainmentReason.GrowthOfMinus100OrLess => this["reason.growthOfMinus100OrLess"],
        AttainmentReason.OutOfRange => this["reason.outOfRange"],
        AttainmentReason.FiguresEndBeforePeriodEnd => this["reason.figuresEndBeforePeriodEnd"],
        AttainmentReason.MissingYearOfBound => this["reason.missingYearOfBound"],
        AttainmentReason.NoAnnualTargets => this["reason.noAnnualTargets"],
    };

    /// <summary>The catalogue key of a verdict's word.</summary>
    internal static string StatusKey(AttainmentStatus status) => status switch
    {
        AttainmentStatus.Achieved => "status.achieved",
        AttainmentStatus.Exceeded => "status.exceeded",
        AttainmentStatus.NotAchieved => "status.notAchieved",
        AttainmentStatus.OnTrack => "status.onTrack",
        AttainmentStatus.Behind => "status.behind",
        AttainmentStatus.NoData => "status.noData",
        AttainmentStatus.NotAssessable => "status.notAssessable",
        AttainmentStatus.AchievedEarly => "status.achievedEarly",
        AttainmentStatus.AtRisk => "status.atRisk",
        AttainmentStatus.FasterThanExpected => "status.fasterThanExpected",
    };

    private static Catalogue Load(string language, string file) =>
        new(language, file, CatalogueSources.ReadOwn(file).ToFrozenDictionary(StringComparer.Ordinal));
}
