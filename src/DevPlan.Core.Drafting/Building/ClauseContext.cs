namespace DevPlan.Core.Drafting.Building;

/// <summary>A clause being interpreted: where it stands in the source and in its sentence.</summary>
/// <param name="Source">The clause, as written.</param>
/// <param name="Sentence">Its sentence, as written.</param>
internal sealed record ClauseContext(SourceSpan Source, SourceSpan Sentence);
