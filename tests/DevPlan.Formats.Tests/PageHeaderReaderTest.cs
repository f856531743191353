using DevPlan.Core.Parquet.Internal;
using static DevPlan.Formats.Tests.ParquetForge;

namespace DevPlan.Formats.Tests;

/// <summary>
/// A page header as <see cref="PageHeaderReader"/> reads it, forged field by field: every field of each kind of page read
/// to its value, unknown fields skipped by exactly their bytes, what is missing told apart from what is there, and a header
/// without its type or sizes, or with negative levels, refused.
/// </summary>
public sealed class PageHeaderReaderTest
{
    /// <summary>Statistics with every field, and an unknown one.</summary>
    private static readonly Action<Thrift> Statistics = s => s
        .String(1, "z").String(2, "a").I64(3, 0).I64(4, 2).String(5, "z").String(6, "a").Bool(7, true).Bool(8, false).I32(9, 0);

    /// <summary>Each kind of page header, by name: its bytes, and what it reads as (but its length).</summary>
    private static readonly Dictionary<string, (byte[] Header, PageHeaderInfo Expected)> Pages = new()
    {
        ["a data page"] = (
            Header(t => t.I32(1, DataPage).I32(2, 100).I32(3, 80).I32(4, 12345)
                .Struct(5, d => d.I32(1, 7).I32(2, RleDictionary).I32(3, Rle).I32(4, Rle).Struct(5, Statistics).I32(6, 0))
                .I32(9, 0)),
            new PageHeaderInfo(DataPage, 100, 80, 0, 7, 0, RleDictionary, 0, 0, true, true)),
        ["a dictionary page"] = (
            Header(t => t.I32(1, DictionaryPage).I32(2, 40).I32(3, 30).I32(4, 1)
                .Struct(7, d => d.I32(1, 5).I32(2, Plain).Bool(3, true).I32(4, 0))
                .I32(9, 0)),
            new PageHeaderInfo(DictionaryPage, 40, 30, 0, 5, 0, Plain, 0, 0, true, true)),
        ["a version 2 data page"] = (
            Header(t => t.I32(1, DataPageV2).I32(2, 50).I32(3, 30)
                .Struct(8, d => d.I32(1, 6).I32(2, 1).I32(3, 6).I32(4, DeltaBinaryPacked).I32(5, 2).I32(6, 0).Bool(7, false).Struct(8, Statistics).I32(9, 0))
                .I32(9, 0)),
            new PageHeaderInfo(DataPageV2, 50, 30, 0, 6, 1, DeltaBinaryPacked, 2, 0, false, true)),
        ["an index page of no bytes"] = (
            Header(t => t.I32(1, 1).I32(2, 0).I32(3, 0).Struct(6, s => s.I32(1, 0)).I32(9, 0)),
            new PageHeaderInfo(1, 0, 0, 0, -1, 0, 0, 0, 0, true, false)),
        ["a data page without its header"] = (
            Header(t => t.I32(1, DataPage).I32(2, 8).I32(3, 8)),
            new PageHeaderInfo(DataPage, 8, 8, 0, -1, 0, 0, 0, 0, true, false)),
        ["a dictionary page without its header"] = (
            Header(t => t.I32(1, DictionaryPage).I32(2, 8).I32(3, 8)),
            new PageHeaderInfo(DictionaryPage, 8, 8, 0, -1, 0, 0, 0, 0, true, false)),
        ["a version 2 page without its header"] = (
            Header(t => t.I32(1, DataPageV2).I32(2, 8).I32(3, 8)),
            new PageHeaderInfo(DataPageV2, 8, 8, 0, -1, 0, 0, 0, 0, true, false)),
        ["a version 2 page that does not say whether it is compressed"] = (
            Header(t => t.I32(1, DataPageV2).I32(2, 8).I32(3, 8).Struct(8, d => d.I32(1, 1).I32(4, Plain))),
            new PageHeaderInfo(DataPageV2, 8, 8, 0, 1, 0, Plain, 0, 0, true, true)),
    };

