using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>A numbered action of the plan (行动) and the measures that carry it out.</summary>
public sealed class PlanAction
{
    /// <summary>Creates an action.</summary>
    /// <param name="number">Its number in the plan, from 1.</param>
    /// <param name="title">Its title.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public PlanAction(int number, LocalizedText title)
    {
        Number = Preconditions.CheckRange(number, 1, int.MaxValue);
        Title = Preconditions.CheckNotNull(title);
    }

    /// <summary>Gets its number in the plan.</summary>
    public int Number { get; }

    /// <summary>Gets its title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets a short name of its field of work (projects, industry), if given.</summary>
    public LocalizedText? Focus { get; init; }

    /// <summary>Gets its measures, in plan order.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<Measure> Measures
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Measures));
    } = [];

    /// <summary>Returns the number and English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Number}. {Title.En}";
}
