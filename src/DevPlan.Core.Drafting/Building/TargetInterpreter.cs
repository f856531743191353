using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting.Grammar;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting.Building;

/// <summary>
/// Makes targets of statements, by the rules of docs/methods.md ("Drafting: from clauses to targets"):
/// the verb and the figure's unit choose the kind, the qualifier words choose the qualifier, the stated
/// nature or else the catalogue's usual one the nature; a range is a floor (or, lower being better, a
/// ceiling) with its other end as the stretch. Ids are t01-gdp, t02-…, in text order.
/// </summary>
internal sealed class TargetInterpreter(ReportingPeriod period, Findings findings, Func<bool> canAdd)
{
    private readonly List<DraftedTarget> _targets = [];

    /// <summary>The targets of the last clause that made any, in this sentence, for a stretch or a call for better results after them.</summary>
    private List<int> _lastClause = [];

    /// <summary>The subjects of the last clause that had any, in this sentence, for a clause that continues it.</summary>
    private List<CatalogueEntry> _lastSubjects = [];

    public IReadOnlyList<DraftedTarget> Targets => _targets;

    /// <summary>Forgets the clauses before, at the start of a sentence.</summary>
    public void StartSentence()
    {
        _lastClause = [];
        _lastSubjects = [];
    }

    public void Interpret(Statement statement, ClauseContext clause)
    {
        var made = new List<int>();
        switch (statement.Kind)
        {
            case StatementKind.Completion:
                foreach (var subject in statement.Subjects)
                {
                    Add(made, clause, subject.Code, id => Target.Completion(id, subject.Code, period, statement.Nature ?? TargetNature.Binding));
                }
                foreach (var part in statement.UnknownParts)
                {
                    findings.Add(DraftFindingKind.UnknownClause, $"expected an indicator of the catalogue in the task, but found \"{part}\"; no target was drafted for it:", clause.Source);
                }
                break;
            case StatementKind.Relative:
                foreach (var subject in statement.Subjects)
                {
                    Add(made, clause, subject.Code, id => new Target(id, subject.Code, period, TargetKind.Relative, statement.Faster ? TargetQualifier.GreaterThan : TargetQualifier.About,
                        Quantity.Percent(0m), statement.Nature ?? subject.Nature) { RelativeTo = statement.Other!.Code });
                }
                break;
            case StatementKind.ExternalRelative:
            case StatementKind.Qualitative:
                foreach (var subject in statement.Subjects)
                {
                    Add(made, clause, subject.Code, id => new Target(id, subject.Code, period, TargetKind.Qualitative, null, null, statement.Nature ?? subject.Nature) { Note = AsWorded(statement.Words!) });
                }
                break;
            case StatementKind.PositiveGrowth:
                foreach (var subject in statement.Subjects)
                {
                    Add(made, clause, subject.Code, id => Target.Growth(id, subject.Code, period, new Percent(0m), TargetQualifier.GreaterThan, statement.Nature ?? subject.Nature));
                }
                break;
            case StatementKind.Figures:
                InterpretFigures(statement, clause, made);
                break;
            case StatementKind.Stretch:
                Stretch(statement.Figures[0], clause);
                return;
            case StatementKind.StriveForBetter:
                StriveForBetter(statement.Words!, clause);
                return;
            case StatementKind.Comparison:
                findings.Add(DraftFindingKind.NotExpressible, "expected a target, but found a comparison with a reference, which only results state; nothing was drafted:", clause.Source);
                return;
            case StatementKind.Connective:
            case StatementKind.Heading:
                return;
            case StatementKind.Unknown:
                // A subject whose predicate was not understood still carries to a clause without one.
                (_lastClause, _lastSubjects) = ([], statement.Subjects);
                return;
        }
        _lastClause = made;
        if (statement.Subjects.Count > 0 || made.Count == 0)
        {
            // Only a clause understood and drafted carries its subjects to a clause without one.
            _lastSubjects = made.Count == 0 ? [] : statement.Subjects;
        }
    }

    private void InterpretFigures(Statement statement, ClauseContext clause, List<int> made)
    {
        var subjects = statement.Subjects.Count > 0 ? statement.Subjects : _lastSubjects;
        if (subjects.Count == 0)
        {
            findings.Add(DraftFindingKind.UnknownClause, "expected an indicator of the catalogue, or a clause before it with one, but found neither:", clause.Source);
            return;
        }
        if (statement.SecondFigure is not null || statement.Average || statement.YearEnd)
        {
            findings.Add(DraftFindingKind.NotExpressible, "expected a target, but found the words of a result (平均, 年末, a level with its growth); nothing was drafted:", clause.Source);
            return;
        }
        // Nullable results tested for null, not patterns: a pattern variable that a mutation leaves unassigned
        // fails the mutation run's compilation, which then tests nothing in the method.
        var pairs = Pairs(statement, subjects, clause);
        if (pairs is null)
        {
            return;
        }
        foreach (var (subject, figure) in pairs)
        {
            var classified = Classify(statement, subject, figure, clause);
            if (classified is null)
            {
                continue;
            }
            var shape = classified.Value;
            var note = statement.Striving ? new LocalizedText("力争", "Striven for (力争)") : null;
            Add(made, clause, subject.Code, id => new Target(id, subject.Code, period, shape.Kind, shape.Qualifier, shape.Figure, statement.Nature ?? subject.Nature)
            {
                Stretch = shape.Stretch,
                Note = note,
            });
        }
    }

