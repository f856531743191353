using System.Collections.Immutable;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The observations an evaluation did not use: how many for each reason, and the first few of each
/// as examples. No figure is dropped in silence; the counts take no memory per observation, so a file
/// of any size can be accounted for.
/// </summary>
public sealed class UnusedObservations
{
    /// <summary>The most examples kept of each reason.</summary>
    public const int ExamplesPerReason = 5;

    internal UnusedObservations(ImmutableDictionary<UnusedReason, long> counts, ImmutableArray<UnusedObservation> examples)
    {
        Counts = counts;
        Examples = examples;
    }

    /// <summary>Gets the number of observations not used, for each reason that occurred.</summary>
    public ImmutableDictionary<UnusedReason, long> Counts { get; }

    /// <summary>Gets up to <see cref="ExamplesPerReason"/> examples of each reason, in the order offered.</summary>
    public ImmutableArray<UnusedObservation> Examples { get; }

    /// <summary>Gets the number of observations not used.</summary>
    public long Total => Counts.Values.Sum();

    /// <summary>Gets the count of one reason (0 when it did not occur).</summary>
    /// <param name="reason">The reason.</param>
    /// <returns>The count.</returns>
    public long this[UnusedReason reason] => Counts.GetValueOrDefault(reason);

    /// <summary>An evaluation that used every observation.</summary>
    internal static UnusedObservations None { get; } = new(ImmutableDictionary<UnusedReason, long>.Empty, []);
}
