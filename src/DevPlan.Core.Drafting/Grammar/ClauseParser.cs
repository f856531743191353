using System.Collections.Frozen;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// The clause grammar (docs/methods.md, "Drafting a plan from its text"): a clause is a heading, a
/// call for better results, a task handed down, a relation to another indicator's growth, or words
/// before a subject (time, place, status) followed by the subject and its predicate: an aim without a
/// figure, growth above zero, or figures with their verb and qualifiers. A clause must be read to its
/// end; whatever is left over makes it unknown, and it becomes a finding.
/// </summary>
internal sealed class ClauseParser(Lexicon lexicon, string? regionName)
{
    private static readonly FrozenDictionary<string, VerbClass> VerbClasses = BuildVerbs();
    private static readonly WordList AllVerbs = new([.. VerbClasses.Keys]);

    private readonly string[] _regionNames = RegionNames(regionName);

    public Statement Parse(string clause, bool endsWithColon)
    {
        var reader = new ClauseReader(clause);
        if (endsWithColon || IsHeadingWithoutColon(clause))
        {
            return Words.HeadingWords.LongestFirst.Any(w => clause.Contains(w, StringComparison.Ordinal))
                ? new Statement { Kind = StatementKind.Heading, Year = FirstYear(clause) }
                : Statement.Unknown("expected a heading that names the targets (…目标为：) before a colon");
        }
        var statement = new Statement();
        SkipListMarker(reader);
        var clauseStart = reader.Position;
        if (reader.TakeAny(Words.StriveForBetter) is { } wholeBetter && reader.AtEnd)
        {
            statement.Kind = StatementKind.StriveForBetter;
            statement.Words = wholeBetter;
            return statement;
        }
        reader.Position = clauseStart;
        ReadLeadingWords(reader, statement);
        if (reader.AtEnd)
        {
            statement.Kind = StatementKind.Connective;
            return statement;
        }
        var restStart = reader.Position;
        if (reader.TakeAny(Words.StriveForBetter) is { } better && reader.AtEnd)
        {
            statement.Kind = StatementKind.StriveForBetter;
            statement.Words = better;
            return statement;
        }
        reader.Position = restStart;
        if (TryCompletion(reader, statement) || TryRelation(reader, statement))
        {
            return statement;
        }
        reader.Position = restStart;
        // In results, 完成 before figures is "achieved" (完成一般公共预算收入1060.8亿元).
        reader.Take(Words.Complete);
        if (!SubjectReader.TryRead(reader, lexicon, statement.Subjects))
        {
            return ReadWithoutSubject(reader, statement);
        }
        SkipAlias(reader, statement.Subjects[0]);
        var predicateStart = reader.Position;
        var read = ReadPredicate(reader, statement);
        if (read.Kind == StatementKind.Unknown && !clause[predicateStart..].Any(char.IsAsciiDigit))
        {
            // 粮食产量再创新高，达到69541万吨: a subject whose words are not understood still carries to the clause after it.
            read.Subjects.AddRange(statement.Subjects);
        }
        return read;
    }

    /// <summary>A clause that names the targets without a colon: it ends with 目标 (为, 是) and has no figure but a year.</summary>
    /// <summary>Whether a clause may be a heading: a colon ends it, or it ends as a heading does; cheap, for a scan of the text before it is read.</summary>
    public static bool CouldBeHeading(string clause, bool endsWithColon) => endsWithColon || IsHeadingWithoutColon(clause);

    private static bool IsHeadingWithoutColon(string clause) =>
        Words.HeadingEnds.LongestFirst.Any(e => clause.EndsWith(e, StringComparison.Ordinal)) && clause.Contains(Words.Development, StringComparison.Ordinal)
        && !RemoveYears(clause).Any(char.IsAsciiDigit);

