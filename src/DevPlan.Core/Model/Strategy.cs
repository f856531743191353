using System.Collections.Immutable;
using DevPlan.Core.Internal;
using DevPlan.Core.Text;

namespace DevPlan.Core;

/// <summary>
/// The plan's strategy: the annual theme that pulls the work together (总牵引), the region's roles
/// in its wider city, its strategic goals, and its long-term vision.
/// </summary>
public sealed class Strategy
{
    /// <summary>Creates a strategy.</summary>
    /// <param name="theme">The annual theme (项目深化年).</param>
    /// <exception cref="ArgumentNullException"><paramref name="theme"/> is null.</exception>
    public Strategy(LocalizedText theme) => Theme = Preconditions.CheckNotNull(theme);

    /// <summary>Gets the annual theme.</summary>
    public LocalizedText Theme { get; }

    /// <summary>Gets the roles the region plays in its wider city (main engine, main ground, main force).</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<LocalizedText> CityRoles
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(CityRoles));
    } = [];

    /// <summary>Gets the strategic goals.</summary>
    /// <exception cref="ArgumentException">Set with a null element.</exception>
    public ImmutableArray<StrategicGoal> Goals
    {
        get;
        init => field = Preconditions.CheckElements(value, nameof(Goals));
    } = [];

    /// <summary>Gets the long-term vision (a world-class high-tech park), if given.</summary>
    public LocalizedText? Vision { get; init; }

    /// <summary>Gets the development phase the plan year opens or belongs to (the "third venture"), if given.</summary>
    public LocalizedText? Phase { get; init; }
}
