namespace DevPlan.Core.Attainment;

/// <summary>
/// Numbers zones for <see cref="ZoneLevels"/>: a plan's zones first, in the plan's order (the first
/// of a repeated code), then any zone the plan does not declare, in the order it is first seen.
/// </summary>
internal sealed class ZoneNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _codes = [];

    public ZoneNumbers(Plan plan)
    {
        foreach (var zone in plan.Region.Zones)
        {
            Number(zone.Code);
        }
        Declared = _codes.Count;
    }

    /// <summary>Gets how many zones the plan declares: the numbers below this are theirs.</summary>
    public int Declared { get; }

    /// <summary>Gets how many zones are numbered.</summary>
    public int Count => _codes.Count;

    /// <summary>Gets a zone's number, numbering it if it is new.</summary>
    public int Number(string code)
    {
        if (!_numbers.TryGetValue(code, out var number))
        {
            _numbers[code] = number = _codes.Count;
            _codes.Add(code);
        }
        return number;
    }

    /// <summary>Gets the code of a numbered zone.</summary>
    public string Code(int number) => _codes[number];
}