    public static TheoryData<string> EveryKindOfPage => [.. Pages.Keys];

    [Theory]
    [MemberData(nameof(EveryKindOfPage))]
    public void A_page_header_reads_to_what_it_says_and_its_length_alone(string page)
    {
        var (header, expected) = Pages[page];

        // The page's bytes follow its header in the buffer.
        var read = PageHeaderReader.Read([.. header, 0xEE, 0xEE, 0xEE], header.Length + 3);

        read.Should().Be(expected with { HeaderLength = header.Length }, page);
    }

    [Theory]
    [InlineData(null, 8, 8)]
    [InlineData(DataPage, null, 8)]
    [InlineData(DataPage, 8, null)]
    [InlineData(DataPage, 8, -1)]
    [InlineData(DataPage, -1, 8)]
    public void A_page_header_without_its_type_and_sizes_or_with_negative_ones_is_refused(int? type, int? uncompressed, int? compressed)
    {
        var header = Header(t =>
        {
            if (type is { } y)
            {
                t.I32(1, y);
            }
            if (uncompressed is { } u)
            {
                t.I32(2, u);
            }
            if (compressed is { } c)
            {
                t.I32(3, c);
            }
            t.Struct(5, d => d.I32(1, 1).I32(2, Plain));
        });

        var read = () => PageHeaderReader.Read(header, header.Length);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("Expected a page header with a type and sizes, but they are missing or negative.");
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, -1)]
    public void A_version_2_page_header_with_a_negative_length_of_levels_is_refused(int definition, int repetition)
    {
        var header = Header(t => t.I32(1, DataPageV2).I32(2, 8).I32(3, 8).Struct(8, d => d.I32(1, 1).I32(4, Plain).I32(5, definition).I32(6, repetition)));

        var read = () => PageHeaderReader.Read(header, header.Length);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith("Expected the byte lengths of a page's levels, but they are negative.");
    }

    [Theory]
    [InlineData(ThriftCompactReader.MaxDepth - 1, true)]
    [InlineData(ThriftCompactReader.MaxDepth, false)]
    public void A_page_header_nests_at_most_MaxDepth_deep_counting_its_own_structure(int lists, bool read)
    {
        // An unknown field 15 that is a list of one list of ... of no i32, and nothing else.
        byte[] header = [0xF9, .. Enumerable.Repeat((byte)0x19, lists - 1), 0x05, 0x00];

        var reading = () => PageHeaderReader.Read(header, header.Length);

        reading.Should().Throw<InvalidDataException>().Which.Message.Should().StartWith(read
            ? "Expected a page header with a type and sizes"
            : $"Expected structures nested at most {ThriftCompactReader.MaxDepth} deep");
    }

    [Fact]
    public void Each_field_Parquet_Net_knows_is_refused_when_of_another_type_naming_the_field()
    {
        // Parquet.Net reads a known field by its id whatever type its header says, and would misread it.
        var sites = FullHeader.Sites;
        sites.Should().HaveCountGreaterThan(30);

        foreach (var (type, name, id, binary) in sites)
        {
            var header = new FullHeader(name).Bytes(type);

            var read = () => PageHeaderReader.Read(header, header.Length);

            read.Should().Throw<InvalidDataException>(name).Which.Message.Should().StartWith($"Expected field {id} to be", name)
                .And.Contain($"but it is of type {(binary ? "i32" : "binary")}", name);
        }
    }

    private static byte[] Header(Action<Thrift> fields) => new Thrift().Struct(fields).ToArray();

    /// <summary>
    /// A page header of a type with every field Parquet.Net 6.1 reads, whose known fields are the <see cref="Sites"/>;
    /// one of them, <c>wrong</c>, may be written as another type (a binary, or an i32 for a binary).
    /// </summary>
    private sealed class FullHeader(string? wrong = null)
    {
        private readonly List<(int Type, string Name, short Id, bool Binary)> _sites = [];
        private int _type;

        /// <summary>Gets every known field of every type of page header: the type, where, its id, and whether it is a binary.</summary>
        public static IReadOnlyList<(int Type, string Name, short Id, bool Binary)> Sites
        {
            get
            {
                var forge = new FullHeader();
                foreach (var type in new[] { DataPage, 1, DictionaryPage, DataPageV2 })
                {
                    forge.Bytes(type);
                }
                return [.. forge._sites.Distinct()];
            }
        }

        public byte[] Bytes(int type)
        {
            _type = type;
            return Header(t =>
            {
                Known(t, "type", 1, x => x.I32(1, type));
                Known(t, "uncompressed", 2, x => x.I32(2, 16));
                Known(t, "compressed", 3, x => x.I32(3, 16));
                Known(t, "crc", 4, x => x.I32(4, 7));
                switch (type)
                {
                    case DataPage:
                        Known(t, "data", 5, x => x.Struct(5, d =>
                        {
                            Known(d, "data.values", 1, y => y.I32(1, 2));
                            Known(d, "data.encoding", 2, y => y.I32(2, Plain));
                            Known(d, "data.definition_encoding", 3, y => y.I32(3, Rle));
                            Known(d, "data.repetition_encoding", 4, y => y.I32(4, Rle));
                            Known(d, "data.statistics", 5, y => y.Struct(5, s => Statistics(s, "data.statistics.")));
                        }));
                        break;
                    case 1:
                        Known(t, "index", 6, x => x.Struct(6, _ => { }));
                        break;
                    case DictionaryPage:
                        Known(t, "dictionary", 7, x => x.Struct(7, d =>
                        {
                            Known(d, "dictionary.values", 1, y => y.I32(1, 2));
                            Known(d, "dictionary.encoding", 2, y => y.I32(2, Plain));
                            Known(d, "dictionary.sorted", 3, y => y.Bool(3, true));
                        }));
                        break;
                    default:
                        Known(t, "v2", 8, x => x.Struct(8, d =>
                        {
                            Known(d, "v2.values", 1, y => y.I32(1, 2));
                            Known(d, "v2.nulls", 2, y => y.I32(2, 0));
                            Known(d, "v2.rows", 3, y => y.I32(3, 2));
                            Known(d, "v2.encoding", 4, y => y.I32(4, Plain));
                            Known(d, "v2.definition", 5, y => y.I32(5, 0));
                            Known(d, "v2.repetition", 6, y => y.I32(6, 0));
                            Known(d, "v2.compressed", 7, y => y.Bool(7, false));
                            Known(d, "v2.statistics", 8, y => y.Struct(8, s => Statistics(s, "v2.statistics.")));
                        }));
                        break;
                }
            });
        }

        private void Statistics(Thrift s, string where)
        {
            Known(s, where + "max", 1, x => x.String(1, "z"));
            Known(s, where + "min", 2, x => x.String(2, "a"));
            Known(s, where + "nulls", 3, x => x.I64(3, 0));
            Known(s, where + "distinct", 4, x => x.I64(4, 2));
            Known(s, where + "max_value", 5, x => x.String(5, "z"));
            Known(s, where + "min_value", 6, x => x.String(6, "a"));
            Known(s, where + "max_exact", 7, x => x.Bool(7, true));
            Known(s, where + "min_exact", 8, x => x.Bool(8, true));
        }

        /// <summary>Writes a known field, or (where it is <c>wrong</c>) a field of the same id and another type.</summary>
        private void Known(Thrift t, string site, short id, Action<Thrift> write)
        {
            var binary = t.FieldOrWrongType(id, write, wrongType: site == wrong);
            _sites.Add((_type, site, id, binary));
        }
    }
}
