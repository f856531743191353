using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment;

/// <summary>
/// A figure a target may be judged on, as the selection keeps it: its period and figures as values,
/// and the order it was offered in (of equal periods the last given wins).
/// </summary>
/// <remarks>
/// A candidate refers to no object made for its row (only to its unit's shared description), so that
/// the candidates of a national file are values in a few arrays per target, not millions of objects
/// the garbage collector must trace and promote one by one. A figure read from a file or a column
/// store is kept as values: its <see cref="Observation"/> is made only when a result names it. A figure
/// offered as an object is kept with the number of that object in a <see cref="CandidateObjects"/>, so
/// that a result names the very observation its caller gave; its source text likewise.
/// </remarks>
internal readonly struct Candidate
{
    private readonly ObservedValues _values;
    private readonly int _object;
    private readonly int _source;

    private Candidate(int @object, ReportingPeriod period, Quantity? level, Percent? growth, bool? completed, ObservationStatus status, int source, long order)
    {
        _object = @object;
        Period = period;
        _values = new ObservedValues(level, growth, completed, status);
        _source = source;
        Order = order;
    }

    /// <summary>Gets the period observed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the level, if published.</summary>
    public Quantity? Level => _values.Level;

    /// <summary>Gets whether a level is published.</summary>
    public bool HasLevel => _values.HasLevel;

    /// <summary>Gets whether a level or a growth rate is published, as against only a recorded assessment.</summary>
    public bool HasFigure => _values.HasFigure;

    /// <summary>Gets whether a recorded assessment (a completion flag) is given.</summary>
    public bool HasAssessment => _values.HasAssessment;

    /// <summary>Gets the status of the figure.</summary>
    public ObservationStatus Status => _values.Status;

    /// <summary>Gets the order the figure was offered in.</summary>
    public long Order { get; }

    /// <summary>A figure offered as an object, which <paramref name="objects"/> keeps for it.</summary>
    public static Candidate Of(Observation observation, long order, CandidateObjects objects) =>
        new(objects.Add(observation), observation.Period, observation.Level, observation.Growth, observation.Completed, observation.Status, 0, order);

    /// <summary>
    /// A figure summed from the levels of several periods: made by the selection, not offered, so it
    /// has no order among the offered figures (−1), no object of its own and no source.
    /// </summary>
    /// <param name="period">The period the sum stands for.</param>
    /// <param name="level">The sum.</param>
    /// <param name="status">The status of its least final part.</param>
    /// <returns>The figure.</returns>
    public static Candidate Summed(ReportingPeriod period, Quantity level, ObservationStatus status) =>
        new(0, period, level, null, null, status, 0, -1);

    /// <summary>A figure read as values (a file's row, a column store's row), its source text kept by <paramref name="objects"/>.</summary>
    public static Candidate Of(scoped in Observations.ObservationRecord record, long order, CandidateObjects objects) =>
        new(0, record.Period, record.Level, record.Growth, record.Completed, record.Status, objects.AddSource(record.Source), order);

    /// <summary>
    /// The observation the figure stands for: the object it was offered as, or a new one of the
    /// indicator and zone it was offered under.
    /// </summary>
    public Observation ToObservation(string indicator, ZoneScope zone, CandidateObjects objects)
    {
        if (objects.Object(_object) is { } given)
        {
            return given;
        }
        return new Observation(indicator, Period, _values.Level, _values.Growth, _values.Completed)
        {
            Zone = zone,
            Status = Status,
            Source = objects.Source(_source),
        };
    }
}
