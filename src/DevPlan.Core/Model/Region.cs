using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>The region a plan governs (a city, district or development zone) and its zones.</summary>
public sealed class Region
{
    /// <summary>Creates a region.</summary>
    /// <param name="code">The region's code.</param>
    /// <param name="name">The region's name.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code.</exception>
    public Region(string code, LocalizedText name)
    {
        Code = Preconditions.CheckCode(code);
        Name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets the region's code.</summary>
    public string Code { get; }

    /// <summary>Gets the region's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the larger places the region lies in (Jinan, Shandong), if given.</summary>
    public LocalizedText? Location { get; init; }

    /// <summary>Gets the region's zones, in plan order.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<Zone> Zones
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Zones));
    } = [];

    /// <summary>Finds a zone by code (ordinal); the first one wins if codes repeat.</summary>
    /// <param name="code">The zone's code.</param>
    /// <returns>The zone, or null.</returns>
    public Zone? FindZone(string code)
    {
        foreach (var zone in Zones)
        {
            if (string.Equals(zone.Code, code, StringComparison.Ordinal))
            {
                return zone;
            }
        }
        return null;
    }

    /// <summary>Returns the region's code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.En})";
}
