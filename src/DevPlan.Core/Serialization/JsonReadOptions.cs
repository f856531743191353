using DevPlan.Core.Internal;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Limits that keep reading JSON documents (plans and observation documents) safe on untrusted
/// input: size, nesting depth, string length and collection length. The defaults suit any real plan
/// with a wide margin; raise them only for documents you trust.
/// </summary>
public sealed record JsonReadOptions
{
    /// <summary>The default limit on a document's size: 16 MiB.</summary>
    internal const long DefaultMaxDocumentBytes = 16L * 1024 * 1024;

    /// <summary>The default limit on nesting: 64 levels of objects and arrays.</summary>
    internal const int DefaultMaxDepth = 64;

    /// <summary>The default limit on one string or member name: 65,536 bytes of JSON text.</summary>
    internal const int DefaultMaxStringBytes = 64 * 1024;

    /// <summary>The default limit on one array: 1,000,000 elements.</summary>
    internal const int DefaultMaxArrayLength = 1_000_000;

    /// <summary>The default options.</summary>
    public static JsonReadOptions Default { get; } = new();

    /// <summary>Gets the largest document read, in bytes; a larger one is refused before it is parsed. Default 16 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1 or more than 2 GiB − 1.</exception>
    public long MaxDocumentBytes
    {
        get;
        init
        {
            if (value is < 1 or > int.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(MaxDocumentBytes), value, $"Expected a size from 1 to {int.MaxValue} bytes, but found {value}.");
            }
            field = value;
        }
    } = DefaultMaxDocumentBytes;

    /// <summary>Gets the deepest nesting of objects and arrays read (unknown members included). Default 64.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 8 or more than 1000.</exception>
    public int MaxDepth
    {
        get;
        init => field = Preconditions.CheckRange(value, 8, 1000, nameof(MaxDepth));
    } = DefaultMaxDepth;

    /// <summary>Gets the longest string or member name read, in bytes of JSON text (escapes included). Default 64 KiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 16.</exception>
    public int MaxStringBytes
    {
        get;
        init => field = Preconditions.CheckRange(value, 16, int.MaxValue, nameof(MaxStringBytes));
    } = DefaultMaxStringBytes;

    /// <summary>Gets the most elements one array may have. Default 1,000,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to less than 1.</exception>
    public int MaxArrayLength
    {
        get;
        init => field = Preconditions.CheckRange(value, 1, int.MaxValue, nameof(MaxArrayLength));
    } = DefaultMaxArrayLength;

    /// <summary>
    /// Gets the units an observation document may use: <see cref="UnitSystem.BuiltIn"/> by default; a
    /// plan's <c>UnitSystem</c> adds its own units, by code or name. A plan document declares its own.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnitSystem Units
    {
        get;
        init => field = Preconditions.CheckNotNull(value, nameof(Units));
    } = UnitSystem.BuiltIn;
}
