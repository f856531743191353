using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.IO;
using DevPlan.Core.Internal;
using DevPlan.Core.Validation;

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
/// with the element that held them (<see cref="UnknownMembers.Of"/>) and written back after
/// its known members.</para>
/// <para><b>Canonical layout.</b> Writing produces UTF-8 without a byte-order mark, indented by two
/// spaces, with <c>\n</c> line ends and a final newline; optional members that are absent and empty
/// lists are omitted; non-ASCII text is written as is (only characters JSON requires, and characters
/// outside the Basic Multilingual Plane, are escaped). A document already in this layout is
/// reproduced byte for byte by a read and a write.</para>
/// <para><b>Untrusted input.</b> Reading is bounded by <see cref="JsonReadOptions"/> (size,
/// depth, string length and array length), refuses duplicate member names, comments, trailing commas and numbers outside the range
/// of decimal, and has no type-name polymorphism. Any bad content raises
/// <see cref="DevPlanFormatException"/> with the line, byte position and JSON path of the problem.</para>
/// </remarks>
public static class PlanJson
{
    /// <summary>The schema version this library reads and writes.</summary>
    public const int SchemaVersion = 1;

    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of plan documents (<c>urn:devplan:schema:plan:1</c>), embedded in
    /// the package. It describes the form; <see cref="PlanValidator"/> checks what a schema cannot
    /// (references, uniqueness, units against indicators). Members it does not name are allowed, since the
    /// library keeps them.
    /// </summary>
    public static string JsonSchema => EmbeddedSchema.Plan;

    /// <summary>Reads a plan from UTF-8 JSON (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages (a file name), or null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        Parse(utf8Json, options ?? JsonReadOptions.Default, sourceName, new PlanWireReader(lenient: false));

    /// <summary>Parses with a given wire reader (strict or lenient).</summary>
    internal static Plan Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions options, string? sourceName, PlanWireReader reader) =>
        JsonDocumentPipeline.Read<PlanWire, Plan>(utf8Json, options, reader.ToPlan, "a plan document",
            (reason, path, line, position, inner) => new DevPlanFormatException(reason, new DiagnosticLocation(sourceName, path, line), bytePositionInLine: position, innerException: inner));

    /// <summary>
    /// Reads and validates a plan leniently: a list element the model rejects (a target with a
    /// malformed id, a completion target with a figure) is left out and reported as DP0001, and
    /// every rule of <see cref="PlanValidator"/> is checked. Every diagnostic carries the file, the
    /// document's JSON path and line, all located in one pass over the document.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics (a file name), or null.</param>
    /// <returns>The plan and its diagnostics; <see cref="PlanReadResult.EnsureValid"/> refuses a plan with errors.</returns>
    /// <exception cref="DevPlanFormatException">The document cannot be read at all: it is not well-formed, exceeds a limit, or its root is rejected.</exception>
    public static PlanReadResult ParseLenient(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        options ??= JsonReadOptions.Default;
        var reader = new PlanWireReader(lenient: true);
        var plan = Parse(utf8Json, options, sourceName, reader);
        var found = new List<(Diagnostic Diagnostic, string Path, string FallbackPath)>();
        foreach (var rejected in reader.Rejected)
        {
            found.Add((new Diagnostic(DiagnosticRule.ElementRejected, rejected.Reason, DiagnosticLocation.None), rejected.Path, rejected.FallbackPath));
        }
        foreach (var diagnostic in PlanValidator.Validate(plan).Diagnostics)
        {
            var path = reader.ToDocumentPath(diagnostic.Location.JsonPath!);
            found.Add((diagnostic, path, ParentOf(path)));
        }
        // Every diagnostic is located in one pass over the document, however many there are.
        var positions = JsonLocator.LocateOrFallBack(utf8Json, found.Select(f => (f.Path, f.FallbackPath)).ToList(), options.MaxDepth);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var (path, line, _) = positions[i];
            diagnostics.Add(found[i].Diagnostic with { Location = new DiagnosticLocation(sourceName, line is null ? found[i].Path : path, line) });
        }
        return new PlanReadResult(plan, diagnostics.MoveToImmutable());
    }

    /// <summary>Reads and validates a plan file leniently (see <see cref="ParseLenient"/>); diagnostics name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan and its diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DevPlanFormatException">The document cannot be read at all.</exception>
    public static PlanReadResult ReadFileLenient(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= JsonReadOptions.Default;
        return ParseLenient(JsonDocumentPipeline.ReadBounded(path, options, PlanTooLarge(path)), options, path);
    }

    /// <summary>Reads a plan from a JSON string with the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Parse(string json) => Parse(json, JsonReadOptions.Default);

    /// <summary>Reads a plan from a JSON string with limits.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Parse(string json, JsonReadOptions? options)
    {
        Preconditions.CheckNotNull(json);
        options ??= JsonReadOptions.Default;
        if (json.Length > options.MaxDocumentBytes)
        {
            throw PlanTooLarge(null)(options);
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
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan Read(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        return Parse(JsonDocumentPipeline.ReadBounded(utf8Json, options, PlanTooLarge(sourceName)), options, sourceName);
    }

    /// <summary>Reads a plan from a stream asynchronously, to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    /// <exception cref="OperationCanceledException">The read was cancelled.</exception>
    public static async Task<Plan> ReadAsync(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        var bytes = await JsonDocumentPipeline.ReadBoundedAsync(utf8Json, options, PlanTooLarge(sourceName), cancellationToken).ConfigureAwait(false);
        return Parse(bytes, options, sourceName);
    }

    /// <summary>Reads a plan from a file; error messages name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DevPlanFormatException">The document is not a valid plan document or exceeds a limit.</exception>
    public static Plan ReadFile(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= JsonReadOptions.Default;
        return Parse(JsonDocumentPipeline.ReadBounded(path, options, PlanTooLarge(path)), options, path);
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
        JsonSerializer.Serialize(utf8Json, PlanWireWriter.ToWire(plan), JsonDocumentPipeline.WriteContext.PlanWire);
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
        await JsonSerializer.SerializeAsync(utf8Json, PlanWireWriter.ToWire(plan), JsonDocumentPipeline.WriteContext.PlanWire, cancellationToken).ConfigureAwait(false);
        await utf8Json.WriteAsync("\n"u8.ToArray(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Writes a plan to a file atomically (<see cref="AtomicFile"/>): an interrupted write never leaves
    /// a half-written file, a symbolic link keeps pointing at the rewritten file, and the file keeps
    /// its permissions.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> names a directory.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be written.</exception>
    public static void WriteFile(Plan plan, string path)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(path);
        AtomicFile.Write(path, stream => Write(plan, stream));
    }

    private static string ParentOf(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 1 ? path[..cut] : path;
    }

    private static Func<JsonReadOptions, Exception> PlanTooLarge(string? sourceName) =>
        options => new DevPlanFormatException(JsonDocumentPipeline.TooLargeReason(options), new DiagnosticLocation(sourceName));
}
