using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting.Grammar;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting.Building;

/// <summary>
/// Makes results of statements, by the rules of docs/methods.md ("Drafting: from clauses to results"):
/// a level and its growth in one clause or in clauses that follow each other are one observation of
/// the period; a fall is a negative growth; an average of the year (平均为) is the year's figure; a
/// year-end figure (年末) is December's; a figure "about" (左右) is an estimate; a figure that is not
/// exact (以上, 突破) is not kept; an average annual rate (年均, 两年平均) is kept over its span; a relation
/// to a reference (高于全省2.4个百分点) is kept beside the result it follows.
/// </summary>
internal sealed class ResultInterpreter(int? defaultYear, Findings findings, Func<bool> canAdd, string? sourceName)
{
    private readonly List<Pending> _results = [];

    /// <summary>The results of the clause before, in this sentence, which a clause without a subject continues.</summary>
    private List<int> _lastClause = [];

    private List<CatalogueEntry> _lastSubjects = [];

    /// <summary>The year, span and status a clause of this sentence gave, which the clauses after it keep.</summary>
    private int? _sentenceYear;
    private ReportingPeriod? _sentenceSpan;
    private ObservationStatus _sentenceStatus;

    public void StartSentence()
    {
        (_lastClause, _lastSubjects, _sentenceYear, _sentenceSpan, _sentenceStatus) = ([], [], null, null, ObservationStatus.Normal);
    }

    public IReadOnlyList<DraftedObservation> Results => [.. _results.Select(r => r.ToDrafted(sourceName))];

    public void Interpret(Statement statement, ClauseContext clause)
    {
        _sentenceYear = statement.Year ?? _sentenceYear;
        _sentenceSpan = statement.Span ?? _sentenceSpan;
        _sentenceStatus = statement.Status ?? _sentenceStatus;
        switch (statement.Kind)
        {
            case StatementKind.Figures:
                InterpretFigures(statement, clause);
                return;
            case StatementKind.Completion:
                var made = new List<int>();
                foreach (var subject in statement.Subjects)
                {
                    if (Period(statement, clause) is { } period && Result(subject, period, clause, made) is { } result)
                    {
                        result.Completed = true;
                    }
                }
                (_lastClause, _lastSubjects) = (made, statement.Subjects);
                return;
            case StatementKind.Comparison:
                Compare(statement, clause);
                return;
            case StatementKind.Qualitative:
            case StatementKind.Relative:
            case StatementKind.ExternalRelative:
            case StatementKind.PositiveGrowth:
            case StatementKind.Stretch:
            case StatementKind.StriveForBetter:
                findings.Add(DraftFindingKind.NotExpressible, "expected a result with a figure, but found a statement without one (a direction, a relation or a call for more); nothing was drafted:", clause.Source);
                _lastClause = [];
                return;
            case StatementKind.Connective:
            case StatementKind.Heading:
                return;
            case StatementKind.Unknown:
                // A subject whose predicate was not understood still carries to a clause without one.
                (_lastClause, _lastSubjects) = ([], statement.Subjects);
                return;
        }
    }

