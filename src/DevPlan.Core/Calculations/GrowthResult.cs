using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>Where a growth rate came from.</summary>
public enum GrowthSource
{
    /// <summary>No rate: see <see cref="GrowthResult.Issue"/>.</summary>
    None,

    /// <summary>The growth rate as published (the only source for comparable-price indicators).</summary>
    Published,

    /// <summary>Computed from two levels of a nominal indicator.</summary>
    ComputedFromLevels,
}

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
}

/// <summary>The growth of an indicator for a period, or why there is none (see <see cref="Growth.For"/>).</summary>
public readonly record struct GrowthResult
{
    private GrowthResult(Percent? rate, GrowthSource source, GrowthIssue issue)
    {
        Rate = rate;
        Source = source;
        Issue = issue;
    }

    /// <summary>Gets the growth rate, or null when not assessable.</summary>
    public Percent? Rate { get; }

    /// <summary>Gets where the rate came from.</summary>
    public GrowthSource Source { get; }

    /// <summary>Gets why there is no rate; <see cref="GrowthIssue.None"/> when there is one.</summary>
    public GrowthIssue Issue { get; }

    /// <summary>Gets whether a rate is available.</summary>
    public bool IsAssessable => Rate is not null;

    internal static GrowthResult Published(Percent rate) => new(rate, GrowthSource.Published, GrowthIssue.None);

    internal static GrowthResult Computed(Percent rate) => new(rate, GrowthSource.ComputedFromLevels, GrowthIssue.None);

    internal static GrowthResult NotAssessable(GrowthIssue issue) => new(null, GrowthSource.None, issue);
}
