namespace DevPlan.Core.Attainment;

/// <summary>
/// A set of the orders figures were offered in (0 to a count known beforehand), one bit each: what the
/// selection marks as used and counts as superseded. Ten million figures are 1.25 MB, where a hash set
/// of their orders was a large-object array the size of the set many times over.
/// </summary>
internal sealed class OrderSet
{
    private readonly ulong[] _bits;

    /// <summary>Creates an empty set for the orders 0 to <paramref name="count"/> − 1.</summary>
    public OrderSet(long count) => _bits = new ulong[(count + 63) / 64];

    /// <summary>Adds an order; false if it was in the set already.</summary>
    public bool Add(long order)
    {
        ref var word = ref _bits[order >> 6];
        var bit = 1UL << (int)(order & 63);
        var added = (word & bit) == 0;
        word |= bit;
        return added;
    }

    /// <summary>Whether an order is in the set.</summary>
    public bool Contains(long order) => (_bits[order >> 6] & (1UL << (int)(order & 63))) != 0;
}