    private void InterpretFigures(Statement statement, ClauseContext clause)
    {
        var subjects = statement.Subjects.Count > 0 ? statement.Subjects : _lastSubjects;
        if (subjects.Count == 0)
        {
            findings.Add(DraftFindingKind.UnknownClause, "expected an indicator of the catalogue, or a clause before it with one, but found neither:", clause.Source);
            return;
        }
        var figures = statement.Figures;
        if (!(figures.Count == 1 || (statement.Distributed && figures.Count == subjects.Count)) || statement.RangeEnd is not null)
        {
            var range = statement.RangeEnd is null ? (DiagnosticMessage)"" : " and a range";
            findings.Add(DraftFindingKind.Mismatch, subjects.Count == 1
                ? (DiagnosticMessage)$"expected one figure for each result, but found {figures.Count}{range} for {subjects.Count} indicator; nothing was drafted:"
                : $"expected one figure for each result, but found {figures.Count}{range} for {subjects.Count} indicators; nothing was drafted:", clause.Source);
            _lastClause = [];
            return;
        }
        if (Period(statement, clause) is not { } period)
        {
            _lastClause = [];
            return;
        }
        var made = new List<int>();
        for (var i = 0; i < subjects.Count; i++)
        {
            var figure = figures.Count == 1 ? figures[0] : figures[i];
            var exact = Exact(figure, statement.Verb, statement.PrefixQualifier, clause);
            // Nullable values tested for null, not patterns: a pattern variable that a mutation leaves
            // unassigned fails the mutation run's compilation, which then tests nothing in the method.
            var second = statement.SecondFigure;
            if (second is not null && !Exact(second.Value, statement.SecondVerb, null, clause))
            {
                second = null;
            }
            if (!exact && second is null)
            {
                continue;
            }
            var result = Result(subjects[i], period, clause, made);
            if (result is null)
            {
                continue;
            }
            if (exact)
            {
                Apply(result, subjects[i], statement.Verb, figure, statement, clause);
            }
            if (second is not null)
            {
                Apply(result, subjects[i], statement.SecondVerb, second.Value, statement, clause);
            }
        }
        (_lastClause, _lastSubjects) = (made, made.Count == 0 ? [] : subjects);
    }

    /// <summary>Whether a figure is exact enough to keep: not after 突破 or 超过, not 以上 or 以下.</summary>
    private bool Exact(Figure figure, VerbClass verb, TargetQualifier? prefix, ClauseContext clause)
    {
        if (verb == VerbClass.Approximate || prefix is not null || figure.Suffix is not (null or TargetQualifier.About))
        {
            findings.Add(DraftFindingKind.FigureNotKept, "expected an exact result, but the figure is a bound (突破, 超过, 以上, 以下…); it was not kept:", clause.Source);
            return false;
        }
        return true;
    }

