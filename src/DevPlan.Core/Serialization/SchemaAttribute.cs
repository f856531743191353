namespace DevPlan.Core.Serialization;

/// <summary>
/// What the published JSON Schema says of a wire member or object beyond what its type says: a
/// definition it refers to, bounds, a pattern, a description, or (on an object) conditions across its
/// members. The schemas (<c>Schemas/*.schema.json</c>) are generated from the wire types and these
/// annotations, and a test holds the committed files to what is generated, so each member is described
/// once, where it is declared.
/// </summary>
/// <remarks>
/// A <see cref="string"/> member is a code (<c>#/$defs/code</c>) unless it names another definition
/// (<see cref="Ref"/>) or is free text (<see cref="Text"/>); a list of strings is a list of codes.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class SchemaAttribute : Attribute
{
    /// <summary>Gets the name of the definition (under <c>$defs</c>) the member refers to.</summary>
    public string? Ref { get; init; }

    /// <summary>Gets whether a string member is free text rather than a code.</summary>
    public bool Text { get; init; }

    /// <summary>Gets the pattern a string member's text matches.</summary>
    public string? Pattern { get; init; }

    /// <summary>Gets the least value of an integer member, when it has one.</summary>
    public int Minimum { get; init; } = int.MinValue;

    /// <summary>Gets the greatest value of an integer member, when it has one.</summary>
    public int Maximum { get; init; } = int.MaxValue;

    /// <summary>Gets the one value an integer member may take, when there is one (<c>0</c> for none).</summary>
    public int Const { get; init; }

    /// <summary>Gets what the member or the document means, for people reading the schema.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the name under which an object is defined once (<c>$defs</c>) and referred to wherever it is used.</summary>
    public string? Definition { get; init; }

    /// <summary>Gets further keywords of an object's schema, as JSON: the conditions across its members its types cannot say.</summary>
    public string? Rule { get; init; }

    /// <summary>
    /// Gets whether a target's figure members (<c>value</c>, <c>qualifier</c>, <c>stretch</c>, <c>unit</c>) follow its
    /// kind: absent for a kind without a figure, required otherwise, and in percent for a rate (as each kind's shape says).
    /// </summary>
    public bool FiguresFollowKind { get; init; }

    /// <summary>
    /// Gets whether a document's units may also be the names of units a plan declares (万件, 万人): an
    /// observation file is read with its plan's units, while a plan names the units it declares by code.
    /// </summary>
    public bool UnitsByName { get; init; }

    /// <summary>Gets the <c>$id</c> of a document's schema.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the title of a document's schema.</summary>
    public string? Title { get; init; }
}
