namespace DevPlan.Core.Drafting;

/// <summary>A target drafted from the text, with where it came from.</summary>
/// <param name="Target">The target, as the draft plan holds it.</param>
/// <param name="Source">The clause it was read from.</param>
/// <param name="Sentence">The sentence of that clause.</param>
public sealed record DraftedTarget(Target Target, SourceSpan Source, SourceSpan Sentence);
