namespace DevPlan.Core;

/// <summary>
/// A kind of target as a message names it: <c>growth-rate</c> in the English of an exception, and in a
/// report's language through the catalogue (<c>targetKind.growthRate</c>: 增速).
/// </summary>
/// <param name="Kind">The kind.</param>
internal readonly record struct TargetKindName(TargetKind Kind) : IFormattable
{
    /// <summary>Gets the catalogue key of the kind's name: <c>targetKind.</c> and the kind as the JSON spells it (<c>growthRate</c>).</summary>
    public string Key
    {
        get
        {
            var name = Kind.ToString();
            return string.Concat("targetKind.", char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
        }
    }

    /// <inheritdoc />
    public override string ToString() => TargetKindShapes.Describe(Kind);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();
}
