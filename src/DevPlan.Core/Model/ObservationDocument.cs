using System.Collections.Immutable;
using DevPlan.Core.Internal;

namespace DevPlan.Core;

/// <summary>A set of observations as one document, with the document's own unknown members kept.</summary>
public sealed class ObservationDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="observations">The observations, in order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">An observation is null.</exception>
    public ObservationDocument(IEnumerable<Observation> observations) =>
        Observations = Preconditions.CheckElements([.. Preconditions.CheckNotNull(observations)], nameof(observations));

    /// <summary>Gets the observations, in document order.</summary>
    public ImmutableArray<Observation> Observations { get; }
}
