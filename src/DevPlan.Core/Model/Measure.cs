using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>A measure of an action (举措): one concrete line of work, optionally tied to a zone and to the units that carry it.</summary>
public sealed class Measure
{
    /// <summary>Creates a measure.</summary>
    /// <param name="number">Its number within its action, from 1.</param>
    /// <param name="title">What it does.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public Measure(int number, LocalizedText title)
    {
        Number = Preconditions.CheckRange(number, 1, int.MaxValue);
        Title = Preconditions.CheckNotNull(title);
    }

    /// <summary>Gets its number within its action.</summary>
    public int Number { get; }

    /// <summary>Gets what it does.</summary>
    public LocalizedText Title { get; }

    /// <summary>Gets the zone it concerns; the whole region (not zone-specific) by default.</summary>
    public ZoneScope Zone { get; init; }

    /// <summary>Gets the codes of the responsible units that carry it.</summary>
    /// <exception cref="ArgumentException">Set with an element that is not a code.</exception>
    public ImmutableArray<string> ResponsibleUnits
    {
        get;
        init => field = Preconditions.CheckCodes(value, nameof(ResponsibleUnits));
    } = [];

    /// <summary>Returns the number and English title.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Number}. {Title.En}";
}
