using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>
/// A zone of the plan's region (片区), such as the central district, with its position, name, an
/// optional theme name (中央科创区), and the notes a plan gives on its momentum and directive.
/// </summary>
public sealed class Zone
{
    /// <summary>Creates a zone.</summary>
    /// <param name="code">The zone's code, unique within the region.</param>
    /// <param name="position">Where the zone lies in the region.</param>
    /// <param name="name">The zone's name (中心区).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is not defined.</exception>
    public Zone(string code, ZonePosition position, LocalizedText name)
    {
        Code = Preconditions.CheckCode(code);
        Position = Preconditions.CheckDefined(position);
        Name = Preconditions.CheckNotNull(name);
    }

    /// <summary>Gets the zone's code.</summary>
    public string Code { get; }

    /// <summary>Gets where the zone lies in the region.</summary>
    public ZonePosition Position { get; }

    /// <summary>Gets the zone's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the theme name the plan gives the zone (中央科创区), if any.</summary>
    public LocalizedText? Theme { get; init; }

    /// <summary>Gets a note on the zone's momentum in the baseline year (蓄势蝶变), if any.</summary>
    public LocalizedText? Momentum { get; init; }

    /// <summary>Gets the plan year's directive for the zone (提档升级), if any.</summary>
    public LocalizedText? Directive { get; init; }

    /// <summary>Returns the zone's code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.En})";
}
