using DevPlan.Core.Units;

namespace DevPlan.Core.Attainment;

/// <summary>
/// The zones' levels of one indicator and period, by the zone's number: an array rather than a
/// dictionary, so that a year of monthly periods for a few thousand zones is a few small arrays that
/// the collector allocates once and never has to sweep object by object.
/// </summary>
internal sealed class ZoneLevels(int zones)
{
    private Quantity?[] _levels = new Quantity?[Math.Max(zones, 1)];

    /// <summary>Sets a zone's level; a later one replaces an earlier one (a revision).</summary>
    public void Set(int zone, Quantity level)
    {
        if (zone >= _levels.Length)
        {
            Array.Resize(ref _levels, Math.Max(zone + 1, _levels.Length * 2));
        }
        _levels[zone] = level;
    }

    /// <summary>Forgets every level, keeping the array: a table of a period dropped serves the next period.</summary>
    public void Clear() => Array.Clear(_levels);

    /// <summary>Whether a zone has a level.</summary>
    public bool Has(int zone) => zone < _levels.Length && _levels[zone] is not null;

    /// <summary>Gets a zone's level.</summary>
    /// <exception cref="InvalidOperationException">The zone has none (ask <see cref="Has"/> first).</exception>
    public Quantity this[int zone] => Has(zone) ? _levels[zone]!.Value : throw new InvalidOperationException($"The zone numbered {zone} has no level.");

    /// <summary>The numbers of the zones with a level, in ascending order.</summary>
    public IEnumerable<int> Zones()
    {
        for (var zone = 0; zone < _levels.Length; zone++)
        {
            if (_levels[zone] is not null)
            {
                yield return zone;
            }
        }
    }
}
