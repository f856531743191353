namespace DevPlan.Core;

/// <summary>The position of a zone within its region, as plans name them (中、东、北…).</summary>
public enum ZonePosition
{
    /// <summary>Central (中).</summary>
    Central,

    /// <summary>East (东).</summary>
    East,

    /// <summary>West (西).</summary>
    West,

    /// <summary>North (北).</summary>
    North,

    /// <summary>South (南).</summary>
    South,

    /// <summary>North-east (东北).</summary>
    NorthEast,

    /// <summary>North-west (西北).</summary>
    NorthWest,

    /// <summary>South-east (东南).</summary>
    SouthEast,

    /// <summary>South-west (西南).</summary>
    SouthWest,

    /// <summary>A position not named by a compass direction.</summary>
    Other,
}
