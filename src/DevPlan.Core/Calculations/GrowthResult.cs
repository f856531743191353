using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

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
