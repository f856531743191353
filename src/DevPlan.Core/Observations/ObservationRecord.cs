using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Observations;

/// <summary>
/// One observation as a reader has just parsed it: codes and texts are spans over the reader's
/// buffer, valid until the reader moves on, so that a consumer that keeps only some rows (a column
/// store, a streaming evaluation) allocates nothing for the others.
/// </summary>
public readonly ref struct ObservationRecord
{
    /// <summary>Gets the indicator's code.</summary>
    public ReadOnlySpan<char> Indicator { get; init; }

    /// <summary>Gets the zone's code; empty for the whole region.</summary>
    public ReadOnlySpan<char> Zone { get; init; }

    /// <summary>Gets the period observed.</summary>
    public ReportingPeriod Period { get; init; }

    /// <summary>Gets the level, if given.</summary>
    public Quantity? Level { get; init; }

    /// <summary>Gets the growth rate as published, if given.</summary>
    public Percent? Growth { get; init; }

    /// <summary>Gets, for a completion task, whether it was completed.</summary>
    public bool? Completed { get; init; }

    /// <summary>Gets the status of the figure.</summary>
    public ObservationStatus Status { get; init; }

    /// <summary>Gets where the figure comes from; empty when not given.</summary>
    public ReadOnlySpan<char> Source { get; init; }

    /// <summary>Gets the date the figure was published, if the row gives one.</summary>
    public NodaTime.LocalDate? Released { get; init; }

    /// <summary>Creates the observation the record describes, allocating its strings.</summary>
    /// <returns>The observation.</returns>
    /// <exception cref="ArgumentException">The record does not describe a valid observation (a reader never yields one).</exception>
    public Observation ToObservation() => new(Indicator.ToString(), Period, Level, Growth, Completed)
    {
        Zone = Zone.IsEmpty ? ZoneScope.Region : ZoneScope.Zone(Zone.ToString()),
        Status = Status,
        Source = Source.IsEmpty ? null : Source.ToString(),
        Released = Released,
    };

    /// <summary>Creates the observation, its codes taken from (and added to) a reader's table, so that rows share their strings.</summary>
    internal Observation ToObservation(CodeTable codes) => new(codes[codes.Intern(Indicator)], Period, Level, Growth, Completed)
    {
        Zone = Zone.IsEmpty ? ZoneScope.Region : ZoneScope.Zone(codes[codes.Intern(Zone)]),
        Status = Status,
        Source = Source.IsEmpty ? null : Source.ToString(),
        Released = Released,
    };
}
