using DevPlan.Core.Diagnostics;
using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Internal;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Serialization;

/// <summary>
/// Reads and writes observation documents: <c>{"schemaVersion": 1, "observations": [...]}</c>, each
/// observation in the form a plan's baselines use. Lossless and bounded like <see cref="PlanJson"/>
/// (the same canonical layout, unknown members kept, <see cref="JsonReadOptions"/> limits); bad content
/// raises <see cref="ObservationFormatException"/> with the line and JSON path.
/// </summary>
public static class ObservationJson
{
    /// <summary>Reads an observation document strictly: any bad element fails the read.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ObservationFormatException">The document is not a valid observation document or exceeds a limit.</exception>
    public static ObservationDocument Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null) =>
        Parse(utf8Json, options ?? JsonReadOptions.Default, sourceName, new PlanWireReader(lenient: false));

    /// <summary>
    /// Reads an observation document leniently: an observation the model rejects is left out and
    /// reported (DP0001) at its path and line; the others are kept.
    /// </summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The observations, the JSON path of each, and the diagnostics.</returns>
    /// <exception cref="ObservationFormatException">The document cannot be read at all (malformed JSON, a limit, a wrong root).</exception>
    public static ObservationReadResult ParseLenient(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        options ??= JsonReadOptions.Default;
        var reader = new PlanWireReader(lenient: true);
        var document = Parse(utf8Json, options, sourceName, reader);
        var positions = JsonLocator.LocateOrFallBack(utf8Json, reader.Rejected.Select(r => (r.Path, r.FallbackPath)).ToList(), options.MaxDepth);
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(positions.Length);
        for (var i = 0; i < positions.Length; i++)
        {
            var (path, line, _) = positions[i];
            diagnostics.Add(new Diagnostic(DiagnosticRules.ElementRejected, reader.Rejected[i].Message, new DiagnosticLocation(sourceName, path, line)));
        }
        var locations = document.Observations.Select((_, i) => new DiagnosticLocation(sourceName, reader.ToDocumentPath($"$.observations[{i}]"))).ToImmutableArray();
        return new ObservationReadResult(document.Observations, locations, diagnostics.ToImmutable());
    }

    /// <summary>Reads an observation document leniently from a stream (see <see cref="ParseLenient"/>), to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The observations, the JSON path of each, and the diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="ObservationFormatException">The document cannot be read at all (malformed JSON, a limit, a wrong root).</exception>
    public static ObservationReadResult ReadLenient(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        return ParseLenient(JsonDocumentPipeline.ReadBounded(utf8Json, options, TooLarge(sourceName)), options, sourceName);
    }

    /// <summary>Reads an observation document from a stream, to its end or to the size limit.</summary>
    /// <param name="utf8Json">A readable stream.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="ObservationFormatException">The document is not valid or exceeds a limit.</exception>
    public static ObservationDocument Read(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        options ??= JsonReadOptions.Default;
        return Parse(JsonDocumentPipeline.ReadBounded(utf8Json, options, TooLarge(sourceName)), options, sourceName);
    }

    /// <summary>Reads an observation document from a file; error messages name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="ObservationFormatException">The document is not valid or exceeds a limit.</exception>
    public static ObservationDocument ReadFile(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= JsonReadOptions.Default;
        return Parse(JsonDocumentPipeline.ReadBounded(path, options, TooLarge(path)), options, path);
    }

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

    private static ObservationDocument Parse(ReadOnlySpan<byte> utf8Json, JsonReadOptions options, string? sourceName, PlanWireReader reader) =>
        JsonDocumentPipeline.Read<ObservationDocumentWire, ObservationDocument>(utf8Json, options, reader.ToObservationDocument, "an observation document",
            (reason, path, line, _, inner) => new ObservationFormatException(reason, line, path, null, sourceName, inner));

    private static Func<JsonReadOptions, Exception> TooLarge(string? sourceName) =>
        options => new ObservationFormatException(JsonDocumentPipeline.TooLargeReason(options), sourceName: sourceName);
}