    /// <summary>Subjects and figures in pairs: one figure for all, or 分别 one each in order.</summary>
    internal IReadOnlyList<(CatalogueEntry Subject, Figure Figure)>? Pairs(Statement statement, List<CatalogueEntry> subjects, ClauseContext clause)
    {
        var figures = statement.Figures;
        if (figures.Count == 1)
        {
            return [.. subjects.Select(s => (s, figures[0]))];
        }
        if (statement.Distributed && figures.Count == subjects.Count)
        {
            return [.. subjects.Zip(figures)];
        }
        findings.Add(DraftFindingKind.Mismatch,
            subjects.Count == 1
                ? (DiagnosticMessage)$"expected {(statement.Distributed ? (DiagnosticMessage)$"as many figures as indicators after 分别 ({subjects.Count})" : "one figure, or 分别 before several")}, but found {figures.Count} figures for {subjects.Count} indicator; nothing was drafted:"
                : $"expected {(statement.Distributed ? (DiagnosticMessage)$"as many figures as indicators after 分别 ({subjects.Count})" : "one figure, or 分别 before several")}, but found {figures.Count} figures for {subjects.Count} indicators; nothing was drafted:",
            clause.Source);
        return null;
    }

    /// <summary>The kind, qualifier, figure and stretch of a target, or null (with a finding) when the figure does not fit.</summary>
    private (TargetKind Kind, TargetQualifier Qualifier, Quantity Figure, Quantity? Stretch)? Classify(Statement statement, CatalogueEntry subject, Figure figure, ClauseContext clause)
    {
        var indicator = subject.Indicator;
        TargetKind kind;
        Unit unit;
        switch (statement.Verb)
        {
            case VerbClass.Growth when figure.IsRate:
                kind = TargetKind.GrowthRate;
                if (statement.AverageAnnual)
                {
                    kind = TargetKind.AverageAnnualGrowth;
                }
                unit = Unit.Percent;
                break;
            case VerbClass.Growth when Words.IncreaseVerbs.Contains(statement.VerbWord!) && figure.Unit is { } increase
                && (figure.Points ? indicator.Unit == Unit.Percent : increase.IsCompatibleWith(indicator.Unit)):
                kind = TargetKind.Increase;
                unit = increase;
                break;
            case VerbClass.Reduction when figure.IsRate:
                kind = TargetKind.Reduction;
                unit = Unit.Percent;
                break;
            case VerbClass.None or VerbClass.Level or VerbClass.Approximate when figure.Unit is { } level && !figure.Points && level.IsCompatibleWith(indicator.Unit):
                kind = TargetKind.Level;
                unit = level;
                break;
            default:
                findings.Add(DraftFindingKind.FigureNotKept,
                    $"expected {Expected(statement.Verb)} for {indicator.Code} (in {indicator.Unit}), but found {Describe(figure)}; nothing was drafted:", clause.Source);
                return null;
        }
        // The words decide, not the kind made of them (the kinds' meanings live in Attainment/Kinds).
        var averageAnnual = statement.Verb == VerbClass.Growth && statement.AverageAnnual && figure.IsRate;
        var reduction = statement.Verb == VerbClass.Reduction;
        if (averageAnnual && period.Kind != PeriodKind.Span)
        {
            findings.Add(DraftFindingKind.NotExpressible, $"expected an annual rate in a plan of one year ({period}), but found an average annual one (年均); give the plan's span (DraftOptions.Horizon) to draft it:", clause.Source);
            return null;
        }
        if (statement.RangeEnd is not { } upper)
        {
            // One figure: the words before it, else after it, else the verb's (控制在 a ceiling, 超过 a floor), qualify it.
            var qualifier = statement.PrefixQualifier ?? figure.Suffix
                ?? (statement.VerbWord == Words.Control || statement.BoundVerb == Words.Control || statement.Verb == VerbClass.Approximate
                    ? (statement.Verb == VerbClass.Approximate ? TargetQualifier.GreaterThan : TargetQualifier.AtMost)
                    : TargetQualifier.Exactly);
            return (kind, qualifier, new Quantity(figure.Value, unit), null);
        }
        if (upper.Unit != figure.Unit || upper.Points != figure.Points)
        {
            findings.Add(DraftFindingKind.FigureNotKept,
                $"expected both ends of a range in one unit, but found {Describe(figure)} and {Describe(upper)}; nothing was drafted:", clause.Source);
            return null;
        }
        // A range: the end in the worse direction is the bound, the other the stretch.
        var (bound, stretch) = indicator.Direction == IndicatorDirection.HigherIsBetter ? (figure.Value, upper.Value) : (upper.Value, figure.Value);
        if (reduction)
        {
            (bound, stretch) = (figure.Value, upper.Value);
        }
        var rangeQualifier = statement.PrefixQualifier ?? (indicator.Direction == IndicatorDirection.HigherIsBetter || reduction ? TargetQualifier.AtLeast : TargetQualifier.AtMost);
        return (kind, rangeQualifier, new Quantity(bound, unit), new Quantity(stretch, unit));
    }

