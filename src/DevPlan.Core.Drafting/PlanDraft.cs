using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Drafting;

/// <summary>
/// A plan drafted from its text, for a person to review: the plan (its targets, and the results of
/// earlier years as its baselines), every drafted target and result with where it came from, and the
/// findings: what was not understood or could not be kept, each quoting its text.
/// </summary>
public sealed class PlanDraft
{
    /// <summary>The member each drafted target and baseline carries in the JSON of <see cref="ToJson"/>: its text and position.</summary>
    public const string SourceMember = "draftSource";

    internal PlanDraft(Plan? plan, ImmutableArray<DraftedTarget> targets, ImmutableArray<DraftedObservation> observations, ImmutableArray<DraftedObservation> baselines,
        ImmutableArray<DraftFinding> findings)
    {
        Plan = plan;
        Targets = targets;
        Observations = observations;
        Findings = findings;
        _baselines = baselines;
    }

    private readonly ImmutableArray<DraftedObservation> _baselines;

    /// <summary>Gets the draft plan, or null when its year is neither given nor stated (a finding says so).</summary>
    public Plan? Plan { get; }

    /// <summary>Gets the drafted targets, in text order, as the plan holds them.</summary>
    public ImmutableArray<DraftedTarget> Targets { get; }

    /// <summary>Gets the drafted results, in text order; those of years before the plan are its baselines.</summary>
    public ImmutableArray<DraftedObservation> Observations { get; }

    /// <summary>Gets the findings, in text order.</summary>
    public ImmutableArray<DraftFinding> Findings { get; }

    /// <summary>Gets whether there is any finding: the draft is then incomplete, and its findings say where.</summary>
    public bool HasFindings => !Findings.IsEmpty;

    /// <summary>
    /// Writes the draft plan as UTF-8 JSON in the canonical layout of <see cref="PlanJson"/>, each drafted
    /// target and baseline carrying a <c>draftSource</c> member (its text, offset, length, line and column),
    /// which a load keeps and a reviewer may delete.
    /// </summary>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="InvalidOperationException">The draft has no plan (<see cref="Plan"/> is null).</exception>
    public byte[] ToUtf8Json()
    {
        var plan = Plan ?? throw new InvalidOperationException("The draft has no plan: its year is neither given (DraftOptions.Year) nor stated in the text.");
        var document = JsonNode.Parse(PlanJson.ToUtf8Bytes(plan))!.AsObject();
        Annotate(document["targets"]?.AsArray(), Targets.Select(t => t.Source));
        Annotate(document["baselines"]?.AsArray(), _baselines.Select(b => b.Source));
        using var annotated = new MemoryStream();
        using (var writer = new Utf8JsonWriter(annotated))
        {
            document.WriteTo(writer);
        }
        // Read back and written by the library itself, so that the layout is canonical and the members are kept as unknown ones.
        return PlanJson.ToUtf8Bytes(PlanJson.Parse(annotated.ToArray()));
    }

    /// <summary>Writes the draft plan as a JSON string (see <see cref="ToUtf8Json"/>).</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The draft has no plan.</exception>
    public string ToJson() => System.Text.Encoding.UTF8.GetString(ToUtf8Json());

    private static void Annotate(JsonArray? elements, IEnumerable<SourceSpan> sources)
    {
        if (elements is null)
        {
            return;
        }
        var i = 0;
        foreach (var source in sources)
        {
            elements[i++]!.AsObject()[SourceMember] = new JsonObject
            {
                ["text"] = source.Text,
                ["start"] = source.Start,
                ["length"] = source.Length,
                ["line"] = source.Line,
                ["column"] = source.Column,
            };
        }
    }
}
