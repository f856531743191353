using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>A part of a whole (a zone, a sector) with its level a year earlier and now.</summary>
public sealed record ContributionPart
{
    /// <summary>Creates a part.</summary>
    /// <param name="name">The part's name or code.</param>
    /// <param name="previous">Its level in the earlier period.</param>
    /// <param name="current">Its level now, in the same dimension.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ContributionPart(string name, Quantity previous, Quantity current)
    {
        Name = Preconditions.CheckNotNull(name);
        Previous = previous;
        Current = current;
    }

    /// <summary>Gets the part's name or code.</summary>
    public string Name { get; }

    /// <summary>Gets its level in the earlier period.</summary>
    public Quantity Previous { get; }

    /// <summary>Gets its level now.</summary>
    public Quantity Current { get; }
}
