using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>The slab the period maps of one evaluation carve their arrays from.</summary>
public class SlabTest
{
    [Fact]
    public void Segments_AreDisjoint_AndStartCleared()
    {
        var slab = new Slab<int>();

        var first = slab.Carve(3);
        var second = slab.Carve(2);
        slab.Of(first).Fill(7);

        slab.Of(second).ToArray().Should().Equal(0, 0);
        slab.Of(first).ToArray().Should().Equal(7, 7, 7);
    }

    [Fact]
    public void Chunks_GrowFromSixteen_ByDoubling()
    {
        var slab = new Slab<int>();

        for (var i = 0; i < 16; i++)
        {
            slab.Carve(1);
        }
        var chunksAfterSixteen = slab.Chunks;
        slab.Carve(1);
        var chunksAfterSeventeen = slab.Chunks;
        slab.Carve(31); // the second chunk, of 32, holds 1 + 31
        var chunksAfterFortyEight = slab.Chunks;
        slab.Carve(1);

        (chunksAfterSixteen, chunksAfterSeventeen, chunksAfterFortyEight, slab.Chunks).Should().Be((1, 2, 2, 3));
    }

    [Fact]
    public void ASegmentLongerThanAChunk_GetsAChunkOfItsOwnLength()
    {
        var slab = new Slab<int>();

        var segment = slab.Carve(40_000);

        slab.Of(segment).Length.Should().Be(40_000);
        slab.Chunks.Should().Be(1);
    }

    [Fact]
    public void ASegmentGivenBack_IsCarvedAgainCleared_ForAsManyElements()
    {
        var slab = new Slab<int>();
        var given = slab.Carve(4);
        slab.Of(given).Fill(9);

        slab.Return(given);
        var again = slab.Carve(4);

        again.Should().Be(given);
        slab.Of(again).ToArray().Should().Equal(0, 0, 0, 0);
        slab.Carve(4).Should().NotBe(given, "it was carved again already");
    }

    [Fact]
    public void SegmentsGivenBack_AreAllCarvedAgain_LastGivenFirst()
    {
        var slab = new Slab<int>();
        var (first, second) = (slab.Carve(2), slab.Carve(2));

        slab.Return(first);
        slab.Return(second);

        (slab.Carve(2), slab.Carve(2)).Should().Be((second, first));
    }

    [Fact]
    public void ASegmentGivenBack_IsNotCarvedForAnotherLength_NorKeptWhenLongerThanSixtyFour()
    {
        var slab = new Slab<int>();
        var four = slab.Carve(4);
        var sixtyFour = slab.Carve(64);
        var sixtyFive = slab.Carve(65);

        slab.Return(four);
        slab.Return(sixtyFour);
        slab.Return(sixtyFive);

        slab.Carve(2).Should().NotBe(four);
        slab.Carve(64).Should().Be(sixtyFour);
        slab.Carve(65).Should().NotBe(sixtyFive);
    }

    [Fact]
    public void Carve_OfNothing_Throws()
    {
        new Slab<int>().Invoking(s => s.Carve(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void MapsSharingSlabs_KeepTheirOwnFigures_AsTheyGrow()
    {
        var (periods, values) = (new Slab<ReportingPeriod>(), new Slab<int>());
        var (a, b) = (new PeriodMap<int>(periods, values), new PeriodMap<int>(periods, values));

        for (var month = 1; month <= 12; month++)
        {
            a[ReportingPeriod.ForMonth(2024, month)] = month;
            b[ReportingPeriod.ForMonth(2024, 13 - month)] = 100 + month;
        }
        a.Remove(ReportingPeriod.ForMonth(2024, 1));

        a.Values.ToArray().Should().Equal(Enumerable.Range(2, 11));
        b.Values.ToArray().Should().Equal(Enumerable.Range(101, 12));
        b.Periods[0].Should().Be(ReportingPeriod.ForMonth(2024, 12));
    }
}
