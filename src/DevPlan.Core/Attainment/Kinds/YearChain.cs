using DevPlan.Core.Calculations;

namespace DevPlan.Core.Attainment.Kinds;

/// <summary>
/// The growth factors (1 + g) of a target's years, from the first year of its period on, as far as they
/// run without a gap: what cumulative, average and relative targets chain. A year's growth is the
/// published rate, or for a nominal indicator the rate from its level and the year before's.
/// </summary>
internal sealed class YearChain
{
    private YearChain(List<decimal> factors, int firstYear, AttainmentReason stop, int? missingYear, Observation? last)
    {
        Factors = factors;
        FirstYear = firstYear;
        Stop = stop;
        MissingYear = missingYear;
        Last = last;
    }

    /// <summary>Gets the factors, one per year from <see cref="FirstYear"/>, in order.</summary>
    public List<decimal> Factors { get; }

    /// <summary>Gets the first year of the chain (the first year of the target's period).</summary>
    public int FirstYear { get; }

    /// <summary>Gets the number of years chained.</summary>
    public int Count => Factors.Count;

    /// <summary>Gets the last year chained (the year before <see cref="FirstYear"/> when none is).</summary>
    public int LastYear => FirstYear + Factors.Count - 1;

    /// <summary>Gets the last figure chained, or null.</summary>
    public Observation? Last { get; }

    /// <summary>Gets why the chain stopped before its figures ran out, or why it is empty; <see cref="AttainmentReason.None"/> when it ran through them.</summary>
    public AttainmentReason Stop { get; }

    /// <summary>Gets the first year the chain needed and did not have (no figure, or a figure without a usable growth), or null.</summary>
    public int? MissingYear { get; }

    /// <summary>Gets whether a year's growth was −100% or less: nothing after it can be chained, and nothing before it stands for the span.</summary>
    public bool HasTotalLoss => Stop == AttainmentReason.GrowthOfMinus100OrLess;

    /// <summary>Chains the figures of the years from <paramref name="firstYear"/>, with the baseline as the year before the first.</summary>
    public static YearChain Of(Indicator indicator, Observation? baseline, IReadOnlyList<Observation> figures, int firstYear)
    {
        var factors = new List<decimal>(figures.Count);
        var previous = baseline;
        var year = firstYear;
        Observation? last = null;
        foreach (var figure in figures)
        {
            if (figure.Period.Year != year)
            {
                return new YearChain(factors, firstYear, AttainmentReason.MissingYear, year, last);
            }
            var growth = Growth.For(indicator, figure, previous is { } p && p.Period.Year == year - 1 ? p : null);
            if (growth.Rate is not { } rate)
            {
                return new YearChain(factors, firstYear, ReasonOf(growth.Issue), year, last);
            }
            if (rate.Factor <= 0m)
            {
                return new YearChain(factors, firstYear, AttainmentReason.GrowthOfMinus100OrLess, year, last);
            }
            factors.Add(rate.Factor);
            previous = figure;
            last = figure;
            year++;
        }
        return new YearChain(factors, firstYear, AttainmentReason.None, null, last);
    }

    /// <summary>The product of the first <paramref name="count"/> factors; <see cref="OverflowException"/> when it leaves decimal's range either way.</summary>
    public decimal Product(int count)
    {
        var product = 1m;
        for (var i = 0; i < count; i++)
        {
            product *= Factors[i];
        }
        // Factors are positive: a product of zero is one too small for decimal, not a fall of 100%.
        return product > 0m ? product : throw new OverflowException("The chained growth factors are too small for decimal.");
    }

    /// <summary>The product of all factors.</summary>
    public decimal Product() => Product(Factors.Count);

    /// <summary>Why a growth could not be had from a figure, as a reason for a verdict.</summary>
    public static AttainmentReason ReasonOf(GrowthIssue issue) => issue switch
    {
        GrowthIssue.ComparablePricesNeedPublishedGrowth => AttainmentReason.ComparablePricesNeedPublishedGrowth,
        GrowthIssue.NonPositiveBase => AttainmentReason.NonPositiveBase,
        GrowthIssue.NonPositiveLevel => AttainmentReason.GrowthOfMinus100OrLess,
        GrowthIssue.OutOfRange => AttainmentReason.OutOfRange,
        GrowthIssue.MissingLevels or GrowthIssue.None => AttainmentReason.MissingGrowth,
    };
}
