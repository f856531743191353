namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// A relationship of a package or a part, as its relationships part (<c>_rels/*.rels</c>) lists it:
/// its id, its type (a URI ending in <c>/worksheet</c>, <c>/sharedStrings</c>...), and the part it
/// targets, resolved to a name inside the package; null for an external target.
/// </summary>
internal sealed record PartRelationship(string Id, string Type, string? Part)
{
    /// <summary>Whether the relationship is of a type, by the last segment of its type URI (the same in transitional and strict Open XML).</summary>
    public bool Is(string kind) => Type.EndsWith("/" + kind, StringComparison.Ordinal);
}
