using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>
/// A unit that issues, carries or takes part in the plan's work: a committee, a department, a
/// park, a subdistrict or an enterprise. A unit may stand for a group ("the departments").
/// </summary>
public sealed class ResponsibleUnit
{
    /// <summary>Creates a unit.</summary>
    /// <param name="code">The unit's code, unique within the plan.</param>
    /// <param name="name">The unit's name.</param>
    /// <param name="kind">The kind of unit.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a code.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public ResponsibleUnit(string code, LocalizedText name, ResponsibleUnitKind kind)
    {
        Code = Preconditions.CheckCode(code);
        Name = Preconditions.CheckNotNull(name);
        Kind = Preconditions.CheckDefined(kind);
    }

    /// <summary>Gets the unit's code.</summary>
    public string Code { get; }

    /// <summary>Gets the unit's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>Gets the kind of unit.</summary>
    public ResponsibleUnitKind Kind { get; }

    /// <summary>Returns the code and English name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Code} ({Name.En})";
}
