namespace DevPlan.Core.Calculations;

/// <summary>Why no growth rate could be given.</summary>
public enum GrowthIssue
{
    /// <summary>No issue.</summary>
    None,

    /// <summary>
    /// The indicator grows at comparable prices and no growth rate was published; levels at current
    /// prices cannot give a comparable-price rate (GDP 2019 over 2018 gives +10.1% nominal against
    /// +6.1% published).
    /// </summary>
    ComparablePricesNeedPublishedGrowth,

    /// <summary>No published rate, and the level of this period or of the same period last year is missing.</summary>
    MissingLevels,

    /// <summary>The level a year earlier is zero or negative, where growth is undefined.</summary>
    NonPositiveBase,

    /// <summary>This period's level is zero or negative: the fall is 100% or more, where a rate cannot be chained.</summary>
    NonPositiveLevel,

    /// <summary>The ratio of the two levels lies outside the range of decimal arithmetic.</summary>
    OutOfRange,
}
