using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Reads and writes observation documents: <c>{"schemaVersion": 1, "observations": [...]}</c>, each
/// observation in the form a plan's baselines use. Lossless like <see cref="PlanJson"/> (the same
/// canonical layout, unknown members kept) and bounded by <see cref="JsonReadOptions"/>; bad content
/// raises <see cref="DevPlanFormatException"/> with the line and JSON path.
/// </summary>
/// <remarks>
/// Every read goes through one streaming grammar (<see cref="OpenReader"/>): the object reads
/// (<see cref="Parse"/>, <see cref="ParseLenient"/>, <see cref="Read"/>, <see cref="ReadFile"/>) hold the
/// document to <see cref="JsonReadOptions.MaxDocumentBytes"/> and
/// <see cref="JsonReadOptions.MaxArrayLength"/>; <see cref="OpenReader"/> streams a document of any
/// length in memory bounded by its largest observation, for a bulk set or a streaming evaluation.
/// </remarks>
public static class ObservationJson
{
    /// <summary>
    /// Gets the JSON Schema (draft 2020-12) of observation documents (<c>urn:devplan:schema:observations:1</c>),
    /// embedded in the package. Members it does not name are allowed, since the library keeps them.
    /// </summary>
    public static string JsonSchema => EmbeddedSchema.Observations;

    /// <summary>
    /// Opens a streaming reader over an observation document: the one grammar every consumer shares.
    /// The depth and string limits of <paramref name="options"/> apply; the document's size and the
    /// number of observations do not, since nothing is held but the current observation.
    /// </summary>
    /// <param name="utf8Json">A readable stream of UTF-8 JSON; it is not closed.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in messages, or null.</param>
    /// <returns>The reader; dispose it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static ObservationReader OpenReader(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        new JsonObservationReader(Preconditions.CheckNotNull(utf8Json), ownsStream: false, options ?? JsonReadOptions.Default, keepUnknownMembers: true, bounded: false, sourceName);

    /// <summary>Reads an observation document strictly: any bad element fails the read.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The document, with its own unknown members and those of each observation kept.</returns>
    /// <exception cref="DevPlanFormatException">The document is not a valid observation document or exceeds a limit.</exception>
    public static ObservationDocument Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        Read(new MemoryStream(utf8Json.ToArray(), writable: false), options, sourceName);

    /// <summary>
    /// Reads an observation document leniently: an observation that cannot be read (a code that is
    /// not a code, a value of the wrong type, no figure) is left out and reported (DP0001) at its path
    /// and line; the others are kept.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The observations, the JSON path of each, and the diagnostics.</returns>
    /// <exception cref="DevPlanFormatException">The document cannot be read at all (malformed JSON, a limit, a wrong root).</exception>
    public static ObservationReadResult ParseLenient(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        ReadLenient(new MemoryStream(utf8Json.ToArray(), writable: false), options, sourceName);

    /// <summary>Reads an observation document leniently from a stream (see <see cref="ParseLenient"/>), to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The observations, the JSON path of each, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="DevPlanFormatException">The document cannot be read at all (malformed JSON, a limit, a wrong root).</exception>
    public static ObservationReadResult ReadLenient(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        using var reader = Bounded(utf8Json, options, sourceName);
        return reader.ReadAllLenient();
    }

    /// <summary>Reads an observation document strictly from a stream, to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="DevPlanFormatException">The document is not valid or exceeds a limit.</exception>
    public static ObservationDocument Read(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        using var reader = Bounded(utf8Json, options, sourceName);
        var observations = reader.ReadObservations().ToList();
        return UnknownMembers.Attach(new ObservationDocument(observations), reader.RootUnknownMembers);
    }

    /// <summary>Reads an observation document from a file; error messages name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DevPlanFormatException">The document is not valid or exceeds a limit.</exception>
    public static ObservationDocument ReadFile(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options, path);
    }

    private static JsonObservationReader Bounded(Stream utf8Json, JsonReadOptions? options, string? sourceName) =>
        new(Preconditions.CheckNotNull(utf8Json), ownsStream: false, options ?? JsonReadOptions.Default, keepUnknownMembers: true, bounded: true, sourceName);

    /// <summary>Writes an observation document as UTF-8 JSON in the canonical layout.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] ToUtf8Bytes(ObservationDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return stream.ToArray();
    }

    /// <summary>Writes observations as a document in the canonical layout.</summary>
    /// <param name="observations">The observations.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public static byte[] ToUtf8Bytes(IEnumerable<Observation> observations) => ToUtf8Bytes(new ObservationDocument(observations));

    /// <summary>Writes an observation document to a stream as UTF-8 JSON in the canonical layout.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">A writable stream.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static void Write(ObservationDocument document, Stream utf8Json)
    {
        Preconditions.CheckNotNull(document);
        Preconditions.CheckNotNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, PlanWireWriter.ToWire(document), JsonDocumentPipeline.WriteContext.ObservationDocumentWire);
        utf8Json.WriteByte((byte)'\n');
    }

}
