namespace DevPlan.Core.Drafting;

/// <summary>
/// Where a drafted element or a finding comes from: a stretch of the source text, by offset and
/// length in characters (UTF-16 code units of the decoded text, as .NET strings count), with its
/// 1-based line and column for people, and the text itself as written.
/// </summary>
/// <param name="Start">The 0-based offset of the first character.</param>
/// <param name="Length">The number of characters.</param>
/// <param name="Line">The 1-based line of the first character.</param>
/// <param name="Column">The 1-based column of the first character in its line.</param>
/// <param name="Text">The characters, as the source has them.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, string Text)
{
    /// <summary>Returns the position and the text: <c>line 1, column 24: "地区生产总值增长7%"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"line {Line}, column {Column}: \"{Text}\"";
}
