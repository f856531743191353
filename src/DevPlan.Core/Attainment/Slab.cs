namespace DevPlan.Core.Attainment;

/// <summary>
/// Many small arrays carved from a few large ones: the storage of the <see cref="PeriodMap{T}"/>s of
/// one evaluation. A national plan's targets each keep a dozen figures; as arrays of their own they
/// are hundreds of thousands of small objects that the garbage collector copies from generation to
/// generation while the file streams past, and the more the larger the file. Carved from chunks of
/// up to 16,384 elements (large objects, allocated where they stay), they are never copied.
/// </summary>
/// <remarks>
/// A segment a map outgrows is given back (<see cref="Return"/>) and carved again for the next map
/// that asks for as many elements, so that maps growing by doubling leave no holes. Chunks grow from
/// 16 elements, so that a small evaluation (or a test) does not pay for a large one.
/// </remarks>
/// <typeparam name="T">The element.</typeparam>
internal sealed class Slab<T>
{
    private const int FirstChunk = 16;
    private const int LargestChunk = 1 << 14;
    private const int LongestReused = 64;
    private readonly List<T[]> _chunks = [];
    private readonly Stack<Segment>?[] _returned = new Stack<Segment>?[LongestReused + 1]; // by length
    private int _used;

    /// <summary>Gets the number of chunks: for tests of how the slab grows.</summary>
    internal int Chunks => _chunks.Count;

    /// <summary>Carves a segment of <paramref name="length"/> elements (all default).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive.</exception>
    public Segment Carve(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        if (length <= LongestReused && _returned[length] is { Count: > 0 } returned)
        {
            return returned.Pop();
        }
        if (_chunks.Count == 0 || _used + length > _chunks[^1].Length)
        {
            var size = _chunks.Count == 0 ? FirstChunk : Math.Min(_chunks[^1].Length * 2, LargestChunk);
            _chunks.Add(new T[Math.Max(size, length)]);
            _used = 0;
        }
        var segment = new Segment(_chunks.Count - 1, _used, length);
        _used += length;
        return segment;
    }

    /// <summary>
    /// Gives a segment back, cleared, to be carved again for a map that asks for as many elements
    /// (up to 64; a longer one is given up).
    /// </summary>
    public void Return(Segment segment)
    {
        Of(segment).Clear();
        if (segment.Length <= LongestReused)
        {
            (_returned[segment.Length] ??= new()).Push(segment);
        }
    }

    /// <summary>The elements of a segment.</summary>
    public Span<T> Of(Segment segment) => _chunks[segment.Chunk].AsSpan(segment.Offset, segment.Length);

    /// <summary>A run of elements in one chunk.</summary>
    /// <param name="Chunk">The chunk's number.</param>
    /// <param name="Offset">The first element's place in the chunk.</param>
    /// <param name="Length">The number of elements.</param>
    internal readonly record struct Segment(int Chunk, int Offset, int Length);
}
