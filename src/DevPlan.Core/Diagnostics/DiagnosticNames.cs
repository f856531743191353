namespace DevPlan.Core.Diagnostics;

/// <summary>
/// Names a message lists as one value (members, columns), quoted and joined as its language writes a
/// list: <c>"id", "region" and "year"</c> in English, <c>“id”、“region”和“year”</c> in Chinese.
/// </summary>
/// <param name="Names">The names.</param>
internal sealed record DiagnosticNames(IReadOnlyList<string> Names)
{
    /// <summary>The names in English: quoted, with commas and a final "and".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Join("\"", "\"", ", ", " and ");

    /// <summary>The names quoted and joined.</summary>
    internal string Join(string open, string close, string separator, string last) =>
        Names.Count switch
        {
            0 => "",
            1 => open + Names[0] + close,
            _ => string.Join(separator, Names.Take(Names.Count - 1).Select(n => open + n + close)) + last + open + Names[^1] + close,
        };
}