    /// <summary>
    /// The period of a clause's results: its span for an average annual rate, else its year (or the sentence's, or the default), its part or its December.
    /// The clause's own year and span are the sentence's by now (<see cref="Interpret"/> keeps them first).
    /// </summary>
    private ReportingPeriod? Period(Statement statement, ClauseContext clause)
    {
        var year = _sentenceYear ?? defaultYear;
        if (statement.AverageAnnual)
        {
            if (_sentenceSpan is { } span)
            {
                return span;
            }
            if (statement.AverageYears is { } years && year is { } last)
            {
                return ReportingPeriod.Parse(string.Create(CultureInfo.InvariantCulture, $"{last - years + 1}/{last}"));
            }
            findings.Add(DraftFindingKind.MissingInformation, "expected the years of an average annual rate (“十三五”期间, 两年平均), but the text names none; nothing was drafted:", clause.Source);
            return null;
        }
        if (year is not { } y)
        {
            findings.Add(DraftFindingKind.MissingInformation, "expected the year of a result, but neither the text (2023年) nor the options (DraftOptions.ResultsYear, Year) give one; nothing was drafted:", clause.Source);
            return null;
        }
        var part = statement.YearEnd ? "M12" : statement.PartOfYear;
        return ReportingPeriod.Parse(part is null ? y.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{y}-{part}"));
    }

    /// <summary>The result of an indicator and period made by this clause or the one before it in the sentence, or a new one.</summary>
    private Pending? Result(CatalogueEntry subject, ReportingPeriod period, ClauseContext clause, List<int> made)
    {
        foreach (var index in _lastClause.Concat(made))
        {
            if (_results[index].Indicator == subject.Code && _results[index].Period == period)
            {
                if (!made.Contains(index))
                {
                    made.Add(index);
                }
                return _results[index];
            }
        }
        if (!canAdd())
        {
            return null;
        }
        var result = new Pending(subject.Code, period, clause) { Status = _sentenceStatus };
        made.Add(_results.Count);
        _results.Add(result);
        return result;
    }

    private void Apply(Pending result, CatalogueEntry subject, VerbClass verb, Figure figure, Statement statement, ClauseContext clause)
    {
        var indicator = subject.Indicator;
        if (figure.Suffix == TargetQualifier.About)
        {
            result.Status = ObservationStatus.Estimated;
        }
        switch (verb)
        {
            case VerbClass.Growth or VerbClass.Reduction when figure.IsRate:
                if (statement.NominalRate && indicator.GrowthBasis == GrowthBasis.Comparable)
                {
                    findings.Add(DraftFindingKind.NotExpressible, $"expected the real rate of {indicator.Code}, whose growth is at comparable prices, but found a nominal one (名义); it was not kept:", clause.Source);
                    return;
                }
                var rate = verb == VerbClass.Reduction ? -figure.Value : figure.Value;
                if (statement.AverageAnnual)
                {
                    Set(ref result.AverageAnnualGrowth, new Percent(rate), clause);
                }
                else
                {
                    Set(ref result.Growth, new Percent(rate), clause);
                }
                return;
            case VerbClass.None or VerbClass.Level when figure.Unit is { } unit && !figure.Points && unit.IsCompatibleWith(indicator.Unit) && !statement.AverageAnnual:
                Set(ref result.Level, new Quantity(figure.Value, unit), clause);
                return;
            default:
                findings.Add(DraftFindingKind.FigureNotKept,
                    $"expected a level in {indicator.Unit} or a rate in percent for {indicator.Code}, but found {TargetInterpreter.Describe(figure)}; it was not kept:",
                    clause.Source);
                return;
        }
    }

    private void Set<T>(ref T? slot, T value, ClauseContext clause)
        where T : struct
    {
        if (slot is { } existing && !existing.Equals(value))
        {
            findings.Add(DraftFindingKind.Mismatch, $"expected one figure of a kind for a result, but found {value} after {existing}; the first was kept:", clause.Source);
            return;
        }
        slot = value;
    }

    /// <summary>高于全省2.4个百分点 after a result: kept beside it.</summary>
    private void Compare(Statement statement, ClauseContext clause)
    {
        if (_lastClause.Count != 1)
        {
            findings.Add(DraftFindingKind.UnknownClause, $"expected one result in the clause before a comparison, but found {_lastClause.Count}; nothing was drafted:", clause.Source);
            return;
        }
        PercentagePoints? difference = statement.Figures.Count == 1 ? new PercentagePoints(statement.Above ? statement.Figures[0].Value : -statement.Figures[0].Value) : null;
        _results[_lastClause[0]].Comparisons.Add(new DraftComparison(statement.Reference!, statement.Above, difference));
    }

    /// <summary>A result being gathered from the clauses of a sentence.</summary>
    private sealed class Pending(string indicator, ReportingPeriod period, ClauseContext clause)
    {
        public string Indicator { get; } = indicator;

        public ReportingPeriod Period { get; } = period;

        public ClauseContext Clause { get; } = clause;

        public Quantity? Level;
        public Percent? Growth;
        public Percent? AverageAnnualGrowth;
        public bool? Completed;

        public ObservationStatus Status { get; set; }

        public List<DraftComparison> Comparisons { get; } = [];

        public DraftedObservation ToDrafted(string? sourceName)
        {
            var observation = Level is null && Growth is null && Completed is null
                ? null
                : new Observation(Indicator, Period, Level, Growth, Completed)
                {
                    Status = Status,
                    Source = sourceName is null ? Clause.Source.Text : $"{sourceName}: {Clause.Source.Text}",
                };
            return new DraftedObservation(Indicator, Period, observation, AverageAnnualGrowth, [.. Comparisons], Clause.Source, Clause.Sentence);
        }
    }
}
