using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core;

/// <summary>
/// The values of an observation unwrapped: a level as its value and unit, a growth rate as its value,
/// a completion flag, which of them are present, and the status. Not nullable structs: an
/// <see cref="Observation"/> is 24 bytes smaller (about 120 rather than 144), which a file of millions
/// of rows, or an evaluation holding the figures it was judged on, saves on each one.
/// </summary>
internal readonly struct ObservedValues
{
    private readonly decimal _level;
    private readonly decimal _growth;
    private readonly Unit _unit;
    private readonly Present _present;
    private readonly byte _status;

    /// <summary>Packs the figures given (any may be absent) and the status.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ObservedValues(Quantity? level, Percent? growth, bool? completed, ObservationStatus status = ObservationStatus.Normal)
    {
        (_level, _unit, _present) = level is { } q ? (q.Value, q.Unit, Present.Level) : (0m, default, Present.None);
        if (growth is { } g)
        {
            (_growth, _present) = (g.Value, _present | Present.Growth);
        }
        _present |= completed switch
        {
            true => Present.Completed | Present.CompletedKnown,
            false => Present.CompletedKnown,
            null => Present.None,
        };
        _status = checked((byte)Preconditions.CheckDefined(status, nameof(Observation.Status)));
    }

    private ObservedValues(in ObservedValues values, ObservationStatus status)
    {
        this = values;
        _status = checked((byte)Preconditions.CheckDefined(status, nameof(Observation.Status)));
    }

    /// <summary>Gets whether a level is present.</summary>
    public bool HasLevel => (_present & Present.Level) != 0;

    /// <summary>Gets whether a figure (a level or a growth rate) is present, as against only a recorded assessment.</summary>
    public bool HasFigure => (_present & (Present.Level | Present.Growth)) != 0;

    /// <summary>Gets whether a recorded assessment (a completion flag) is present.</summary>
    public bool HasAssessment => (_present & Present.CompletedKnown) != 0;

    /// <summary>Gets the level, if present.</summary>
    public Quantity? Level => HasLevel ? new Quantity(_level, _unit) : null;

    /// <summary>Gets the growth rate, if present.</summary>
    public Percent? Growth => (_present & Present.Growth) != 0 ? new Percent(_growth) : null;

    /// <summary>Gets the completion flag, if present.</summary>
    public bool? Completed => (_present & Present.CompletedKnown) != 0 ? (_present & Present.Completed) != 0 : null;

    /// <summary>Gets the status.</summary>
    public ObservationStatus Status => (ObservationStatus)_status;

    /// <summary>The same figures with another status.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not defined.</exception>
    public ObservedValues WithStatus(ObservationStatus status) => new(this, status);

    /// <summary>Which figures are present.</summary>
    [Flags]
    private enum Present : byte
    {
        None = 0,
        Level = 1,
        Growth = 2,
        CompletedKnown = 4,
        Completed = 8,
    }
}
