using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Serialization;

/// <summary>
/// JSON members of a document object that this version of the library does not know, kept
/// verbatim and in order so that a document written by a newer version survives a load and save.
/// </summary>
/// <remarks>
/// <para>The model knows nothing of JSON: the readers attach the unknown members of each object to
/// the model element built from it, by identity, and the writers look them up
/// (<see cref="Of"/>). An element reused in a new plan (the targets of an edited plan) keeps its
/// members; a new element has none. Attached members live as long as their element.</para>
/// <para>Values are detached <see cref="JsonElement"/> clones and so safe to keep. When the object
/// is written back, its unknown members follow its known ones.</para>
/// </remarks>
public sealed class UnknownMembers : IReadOnlyList<KeyValuePair<string, JsonElement>>
{
    private static readonly ConditionalWeakTable<object, UnknownMembers> Attached = new();

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

    /// <summary>Gets the unknown members read with a model element (a plan, a target, an observation…).</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its members, or <see cref="Empty"/> when it was not read from a document or had none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="element"/> is null.</exception>
    public static UnknownMembers Of(object element) =>
        Attached.TryGetValue(Preconditions.CheckNotNull(element), out var members) ? members : Empty;

    /// <summary>Attaches members to an element (a reader does, as it builds the element); returns the element.</summary>
    internal static T Attach<T>(T element, UnknownMembers members)
        where T : class
    {
        if (!members.IsEmpty)
        {
            Attached.AddOrUpdate(element, members);
        }
        return element;
    }

    /// <summary>
    /// Unknown members are kept raw, so their strings were never decoded; one that escapes a lone
    /// surrogate (<c>"\uD800"</c>) could be read but not written back. Decodes every string of the
    /// value, throwing <see cref="InvalidOperationException"/> for such a one.
    /// </summary>
    internal static void CheckWritable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                _ = value.GetString();
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    CheckWritable(item);
                }
                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    _ = property.Name;
                    CheckWritable(property.Value);
                }
                break;
        }
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
