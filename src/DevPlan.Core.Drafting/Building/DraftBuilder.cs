using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting.Grammar;
using DevPlan.Core.Drafting.Text;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;

namespace DevPlan.Core.Drafting.Building;

/// <summary>
/// Drafts a plan from a normalised text: finds the plan year, reads the text sentence by sentence and
/// clause by clause, makes targets of sentences of targets and results of sentences of results, and
/// assembles the plan (referencing the catalogue's indicators, with the results of earlier years as
/// its baselines).
/// </summary>
internal sealed class DraftBuilder
{
    private readonly NormalizedText _text;
    private readonly DraftOptions _options;
    private readonly Lexicon _lexicon;
    private readonly ClauseParser _parser;
    private readonly Findings _findings;
    private int _elements;

    public DraftBuilder(NormalizedText text, DraftOptions options)
    {
        _text = text;
        _options = options;
        _lexicon = Lexicon.For(options.Catalogue);
        _parser = new ClauseParser(_lexicon, options.RegionName);
        _findings = new Findings(options.MaxFindings);
    }

    public PlanDraft Build()
    {
        if (_text.IgnoredCount > 0)
        {
            _findings.Add(DraftFindingKind.IgnoredCharacters,
                _text.IgnoredCount == 1
                    ? (DiagnosticMessage)$"{_text.IgnoredCount} control or format character was ignored, the first at"
                    : $"{_text.IgnoredCount} control or format characters were ignored, the first at",
                _text.SourceAt(_text.FirstIgnored, 1));
        }
        var year = _options.Horizon?.Year ?? _options.Year ?? HeadingYear();
        var horizon = _options.Horizon ?? (year is { } y ? ReportingPeriod.ForYear(y) : (ReportingPeriod?)null);
        var targets = new TargetInterpreter(horizon ?? default, _findings, CanAdd);
        var results = new ResultInterpreter(_options.ResultsYear ?? (year - 1), _findings, CanAdd, _options.SourceName);
        foreach (var (start, end) in Segmenter.Sentences(_text))
        {
            if (_findings.Full)
            {
                break;
            }
            ReadSentence(start, end, year, horizon, targets, results);
        }
        var observations = results.Results.ToImmutableArray();
        if (year is null)
        {
            _findings.Add(DraftFindingKind.MissingInformation,
                "expected the plan year, but neither the options (DraftOptions.Year, --year) nor a heading of the text (2024年…目标为：) give it; no plan was drafted:", FirstLine());
            return new PlanDraft(null, [], observations, [], _findings.ToImmutable());
        }
        var baselines = observations.Where(o => o.Observation is not null && o.Period.End < horizon!.Value.Start).ToImmutableArray();
        var plan = Assemble(year.Value, horizon!.Value, targets.Targets, baselines);
        return new PlanDraft(plan, [.. targets.Targets], observations, baselines, _findings.ToImmutable());
    }

    /// <summary>The text's first line that is not blank, at most 60 characters: where a heading with the plan year would stand.</summary>
    private SourceSpan FirstLine()
    {
        var source = _text.Source;
        var start = 0;
        while (start < source.Length && char.IsWhiteSpace(source[start]))
        {
            start++;
        }
        var end = source.AsSpan(start).IndexOfAny('\r', '\n') is var length and >= 0 ? start + length : source.Length;
        return _text.SourceAt(start, Math.Min(end - start, 60));
    }

    private bool CanAdd()
    {
        if (_elements >= _options.MaxElements)
        {
            _findings.Stop($"more than {_options.MaxElements} targets and results: the rest of the text was not read (DraftOptions.MaxElements, default 10000) at", _text.Span(0, 0));
            return false;
        }
        _elements++;
        return true;
    }

    /// <summary>The year of the first heading that names one (2024年经济社会发展主要预期目标为：).</summary>
    private int? HeadingYear()
    {
        foreach (var (start, end) in Segmenter.Sentences(_text))
        {
            foreach (var clause in Segmenter.Clauses(_text, start, end))
            {
                // The heading's year, or the sentence's before it (2024年，四川省经济社会发展主要预期目标是：).
                if (clause.Length <= _options.MaxClauseLength && !clause.Malformed && IsHeading(clause) is { } heading
                    && (heading.Year ?? ClauseParser.FirstYear(_text.Slice(start, clause.Start))) is { } year)
                {
                    return year;
                }
            }
        }
        return null;
    }

    private void ReadSentence(int start, int end, int? year, ReportingPeriod? horizon, TargetInterpreter targets, ResultInterpreter results)
    {
        var sentence = _text.Span(start, end);
        var statesResults = _options.Mode switch
        {
            DraftMode.Results => true,
            DraftMode.Targets => false,
            DraftMode.Auto => !HasHeading(start, end) && StatesResults(start, end, year),
        };
        targets.StartSentence();
        results.StartSentence();
        foreach (var clause in Segmenter.Clauses(_text, start, end))
        {
            if (_findings.Full)
            {
                return;
            }
            if (clause.Length > _options.MaxClauseLength)
            {
                _findings.Add(DraftFindingKind.ClauseTooLong, $"expected a clause of at most {_options.MaxClauseLength} characters (DraftOptions.MaxClauseLength), but found {clause.Length}; it was not read:",
                    _text.Span(clause.Start, Math.Min(clause.End, clause.Start + 40)));
                continue;
            }
            if (clause.Malformed)
            {
                _findings.Add(DraftFindingKind.UnknownClause, $"expected balanced brackets and quotes nested at most {Segmenter.MaxDepth} deep; the clause was not read:", _text.Span(clause.Start, clause.End));
                continue;
            }
            foreach (var (statement, partStart, partEnd) in _parser.ParseCompound(_text.Slice(clause.Start, clause.End), clause.Heading))
            {
                var context = new ClauseContext(_text.Span(clause.Start + partStart, clause.Start + partEnd), sentence);
                Interpret(statement, context, statesResults, year, horizon, targets, results);
            }
        }
    }

