using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>
/// A small map from periods to values, in the order the periods were first added: what one target
/// keeps of the figures offered to it (a few, at most a few dozen). Two arrays searched in a line
/// rather than a hash table: a million targets each keeping one figure is a million small arrays, not
/// a million dictionaries of a few hundred bytes each.
/// </summary>
/// <typeparam name="T">The value kept for a period.</typeparam>
internal sealed class PeriodMap<T>
{
    private ReportingPeriod[] _periods;
    private T[] _values;

    /// <summary>Creates an empty map with room for one period.</summary>
    public PeriodMap()
    {
        _periods = new ReportingPeriod[1];
        _values = new T[1];
    }

    /// <summary>Gets how many periods are kept.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the periods kept, in the order they were first added.</summary>
    public ReadOnlySpan<ReportingPeriod> Periods => _periods.AsSpan(0, Count);

    /// <summary>Gets the values kept, in the order of <see cref="Periods"/>.</summary>
    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    /// <summary>Sets the value of a period: a period kept already keeps its place.</summary>
    public T this[ReportingPeriod period]
    {
        set
        {
            var index = IndexOf(period);
            if (index < 0)
            {
                if (Count == _periods.Length)
                {
                    Array.Resize(ref _periods, Count * 2);
                    Array.Resize(ref _values, Count * 2);
                }
                index = Count++;
                _periods[index] = period;
            }
            _values[index] = value;
        }
    }

    /// <summary>Makes room for at least <paramref name="capacity"/> periods, so that adding that many grows the arrays once.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (_periods.Length < capacity)
        {
            Array.Resize(ref _periods, capacity);
            Array.Resize(ref _values, capacity);
        }
    }

    /// <summary>Whether a period is kept.</summary>
    public bool ContainsKey(ReportingPeriod period) => IndexOf(period) >= 0;

    /// <summary>Gets the value of a period, if it is kept.</summary>
    public bool TryGetValue(ReportingPeriod period, out T value)
    {
        var index = IndexOf(period);
        value = index < 0 ? default! : _values[index];
        return index >= 0;
    }

    /// <summary>Removes a period, keeping the order of the others.</summary>
    public bool Remove(ReportingPeriod period)
    {
        var index = IndexOf(period);
        if (index < 0)
        {
            return false;
        }
        Array.Copy(_periods, index + 1, _periods, index, Count - index - 1);
        Array.Copy(_values, index + 1, _values, index, Count - index - 1);
        Count--;
        _values[Count] = default!; // no reference kept to what was removed
        return true;
    }

    /// <summary>Removes every period.</summary>
    public void Clear()
    {
        Array.Clear(_values, 0, Count);
        Count = 0;
    }

    private int IndexOf(ReportingPeriod period) => Array.IndexOf(_periods, period, 0, Count);
}
