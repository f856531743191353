using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Internal;

namespace DevPlan.Core;

/// <summary>
/// JSON members of a document object that this version of the library does not know, kept
/// verbatim and in order so that a document written by a newer version survives a load and save.
/// </summary>
/// <remarks>
/// Values are detached <see cref="JsonElement"/> clones and so safe to keep. When the object is
/// written back, its unknown members follow its known ones.
/// </remarks>
public sealed class UnknownMembers : IReadOnlyList<KeyValuePair<string, JsonElement>>
{
    private readonly ImmutableArray<KeyValuePair<string, JsonElement>> _members;

    private UnknownMembers(ImmutableArray<KeyValuePair<string, JsonElement>> members) => _members = members;

    /// <summary>No unknown members.</summary>
    public static UnknownMembers Empty { get; } = new([]);

    /// <summary>Creates a set of unknown members, cloning each value.</summary>
    /// <param name="members">Name and value pairs, in document order; names must be distinct.</param>
    /// <returns>The members, or <see cref="Empty"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> or a name is null.</exception>
    /// <exception cref="ArgumentException">A name appears twice.</exception>
    public static UnknownMembers Create(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        Preconditions.CheckNotNull(members);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            Preconditions.CheckNotNull(name, nameof(members));
            if (!names.Add(name))
            {
                throw new ArgumentException($"The member \"{name}\" appears more than once.", nameof(members));
            }
            builder.Add(new(name, value.Clone()));
        }
        return builder.Count == 0 ? Empty : new UnknownMembers(builder.ToImmutable());
    }

    /// <summary>Gets the number of members.</summary>
    public int Count => _members.Length;

    /// <summary>Gets whether there are no members.</summary>
    public bool IsEmpty => _members.IsEmpty;

    /// <summary>Gets the member at <paramref name="index"/>, in document order.</summary>
    /// <param name="index">The zero-based position.</param>
    public KeyValuePair<string, JsonElement> this[int index] => _members[index];

    /// <summary>Finds a member by name (ordinal comparison).</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The value, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        foreach (var member in _members)
        {
            if (string.Equals(member.Key, name, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
