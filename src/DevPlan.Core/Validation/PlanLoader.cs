using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Validation;

/// <summary>
/// Loads a plan document and validates it. A lenient load returns the plan with every diagnostic;
/// a strict load returns the plan only when there is no error, and otherwise throws one
/// <see cref="PlanValidationException"/> listing them all.
/// </summary>
/// <remarks>
/// A document that is not well-formed, or whose root elements the model rejects, cannot be loaded
/// either way and throws <see cref="PlanFormatException"/>. A list element the model rejects (a
/// target with a malformed id, a completion target with a figure) is left out of a lenient load
/// and reported as DP0001 at its path. Every diagnostic carries the document's JSON path and line.
/// </remarks>
public static class PlanLoader
{
    /// <summary>Loads and validates a plan, returning it with all diagnostics.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The plan and its diagnostics.</returns>
    /// <exception cref="PlanFormatException">The document cannot be read at all.</exception>
    public static PlanLoadResult LoadLenient(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        options ??= JsonReadOptions.Default;
        var reader = new PlanWireReader(lenient: true);
        var plan = PlanJson.Parse(utf8Json, options, sourceName, reader);
        var found = new List<(Diagnostic Diagnostic, string Path, string FallbackPath)>();
        foreach (var rejected in reader.Rejected)
        {
            found.Add((new Diagnostic(DiagnosticRules.ElementRejected, rejected.Message, DiagnosticLocation.None), rejected.Path, rejected.FallbackPath));
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
        return new PlanLoadResult(plan, diagnostics.MoveToImmutable());
    }

    /// <summary>Loads and validates a plan file, returning it with all diagnostics.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan and its diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PlanFormatException">The document cannot be read at all.</exception>
    public static PlanLoadResult LoadLenientFile(string path, JsonReadOptions? options = null)
    {
        Preconditions.CheckNotNull(path);
        options ??= JsonReadOptions.Default;
        return LoadLenient(JsonDocumentPipeline.ReadBounded(path, options, o => new PlanFormatException(JsonDocumentPipeline.TooLargeReason(o), sourceName: path)), options, path);
    }

    /// <summary>Loads and validates a plan, refusing it when it has any error.</summary>
    /// <param name="utf8Json">The document.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in diagnostics, or null.</param>
    /// <returns>The plan (warnings allowed).</returns>
    /// <exception cref="PlanFormatException">The document cannot be read at all.</exception>
    /// <exception cref="PlanValidationException">The plan has errors; all are listed.</exception>
    public static Plan LoadStrict(ReadOnlySpan<byte> utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        var result = LoadLenient(utf8Json, options, sourceName);
        return result.HasErrors ? throw new PlanValidationException(result.Diagnostics) : result.Plan;
    }

    /// <summary>Loads and validates a plan file, refusing it when it has any error.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <returns>The plan (warnings allowed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="PlanFormatException">The document cannot be read at all.</exception>
    /// <exception cref="PlanValidationException">The plan has errors; all are listed.</exception>
    public static Plan LoadStrictFile(string path, JsonReadOptions? options = null)
    {
        var result = LoadLenientFile(path, options);
        return result.HasErrors ? throw new PlanValidationException(result.Diagnostics) : result.Plan;
    }

    private static string ParentOf(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut > 1 ? path[..cut] : path;
    }
}
