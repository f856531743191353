using System.Collections.Immutable;
using System.Runtime.InteropServices;
using DevPlan.Core.Attainment.Kinds;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The results of a plan evaluation as columns, one entry per target in the plan's order: the status,
/// the verdict with its figures and gaps, and how the figure judged came about. Reading a column makes
/// no objects, so an application that counts, filters or sums the verdicts of a million targets pays
/// for arrays, not for a million <see cref="TargetEvaluation"/>s and the observations they name; those
/// are made once, on the first read of <see cref="PlanEvaluation.Results"/>.
/// </summary>
/// <remarks>
/// Entry <c>i</c> of every column is the result of <c>Plan.Targets[i]</c>, and equals the corresponding
/// member of <c>PlanEvaluation.Results[i]</c>. The instance is immutable and safe to read from several
/// threads.
/// </remarks>
internal sealed class EvaluationColumns
{
    private readonly Plan _plan;
    private readonly AttainmentStatus[] _statuses;
    private readonly TargetAssessment[] _assessments;
    private readonly FigureBasis[] _bases;
    private readonly int[] _figures;
    private readonly int[] _sourceStarts;
    private readonly int[] _sourceCounts;
#if NET9_0_OR_GREATER
    private readonly Lock _gate = new();
#else
    private readonly object _gate = new();
#endif
    private Observation?[]? _baselines;
    private NamedFigures? _named;
    private TargetEvaluation[]? _results;

    /// <summary>
    /// Creates the columns of the results of <paramref name="plan"/>'s targets. For target <c>t</c>:
    /// its figure is named figure <c>figures[t]</c> (−1 for none) and its sources the
    /// <c>sourceCounts[t]</c> named figures from <c>sourceStarts[t]</c>; its baseline, if any, is
    /// <c>baselines[t]</c>.
    /// </summary>
    internal EvaluationColumns(Plan plan, TargetAssessment[] assessments, FigureBasis[] bases, int[] figures,
        int[] sourceStarts, int[] sourceCounts, Observation?[]? baselines, NamedFigures named)
    {
        _plan = plan;
        _assessments = assessments;
        _bases = bases;
        _figures = figures;
        _sourceStarts = sourceStarts;
        _sourceCounts = sourceCounts;
        _baselines = baselines;
        _named = named;
        _statuses = new AttainmentStatus[assessments.Length];
        for (var t = 0; t < assessments.Length; t++)
        {
            _statuses[t] = assessments[t].Status;
        }
    }

    /// <summary>Gets the annual plans' results each target set each year in them was judged on, by target index; null when none was.</summary>
    internal IReadOnlyDictionary<int, ImmutableArray<TargetEvaluation>>? AnnualResults { get; init; }

    /// <summary>Gets the number of results: the number of the plan's targets.</summary>
    public int Count => _assessments.Length;

    /// <summary>Gets each target's status (the same as its assessment's), a compact column to count or filter on.</summary>
    public ReadOnlySpan<AttainmentStatus> Statuses => _statuses;

    /// <summary>Gets each target's verdict: its status, actual and target figures, gaps, completion and pace.</summary>
    public ReadOnlySpan<TargetAssessment> Assessments => _assessments;

    /// <summary>Gets how each target's figure came about: published, summed from levels, or none.</summary>
    public ReadOnlySpan<FigureBasis> Bases => _bases;

    /// <summary>Gets whether the results have been made into objects: for tests that reading a column makes none.</summary>
    internal bool HasMadeResults => Volatile.Read(ref _results) is not null;

    /// <summary>Counts the results with a status.</summary>
    /// <param name="status">The status.</param>
    /// <returns>The number of targets with that status.</returns>
    public int CountOf(AttainmentStatus status)
    {
        var count = 0;
        foreach (var each in _statuses)
        {
            count += each == status ? 1 : 0;
        }
        return count;
    }

    /// <summary>
    /// The results as objects, made on the first call and the same array after; the figures they name
    /// are then released from the columns.
    /// </summary>
    internal ImmutableArray<TargetEvaluation> Results()
    {
        if (Volatile.Read(ref _results) is { } made)
        {
            return ImmutableCollectionsMarshal.AsImmutableArray(made);
        }
        lock (_gate)
        {
            if (_results is null)
            {
                var results = new TargetEvaluation[Count];
                for (var t = 0; t < results.Length; t++)
                {
                    results[t] = Result(t, _named!);
                    // A target's figures are named after those of the targets before it: what lies below the next one's is done.
                    if (t + 1 < results.Length)
                    {
                        _named!.ReleaseBelow(_sourceStarts[t + 1]);
                    }
                }
                Volatile.Write(ref _results, results);
                _named = null;
                _baselines = null;
            }
            return ImmutableCollectionsMarshal.AsImmutableArray(_results);
        }
    }

    private TargetEvaluation Result(int t, NamedFigures named)
    {
        var target = _plan.Targets[t];
        var indicator = _plan.FindIndicator(target.Indicator);
        var (start, count, figure) = (_sourceStarts[t], _sourceCounts[t], _figures[t]);
        var sources = named.MakeRun(start, count, target.Indicator, target.Zone);
        // The figure is one of its sources (the one published, or a series' latest), the same object, or a sum made of them.
        Observation? observation = null;
        if (figure >= 0)
        {
            observation = figure >= start && figure < start + count ? sources[figure - start] : named.Make(figure, target.Indicator, target.Zone);
        }
        var kind = Kinds.TargetKinds.For(target);
        var series = indicator is not null && kind.IsJudgedOnSeries(target);
        return new TargetEvaluation(target, indicator, observation, _assessments[t])
        {
            Basis = _bases[t],
            Sources = ImmutableCollectionsMarshal.AsImmutableArray(sources),
            Baseline = _baselines?[t],
            RelatedIndicator = series && kind.RelatedIndicator(target) is { } related ? _plan.FindIndicator(related) : null,
            AnnualResults = AnnualResults is not null && AnnualResults.TryGetValue(t, out var annual) ? annual : [],
        };
    }
}