    private static DiagnosticMessage Expected(VerbClass verb) => verb switch
    {
        VerbClass.Growth => "a rate in percent after a verb of growth (or, after 提高 or 增加, an amount in the indicator's unit or in percentage points of a share)",
        VerbClass.Reduction => "a rate in percent after a verb of reduction",
        VerbClass.None or VerbClass.Level or VerbClass.Approximate => (DiagnosticMessage)"a level in the indicator's unit",
    };

    /// <summary>A figure as a phrase of a message: "7 percentage points", a quantity (100亿美元, USD 10 billion), "7 with no unit".</summary>
    internal static DiagnosticMessage Describe(Figure figure) =>
        figure.Points ? $"{figure.Value} percentage points" : figure.Unit is { } unit ? (DiagnosticMessage)$"{new Quantity(figure.Value, unit)}" : $"{figure.Value} with no unit";

    /// <summary>力争X after a target (增长7%左右，力争8%): X is its stretch.</summary>
    private void Stretch(Figure figure, ClauseContext clause)
    {
        if (_lastClause.Count != 1)
        {
            findings.Add(DraftFindingKind.UnknownClause, $"expected one target in the clause before a stretch figure (力争), but found {_lastClause.Count}; nothing was drafted:", clause.Source);
            return;
        }
        var drafted = _targets[_lastClause[0]];
        var target = drafted.Target;
        var unit = figure.Unit ?? target.Figure?.Unit;
        if (target.Figure is not { } base_ || unit != base_.Unit || figure.Points)
        {
            findings.Add(DraftFindingKind.FigureNotKept, $"expected a stretch figure in the target's unit ({(target.Figure is { Unit: var targetUnit } ? (DiagnosticMessage)$"{targetUnit}" : "none")}), but found {Describe(figure)}; it was not kept:", clause.Source);
            return;
        }
        _targets[_lastClause[0]] = drafted with { Target = Copy(target, new Quantity(figure.Value, unit.Value), target.Note) };
    }

    /// <summary>在实际工作中努力争取更好结果 after targets: a note on each that the text asks for better than its figure.</summary>
    private void StriveForBetter(string words, ClauseContext clause)
    {
        if (_lastClause.Count == 0)
        {
            findings.Add(DraftFindingKind.UnknownClause, "expected a target before a call for better results, but found none; nothing was drafted:", clause.Source);
            return;
        }
        foreach (var index in _lastClause)
        {
            var target = _targets[index].Target;
            var note = target.Note is { } existing
                ? new LocalizedText(existing.ZhCN + "；" + words, existing.En + "; strive for better: " + words)
                : new LocalizedText(words, "Strive for a better result (" + words + ")");
            _targets[index] = _targets[index] with { Target = Copy(target, target.Stretch, note) };
        }
    }

    private static Target Copy(Target target, Quantity? stretch, LocalizedText? note) =>
        new(target.Id, target.Indicator, target.Period, target.Kind, target.Qualifier, target.Figure, target.Nature)
        {
            Zone = target.Zone,
            Stretch = stretch,
            RelativeTo = target.RelativeTo,
            EachYear = target.EachYear,
            ShareOf = target.ShareOf,
            Note = note,
        };

    private static LocalizedText AsWorded(string words) => new(words, "As worded: " + words);

    private void Add(List<int> made, ClauseContext clause, string code, Func<string, Target> make)
    {
        if (!canAdd())
        {
            return;
        }
        var id = $"t{(_targets.Count + 1).ToString("00", System.Globalization.CultureInfo.InvariantCulture)}-{code}";
        Target target;
        try
        {
            target = make(id);
        }
        catch (ArgumentException e)
        {
            // The model's own checks: a figure the grammar let through that a target cannot hold.
            findings.Add(DraftFindingKind.FigureNotKept, $"expected a figure a target can hold, but {DiagnosticMessage.FromException(e)}; nothing was drafted:", clause.Source);
            return;
        }
        made.Add(_targets.Count);
        _targets.Add(new DraftedTarget(target, clause.Source, clause.Sentence));
    }
}
