using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using NodaTime;
using NodaTime.Text;

namespace DevPlan.Core.Serialization;

// The converters of the JSON forms of the library's value types. Each reads strictly and throws a
// JsonException naming what it expected; System.Text.Json adds the path, line and byte position.

/// <summary>
/// Reads and writes a value as its invariant text through <see cref="ISpanParsable{TSelf}"/>:
/// units (<c>"10^8 CNY"</c>) and reporting periods (<c>"2024-Q2"</c>). A malformed text fails
/// with the type's own message, which names the text and the accepted forms.
/// </summary>
internal sealed class InvariantTextJsonConverter<T> : JsonConverter<T>
    where T : ISpanParsable<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, $"a {typeof(T).Name} in its text form");
        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw new WordedJsonException(Worded.Of(e));
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}

/// <summary>Reads and writes NodaTime's <see cref="LocalDate"/> in the ISO form <c>"2024-02-23"</c>.</summary>
internal sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = JsonRead.String(ref reader, "an ISO date such as \"2024-02-23\"");
        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success
            ? result.Value
            : throw new WordedJsonException($"Expected an ISO date such as \"2024-02-23\", but found \"{JsonRead.Shorten(text)}\".");
    }

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
}

/// <summary>Reads and writes <see cref="LocalizedText"/> as an object of language tags: <c>{"zh-CN": "…", "en": "…"}</c>.</summary>
internal sealed class LocalizedTextJsonConverter : JsonConverter<LocalizedText>
{
    public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new WordedJsonException($"Expected an object of texts by language tag, such as {{\"zh-CN\": \"…\", \"en\": \"…\"}}, but found {JsonRead.Describe(reader.TokenType)}.");
        }
        var entries = new List<KeyValuePair<string, string>>(2);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var tag = reader.GetString()!;
            reader.Read();
            var text = JsonRead.String(ref reader, $"the text for language \"{JsonRead.Shorten(tag)}\"");
            entries.Add(new(tag, text));
        }
        try
        {
            return LocalizedText.FromEntries(entries);
        }
        catch (ArgumentException e)
        {
            throw new WordedJsonException(Worded.Of(e));
        }
    }

    public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (tag, text) in value)
        {
            writer.WriteString(tag, text);
        }
        writer.WriteEndObject();
    }
}

/// <summary>
/// Reads and writes <see cref="Quantity"/> as <c>{"value": 1767.3, "unit": "10^8 CNY"}</c>. Both
/// members are required and no other member is allowed, since a quantity has nowhere to keep one.
/// </summary>
internal sealed class QuantityJsonConverter : JsonConverter<Quantity>
{
    /// <summary>The members of a quantity object, in the order written; a table spreads a quantity into these columns.</summary>
    public static ImmutableArray<string> Members { get; } = ["value", "unit"];

    public override Quantity Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new WordedJsonException($"Expected a quantity object such as {{\"value\": 1767.3, \"unit\": \"10^8 CNY\"}}, but found {JsonRead.Describe(reader.TokenType)}.");
        }
        decimal? value = null;
        Unit? unit = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                if (value is not null || reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var v))
                {
                    throw value is not null
                        ? new WordedJsonException("The member \"value\" appears more than once in a quantity.")
                        : new WordedJsonException($"Expected the quantity's \"value\" as a number within the range of decimal, but found {JsonRead.Describe(reader.TokenType)}.");
                }
                value = v;
            }
            else if (reader.ValueTextEquals("unit"u8))
            {
                reader.Read();
                if (unit is not null)
                {
                    throw new WordedJsonException("The member \"unit\" appears more than once in a quantity.");
                }
                unit = new InvariantTextJsonConverter<Unit>().Read(ref reader, typeof(Unit), options);
            }
            else
            {
                throw new WordedJsonException($"Expected only \"value\" and \"unit\" in a quantity, but found \"{JsonRead.Shorten(reader.GetString()!)}\".");
            }
        }
        if (value is null || unit is null)
        {
            throw new WordedJsonException($"Expected both \"value\" and \"unit\" in a quantity, but \"{(value is null ? "value" : "unit")}\" is missing.");
        }
        return new Quantity(value.Value, unit.Value);
    }

    public override void Write(Utf8JsonWriter writer, Quantity value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, value.Value);
        writer.WriteString("unit"u8, value.Unit.ToString());
        writer.WriteEndObject();
    }
}

/// <summary>The names of an enum as documents write them: camelCase, in declaration order.</summary>
internal interface IEnumNames
{
    /// <summary>The camelCase names.</summary>
    IReadOnlyList<string> Names { get; }
}

/// <summary>
/// Enums as camelCase strings (<c>"growthRate"</c>). Anything else (another name, a number, another
/// case) is refused with the value found and every allowed name.
/// </summary>
internal sealed class CamelCaseEnumConverter<TEnum> : JsonConverter<TEnum>, IEnumNames
    where TEnum : struct, Enum
{
    private static readonly (string Name, TEnum Value)[] Members =
        [.. Enum.GetValues<TEnum>().Select(v => (JsonNamingPolicy.CamelCase.ConvertName(v.ToString()), v))];

    /// <summary>The camelCase names of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> AllNames { get; } = [.. Members.Select(m => m.Name)];

    public IReadOnlyList<string> Names => AllNames;

    /// <summary>The camelCase name of a value, as written.</summary>
    public static string NameOf(TEnum value)
    {
        foreach (var (name, member) in Members)
        {
            if (EqualityComparer<TEnum>.Default.Equals(member, value))
            {
                return name;
            }
        }
        throw new ArgumentOutOfRangeException(nameof(value), value, $"Expected a defined {typeof(TEnum).Name}.");
    }

    /// <summary>The value of a camelCase name, or null.</summary>
    public static TEnum? Find(ReadOnlySpan<char> name)
    {
        foreach (var (candidate, value) in Members)
        {
            if (name.SequenceEqual(candidate))
            {
                return value;
            }
        }
        return null;
    }

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var allowed = string.Join(", ", AllNames.Select(n => $"\"{n}\""));
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new WordedJsonException($"Expected one of {allowed} as a JSON string, but found {JsonRead.Describe(reader.TokenType)}.");
        }
        var text = reader.GetString()!;
        return Find(text) ?? throw new WordedJsonException($"Expected one of {allowed}, but found \"{JsonRead.Shorten(text)}\".");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));
}

/// <summary>Helpers shared by the converters.</summary>
internal static class JsonRead
{
    public static string String(ref Utf8JsonReader reader, DiagnosticMessage expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new WordedJsonException($"Expected {expected} as a JSON string, but found {Describe(reader.TokenType)}.");

    /// <summary>What a token is, as a phrase of a message ("a number").</summary>
    public static DiagnosticMessage Describe(JsonTokenType token)
    {
        switch (token)
        {
            case JsonTokenType.StartObject:
                return "an object";
            case JsonTokenType.StartArray:
                return "an array";
            case JsonTokenType.String:
                return "a string";
            case JsonTokenType.Number:
                return "a number";
            case JsonTokenType.True or JsonTokenType.False:
                return "a boolean";
            case JsonTokenType.Null:
                return "null";
            default:
                return $"{token}";
        }
    }

    public static string Shorten(string text) => Preconditions.Truncate(text);
}
