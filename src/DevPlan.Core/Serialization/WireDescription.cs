using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Serialization.Metadata;

namespace DevPlan.Core.Serialization;

/// <summary>
/// What the wire types (<c>WireModel.cs</c>) say about each document object: its members in
/// canonical order, which are required, and the names of its enum members. Read from the
/// source-generated metadata, so it cannot drift from what is read and written.
/// </summary>
internal static class WireDescription
{
    private static readonly ConcurrentDictionary<Type, JsonPropertyInfo[]> Required = new();

    /// <summary>The metadata of a wire type, as the source-generated context describes it (requiredness included).</summary>
    public static JsonTypeInfo Of(Type wireType) =>
        PlanJsonContext.Default.GetTypeInfo(wireType) ?? throw new InvalidOperationException($"{wireType.Name} is not a type of the document description.");

    /// <summary>The members of <paramref name="wireType"/> in canonical order (the bag of unknown members aside).</summary>
    public static IEnumerable<JsonPropertyInfo> Members(Type wireType) => Of(wireType).Properties.Where(p => !p.IsExtensionData);

    /// <summary>The JSON names of the members of <paramref name="wireType"/>, in canonical order.</summary>
    public static IEnumerable<string> MemberNames(Type wireType) => Members(wireType).Select(p => p.Name);

    /// <summary>
    /// The columns of <paramref name="wireType"/> as a table writes them: its members in canonical order, a
    /// quantity spread into its own members (<c>level</c> is written as <c>value</c> and <c>unit</c>).
    /// </summary>
    public static ImmutableArray<string> TableColumns(Type wireType) =>
        [.. Members(wireType).SelectMany(p => (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType) == typeof(Units.Quantity) ? QuantityJsonConverter.Members : [p.Name])];

    /// <summary>The JSON names of the required members of <paramref name="wire"/> that are missing, in canonical order.</summary>
    public static List<string> Missing(WireObject wire)
    {
        var required = Required.GetOrAdd(wire.GetType(), static type => [.. Of(type).Properties.Where(p => p.IsRequired)]);
        var missing = new List<string>();
        foreach (var property in required)
        {
            if (property.Get!(wire) is null)
            {
                missing.Add(property.Name);
            }
        }
        return missing;
    }

    /// <summary>The camelCase names an enum-typed member accepts, from its converter; null when the member is no enum.</summary>
    public static IReadOnlyList<string>? EnumNames(JsonPropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        return type.IsEnum && PlanJsonContext.Default.GetTypeInfo(type)?.Converter is IEnumNames names ? names.Names : null;
    }
}
