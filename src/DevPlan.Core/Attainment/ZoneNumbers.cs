using DevPlan.Core.Internal;

namespace DevPlan.Core.Attainment;

/// <summary>
/// Numbers zones for <see cref="ZoneLevels"/>: a plan's zones first, in the plan's order (the first
/// of a repeated code), then any zone the plan does not declare, in the order it is first seen.
/// </summary>
internal sealed class ZoneNumbers
{
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly CharKeyed<int> _byChars;
    private readonly List<string> _codes = [];

    public ZoneNumbers(Plan plan)
    {
        _byChars = new(_numbers);
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

    /// <summary>Gets a zone's number, numbering it if it is new (its code is made a string only then).</summary>
    public int Number(ReadOnlySpan<char> code)
    {
        if (!_byChars.TryGetValue(code, out var number))
        {
            var text = code.ToString();
            _numbers[text] = number = _codes.Count;
            _codes.Add(text);
        }
        return number;
    }

    /// <summary>Gets the code of a numbered zone.</summary>
    public string Code(int number) => _codes[number];
}