    /// <summary>
    /// Reads a clause that may hold several statements joined by 、 (常住人口城镇化率达到60%、户籍人口城镇化率达到45%):
    /// when the whole is not understood, it is split at the first 、 after which a subject begins and before
    /// which a statement is understood, and the rest is read the same way. Each statement comes with its
    /// range in the clause.
    /// </summary>
    public List<(Statement Statement, int Start, int End)> ParseCompound(string clause, bool endsWithColon)
    {
        var parts = new List<(Statement, int, int)>();
        var start = 0;
        // Written without while (true) and pattern variables, which a mutation run cannot compile mutated.
        for (var done = false; !done;)
        {
            var rest = clause[start..];
            var whole = Parse(rest, endsWithColon);
            var split = whole.Kind != StatementKind.Unknown || endsWithColon ? null : Split(rest);
            if (split is null)
            {
                parts.Add((whole, start, clause.Length));
                done = true;
            }
            else
            {
                parts.Add((split.Value.Left, start, start + split.Value.At));
                start += split.Value.At + 1;
            }
        }
        return parts;
    }

    private (Statement Left, int At)? Split(string clause)
    {
        for (var at = clause.IndexOf('、'); at > 0; at = clause.IndexOf('、', at + 1))
        {
            // What follows the 、 is a statement of its own (a subject begins it) or a remark without a figure (再创历史新高).
            var right = new ClauseReader(clause) { Position = at + 1 };
            if (!SubjectReader.TryRead(right, lexicon, []) && clause.AsSpan(at + 1).ContainsAnyInRange('0', '9'))
            {
                continue;
            }
            var left = Parse(clause[..at], endsWithColon: false);
            if (left.Kind is not (StatementKind.Unknown or StatementKind.Connective or StatementKind.Heading))
            {
                return (left, at);
            }
        }
        return null;
    }

    private static string RemoveYears(string clause)
    {
        var text = clause;
        while (FindYear(text) is { } at)
        {
            text = text.Remove(at.Index, 5);
        }
        return text;
    }

    /// <summary>The first year a text names (2024年), or null.</summary>
    public static int? FirstYear(string text) => FindYear(text)?.Year;

    /// <summary>The year a clause begins with (2023年…, after a list marker), or null.</summary>
    public static int? LeadingYear(string clause)
    {
        var reader = new ClauseReader(clause);
        SkipListMarker(reader);
        return FindYear(reader.Rest) is { Index: 0, Year: var year } ? year : null;
    }

