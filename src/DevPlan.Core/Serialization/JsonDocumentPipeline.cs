using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The checks every JSON document read goes through, in order: size, byte-order mark, UTF-8,
/// string and array limits, deserialisation with the source-generated context, and mapping into
/// the model. Each failure becomes the caller's exception type with a path and a line.
/// </summary>
internal static partial class JsonDocumentPipeline
{
    /// <summary>Creates the caller's exception from a reason, a JSON path, a 1-based line, a byte position and an inner exception.</summary>
    public delegate Exception ErrorFactory(DiagnosticMessage reason, string? path, long? line, long? bytePosition, Exception? inner);

    private static readonly ConcurrentDictionary<int, JsonSerializerOptions> ReadOptions = new();

    /// <summary>The context of the canonical layout: two-space indent, \n line ends, non-ASCII text unescaped.</summary>
    public static PlanJsonContext WriteContext { get; } = new(new JsonSerializerOptions(PlanJsonContext.Default.Options)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static TResult Read<TWire, TResult>(ReadOnlySpan<byte> utf8Json, JsonReadOptions options,
        Func<TWire, TResult> map, DiagnosticMessage documentName, ErrorFactory error)
        where TWire : class
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw error(TooLargeReason(options), null, null, null, null);
        }
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }
        if (FindInvalidUtf8(utf8Json) is { } invalidAt)
        {
            var (line, position) = JsonLocator.Position(utf8Json, invalidAt);
            throw error($"Expected UTF-8 text, but the byte 0x{utf8Json[invalidAt]:X2} at offset {invalidAt} does not begin a valid UTF-8 sequence.", null, line, position, null);
        }
        if (JsonLimits.FindViolation(utf8Json, options) is { } violation)
        {
            var (line, position) = JsonLocator.Position(utf8Json, violation.Offset);
            throw error(violation.Reason, violation.Path, line, position, null);
        }
        TWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(utf8Json, (JsonTypeInfo<TWire>)ReadOptionsFor(options).GetTypeInfo(typeof(TWire)));
        }
        catch (JsonException e)
        {
            throw error(Reason(e), e.Path, e.LineNumber + 1, e.BytePositionInLine, e);
        }
        if (wire is null)
        {
            throw error($"Expected {documentName} (a JSON object), but found null.", "$", 1, 0, null);
        }
        try
        {
            return map(wire);
        }
        catch (PlanMappingException e)
        {
            var (path, line, position) = JsonLocator.LocateOrFallBack(utf8Json, e.Path, e.FallbackPath, options.MaxDepth);
            throw error(e.Reason, path, line, position, e);
        }
    }

    public static DiagnosticMessage TooLargeReason(JsonReadOptions options) =>
        $"Expected a document of at most {options.MaxDocumentBytes} bytes (JsonReadOptions.MaxDocumentBytes), but it is larger.";

    /// <summary>Reads a file's bytes up to the size limit.</summary>
    public static byte[] ReadBounded(string path, JsonReadOptions options, Func<JsonReadOptions, Exception> tooLarge)
    {
        using var stream = File.OpenRead(path);
        return ReadBounded(stream, options, tooLarge);
    }

    /// <summary>Reads a stream to its end, refusing more than the size limit.</summary>
    public static byte[] ReadBounded(Stream stream, JsonReadOptions options, Func<JsonReadOptions, Exception> tooLarge)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                Append(buffer, chunk, read, options, tooLarge);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    /// <summary>Reads a stream to its end asynchronously, refusing more than the size limit.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream stream, JsonReadOptions options, Func<JsonReadOptions, Exception> tooLarge, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Append(buffer, chunk, read, options, tooLarge);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    public static void Append(MemoryStream buffer, byte[] chunk, int count, JsonReadOptions options, Func<JsonReadOptions, Exception> tooLarge)
    {
        if (buffer.Length + count > options.MaxDocumentBytes)
        {
            throw tooLarge(options);
        }
        buffer.Write(chunk, 0, count);
    }

    /// <summary>
    /// The offset of the first byte that is not valid UTF-8, or null. System.Text.Json checks the
    /// strings it decodes, but not those it keeps raw (unknown members), so the whole document is
    /// checked first.
    /// </summary>
    private static int? FindInvalidUtf8(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8))
        {
            return null;
        }
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(utf8[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
            {
                return offset;
            }
        }
    }

    /// <summary>
    /// The options of reading: the source-generated context with the depth limit, and with
    /// <see cref="JsonPropertyInfo.IsRequired"/> cleared, since the mapper enforces required members
    /// (<see cref="WireDescription"/>) and names them all at once.
    /// </summary>
    public static JsonSerializerOptions ReadOptionsFor(JsonReadOptions options) =>
        ReadOptions.GetOrAdd(options.MaxDepth, static depth => new JsonSerializerOptions(PlanJsonContext.Default.Options)
        {
            MaxDepth = depth,
            TypeInfoResolver = PlanJsonContext.Default.WithAddedModifier(static info =>
            {
                foreach (var property in info.Properties)
                {
                    property.IsRequired = false;
                }
            }),
        });

    /// <summary>
    /// The reason of a JSON error: a converter's own message; System.Text.Json's for a value of the wrong type
    /// as what was expected; its message for malformed JSON, without its location suffix and with public names
    /// for the wire types.
    /// </summary>
    private static DiagnosticMessage Reason(JsonException e)
    {
        if (e is IWordedException worded)
        {
            return DiagnosticMessage.Of(worded.Text);
        }
        var message = e.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }
        message = WireTypeName().Replace(message, m => $"a {m.Groups[1].Value} object");
        var target = ConvertedType().Match(message);
        if (target.Success && Expected(target.Groups[1].Value.TrimEnd('.')) is { } expected)
        {
            return $"Expected {expected}, but found a value of another type or form.";
        }
        return $"The JSON cannot be read here: {message}";
    }

    /// <summary>What a value of a .NET type is expected to be in JSON, as a phrase of a message; null for a type not named.</summary>
    private static DiagnosticMessage? Expected(string typeName)
    {
        switch (typeName)
        {
            case "System.Int32":
                return "a whole number";
            case "System.Decimal":
                return "a number within the range of decimal (at most 28 decimal places, magnitude below 7.9e28)";
            case "System.String":
                return "a JSON string";
            case "System.Boolean":
                return "true or false";
            case var name when name.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal):
                return "an array";
            case var name when name.EndsWith("Wire", StringComparison.Ordinal):
                return "an object";
            default:
                return null;
        }
    }

    [GeneratedRegex(@"type '(?:[\w.]+\.)?(\w+?)Wire'")]
    private static partial Regex WireTypeName();

    [GeneratedRegex(@"^The JSON value could not be converted to (?:System\.Nullable`1\[)?([\w.`]+)")]
    private static partial Regex ConvertedType();
}
