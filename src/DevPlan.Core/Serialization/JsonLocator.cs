using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Finds where a JSON path (in the <c>$.a[0].b</c> form System.Text.Json reports) stands in a
/// UTF-8 document, as a 1-based line and a 0-based byte position in that line. Used only on the
/// error path, so it favours simplicity over speed.
/// </summary>
internal static class JsonLocator
{
    public static bool TryLocate(ReadOnlySpan<byte> json, string path, int maxDepth, out long line, out long bytePositionInLine)
    {
        line = 0;
        bytePositionInLine = 0;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        // Each frame is the path of a container and, for arrays, the index of the next element.
        var frames = new Stack<(string Path, int NextIndex, bool IsArray)>();
        string? pendingProperty = null;
        try
        {
            while (reader.Read())
            {
                string current;
                if (reader.TokenType == JsonTokenType.PropertyName)
                {
                    pendingProperty = AppendProperty(frames.Peek().Path, reader.GetString()!);
                    current = pendingProperty;
                }
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    frames.Pop();
                    continue;
                }
                else
                {
                    if (frames.Count == 0)
                    {
                        current = "$";
                    }
                    else if (frames.Peek().IsArray)
                    {
                        var (arrayPath, index, _) = frames.Pop();
                        frames.Push((arrayPath, index + 1, true));
                        current = string.Create(CultureInfo.InvariantCulture, $"{arrayPath}[{index}]");
                    }
                    else
                    {
                        current = pendingProperty!;
                    }
                    if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                    {
                        frames.Push((current, 0, reader.TokenType == JsonTokenType.StartArray));
                    }
                }
                if (string.Equals(current, path, StringComparison.Ordinal))
                {
                    (line, bytePositionInLine) = Position(json, reader.TokenStartIndex);
                    return true;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The document is malformed beyond the point of interest; the caller falls back.
        }
        return false;
    }

    /// <summary>
    /// Locates <paramref name="path"/>, or <paramref name="fallbackPath"/> when the first is not in
    /// the document (a model rule names a member the document omits); returns the path found, or
    /// the first path with no position when neither is found.
    /// </summary>
    public static (string Path, long? Line, long? BytePositionInLine) LocateOrFallBack(ReadOnlySpan<byte> json, string path, string fallbackPath, int maxDepth)
    {
        if (TryLocate(json, path, maxDepth, out var line, out var position))
        {
            return (path, line, position);
        }
        if (TryLocate(json, fallbackPath, maxDepth, out line, out position))
        {
            return (fallbackPath, line, position);
        }
        return (path, null, null);
    }

    /// <summary>The 1-based line and 0-based byte position in the line of a byte offset.</summary>
    public static (long Line, long BytePositionInLine) Position(ReadOnlySpan<byte> json, long offset)
    {
        var before = json[..(int)Math.Min(offset, json.Length)];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (before.Count((byte)'\n') + 1, before.Length - lineStart);
    }

    /// <summary>Appends a member to a path as System.Text.Json writes it: <c>.name</c>, or <c>['name']</c> for names with other characters.</summary>
    public static string AppendProperty(string parent, string name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                var builder = new StringBuilder(parent).Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                return builder.ToString();
            }
        }
        return parent + "." + name;
    }
}
