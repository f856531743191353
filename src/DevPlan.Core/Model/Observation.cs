using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core;

/// <summary>
/// A published figure of an indicator for a period: its level, its growth rate as published, or,
/// for a completion task, whether it was completed. A plan's baseline figures are observations of
/// the baseline year.
/// </summary>
/// <remarks>
/// The published growth rate is data in its own right: for indicators at comparable prices it
/// cannot be derived from the levels, so it is kept beside them and used as published.
/// </remarks>
public sealed class Observation
{
    /// <summary>Creates an observation. At least one of the level, growth and completion is required.</summary>
    /// <param name="indicator">The code of the indicator observed.</param>
    /// <param name="period">The period observed.</param>
    /// <param name="level">The level (绝对额), if published.</param>
    /// <param name="growth">The growth rate as published (同比), if published.</param>
    /// <param name="completed">For a completion task, whether it was completed; otherwise null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="indicator"/> is not a code, or no figure is given.</exception>
    public Observation(string indicator, ReportingPeriod period, Quantity? level = null, Percent? growth = null, bool? completed = null)
    {
        Indicator = Preconditions.CheckCode(indicator);
        if (level is null && growth is null && completed is null)
        {
            throw new Internal.WordedArgumentException("Expected a level, a growth rate or a completion flag, but the observation has none.", nameof(level));
        }
        Period = period;
        _values = new ObservedValues(level, growth, completed);
    }

    private readonly ObservedValues _values; // unwrapped, not nullable structs: see ObservedValues

    /// <summary>Gets the code of the indicator observed.</summary>
    public string Indicator { get; }

    /// <summary>Gets the part of the region observed; the whole region by default.</summary>
    public ZoneScope Zone { get; init; }

    /// <summary>Gets the period observed.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the level, if published.</summary>
    public Quantity? Level => _values.Level;

    /// <summary>Gets the growth rate over the same period of the previous year, as published.</summary>
    public Percent? Growth => _values.Growth;

    /// <summary>Gets, for a completion task, whether it was completed.</summary>
    public bool? Completed => _values.Completed;

    /// <summary>Gets the status of the figure (SDMX OBS_STATUS); normal by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to an undefined value.</exception>
    public ObservationStatus Status
    {
        get => _values.Status;
        init => _values = _values.WithStatus(value);
    }

    /// <summary>Gets where the figure comes from (a bulletin, a report), if given.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Gets the date the figure was published (the statistical communiqué of 2024-02-29 for 2023's GDP), if
    /// given: an evaluation as of an earlier date does not use it, and one as of a later date does, even
    /// before its period ends (a mid-term review in December using that year's estimate). Without it, a
    /// figure is known once its period has ended and its indicator's <see cref="Indicator.ReleaseLag"/> has passed.
    /// </summary>
    public NodaTime.LocalDate? Released { get; init; }

    /// <summary>Returns the indicator, zone, period and figures.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Indicator} {Zone} {Period}: level {Level?.ToString() ?? "-"}, growth {Growth?.ToString() ?? "-"}";
}
