using DevPlan.Core.Internal;

namespace DevPlan.Core;

/// <summary>
/// The base of every object a plan document holds. It carries the document's members that this
/// version of the library does not know, so that they are written back unchanged.
/// </summary>
public abstract class PlanElement
{
    private protected PlanElement()
    {
    }

    /// <summary>Gets the JSON members of this object that the library does not know; empty when there are none.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public UnknownMembers UnknownMembers
    {
        get;
        init => field = Preconditions.CheckNotNull(value, nameof(UnknownMembers));
    } = UnknownMembers.Empty;
}
