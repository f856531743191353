using DevPlan.Core.Internal;
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
    private readonly CharKeyed<Unit> _byspan;

    private readonly UnitSystem _system;

    public UnitCache(UnitSystem system)
    {
        _system = system;
        _byspan = new(_units);
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
