using DevPlan.Core.Parquet.Internal;
using static DevPlan.Formats.Tests.ParquetForge;

namespace DevPlan.Formats.Tests;

/// <summary>The header of a DELTA_BINARY_PACKED stream, from which Parquet.Net allocates a miniblock's values before it decodes one.</summary>
public sealed class DeltaHeaderTest
{
    [Theory]
    [InlineData(128, 4, 2, 32)]
    [InlineData(2048, 1, 300, 2048)]
    [InlineData(0, 1, 2, 0)]
    [InlineData(0x7FFF_FF80, 1, 2, 0x7FFF_FF80)]
    [InlineData(0x7FFF_FF80, 0, 1, 0)] // one value: Parquet.Net returns it before it divides or allocates
    [InlineData(0x7FFF_FF80, 0, 0, 0)]
    public void The_values_a_miniblock_holds_are_the_block_divided_by_its_miniblocks(long block, long miniblocks, long count, long expected)
    {
        byte[] header = [.. Uleb128((ulong)block), .. Uleb128((ulong)miniblocks), .. Uleb128((ulong)count), .. Uleb128(7)];

        DeltaHeader.MiniblockValues(header).Should().Be(expected);
    }

    [Theory]
    [InlineData(128L, 0L)]
    [InlineData(128L, 0xFFFF_FFFFL)] // -1 once Parquet.Net casts it to int
    [InlineData(0x8000_0000L, 1L)] // a block of int.MinValue values
    public void A_header_Parquet_Net_cannot_divide_into_miniblocks_is_refused(long block, long miniblocks)
    {
        byte[] header = [.. Uleb128((ulong)block), .. Uleb128((ulong)miniblocks), .. Uleb128(5), .. Uleb128(0)];

        var read = () => DeltaHeader.MiniblockValues(header);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("miniblocks");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(4)]
    public void A_header_cut_short_is_refused_as_damage(int length)
    {
        byte[] header = [.. Uleb128(128), .. Uleb128(4), .. Uleb128(2), 0x80, 0x01];

        var read = () => DeltaHeader.MiniblockValues(header.AsSpan(0, length).ToArray());

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("ends within it");
    }
}
