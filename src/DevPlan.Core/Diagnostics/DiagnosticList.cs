namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Phrases a message names as one value, joined as its language joins clauses: <c>a; b</c> in English,
/// <c>a；b</c> in Chinese.
/// </summary>
/// <param name="Items">The phrases.</param>
internal sealed record DiagnosticList(IReadOnlyList<DiagnosticMessage> Items)
{
    /// <summary>The phrases in English, joined by semicolons.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", Items);
}
