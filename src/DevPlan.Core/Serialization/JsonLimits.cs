using System.Globalization;
using System.Text.Json;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Serialization;

/// <summary>
/// A pass over a document before it is deserialised, enforcing the string and array limits of
/// <see cref="JsonReadOptions"/>. Syntax errors are left for the deserialiser, which reports them
/// with their path.
/// </summary>
internal static class JsonLimits
{
    /// <summary>The first limit the document breaks, with its path and byte offset; null when it keeps them all.</summary>
    public static (DiagnosticMessage Reason, string Path, long Offset)? FindViolation(ReadOnlySpan<byte> json, JsonReadOptions options)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = options.MaxDepth });
        var frames = new List<(bool IsArray, int Count, string? Property)>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        if (reader.ValueSpan.Length > options.MaxStringBytes)
                        {
                            return (TooLong("member name", options), PathOf(frames), reader.TokenStartIndex);
                        }
                        frames[^1] = frames[^1] with { Property = reader.GetString() };
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }
                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    var count = frames[^1].Count + 1;
                    frames[^1] = frames[^1] with { Count = count };
                    if (count > options.MaxArrayLength)
                    {
                        frames[^1] = frames[^1] with { Count = 0 };
                        return ($"Expected an array of at most {options.MaxArrayLength} elements (JsonReadOptions.MaxArrayLength), but this one is longer.", PathOf(frames), reader.TokenStartIndex);
                    }
                }
                if (reader.TokenType == JsonTokenType.String && reader.ValueSpan.Length > options.MaxStringBytes)
                {
                    return (TooLong("string", options), PathOf(frames), reader.TokenStartIndex);
                }
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, 0, null));
                }
            }
        }
        catch (JsonException)
        {
            // Malformed: the deserialiser reports it with its path.
        }
        return null;
    }

    private static DiagnosticMessage TooLong(DiagnosticMessage what, JsonReadOptions options) =>
        $"Expected a {what} of at most {options.MaxStringBytes} bytes (JsonReadOptions.MaxStringBytes), but this one is longer.";

    private static string PathOf(List<(bool IsArray, int Count, string? Property)> frames)
    {
        var path = "$";
        for (var i = 0; i < frames.Count; i++)
        {
            var frame = frames[i];
            var isLast = i == frames.Count - 1;
            if (frame.IsArray)
            {
                if (frame.Count > 0 || !isLast)
                {
                    path += string.Create(CultureInfo.InvariantCulture, $"[{Math.Max(frame.Count - 1, 0)}]");
                }
            }
            else if (frame.Property is not null)
            {
                path = JsonLocator.AppendProperty(path, frame.Property);
            }
        }
        return path;
    }
}
