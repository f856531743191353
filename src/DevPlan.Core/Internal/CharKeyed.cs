using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace DevPlan.Core.Internal;

/// <summary>
/// Looks a string-keyed dictionary up from characters. On .NET 9 and later this is the dictionary's
/// alternate lookup and allocates nothing; on .NET 8, which has no alternate lookups, the characters
/// are made a string for the lookup (the same answer, one allocation per lookup).
/// </summary>
/// <typeparam name="TValue">The dictionary's values.</typeparam>
internal readonly struct CharKeyed<TValue>
{
#if NET9_0_OR_GREATER
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _dictionary;
    private readonly FrozenDictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _frozen;
    private readonly bool _isFrozen;
#else
    private readonly IReadOnlyDictionary<string, TValue> _map;
#endif

    /// <summary>Looks <paramref name="dictionary"/> up; its comparer must be ordinal.</summary>
    public CharKeyed(Dictionary<string, TValue> dictionary)
    {
#if NET9_0_OR_GREATER
        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
#else
        _map = dictionary;
#endif
    }

    /// <summary>Looks <paramref name="dictionary"/> up; its comparer must be ordinal.</summary>
    public CharKeyed(FrozenDictionary<string, TValue> dictionary)
    {
#if NET9_0_OR_GREATER
        _frozen = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        _isFrozen = true;
#else
        _map = dictionary;
#endif
    }

    /// <summary>Finds the value whose key is <paramref name="key"/>'s characters.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, [MaybeNullWhen(false)] out TValue value)
    {
#if NET9_0_OR_GREATER
        return _isFrozen ? _frozen.TryGetValue(key, out value) : _dictionary.TryGetValue(key, out value);
#else
        return _map.TryGetValue(key.ToString(), out value);
#endif
    }
}
