using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Parses unit texts once: a unit seen before is found from its span without allocating. At most
/// <see cref="Capacity"/> distinct texts are remembered, so hostile input cannot grow it without bound.
/// </summary>
internal sealed class UnitCache
{
    public const int Capacity = 4096;

    private readonly Dictionary<string, Unit> _units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Unit>.AlternateLookup<ReadOnlySpan<char>> _byspan;

    private readonly UnitSystem _system;

    public UnitCache(UnitSystem system)
    {
        _system = system;
        _byspan = _units.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The forms the system accepts, for messages.</summary>
    public string AcceptedForms => _system.AcceptedForms;

    public bool TryGet(ReadOnlySpan<char> text, out Unit unit)
    {
        if (_byspan.TryGetValue(text, out unit))
        {
            return true;
        }
        if (!_system.TryParse(text, out unit))
        {
            return false;
        }
        if (_units.Count < Capacity)
        {
            _units.Add(text.ToString(), unit);
        }
        return true;
    }
}
