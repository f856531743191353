using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Finds where JSON paths (in the <c>$.a[0].b</c> form System.Text.Json reports) stand in a UTF-8
/// document, as a 1-based line and a 0-based byte position in that line. All the paths of one
/// document are found in a single pass with lines counted as it goes, so locating n diagnostics
/// costs one read of the document, not n.
/// </summary>
internal static class JsonLocator
{
    /// <summary>The positions of every path in <paramref name="paths"/> that the document holds, in one pass.</summary>
    public static Dictionary<string, (long Line, long BytePositionInLine)> LocateAll(ReadOnlySpan<byte> json, IReadOnlySet<string> paths, int maxDepth)
    {
        var found = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return found;
        }
        // Offsets come in document order, so lines are counted once from the start to the last match.
        var (line, lineStart, counted) = (1L, 0L, 0);
        foreach (var (path, offset) in Walk(json, paths, maxDepth))
        {
            var end = (int)Math.Min(offset, json.Length);
            var span = json[counted..end];
            var breaks = span.Count((byte)'\n');
            if (breaks > 0)
            {
                line += breaks;
                lineStart = counted + span.LastIndexOf((byte)'\n') + 1;
            }
            counted = end;
            found[path] = (line, end - lineStart);
        }
        return found;
    }

    /// <summary>
    /// Locates each wanted path, or its fallback when the first is not in the document (a model rule
    /// names a member the document omits), in one pass; a path found in neither has no position.
    /// </summary>
    public static (string Path, long? Line, long? BytePositionInLine)[] LocateOrFallBack(ReadOnlySpan<byte> json, IReadOnlyList<(string Path, string FallbackPath)> wanted, int maxDepth)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, fallback) in wanted)
        {
            paths.Add(path);
            paths.Add(fallback);
        }
        var positions = LocateAll(json, paths, maxDepth);
        var result = new (string, long?, long?)[wanted.Count];
        for (var i = 0; i < wanted.Count; i++)
        {
            var (path, fallback) = wanted[i];
            result[i] = positions.TryGetValue(path, out var at) ? (path, at.Line, at.BytePositionInLine)
                : positions.TryGetValue(fallback, out at) ? (fallback, at.Line, at.BytePositionInLine)
                : (path, null, null);
        }
        return result;
    }

    public static bool TryLocate(ReadOnlySpan<byte> json, string path, int maxDepth, out long line, out long bytePositionInLine)
    {
        var found = LocateAll(json, new HashSet<string>(StringComparer.Ordinal) { path }, maxDepth);
        (line, bytePositionInLine) = found.GetValueOrDefault(path);
        return found.ContainsKey(path);
    }

    /// <summary>The first offset of each wanted path (property names and values), in document order.</summary>
    private static List<(string Path, long Offset)> Walk(ReadOnlySpan<byte> json, IReadOnlySet<string> paths, int maxDepth)
    {
        var matches = new List<(string, long)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
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
                if (paths.Contains(current) && seen.Add(current))
                {
                    matches.Add((current, reader.TokenStartIndex));
                    if (matches.Count == paths.Count)
                    {
                        break;
                    }
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // The document is malformed beyond the points of interest; the caller falls back.
        }
        return matches;
    }

    /// <summary>Locates one path, or its fallback: see the batch overload.</summary>
    public static (string Path, long? Line, long? BytePositionInLine) LocateOrFallBack(ReadOnlySpan<byte> json, string path, string fallbackPath, int maxDepth) =>
        LocateOrFallBack(json, [(path, fallbackPath)], maxDepth)[0];

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
