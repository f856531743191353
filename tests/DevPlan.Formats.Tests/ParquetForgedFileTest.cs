using System.Globalization;
using DevPlan.Core.Parquet;
using DevPlan.Core.Parquet.Internal;
using static DevPlan.Formats.Tests.ParquetForge;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Parquet files forged byte by byte to declare what makes Parquet.Net allocate or loop: each is
/// refused with the limit or the damage it shows, within 5 seconds and 256 MB
/// (<see cref="BoundedRead"/>), before Parquet.Net is handed what it declares.
/// </summary>
public sealed class ParquetForgedFileTest
{
    private static readonly ParquetObservationFormat Format = new();

    [Fact]
    public void A_forged_file_that_keeps_the_format_reads_as_written()
    {
        var result = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), Growth(5.2, 7.25)), "a well-formed forged file").Result!;

        result.Diagnostics.Should().BeEmpty();
        result.Observations.Select(o => o.Growth!.Value.Value).Should().Equal(5.2m, 7.25m);
    }

    [Fact]
    public void A_dictionary_of_int_max_entries_is_refused_before_Parquet_Net_allocates_them()
    {
        var growth = new Column("growth", DoubleType,
            new Page(DictionaryPage, Doubles(5.2), int.MaxValue),
            new Page(DataPage, [0x00], 2, RleDictionary));

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a dictionary of 2^31 entries").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxRowGroupBytes").And.Contain("decoding the pages of column \"growth\"");
    }

    [Fact]
    public void A_page_that_declares_2_GB_uncompressed_is_refused_before_Parquet_Net_allocates_them()
    {
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(DataPage, Doubles(5.2, 7.25), 2) { Uncompressed = int.MaxValue }] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "2 GB uncompressed").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain(int.MaxValue.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_Snappy_page_whose_stream_declares_2_GB_is_refused_whatever_its_header_says()
    {
        // Parquet.Net allocates what the Snappy preamble says, not what the page header says.
        var growth = new Column("growth", DoubleType, new Page(DataPage, [.. Uleb128(int.MaxValue), 0x00, 0x00], 2) { Uncompressed = 16 }) { Codec = 1 };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a Snappy bomb").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain("decompresses to 2147483647");
    }

    [Fact]
    public void A_Zstandard_frame_that_declares_2_GB_is_refused_whatever_its_header_says()
    {
        // A frame header: magic, a descriptor with a 4-byte content size and a single segment, the size, then one empty raw block.
        byte[] frame = [0x28, 0xB5, 0x2F, 0xFD, 0xA0, 0xFF, 0xFF, 0xFF, 0x7F, 0x01, 0x00, 0x00];
        var growth = new Column("growth", DoubleType, new Page(DataPage, frame, 2) { Uncompressed = 16 }) { Codec = 6 };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a Zstandard bomb").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes");
    }

    [Theory]
    [InlineData(DataPage)]
    [InlineData(DataPageV2)]
    public void A_delta_header_that_declares_blocks_of_2_billion_values_is_refused_before_Parquet_Net_allocates_one(int type)
    {
        // DELTA_BINARY_PACKED: block size, miniblocks a block, value count, first value.
        byte[] header = [.. Uleb128(0x7FFF_FF80), .. Uleb128(1), .. Uleb128(2), .. Uleb128(10), .. Uleb128(0), 0x00];
        var growth = new Column("growth", Int64Type, new Page(type, header, 2, DeltaBinaryPacked));

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a delta block of 2^31 values").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain("DELTA_BINARY_PACKED").And.Contain("growth");
    }

    [Fact]
    public void The_lengths_of_DELTA_LENGTH_BYTE_ARRAY_text_are_held_to_the_same_bound()
    {
        byte[] header = [.. Uleb128(0x7FFF_FF80), .. Uleb128(1), .. Uleb128(2), .. Uleb128(6), .. Uleb128(0), 0x00, .. "gdpgdp"u8.ToArray()];
        var indicator = new Column("indicator", ByteArray, new Page(DataPage, header, 2, DeltaLengthByteArray));

        var error = BoundedRead.Run(Format, File(2, indicator, Period(2), Growth(5.2, 7.25)), "a delta block of text lengths").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain("indicator");
    }

    [Fact]
    public void A_DELTA_BINARY_PACKED_column_that_keeps_the_format_reads()
    {
        // Block of 128 values in 4 miniblocks, 2 values: 10, then 10 + min delta 5 (bit width 0 for the first miniblock).
        byte[] data = [.. Uleb128(128), .. Uleb128(4), .. Uleb128(2), .. Uleb128(20), .. Uleb128(10), 0x00, 0x00, 0x00, 0x00];
        var growth = new Column("growth", Int64Type, new Page(DataPage, data, 2, DeltaBinaryPacked));

        var result = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a small delta page").Result!;

        result.Observations.Select(o => o.Growth!.Value.Value).Should().Equal(10m, 15m);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1_000)]
    [InlineData(5_000)]
    public void A_page_header_longer_than_the_first_bytes_read_of_it_is_read_whole(int statistic)
    {
        var indicator = Indicator(2) with { Pages = [new Page(DataPage, Texts("gdp", "gdp"), 2) { Statistic = new string('z', statistic) }] };

        var result = BoundedRead.Run(Format, File(2, indicator, Period(2), Growth(5.2, 7.25)), $"a statistic of {statistic} bytes").Result!;

        result.Observations.Should().HaveCount(2);
    }

    [Fact]
    public void Pages_that_hold_more_values_than_their_chunk_are_refused()
    {
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(DataPage, Doubles(5.2, 7.25), 3)] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "three values in a chunk of two").Error!;

        error.Message.Should().Contain("growth").And.Contain("brings them to 3");
    }

    [Fact]
    public void A_page_that_says_it_runs_past_its_chunk_is_refused()
    {
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(DataPage, Doubles(5.2, 7.25), 2) { Compressed = 1000 }] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a page past its chunk").Error!;

        error.Message.Should().Contain("growth").And.Contain("1000 bytes, 16 are left");
    }

    [Fact]
    public void A_page_that_holds_fewer_values_than_it_declares_cannot_make_Parquet_Net_read_beyond_it()
    {
        // Two values declared, one stored: Parquet.Net reads on for the second, at the next page it expects.
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(DataPage, Doubles(5.2), 2)] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a short page").Error!;

        error.Message.Should().Contain("growth").And.Contain("cannot be read");
    }

    [Fact]
    public void A_chunk_that_holds_another_count_of_values_than_its_rows_is_refused()
    {
        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), Growth(5.2, 7.25) with { Values = 1 }), "a chunk of 1 value in 2 rows").Error!;

        error.Message.Should().Contain("holds 1 values for 2 rows");
    }

    [Fact]
    public void Column_chunks_that_share_pages_are_refused_so_that_no_page_is_decoded_twice()
    {
        // 2,000 row groups of the same pages: each would decode them again.
        var bytes = File(2, [Indicator(2), Period(2), Growth(5.2, 7.25)], schema: null, rowGroups: 2000, sharePages: true);

        var error = BoundedRead.Run(Format, bytes, "2,000 row groups of one set of pages").Error!;

        error.Message.Should().Contain("shares bytes");
    }

    [Fact]
    public void A_schema_nested_80000_deep_is_refused_before_Parquet_Net_builds_its_tree()
    {
        // Parquet.Net builds the schema tree recursively: 80,000 nested groups would overflow its stack.
        const int depth = 80_000;
        var bytes = File(0, [Indicator(0)], schema: t => t.StructList(2, depth + 2, (e, i) =>
        {
            if (i <= depth)
            {
                e.String(4, "g").I32(5, 1);
            }
            else
            {
                e.I32(1, ByteArray).I32(3, 0).String(4, "indicator");
            }
        }));
        var format = new ParquetObservationFormat(new ParquetReadOptions { MaxColumns = 100_000 });

        var error = BoundedRead.Run(format, bytes, "a schema 80,000 deep").Error!;

        error.Message.Should().Contain("flat table");
        BoundedRead.Run(Format, bytes, "a schema 80,000 deep, default limits").Error!.Message.Should().Contain("ParquetReadOptions.MaxColumns");
    }

    [Fact]
    public void A_footer_of_more_row_groups_than_MaxRowGroups_is_refused_before_Parquet_Net_reads_it()
    {
        // Chunks of no values have no pages, so they share no bytes: 10,001 row groups of one column in a footer of 450 KB.
        var bytes = File(0, [new Column("indicator", ByteArray)], schema: null, rowGroups: 10_001);
        bytes.Length.Should().BeLessThan(ParquetReadOptions.Default.MaxFooterBytes);

        var outcome = BoundedRead.Run(Format, bytes, "10,001 empty row groups");

        outcome.Error!.Message.Should().Contain("ParquetReadOptions.MaxRowGroups").And.Contain("has 10001");
        outcome.Allocated.Should().BeLessThan(32L << 20, "the footer is refused as its list of row groups is read");
    }

    [Fact]
    public void A_footer_as_large_as_MaxFooterBytes_of_row_groups_of_a_row_each_is_read_within_bounds()
    {
        // Every row group costs Parquet.Net some microseconds to read, whatever it holds: about 0.5 s
        // for these once compiled, several times that the first time. Read a smaller file first, so
        // that the bound measures the file rather than the JIT.
        BoundedRead.Run(Format, File(1, [Indicator(1), Period(1), Growth(5.2)], schema: null, rowGroups: 300), "300 row groups of one row");
        var bytes = File(1, [Indicator(1), Period(1), Growth(5.2)], schema: null, rowGroups: 4_500);
        var footer = BitConverter.ToInt32(bytes.AsSpan(bytes.Length - 8));
        footer.Should().BeInRange(ParquetReadOptions.Default.MaxFooterBytes * 9 / 10, ParquetReadOptions.Default.MaxFooterBytes);

        var result = BoundedRead.Run(Format, bytes, "4,500 row groups of one row").Result!;

        result.Observations.Should().HaveCount(4_500);
    }

    [Fact]
    public void Text_that_is_not_UTF8_is_a_problem_at_its_cell()
    {
        byte[] bad = [0x03, 0x00, 0x00, 0x00, 0x67, 0xFF, 0x70, 0x03, 0x00, 0x00, 0x00, 0x67, 0x64, 0x70];
        var indicator = new Column("indicator", ByteArray, new Page(DataPage, bad, 2)) { ConvertedType = 0 };

        var result = BoundedRead.Run(Format, File(2, indicator, Period(2), Growth(5.2, 7.25)), "invalid UTF-8").Result!;

        result.Observations.Should().ContainSingle().Which.Indicator.Should().Be("gdp");
        var problem = result.Diagnostics.Should().ContainSingle().Subject;
        problem.Location.ToString().Should().Be("hostile.parquet:1, column \"indicator\"");
        problem.Message.Should().Contain("UTF-8");
    }

    [Fact]
    public void DELTA_BYTE_ARRAY_pages_and_LZO_are_refused_by_name()
    {
        var delta = new Column("indicator", ByteArray, new Page(DataPage, [0x00], 2, 7)) { ConvertedType = 0 };
        var lzo = Growth(5.2, 7.25) with { Codec = 3 };

        BoundedRead.Run(Format, File(2, delta, Period(2), Growth(5.2, 7.25)), "DELTA_BYTE_ARRAY").Error!.Message.Should().Contain("DELTA_BYTE_ARRAY");
        BoundedRead.Run(Format, File(2, Indicator(2), Period(2), lzo), "LZO").Error!.Message.Should().Contain("LZO");
    }

    [Fact]
    public void The_budget_counts_what_each_page_cell_and_character_takes_as_documented()
    {
        // Uncompressed version 1 pages, 2 rows: the indicator as a dictionary and its indexes, the
        // growth as a DELTA_BINARY_PACKED block of 128 values in 4 miniblocks, and booleans.
        byte[] delta = [.. Uleb128(128), .. Uleb128(4), .. Uleb128(2), .. Uleb128(20), .. Uleb128(10), 0x00, 0x00, 0x00, 0x00];
        var dictionary = Texts("gdp");
        var indicator = new Column("indicator", ByteArray, new Page(DictionaryPage, dictionary, 1), new Page(DataPage, [0x00], 2, RleDictionary)) { ConvertedType = 0 };
        var growth = new Column("growth", Int64Type, new Page(DataPage, delta, 2, DeltaBinaryPacked));
        var completed = new Column("completed", BooleanType, new Page(DataPage, [0b01], 2));
        var bytes = File(2, indicator, Period(2), growth, completed);

        using var reader = (ParquetObservationReader)Format.OpenReader(new MemoryStream(bytes), "budget.parquet");
        reader.ReadAllLenient().Observations.Select(o => (o.Growth!.Value.Value, o.Completed)).Should().Equal((10m, true), (15m, false));

        var cells = 2 * 4 * ReadBudget.CellBytes;
        var indicatorPages = (1 * ChunkPages.DictionaryEntryBytes) + (2 * dictionary.Length) + (2 * ChunkPages.PageValueBytes) + (2 * 1);
        var periodPages = (2 * ChunkPages.PageValueBytes) + (2 * Texts("2023", "2024").Length);
        var growthPages = (2 * ChunkPages.PageValueBytes) + (2 * delta.Length) + (32 * sizeof(long)); // a miniblock of 128 / 4 values
        var completedPages = (2 * ChunkPages.PageValueBytes) + (2 * 1) + (2 * sizeof(int)); // the integers Parquet.Net decodes booleans into
        var text = 2 * ("gdp".Length + "gdp".Length + "2023".Length + "2024".Length + "10".Length + "15".Length + "true".Length + "false".Length);
        reader.RowGroupBytes.Should().Be(cells + indicatorPages + periodPages + growthPages + completedPages + text);
        reader.DecodedBytes.Should().Be(reader.RowGroupBytes);
        reader.LargestPageBytes.Should().Be(32 * sizeof(long), "the miniblock takes more than any page");
    }

    [Fact]
    public void Pages_that_end_before_their_chunk_holds_its_values_are_refused()
    {
        // Two pages of one value each, in a chunk said to hold only the first.
        var onePage = PageHeader(new Page(DataPage, Doubles(5.2), 1)).Length + 8;
        var growth = new Column("growth", DoubleType, new Page(DataPage, Doubles(5.2), 1), new Page(DataPage, Doubles(7.25), 1)) { CompressedSize = onePage };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a chunk shorter than its pages").Error!;

        error.Message.Should().Contain($"the chunk's 2 values within its {onePage} bytes, but they hold 1");
    }

    [Fact]
    public void A_page_header_cut_by_its_chunks_end_is_refused_rather_than_read_again_and_again()
    {
        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), Growth(5.2, 7.25) with { CompressedSize = 5 }), "a header past its chunk").Error!;

        error.Message.Should().Contain("Expected a page header, but it cannot be read");
    }

    [Theory]
    [InlineData(1, 2, 0, "of type 1 without it")] // an index page
    [InlineData(DataPageV2, 2, 3, "counts of values and nulls, but it says 2 and 3")]
    [InlineData(DataPage, -1, 0, "counts of values and nulls, but it says -1 and 0")]
    public void A_page_that_is_not_a_dictionary_or_data_page_or_miscounts_is_refused(int type, int values, int nulls, string expected)
    {
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(type, Doubles(5.2, 7.25), values) { Nulls = nulls }] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), expected).Error!;

        error.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_dictionary_page_after_a_data_page_is_refused()
    {
        var growth = Growth(5.2, 7.25) with { Pages = [new Page(DataPage, Doubles(5.2), 1), new Page(DictionaryPage, Doubles(7.25), 1)] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), "a late dictionary").Error!;

        error.Message.Should().Contain("dictionary page first");
    }

    [Theory]
    [InlineData(false, 2, 0, "0 bytes of repetition levels and 2 of definition levels")] // a required column has no definition levels
    [InlineData(true, 0, 1, "1 bytes of repetition levels")]
    [InlineData(true, 17, 0, "17 of definition levels")] // more than the page holds
    public void A_version_2_page_of_a_flat_column_has_definition_levels_only_where_they_can_be(bool optional, int definition, int repetition, string expected)
    {
        var growth = Growth(5.2, 7.25) with { Optional = optional, Pages = [new Page(DataPageV2, Doubles(5.2, 7.25), 2) { DefinitionLength = definition, RepetitionLength = repetition }] };

        var error = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), expected).Error!;

        error.Message.Should().Contain(expected);
    }

    [Fact]
    public void A_nullable_version_2_delta_page_is_read_from_after_its_definition_levels()
    {
        // Definition levels (RLE: two values of 1), then the values' DELTA_BINARY_PACKED block, compressed or said not to be.
        byte[] levels = [0x04, 0x01];
        byte[] delta = [.. Uleb128(128), .. Uleb128(4), .. Uleb128(2), .. Uleb128(20), .. Uleb128(10), 0x00, 0x00, 0x00, 0x00];
        var snappy = Snappier.Snappy.CompressToArray(delta);
        var compressed = new Column("growth", Int64Type, new Page(DataPageV2, [.. levels, .. snappy], 2, DeltaBinaryPacked) { DefinitionLength = 2, Uncompressed = 2 + delta.Length }) { Optional = true, Codec = 1 };
        var notCompressed = new Column("growth", Int64Type, new Page(DataPageV2, [.. levels, .. delta], 2, DeltaBinaryPacked) { DefinitionLength = 2, IsCompressed = false }) { Optional = true, Codec = 1 };

        foreach (var growth in new[] { compressed, notCompressed })
        {
            var result = BoundedRead.Run(Format, File(2, Indicator(2), Period(2), growth), $"a version 2 delta page, compressed: {growth == compressed}").Result!;

            result.Observations.Select(o => o.Growth!.Value.Value).Should().Equal(10m, 15m);
        }
    }

    [Fact]
    public void A_page_whose_stored_bytes_are_its_largest_part_is_held_to_MaxPageBytes_with_its_header()
    {
        // An uncompressed version 2 page: Parquet.Net allocates its bytes, and no more.
        var page = new Page(DataPageV2, Doubles(5.2, 7.25), 2);
        var stored = PageHeader(page).Length + 16;
        var bytes = File(2, Indicator(2), Period(2), new Column("growth", DoubleType, page));

        BoundedRead.Run(new ParquetObservationFormat(new ParquetReadOptions { MaxPageBytes = stored }), bytes, "within").Result!.Observations.Should().HaveCount(2);
        BoundedRead.Run(new ParquetObservationFormat(new ParquetReadOptions { MaxPageBytes = stored - 1 }), bytes, "one past").Error!.Message
            .Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain($"takes {stored} with its header");
    }

    [Fact]
    public void A_page_header_longer_than_MaxPageBytes_is_refused_by_the_limit()
    {
        var indicator = Indicator(2) with { Pages = [new Page(DataPage, Texts("gdp", "gdp"), 2) { Statistic = new string('z', 2_000) }] };

        var error = BoundedRead.Run(new ParquetObservationFormat(new ParquetReadOptions { MaxPageBytes = 1_000 }), File(2, indicator, Period(2), Growth(5.2, 7.25)), "a long header").Error!;

        error.Message.Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain("header alone");
    }

    [Fact]
    public void A_delta_miniblock_may_take_MaxPageBytes_and_not_one_more()
    {
        // A block of 8,192 values in one miniblock: Parquet.Net allocates 8,192 longs for it.
        byte[] delta = [.. Uleb128(8192), .. Uleb128(1), .. Uleb128(2), .. Uleb128(20), .. Uleb128(10), 0x00];
        var bytes = File(2, Indicator(2), Period(2), new Column("growth", Int64Type, new Page(DataPage, delta, 2, DeltaBinaryPacked)));

        BoundedRead.Run(new ParquetObservationFormat(new ParquetReadOptions { MaxPageBytes = 8192 * 8 }), bytes, "within").Result!.Observations.Should().HaveCount(2);
        BoundedRead.Run(new ParquetObservationFormat(new ParquetReadOptions { MaxPageBytes = (8192 * 8) - 1 }), bytes, "one past").Error!.Message
            .Should().Contain("ParquetReadOptions.MaxPageBytes").And.Contain("miniblocks hold 8192 values");
    }

    private static Column Indicator(int rows) => new("indicator", ByteArray, new Page(DataPage, Texts([.. Enumerable.Repeat("gdp", rows)]), rows)) { ConvertedType = 0 };

    private static Column Period(int rows) => new("period", ByteArray, new Page(DataPage, Texts([.. Enumerable.Range(2023, rows).Select(y => y.ToString(CultureInfo.InvariantCulture))]), rows)) { ConvertedType = 0 };

    private static Column Growth(params double[] values) => new("growth", DoubleType, new Page(DataPage, Doubles(values), values.Length));
}
