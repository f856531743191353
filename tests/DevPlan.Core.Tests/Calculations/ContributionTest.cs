using DevPlan.Core.Calculations;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DevPlan.Core.Tests.Calculations;

public class ContributionTest
{
    private static Quantity Yi(decimal value) => new(value, Unit.HundredMillionYuan);

    // docs/methods.md §5 (illustrative): GDP +11.3%, secondary industry share 69.5% → pull 11.3 × 0.695 = 7.85 pp.
    [Fact]
    public void Pull_FromGrowthAndShare()
    {
        var pull = Growth.Pull(new Percent(11.3m), new Percent(69.5m));

        pull.Value.Should().Be(7.8535m);
        pull.Round(2).Should().Be(new PercentagePoints(7.85m));
    }

    [Fact]
    public void Compute_ZonesOfTheWhole_SharesAndPulls()
    {
        var breakdown = ContributionBreakdown.Compute(
        [
            new ContributionPart("central", Yi(1000m), Yi(1080m)),
            new ContributionPart("east", Yi(500m), Yi(520m)),
            new ContributionPart("north", Yi(300m), Yi(290m)),
        ]);

        breakdown.TotalGrowth.Value.Should().Be(90m / 1800m * 100m);
        breakdown.TotalIncrement.Should().Be(Yi(90m));
        breakdown.Parts.Select(p => p.Share!.Value.Round(4).Value).Should().Equal(88.8889m, 22.2222m, -11.1111m);
        breakdown.Parts.Select(p => p.Pull.Round(4).Value).Should().Equal(4.4444m, 1.1111m, -0.5556m);
        breakdown.Parts.Sum(p => p.Share!.Value.Value).Should().BeApproximately(100m, 1e-20m);
        breakdown.Parts.Sum(p => p.Pull.Value).Should().BeApproximately(breakdown.TotalGrowth.Value, 1e-20m);
    }

    [Fact]
    public void Compute_WholeUnchanged_SharesAreUndefined()
    {
        var breakdown = ContributionBreakdown.Compute([new ContributionPart("a", Yi(10m), Yi(12m)), new ContributionPart("b", Yi(10m), Yi(8m))]);

        breakdown.Parts.Should().OnlyContain(p => p.Share == null);
        breakdown.Parts.Select(p => p.Pull.Value).Should().Equal(10m, -10m);
    }

    [Fact]
    public void Compute_MixedCurrencies_Throws()
    {
        var act = () => ContributionBreakdown.Compute([new ContributionPart("a", Yi(10m), Yi(12m)), new ContributionPart("b", new Quantity(1m, Unit.HundredMillionUsd), new Quantity(2m, Unit.HundredMillionUsd))]);

        act.Should().Throw<UnitMismatchException>();
    }

    [Property(MaxTest = 200)]
    public Property SharesSumTo100AndPullsToTheTotalGrowth() =>
        Prop.ForAll(Gen.Choose(1, 100_000).Select(v => v / 10m).ArrayOf().Where(a => a.Length >= 2 && a.Length % 2 == 0).ToArbitrary(), levels =>
        {
            var parts = Enumerable.Range(0, levels.Length / 2).Select(i => new ContributionPart($"p{i}", Yi(levels[2 * i]), Yi(levels[2 * i + 1]))).ToList();
            var breakdown = ContributionBreakdown.Compute(parts);

            breakdown.Parts.Sum(p => p.Pull.Value).Should().BeApproximately(breakdown.TotalGrowth.Value, 1e-20m);
            if (breakdown.TotalIncrement.Value != 0m)
            {
                breakdown.Parts.Sum(p => p.Share!.Value.Value).Should().BeApproximately(100m, 1e-18m);
            }
        });

    [Fact]
    public void Compute_NullPart_IsAnArgumentErrorNamingIt() =>
        FluentActions.Invoking(() => ContributionBreakdown.Compute([null!])).Should().Throw<ArgumentException>().WithParameterName("parts").WithMessage("*part 0 is null*");
}
