using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>The growth of an indicator for a period, or why there is none (see <see cref="Growth.For"/>).</summary>
public readonly record struct GrowthResult
{
    private GrowthResult(Percent? rate, FigureBasis basis, GrowthIssue issue)
    {
        Rate = rate;
        Basis = basis;
        Issue = issue;
    }

    /// <summary>Gets the growth rate, or null when not assessable.</summary>
    public Percent? Rate { get; }

    /// <summary>Gets how the rate came about: <see cref="FigureBasis.Published"/>, <see cref="FigureBasis.ComputedFromLevels"/>, or <see cref="FigureBasis.None"/> without a rate.</summary>
    public FigureBasis Basis { get; }

    /// <summary>Gets why there is no rate; <see cref="GrowthIssue.None"/> when there is one.</summary>
    public GrowthIssue Issue { get; }

    /// <summary>Gets whether a rate is available.</summary>
    public bool IsAssessable => Rate is not null;

    internal static GrowthResult Published(Percent rate) => new(rate, FigureBasis.Published, GrowthIssue.None);

    internal static GrowthResult Computed(Percent rate) => new(rate, FigureBasis.ComputedFromLevels, GrowthIssue.None);

    internal static GrowthResult NotAssessable(GrowthIssue issue) => new(null, FigureBasis.None, issue);
}
