using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.RegularExpressions;
using DevPlan.Core.Internal;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Reads and writes plan documents as JSON (System.Text.Json with a source-generated context: no
/// reflection at run time).
/// </summary>
/// <remarks>
/// <para><b>Form.</b> camelCase member names; enums as camelCase strings; dates in ISO form
/// (<c>2024-02-23</c>); periods in SDMX form (<c>2024-Q2</c>); units in the invariant form
/// (<c>10^8 CNY</c>); texts as objects keyed by language tag; a <c>schemaVersion</c> member
/// (<see cref="SchemaVersion"/>) at the root.</para>
/// <para><b>Lossless.</b> Numbers are read as <see cref="decimal"/> and keep their scale, so
/// <c>1767.3</c> and <c>7.70</c> are written back as they were read. Exponent forms are normalised
/// (<c>1.0e1</c> is written <c>10</c>) and <c>-0</c> becomes <c>0</c>. Members the library does not know are kept
/// on the element that held them (<see cref="PlanElement.UnknownMembers"/>) and written back after
/// its known members.</para>
/// <para><b>Canonical layout.</b> Writing produces UTF-8 without a byte-order mark, indented by two
/// spaces, with <c>\n</c> line ends and a final newline; optional members that are absent and empty
/// lists are omitted; non-ASCII text is written as is (only characters JSON requires, and characters
/// outside the Basic Multilingual Plane, are escaped). A document already in this layout is
/// reproduced byte for byte by a read and a write.</para>
/// <para><b>Untrusted input.</b> Reading is bounded by <see cref="JsonReadOptions"/> (size,
/// depth, string length and array length), refuses duplicate member names, comments, trailing commas and numbers outside the range
/// of decimal, and has no type-name polymorphism. Any bad content raises
/// <see cref="PlanFormatException"/> with the line, byte position and JSON path of the problem.</para>
/// </remarks>
public static partial class PlanJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    private static readonly ConcurrentDictionary<int, PlanJsonContext> ReadContexts = new();

    private static readonly PlanJsonContext WriteContext = new(new JsonSerializerOptions(PlanJsonContext.Default.Options)
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads a plan from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages (a file name), or null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        Parse(utf8Json, options ?? JsonReadOptions.Default, sourceName, new PlanWireReader(lenient: false));

    /// <summary>Parses with a given wire reader (strict or lenient).</summary>
    internal static Plan Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions options, string? sourceName, PlanWireReader reader)
    {
        if (utf8Json.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options, sourceName);
        }
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }
        if (FindInvalidUtf8(utf8Json) is { } invalidAt)
        {
            var (line, position) = JsonLocator.Position(utf8Json, invalidAt);
            throw new PlanFormatException($"Expected UTF-8 text, but the byte 0x{utf8Json[invalidAt]:X2} at offset {invalidAt} does not begin a valid UTF-8 sequence.", null, line, position, sourceName);
        }
        if (JsonLimits.FindViolation(utf8Json, options) is { } violation)
        {
            var (line, position) = JsonLocator.Position(utf8Json, violation.Offset);
            throw new PlanFormatException(violation.Reason, violation.Path, line, position, sourceName);
        }
        PlanWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(utf8Json, ContextFor(options).PlanWire);
        }
        catch (JsonException e)
        {
            throw new PlanFormatException(Reason(e), e.Path, e.LineNumber + 1, e.BytePositionInLine, sourceName, e);
        }
        if (wire is null)
        {
            throw new PlanFormatException("Expected a plan document (a JSON object), but found null.", "$", 1, 0, sourceName);
        }
        try
        {
            return reader.ToPlan(wire);
        }
        catch (PlanMappingException e)
        {
            var path = e.Path;
            if (!JsonLocator.TryLocate(utf8Json, path, options.MaxDepth, out var line, out var position))
            {
                path = e.FallbackPath;
                JsonLocator.TryLocate(utf8Json, path, options.MaxDepth, out line, out position);
            }
            throw new PlanFormatException(e.Message, path, line == 0 ? null : line, line == 0 ? null : position, sourceName, e);
        }
    }

    /// <summary>Reads a plan from a JSON string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="PlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Parse(string json, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(json);
        options ??= JsonReadOptions.Default;
        if (json.Length > options.MaxDocumentBytes)
        {
            throw TooLarge(options, null);
        }
        return Parse(System.Text.Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a plan from a stream, to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="PlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Read(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        return Parse(ReadBounded(utf8Json, options, sourceName), options, sourceName);
    }

    /// <summary>Reads a plan from a stream asynchronously, to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="PlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<Plan> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await utf8Json.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)) > 0)
            {
                Append(buffer, chunk, read, options, sourceName);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options, sourceName);
    }

    /// <summary>Reads a plan from a file; error messages name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="PlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan ReadFile(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= JsonReadOptions.Default;
        return Parse(ReadBounded(path, options), options, path);
    }

    /// <summary>Reads a file's bytes up to the size limit.</summary>
    internal static byte[] ReadBounded(string path, JsonReadOptions options)
    {
        using var stream = File.OpenRead(path);
        return ReadBounded(stream, options, path);
    }

    /// <summary>Reads a stream to its end, refusing more than the size limit.</summary>
    internal static byte[] ReadBounded(Stream stream, JsonReadOptions options, string? sourceName)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                Append(buffer, chunk, read, options, sourceName);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }

    /// <summary>Writes a plan as UTF-8 JSON in the canonical layout (see the remarks on <see cref="PlanJson"/>).</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static byte[] ToUtf8Bytes(Plan plan)
    {
        Preconditions.CheckNotNull(plan);
        using var stream = new MemoryStream();
        Write(plan, stream);
        return stream.ToArray();
    }

    /// <summary>Writes a plan as a JSON string in the canonical layout.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string ToJson(Plan plan) => System.Text.Encoding.UTF8.GetString(ToUtf8Bytes(plan));

    /// <summary>Writes a plan to a stream as UTF-8 JSON in the canonical layout.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="utf8Json">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(Plan plan, Stream utf8Json)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, PlanWireWriter.ToWire(plan), WriteContext.PlanWire);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Writes a plan to a stream asynchronously, as UTF-8 JSON in the canonical layout.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="utf8Json">A writable stream.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static async Task WriteAsync(Plan plan, Stream utf8Json, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(utf8Json);
        await JsonSerializer.SerializeAsync(utf8Json, PlanWireWriter.ToWire(plan), WriteContext.PlanWire, cancellationToken).ConfigureAwait(false);
        await utf8Json.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a plan to a file atomically: the document goes to a temporary file beside it, which
    /// then replaces the target, so an interrupted write never leaves a half-written file.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(Plan plan, string path)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(path);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                Write(plan, stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
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

    private static void Append(MemoryStream buffer, byte[] chunk, int count, JsonReadOptions options, string? sourceName)
    {
        if (buffer.Length + count > options.MaxDocumentBytes)
        {
            throw TooLarge(options, sourceName);
        }
        buffer.Write(chunk, 0, count);
    }

    private static PlanFormatException TooLarge(JsonReadOptions options, string? sourceName) =>
        new($"Expected a document of at most {options.MaxDocumentBytes} bytes (JsonReadOptions.MaxDocumentBytes), but it is larger.", sourceName: sourceName);

    private static PlanJsonContext ContextFor(JsonReadOptions options) =>
        options.MaxDepth == JsonReadOptions.DefaultMaxDepth
            ? PlanJsonContext.Default
            : ReadContexts.GetOrAdd(options.MaxDepth, depth => new PlanJsonContext(new JsonSerializerOptions(PlanJsonContext.Default.Options) { MaxDepth = depth }));

    /// <summary>System.Text.Json's message without its location suffix and with public names for the wire types.</summary>
    private static string Reason(JsonException e)
    {
        var message = e.Message;
        var suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix > 0)
        {
            message = message[..suffix];
        }
        message = WireTypeName().Replace(message, m => $"a {m.Groups[1].Value} object");
        var target = ConvertedType().Match(message);
        if (target.Success)
        {
            var expected = target.Groups[1].Value.TrimEnd('.') switch
            {
                "System.Int32" => "a whole number",
                "System.Decimal" => "a number within the range of decimal (at most 28 decimal places, magnitude below 7.9e28)",
                "System.String" => "a JSON string",
                "System.Boolean" => "true or false",
                var name when name.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "an array",
                var name when name.EndsWith("Wire", StringComparison.Ordinal) => "an object",
                var name => EnumMembers(name[(name.LastIndexOf('.') + 1)..]) is { } members ? $"one of {members}" : null,
            };
            if (expected is not null)
            {
                message = $"Expected {expected}, but found a value of another type or form.";
            }
        }
        return message;
    }

    private static string? EnumMembers(string typeName) => typeName switch
    {
        nameof(ZonePosition) => Names<ZonePosition>(),
        nameof(IndicatorDirection) => Names<IndicatorDirection>(),
        nameof(GrowthBasis) => Names<GrowthBasis>(),
        nameof(Accumulation) => Names<Accumulation>(),
        nameof(TargetKind) => Names<TargetKind>(),
        nameof(TargetQualifier) => Names<TargetQualifier>(),
        nameof(TargetNature) => Names<TargetNature>(),
        nameof(ObservationStatus) => Names<ObservationStatus>(),
        nameof(ResponsibleUnitKind) => Names<ResponsibleUnitKind>(),
        nameof(DocumentKind) => Names<DocumentKind>(),
        _ => null,
    };

    private static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetNames<TEnum>().Select(n => $"\"{JsonNamingPolicy.CamelCase.ConvertName(n)}\""));

    [GeneratedRegex(@"type '(?:[\w.]+\.)?(\w+?)Wire'")]
    private static partial Regex WireTypeName();

    [GeneratedRegex(@"^The JSON value could not be converted to (?:System\.Nullable`1\[)?([\w.`]+)")]
    private static partial Regex ConvertedType();
}