    /// <summary>The first four digits followed by 年 (2024年), not part of a longer number.</summary>
    private static (int Index, int Year)? FindYear(string text)
    {
        for (var i = 0; i + 4 < text.Length; i++)
        {
            if (text[i + 4] == '年' && text.AsSpan(i, 4).ContainsAnyExceptInRange('0', '9') is false && (i == 0 || !char.IsAsciiDigit(text[i - 1])))
            {
                return (i, int.Parse(text.AsSpan(i, 4), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return null;
    }

    /// <summary>Words before the subject: list markers, connectives, status, time, place, the region's name, and 力争.</summary>
    private void ReadLeadingWords(ClauseReader reader, Statement statement)
    {
        while (!reader.AtEnd)
        {
            if (reader.TakeAny(Words.Provisional) is not null)
            {
                statement.Status = ObservationStatus.Provisional;
            }
            else if (reader.TakeAny(Words.Estimated) is not null)
            {
                statement.Status = ObservationStatus.Estimated;
            }
            else if (reader.TakeAny(Words.YearEnd) is not null)
            {
                statement.YearEnd = true;
            }
            else if (reader.TakeAny(Words.Striving) is not null)
            {
                statement.Striving = true;
            }
            else if (TakePartOfYear(reader, statement) || TakeYear(reader, statement) || TakeSpan(reader, statement) || TakeRegion(reader))
            {
            }
            else if (reader.TakeAny(Words.PastYears) is { } past)
            {
                // 过去五年…平均增长6%: the years of an average.
                statement.AverageYears = Words.PastYearCounts[past];
            }
            else if (reader.TakeAny(Words.Connectives) is null && reader.TakeAny(Words.TimeWords) is null && reader.TakeAny(Words.Scopes) is null
                && reader.TakeAny(Words.Leading) is null)
            {
                break;
            }
        }
    }

    /// <summary>A list marker at the start: ——, 1、, 一、, (一), 一是.</summary>
    private static void SkipListMarker(ClauseReader reader)
    {
        if (reader.Take("——") || reader.Take("—"))
        {
            return;
        }
        var start = reader.Position;
        if (reader.Take("("))
        {
            while (!reader.AtEnd && "一二三四五六七八九十".Contains(reader.Peek(), StringComparison.Ordinal))
            {
                reader.Position++;
            }
            if (reader.Position > start + 1 && reader.Take(")"))
            {
                return;
            }
            reader.Position = start;
            return;
        }
        while (!reader.AtEnd && (char.IsAsciiDigit(reader.Peek()) || "一二三四五六七八九十".Contains(reader.Peek(), StringComparison.Ordinal)))
        {
            reader.Position++;
        }
        if (reader.Position > start && (reader.Take("、") || reader.Take("是") && !char.IsAsciiDigit(reader.Text[start]) || reader.Take(".") && !char.IsAsciiDigit(reader.Peek())))
        {
            return;
        }
        reader.Position = start;
    }

    private static bool TakePartOfYear(ClauseReader reader, Statement statement)
    {
        foreach (var (word, period) in Words.PartsOfYear)
        {
            if (reader.Take(word))
            {
                statement.PartOfYear = period;
                return true;
            }
        }
        return false;
    }

    /// <summary>A year before the subject: 2023年, 到2025年.</summary>
    private static bool TakeYear(ClauseReader reader, Statement statement)
    {
        var start = reader.Position;
        reader.Take("到");
        if (FindYear(reader.Rest) is { Index: 0, Year: var year })
        {
            statement.Year = year;
            reader.Position += 5;
            return true;
        }
        reader.Position = start;
        return false;
    }

    /// <summary>A five-year plan's period: “十三五”期间, 十四五时期.</summary>
    private static bool TakeSpan(ClauseReader reader, Statement statement)
    {
        var start = reader.Position;
        var quoted = reader.Take("“") || reader.Take("\"");
        var afterQuote = reader.Position;
        foreach (var (name, first) in Words.FiveYearPlans)
        {
            reader.Position = afterQuote;
            if (reader.Take(name) && (!quoted || reader.Take("”") || reader.Take("\"")) && (reader.Take("时期") || reader.Take("期间")))
            {
                statement.Span = ReportingPeriod.Parse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{first}/{first + 4}"));
                return true;
            }
        }
        reader.Position = start;
        return false;
    }

    /// <summary>The region's name, or the name without its 省, 市, 区 or 县 (广东 of 广东省).</summary>
    private bool TakeRegion(ClauseReader reader) => _regionNames.Any(reader.Take);

    private static string[] RegionNames(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return [];
        }
        var stem = name.TrimEnd('省', '市', '区', '县');
        return stem.Length > 0 && stem != name ? [name, stem] : [name];
    }

    /// <summary>A name in brackets after the subject that names it again (国内生产总值(GDP), 居民消费价格(CPI)).</summary>
    private void SkipAlias(ClauseReader reader, CatalogueEntry subject)
    {
        if (reader.Peek() != '(')
        {
            return;
        }
        var close = reader.Text.IndexOf(')', reader.Position);
        if (close < 0)
        {
            return;
        }
        var inside = reader.Text[(reader.Position + 1)..close];
        if (inside.Length > 0 && (inside.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '&') || lexicon.Exact(inside) == subject))
        {
            reader.Position = close + 1;
        }
    }

    /// <summary>完成 [国家|省|市…下达的] task parts [等 head] (任务|目标|指标), or a subject first and 完成 after it.</summary>
    private bool TryCompletion(ClauseReader reader, Statement statement)
    {
        var start = reader.Position;
        while (reader.TakeAny(Words.TaskLeading) is not null)
        {
        }
        if (!reader.Take(Words.Complete))
        {
            reader.Position = start;
            return false;
        }
        TakeIssuer(reader);
        var rest = reader.Rest;
        if (Words.Natures.Keys.FirstOrDefault(n => n.StartsWith('(') && rest.EndsWith(n, StringComparison.Ordinal)) is { } stated)
        {
            // 完成…任务(预期性): the task's stated nature.
            statement.Nature = Words.Natures[stated];
            rest = rest[..^stated.Length];
        }
        var etc = rest.IndexOf(Words.Etcetera, StringComparison.Ordinal);
        if (etc >= 0)
        {
            // 甲、乙等丙任务: 丙 is the task when it is an indicator, else 甲 and 乙 are the tasks.
            var head = rest[(etc + 1)..];
            if (TaskPart(head, statement, out var entry, out var remainder) && remainder.Length == 0)
            {
                statement.Subjects.Add(entry!);
                statement.Kind = StatementKind.Completion;
                return true;
            }
            if (Words.TaskHeads.Contains(head.StartsWith(Words.Annual, StringComparison.Ordinal) ? head[Words.Annual.Length..] : head))
            {
                ReadTaskParts(rest[..etc], statement, requireHead: false);
                return Complete(statement, start, reader);
            }
            return Fail(reader, start);
        }
        ReadTaskParts(rest, statement, requireHead: true);
        return Complete(statement, start, reader);
    }

    private static bool Fail(ClauseReader reader, int start)
    {
        reader.Position = start;
        return false;
    }

    private static bool Complete(Statement statement, int start, ClauseReader reader)
    {
        if (statement.Subjects.Count == 0)
        {
            statement.UnknownParts.Clear();
            return Fail(reader, start);
        }
        statement.Kind = StatementKind.Completion;
        reader.Position = reader.Text.Length;
        return true;
    }

    private static void TakeIssuer(ClauseReader reader)
    {
        var start = reader.Position;
        if (reader.TakeAny(Words.Issuers) is not null && reader.TakeAny(Words.HandedDown) is not null)
        {
            return;
        }
        reader.Position = start;
        reader.TakeAny(Words.HandedDown);
    }

    /// <summary>Task parts joined by 、和及与: each an indicator name with an optional verb, 约束性 and head word.</summary>
    private void ReadTaskParts(string text, Statement statement, bool requireHead)
    {
        foreach (var part in SplitParts(text))
        {
            if (TaskPart(part, statement, out var entry, out var remainder) && remainder.Length == 0)
            {
                statement.Subjects.Add(entry!);
            }
            else
            {
                statement.UnknownParts.Add(part);
            }
        }
        if (requireHead && statement.Subjects.Count > 0 && statement.UnknownParts.Count == 0 && !EndsWithHead(text))
        {
            // 完成X without 任务, 目标 or 指标 is not a task (完成投资1000亿元).
            statement.Subjects.Clear();
        }
    }

    private static bool EndsWithHead(string text) => Words.TaskHeads.LongestFirst.Any(h => text.EndsWith(h, StringComparison.Ordinal));

    /// <summary>Splits at the joins that stand between two parts, keeping names that contain 与 or 及 whole.</summary>
    private IEnumerable<string> SplitParts(string text)
    {
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (lexicon.LongestAt(text, i) is { } name)
            {
                i += name.Length;
                continue;
            }
            var join = Words.SubjectJoins.LongestFirst.FirstOrDefault(j => text.AsSpan(i).StartsWith(j, StringComparison.Ordinal));
            if (join is not null)
            {
                yield return text[start..i];
                i += join.Length;
                start = i;
                continue;
            }
            i++;
        }
        yield return text[start..];
    }

    /// <summary>[年度] name [降低|改善…] [约束性] [任务|目标|指标]: the indicator of one part of a task.</summary>
    private bool TaskPart(string part, Statement statement, out CatalogueEntry? entry, out string remainder)
    {
        var reader = new ClauseReader(part);
        reader.Take(Words.Annual);
        if (lexicon.LongestAt(part, reader.Position) is not { } name)
        {
            (entry, remainder) = (null, part);
            return false;
        }
        entry = name.Entry;
        reader.Position += name.Length;
        reader.TakeAny(Words.TaskVerbs);
        if (part.Contains(Words.BindingWord, StringComparison.Ordinal))
        {
            statement.Nature = TargetNature.Binding;
        }
        reader.TakeAny(Words.TaskHeads);
        remainder = reader.Rest;
        return true;
    }

    /// <summary>
    /// SUBJECTS [增长] (与|和|同) OTHER [增长|增速] [保持][基本] 同步, or SUBJECTS [增长|增速] (高于|快于) (OTHER [增长|增速] | a place [平均水平]).
    /// </summary>
    private bool TryRelation(ClauseReader reader, Statement statement)
    {
        var text = reader.Text;
        var start = reader.Position;
        if (text.EndsWith(Words.InStep, StringComparison.Ordinal))
        {
            for (var join = text.Length - 1; join > start; join--)
            {
                if (!Words.RelationJoins.Contains(text[join].ToString()))
                {
                    continue;
                }
                var after = new ClauseReader(text) { Position = join + 1 };
                // A nullable value tested for null, not a pattern, so that a mutation run compiles it mutated.
                var other = lexicon.LongestAt(text, after.Position);
                if (other is null)
                {
                    continue;
                }
                after.Position += other.Value.Length;
                after.TakeAny(Words.RateNouns);
                after.TakeAny(Words.InStepAdverbs);
                if (after.Take(Words.InStep) && after.AtEnd && TrySubjectsBefore(text, start, join, statement))
                {
                    (statement.Kind, statement.Other, statement.Faster) = (StatementKind.Relative, other.Value.Entry, false);
                    return true;
                }
            }
            return false;
        }
        foreach (var word in Words.Above.LongestFirst)
        {
            var at = text.IndexOf(word, start, StringComparison.Ordinal);
            if (at <= start)
            {
                continue;
            }
            var after = new ClauseReader(text) { Position = at + word.Length };
            var other = lexicon.LongestAt(text, after.Position);
            var place = other is null ? after.TakeAny(Words.Places) : null;
            if (other is not null)
            {
                after.Position += other.Value.Length;
                after.TakeAny(Words.RateNouns);
                if (after.AtEnd && TrySubjectsBefore(text, start, at, statement))
                {
                    (statement.Kind, statement.Other, statement.Faster) = (StatementKind.Relative, other.Value.Entry, true);
                    return true;
                }
            }
            else if (place is not null)
            {
                after.TakeAny(Words.RateNouns);
                if (after.AtEnd && TrySubjectsBefore(text, start, at, statement))
                {
                    (statement.Kind, statement.Words) = (StatementKind.ExternalRelative, word + place);
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The subjects fill [start, end), with a rate noun (增长, 增速) allowed after them.</summary>
    private bool TrySubjectsBefore(string text, int start, int end, Statement statement)
    {
        var reader = new ClauseReader(text[..end]) { Position = start };
        var subjects = new List<CatalogueEntry>();
        if (!SubjectReader.TryRead(reader, lexicon, subjects))
        {
            return false;
        }
        SkipAlias(reader, subjects[0]);
        reader.TakeAny(Words.Real);
        reader.TakeAny(Words.RateNouns);
        if (!reader.AtEnd)
        {
            return false;
        }
        statement.Subjects.AddRange(subjects);
        return true;
    }

    /// <summary>A clause without a subject: a stretch (力争8%), a comparison (高于全省2.4个百分点), or a predicate that continues the clause before it.</summary>
    private Statement ReadWithoutSubject(ClauseReader reader, Statement statement)
    {
        var start = reader.Position;
        if (TryComparison(reader, statement))
        {
            return statement;
        }
        reader.Position = start;
        var predicate = ReadPredicate(reader, statement);
        if (predicate.Kind == StatementKind.Figures && statement.Striving && statement.Verb is VerbClass.None or VerbClass.Growth or VerbClass.Level
            && statement.Figures.Count == 1 && statement.RangeEnd is null && statement.SecondFigure is null)
        {
            predicate.Kind = StatementKind.Stretch;
        }
        else if (predicate.Kind is not (StatementKind.Figures or StatementKind.Unknown))
        {
            // An aim or a task needs its subject.
            return Statement.Unknown("expected an indicator of the catalogue before the predicate");
        }
        else if (predicate.Kind == StatementKind.Unknown && !predicate.FigureProblem && !reader.Text[start..].Any(char.IsAsciiDigit))
        {
            return Statement.Unknown("expected an indicator of the catalogue, but none of its names begins the clause");
        }
        return predicate;
    }

    /// <summary>(高于|低于|快于|慢于|高出) (a place [平均水平] | an indicator [增速]) [X个百分点].</summary>
    private bool TryComparison(ClauseReader reader, Statement statement)
    {
        reader.TakeAny(Words.Fillers);
        bool above;
        if (reader.TakeAny(Words.Above) is not null)
        {
            above = true;
        }
        else if (reader.TakeAny(Words.Below) is not null)
        {
            above = false;
        }
        else
        {
            return false;
        }
        var referenceStart = reader.Position;
        if (reader.TakeAny(Words.Places) is null)
        {
            if (lexicon.LongestAt(reader.Text, reader.Position) is not { } other)
            {
                return false;
            }
            reader.Position += other.Length;
            reader.TakeAny(Words.RateNouns);
        }
        statement.Reference = reader.Text[referenceStart..reader.Position];
        statement.Above = above;
        if (!reader.AtEnd)
        {
            if (!FigureReader.TryRead(reader, lexicon, out var points, out _) || !points.Points || !reader.AtEnd)
            {
                return false;
            }
            statement.Figures.Add(points);
        }
        statement.Kind = StatementKind.Comparison;
        return true;
    }

    /// <summary>After the subject: fillers, then 实现正增长, 完成…任务, an aim, or figures.</summary>
    private Statement ReadPredicate(ClauseReader reader, Statement statement)
    {
        ReadFillers(reader, statement);
        if (statement.AverageYears is not null && statement.Average)
        {
            (statement.AverageAnnual, statement.Average) = (true, false);
        }
        if (reader.Take(Words.PositiveGrowth) && reader.AtEnd)
        {
            statement.Kind = StatementKind.PositiveGrowth;
            return statement;
        }
        var predicateStart = reader.Position;
        if (reader.Take(Words.Complete))
        {
            TakeIssuer(reader);
            if (reader.TakeAny(Words.TaskHeads) is not null && reader.AtEnd && statement.Subjects.Count > 0)
            {
                statement.Kind = StatementKind.Completion;
                return statement;
            }
            reader.Position = predicateStart;
        }
        if (IsAim(reader.Rest) && statement.Subjects.Count > 0)
        {
            statement.Kind = StatementKind.Qualitative;
            statement.Words = reader.Rest;
            return statement;
        }
        return ReadFigures(reader, statement);
    }

    private static void ReadFillers(ClauseReader reader, Statement statement)
    {
        while (!reader.AtEnd)
        {
            if (reader.TakeAny(Words.Fillers) is not null || reader.TakeAny(Words.Real) is not null)
            {
                // Fillers add nothing, nor does 实际: a rate read is real unless 名义 says otherwise.
            }
            else if (reader.TakeAny(Words.Nominal) is not null)
            {
                statement.NominalRate = true;
            }
            else if (reader.TakeAny(Words.AverageAnnual) is not null)
            {
                statement.AverageAnnual = true;
            }
            else if (reader.TakeAny(Words.YearCountWords) is { } years)
            {
                if (reader.TakeAny(Words.Average) is null)
                {
                    reader.Position -= years.Length;
                    return;
                }
                (statement.AverageAnnual, statement.AverageYears) = (true, Words.YearCounts[years]);
            }
            else if (reader.TakeAny(Words.Average) is not null)
            {
                statement.Average = true;
            }
            else
            {
                return;
            }
        }
    }

    /// <summary>Whether the words are an aim: no figure, and made of aim words alone.</summary>
    private static bool IsAim(string words)
    {
        if (words.Length == 0)
        {
            return false;
        }
        var reader = new ClauseReader(words);
        while (!reader.AtEnd)
        {
            if (reader.TakeAny(Words.Aims) is null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>[分别|均] [力争] [verb] [不低于…] figure ([—figure] | [、figure]…) [约束性], then in results [、][同比] verb rate.</summary>
    private Statement ReadFigures(ClauseReader reader, Statement statement)
    {
        statement.Distributed = reader.TakeAny(Words.Distributed) is not null;
        if (!statement.Distributed)
        {
            reader.TakeAny(Words.Shared);
        }
        statement.Striving |= reader.TakeAny(Words.Striving) is not null;
        ReadFillers(reader, statement);
        if (reader.TakeAny(AllVerbs) is { } verb)
        {
            (statement.Verb, statement.VerbWord) = (VerbClasses[verb], verb);
            // 涨幅控制在4%左右: a rate noun, then the verb of its bound.
            if (Words.RateNounVerbs.Contains(verb) && reader.TakeAny(Words.LevelVerbs) is { } bound)
            {
                statement.BoundVerb = bound;
            }
        }
        if (reader.TakeAny(Words.QualifierPrefixWords) is { } prefix)
        {
            statement.PrefixQualifier = Words.QualifierPrefixes[prefix];
        }
        if (!ReadFigure(reader, statement.Figures, out var problem))
        {
            return problem;
        }
        var beforeRange = reader.Position;
        if (reader.TakeAny(Words.RangeMarks) is not null && FigureReader.StartsFigure(reader))
        {
            var ends = new List<Figure>();
            if (!ReadFigure(reader, ends, out problem))
            {
                return problem;
            }
            var low = statement.Figures[0];
            // 6—6.5%: the lower end takes the upper end's unit when it has none.
            statement.Figures[0] = low.Unit is null ? low with { Unit = ends[0].Unit, Points = ends[0].Points } : low;
            statement.RangeEnd = ends[0];
        }
        else
        {
            reader.Position = beforeRange;
            while (true)
            {
                var beforeJoin = reader.Position;
                if (reader.TakeAny(Words.FigureJoins) is null || !FigureReader.StartsFigure(reader))
                {
                    reader.Position = beforeJoin;
                    break;
                }
                if (!ReadFigure(reader, statement.Figures, out problem))
                {
                    return problem;
                }
            }
        }
        if (reader.TakeAny(Words.NatureWords) is { } nature)
        {
            statement.Nature = Words.Natures[nature];
        }
        if (!reader.AtEnd)
        {
            ReadSecondFigure(reader, statement);
        }
        if (!reader.AtEnd)
        {
            return Statement.Unknown($"expected the clause to end after the figure, but found \"{reader.Rest}\"");
        }
        statement.Kind = StatementKind.Figures;
        return statement;
    }

    private bool ReadFigure(ClauseReader reader, List<Figure> figures, out Statement problem)
    {
        problem = null!;
        if (FigureReader.TryRead(reader, lexicon, out var figure, out var tooLarge))
        {
            figures.Add(figure);
            return true;
        }
        problem = tooLarge
            ? Statement.Unknown($"expected a number that decimal holds exactly as written (up to {FigureReader.MaxDigits} digits, magnitude below 7.9 × 10^28)", figure: true)
            : Statement.Unknown($"expected a figure, an aim or a task, but found \"{reader.Rest}\"");
        return false;
    }

    /// <summary>A results clause's rate after its level: 9930亿元、增长7.3%; 1210207亿元，比上年增长3.0% is two clauses.</summary>
    private void ReadSecondFigure(ClauseReader reader, Statement statement)
    {
        var start = reader.Position;
        reader.Take("、");
        ReadFillers(reader, statement);
        if (reader.TakeAny(AllVerbs) is { } verb && VerbClasses[verb] is VerbClass.Growth or VerbClass.Reduction
            && FigureReader.TryRead(reader, lexicon, out var rate, out _) && rate.IsRate)
        {
            (statement.SecondVerb, statement.SecondFigure) = (VerbClasses[verb], rate);
            return;
        }
        reader.Position = start;
    }

    private static FrozenDictionary<string, VerbClass> BuildVerbs()
    {
        var verbs = new Dictionary<string, VerbClass>(StringComparer.Ordinal);
        foreach (var w in Words.GrowthVerbs.LongestFirst)
        {
            verbs[w] = VerbClass.Growth;
        }
        foreach (var w in Words.ReductionVerbs.LongestFirst)
        {
            verbs[w] = VerbClass.Reduction;
        }
        foreach (var w in Words.Approximate.LongestFirst)
        {
            verbs[w] = VerbClass.Approximate;
        }
        foreach (var w in Words.LevelVerbs.LongestFirst)
        {
            verbs[w] = VerbClass.Level;
        }
        return verbs.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
