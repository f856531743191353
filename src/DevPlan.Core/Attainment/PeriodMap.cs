using DevPlan.Core.Periods;

namespace DevPlan.Core.Attainment;

/// <summary>
/// A small map from periods to values, in the order the periods were first added: what one target
/// keeps of the figures offered to it (a few, at most a few dozen). Two arrays searched in a line
/// rather than a hash table: a million targets each keeping one figure is a million small arrays, not
/// a million dictionaries of a few hundred bytes each. The arrays are segments of the slabs the maps
/// of one evaluation share (<see cref="Slab{T}"/>), not objects of their own.
/// </summary>
/// <typeparam name="T">The value kept for a period.</typeparam>
internal sealed class PeriodMap<T>
{
    private readonly Slab<ReportingPeriod> _periodSlab;
    private readonly Slab<T> _valueSlab;
    private Slab<ReportingPeriod>.Segment _periods;
    private Slab<T>.Segment _values;

    /// <summary>Creates an empty map with slabs of its own (for a map that shares none).</summary>
    public PeriodMap()
        : this(new Slab<ReportingPeriod>(), new Slab<T>())
    {
    }

    /// <summary>Creates an empty map whose periods and values are carved from the slabs given.</summary>
    public PeriodMap(Slab<ReportingPeriod> periods, Slab<T> values)
    {
        _periodSlab = periods;
        _valueSlab = values;
        _periods = periods.Carve(1);
        _values = values.Carve(1);
    }

    /// <summary>Gets the number of periods.</summary>
    public int Count { get; private set; }

    /// <summary>Gets the periods, in the order first added.</summary>
    public ReadOnlySpan<ReportingPeriod> Periods => _periodSlab.Of(_periods)[..Count];

    /// <summary>Gets the values, in the order of <see cref="Periods"/>.</summary>
    public ReadOnlySpan<T> Values => _valueSlab.Of(_values)[..Count];

    /// <summary>Sets the value of a period: replaces it when the period is there, adds it last when not.</summary>
    public T this[ReportingPeriod period]
    {
        set
        {
            var index = IndexOf(period);
            if (index < 0)
            {
                if (Count == _periods.Length)
                {
                    Grow(Count * 2);
                }
                index = Count++;
                _periodSlab.Of(_periods)[index] = period;
            }
            _valueSlab.Of(_values)[index] = value;
        }
    }

    /// <summary>Makes room for <paramref name="capacity"/> periods without growing again.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (_periods.Length < capacity)
        {
            Grow(capacity);
        }
    }

    /// <summary>Whether the period is there.</summary>
    public bool ContainsKey(ReportingPeriod period) => IndexOf(period) >= 0;

    /// <summary>Gets the value of a period, if it is there.</summary>
    public bool TryGetValue(ReportingPeriod period, out T value)
    {
        var index = IndexOf(period);
        value = index < 0 ? default! : _valueSlab.Of(_values)[index];
        return index >= 0;
    }

    /// <summary>Removes a period and its value; false if it was not there.</summary>
    public bool Remove(ReportingPeriod period)
    {
        var index = IndexOf(period);
        if (index < 0)
        {
            return false;
        }
        var periods = _periodSlab.Of(_periods);
        var values = _valueSlab.Of(_values);
        periods[(index + 1)..Count].CopyTo(periods[index..]);
        values[(index + 1)..Count].CopyTo(values[index..]);
        Count--;
        values[Count] = default!; // no reference kept to what was removed
        return true;
    }

    /// <summary>Removes every period.</summary>
    public void Clear()
    {
        _valueSlab.Of(_values)[..Count].Clear();
        Count = 0;
    }

    /// <summary>Moves the periods and values to new segments of <paramref name="capacity"/>, giving the old ones back.</summary>
    private void Grow(int capacity)
    {
        var (periods, values) = (_periodSlab.Carve(capacity), _valueSlab.Carve(capacity));
        _periodSlab.Of(_periods)[..Count].CopyTo(_periodSlab.Of(periods));
        _valueSlab.Of(_values)[..Count].CopyTo(_valueSlab.Of(values));
        _periodSlab.Return(_periods);
        _valueSlab.Return(_values); // cleared: the segment given back keeps no references
        (_periods, _values) = (periods, values);
    }

    private int IndexOf(ReportingPeriod period) => Periods.IndexOf(period);
}