    private void Interpret(Statement statement, ClauseContext context, bool statesResults, int? year, ReportingPeriod? horizon, TargetInterpreter targets, ResultInterpreter results)
    {
        if (statement.Kind == StatementKind.Unknown)
        {
            _findings.Add(statement.FigureProblem ? DraftFindingKind.FigureNotKept : DraftFindingKind.UnknownClause, $"clause not understood ({statement.Problem}); nothing was drafted from it:", context.Source);
        }
        else if (statement.Kind == StatementKind.Heading && year is { } plan && statement.Year is { } stated && stated != plan && horizon?.Kind != PeriodKind.Span)
        {
            _findings.Add(DraftFindingKind.Mismatch, $"expected the heading's year to be the plan year {plan}, but it is {stated}:", context.Source);
        }
        if (statesResults)
        {
            results.Interpret(statement, context);
        }
        else if (horizon is not null)
        {
            targets.Interpret(statement, context);
        }
    }

    /// <summary>Whether a sentence has a heading that names targets (…目标为：): it then states targets, whatever other words it has.</summary>
    private bool HasHeading(int start, int end) =>
        Segmenter.Clauses(_text, start, end).Any(c => c.Length <= _options.MaxClauseLength && !c.Malformed && IsHeading(c) is not null);

    /// <summary>The clause as a heading, or null; only a clause that may be one is read.</summary>
    private Statement? IsHeading(Clause clause)
    {
        if (!clause.Heading && !EndsAsHeading(clause))
        {
            return null;
        }
        var text = _text.Slice(clause.Start, clause.End);
        return ClauseParser.CouldBeHeading(text, clause.Heading) && _parser.Parse(text, clause.Heading) is { Kind: StatementKind.Heading } heading ? heading : null;
    }

    /// <summary>Whether the clause ends with 目标, 指标, 是 or 为, as a heading without a colon does; without making its text.</summary>
    private bool EndsAsHeading(Clause clause) => _text.Chars[clause.End - 1] is '标' or '是' or '为';

    /// <summary>Whether a sentence states results: a word of past results, or a clause that begins with a year before the plan year (2023年，…).</summary>
    private bool StatesResults(int start, int end, int? year)
    {
        var sentence = _text.Slice(start, end);
        if (Words.ResultMarkers.LongestFirst.Any(m => sentence.Contains(m, StringComparison.Ordinal)))
        {
            return true;
        }
        return year is { } plan && Segmenter.Clauses(_text, start, end)
            .Any(c => c.Length <= _options.MaxClauseLength && YearLikelyAt(c) && ClauseParser.LeadingYear(_text.Slice(c.Start, c.End)) < plan);
    }

    /// <summary>Whether a year may begin the clause (a digit among its first few characters, after a list marker); without making its text.</summary>
    private bool YearLikelyAt(Clause clause)
    {
        for (var i = clause.Start; i < Math.Min(clause.End, clause.Start + 6); i++)
        {
            if (char.IsAsciiDigit(_text.Chars[i]))
            {
                return true;
            }
        }
        return false;
    }

    private Plan Assemble(int year, ReportingPeriod horizon, IReadOnlyList<DraftedTarget> targets, ImmutableArray<DraftedObservation> baselines)
    {
        var id = _options.PlanId;
        if (id is null)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"draft-{year}");
            _findings.Add(DraftFindingKind.MissingInformation, $"expected the plan's id (DraftOptions.PlanId, --id); the draft is \"{id}\":", _text.Span(0, 0));
        }
        var regionCode = _options.RegionCode;
        if (regionCode is null)
        {
            regionCode = "region";
            _findings.Add(DraftFindingKind.MissingInformation, "expected the region's code (DraftOptions.RegionCode, --region-code); the draft's is \"region\":", _text.Span(0, 0));
        }
        var regionName = _options.RegionName;
        if (regionName is null)
        {
            _findings.Add(DraftFindingKind.MissingInformation, "expected the region's name (DraftOptions.RegionName, --region-name); the draft's is a placeholder:", _text.Span(0, 0));
        }
        var name = regionName is null ? new LocalizedText("（地区）", "(region)") : new LocalizedText(regionName, regionName);
        var years = horizon.Kind == PeriodKind.Span ? $"{horizon.Year}—{horizon.Year + horizon.YearCount - 1}" : year.ToString(CultureInfo.InvariantCulture);
        var title = new LocalizedText($"{name.ZhCN}{years}年发展目标（草稿）", $"{name.En}: development targets for {years.Replace('—', '–')} (draft)");
        var used = targets.SelectMany(t => new[] { t.Target.Indicator, t.Target.RelativeTo })
            .Concat(baselines.Select(b => b.Indicator))
            .OfType<string>().Distinct(StringComparer.Ordinal);
        // The standard catalogue's indicators are referenced; another catalogue's are declared.
        var standard = ReferenceEquals(_options.Catalogue, IndicatorCatalogue.Standard);
        return new Plan(id, title, new Region(regionCode, name), year)
        {
            Horizon = horizon,
            StandardIndicators = standard ? [.. used] : [],
            Indicators = standard ? [] : [.. used.Select(code => _options.Catalogue.Find(code)!.Indicator)],
            Targets = [.. targets.Select(t => t.Target)],
            Baselines = [.. baselines.Select(b => b.Observation!)],
        };
    }
}
