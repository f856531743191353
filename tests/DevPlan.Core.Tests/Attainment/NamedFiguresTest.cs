using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>The figures an evaluation's results name, kept in chunks of 16,384 that are let go once made into objects. Figures are illustrative.</summary>
public class NamedFiguresTest
{
    private const int Chunk = 16_384;

    private static NamedFigures Filled(int count)
    {
        var named = new NamedFigures(new CandidateObjects());
        for (var i = 0; i < count; i++)
        {
            named.Add(Candidate.Summed(ReportingPeriod.ForYear(2024), new Quantity(i, Unit.HundredMillionYuan), ObservationStatus.Normal)).Should().Be(i);
        }
        return named;
    }

    private static decimal LevelOf(NamedFigures named, int number) => named.Make(number, "gdp", ZoneScope.Region).Level!.Value.Value;

    [Fact]
    public void EveryFigure_IsMadeWithItsOwnValues_AcrossChunks()
    {
        var named = Filled(2 * Chunk + 1);

        named.Count.Should().Be(2 * Chunk + 1);
        new[] { 0, Chunk - 1, Chunk, 2 * Chunk }.Select(n => LevelOf(named, n)).Should().Equal(0m, Chunk - 1, Chunk, 2 * Chunk);
    }

    [Fact]
    public void ReleaseBelow_TheFirstFigureOfAChunk_LetsGoOfTheChunksBefore()
    {
        var named = Filled(2 * Chunk);

        named.ReleaseBelow(Chunk);

        named.Invoking(n => n.Make(Chunk - 1, "gdp", ZoneScope.Region)).Should().Throw<InvalidOperationException>().WithMessage($"*{Chunk - 1}*released*");
        LevelOf(named, Chunk).Should().Be(Chunk);
    }

    [Fact]
    public void ReleaseBelow_AFigureWithinAChunk_KeepsThatChunk()
    {
        var named = Filled(2 * Chunk);

        named.ReleaseBelow(Chunk - 1);

        LevelOf(named, 0).Should().Be(0m);
        LevelOf(named, Chunk - 2).Should().Be(Chunk - 2);
    }

    [Fact]
    public void ReleaseBelow_CalledAgainHigher_LetsGoOfTheNextChunkToo()
    {
        var named = Filled(3 * Chunk);

        named.ReleaseBelow(Chunk);
        named.ReleaseBelow(2 * Chunk + 5);

        named.Invoking(n => n.Make(2 * Chunk - 1, "gdp", ZoneScope.Region)).Should().Throw<InvalidOperationException>();
        LevelOf(named, 2 * Chunk).Should().Be(2 * Chunk);
    }
}
