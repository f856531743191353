using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Parquet;
using DevPlan.Core.Parquet.Internal;
using static DevPlan.Formats.Tests.ParquetForge;

namespace DevPlan.Formats.Tests;

/// <summary>
/// The footer as <see cref="FooterReader"/> reads and checks it, forged field by field: the file's frame, every field
/// Parquet.Net knows read as its own type and no other, every unknown field skipped by exactly its bytes, and each check
/// of what the footer says refused with the reason, naming the file.
/// </summary>
public sealed class FooterReaderTest
{
    private const string Source = "footer.parquet";

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    [Fact]
    public void A_file_too_short_for_its_frame_is_refused_by_its_length_and_one_of_12_bytes_by_its_footers()
    {
        Refused([.. Magic, 0, 0, 0, .. Magic]).Should()
            .Be("Expected an Apache Parquet file, but it has 11 bytes, fewer than the 12 of the smallest (PAR1, a footer's length, PAR1).");
        Refused([.. Magic, 0, 0, 0, 0, .. Magic]).Should()
            .Be("Expected an Apache Parquet file, but its footer's length is 0 bytes, and a footer has from 1 to 0 bytes in a file of 12 (what lies between the leading PAR1 and the footer's length).");
    }

    [Theory]
    [InlineData("PAR0", "PAR1")]
    [InlineData("PAR1", "PAR0")]
    public void A_file_that_does_not_begin_and_end_with_PAR1_is_refused(string head, string tail)
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m => Meta(m)]))));
        Encoding.ASCII.GetBytes(head).CopyTo(file, 0);
        Encoding.ASCII.GetBytes(tail).CopyTo(file, file.Length - 4);

        Refused(file).Should().Be("Expected an Apache Parquet file, but it does not begin and end with PAR1.");
    }

    [Fact]
    public void A_footer_may_take_every_byte_between_the_magic_numbers_and_not_one_more()
    {
        // No data: a row group of no rows whose chunk takes no bytes.
        var footer = Footer(Schema(Growth), Groups((0, [m => Meta(m, values: 0, size: 0)])));
        var file = File(footer, data: 0);

        Read(file).DataEnd.Should().Be(4);
        BitConverter.GetBytes(footer.Length + 1).CopyTo(file, file.Length - 8);
        Refused(file).Should().Be($"Expected an Apache Parquet file, but its footer's length is {footer.Length + 1} bytes, and a footer has from 1 to {footer.Length} bytes in a file of {file.Length} (what lies between the leading PAR1 and the footer's length).");
    }

    [Theory]
    [InlineData(ThriftCompactReader.MaxDepth - 1, true)]
    [InlineData(ThriftCompactReader.MaxDepth, false)]
    public void A_footer_nests_at_most_MaxDepth_deep_counting_its_own_structure(int lists, bool read)
    {
        // An unknown field 15 of the footer that is a list of one list of ... of no i32, and no schema.
        byte[] footer = [0xF9, .. Enumerable.Repeat((byte)0x19, lists - 1), 0x05, 0x00];

        var reason = Refused(File(footer));

        reason.Should().StartWith(read
            ? "Expected the metadata of an Apache Parquet file, but it has no schema."
            : $"Expected an Apache Parquet file, but its footer cannot be read: Expected structures nested at most {ThriftCompactReader.MaxDepth} deep, but they nest deeper.");
    }

    [Fact]
    public void A_footer_with_every_field_Parquet_Net_knows_and_unknown_ones_in_every_structure_is_read_to_what_it_says()
    {
        var forged = new FullFooter();

        var metadata = Read(File(forged.Bytes(), data: FullFooter.DataBytes));

        metadata.DataEnd.Should().Be(4 + FullFooter.DataBytes);
        metadata.Columns.Should().Equal(FullFooter.Columns.Select(c => c.Expected));
        var group = metadata.RowGroups.Should().ContainSingle().Subject;
        group.Rows.Should().Be(3);
        group.Chunks.Should().Equal(FullFooter.Columns.Select((c, i) => new ColumnChunkInfo(c.Expected.Name, i == 0 ? 1 : 0, 3, FullFooter.Start(i), 8)));
    }

    [Fact]
    public void Each_field_Parquet_Net_knows_is_refused_when_of_another_type_naming_the_field()
    {
        // Parquet.Net reads a known field by its id whatever type its header says, and would misread it.
        var sites = new FullFooter().Sites;
        sites.Should().HaveCountGreaterThan(100);

        foreach (var site in sites)
        {
            var forged = new FullFooter(site.Name);

            var reason = Refused(File(forged.Bytes(), data: FullFooter.DataBytes));

            reason.Should().StartWith($"Expected an Apache Parquet file, but its footer cannot be read: Expected field {site.Id} to be", site.Name)
                .And.Contain($"but it is of type {(site.Binary ? "i32" : "binary")}", site.Name);
        }
    }

    [Fact]
    public void A_list_given_twice_is_read_as_its_last_as_Parquet_Net_reads_it()
    {
        // A schema, row groups and a row group's chunks each given first for two columns, then for one.
        var twice = new Thrift().Struct(t =>
        {
            Schema(Growth, e => Growth(e, "other"))(t);
            Schema(Growth)(t);
            Groups((2, [m => Meta(m), m => Meta(m, "other", start: 20)]))(t);
            t.StructList(4, 1, (g, _) => g
                .StructList(1, 2, (c, i) => c.Struct(3, m => Meta(m, i == 0 ? "growth" : "other", start: 4 + (20 * i))))
                .StructList(1, 1, (c, _) => c.Struct(3, m => Meta(m, start: 40)))
                .I64(3, 2));
        }).ToArray();

        var metadata = Read(File(twice));

        metadata.Columns.Should().ContainSingle().Which.Name.Should().Be("growth");
        metadata.RowGroups.Should().ContainSingle().Which.Chunks.Should().ContainSingle().Which.Start.Should().Be(40);
    }

    [Fact]
    public void A_footer_without_a_schema_is_refused()
    {
        Refused(File(new Thrift().Struct(t => t.I32(1, 1).I64(3, 0)).ToArray())).Should()
            .Be("Expected the metadata of an Apache Parquet file, but it has no schema.");
    }

    [Theory]
    [InlineData(1, null, null, "Expected a flat table of columns, but \"growth\" is a group (a list, map or struct).")]
    [InlineData(null, 2, null, "Expected a flat table of columns, but \"growth\" is a repeated field (a list).")]
    [InlineData(null, 3, null, "Expected the metadata of an Apache Parquet file, but column \"growth\" has a type or repetition that Parquet does not define.")]
    [InlineData(null, null, 8, "Expected the metadata of an Apache Parquet file, but column \"growth\" has a type or repetition that Parquet does not define.")]
    [InlineData(null, null, -1, "Expected the metadata of an Apache Parquet file, but column \"growth\" has a type or repetition that Parquet does not define.")]
    public void A_column_that_is_not_a_flat_column_of_a_defined_type_is_refused(int? children, int? repetition, int? type, string reason)
    {
        var file = File(Footer(Schema(e =>
        {
            e.I32(1, type ?? DoubleType).I32(3, repetition ?? 0).String(4, "growth");
            if (children is { } n)
            {
                e.I32(5, n);
            }
        }), Groups((2, [m => Meta(m)]))));

        Refused(file).Should().Be(reason);
    }

    [Fact]
    public void A_column_that_says_it_has_no_children_is_a_column()
    {
        var file = File(Footer(Schema(e => Growth(e, "growth").I32(5, 0)), Groups((2, [m => Meta(m)]))));

        Read(file).Columns.Should().ContainSingle().Which.Name.Should().Be("growth");
    }

    [Theory]
    [InlineData(2, "its schema's root declares 2 columns, and 1 follow it")]
    [InlineData(null, "its schema's root declares 0 columns, and 1 follow it")]
    public void A_root_that_declares_another_count_of_columns_than_follow_it_is_refused(int? children, string reason)
    {
        Action<Thrift> schema = t => t.StructList(2, 2, (e, i) =>
        {
            if (i == 1)
            {
                Growth(e);
            }
            else if (children is { } n)
            {
                e.String(4, "schema").I32(5, n);
            }
            else
            {
                e.String(4, "schema");
            }
        });

        Refused(File(Footer(schema, Groups((2, [m => Meta(m)]))))).Should().Be($"Expected the metadata of an Apache Parquet file, but {reason}.");
    }

    [Theory]
    [InlineData(-1L, "row group 0 declares -1 rows")]
    [InlineData(null, "row group 0 declares -1 rows")] // no count of rows
    public void A_row_group_of_a_negative_or_missing_count_of_rows_is_refused(long? rows, string reason)
    {
        var footer = new Thrift().Struct(t =>
        {
            Schema(Growth)(t);
            t.StructList(4, 1, (g, _) =>
            {
                g.StructList(1, 1, (c, _) => c.Struct(3, m => Meta(m, values: 1)));
                if (rows is { } n)
                {
                    g.I64(3, n);
                }
            });
        }).ToArray();

        Refused(File(footer)).Should().Be($"Expected the metadata of an Apache Parquet file, but {reason}.");
    }

    [Fact]
    public void A_row_group_of_no_rows_whose_chunk_takes_no_bytes_is_read()
    {
        var metadata = Read(File(Footer(Schema(Growth), Groups((0, [m => Meta(m, values: 0, size: 0)])))));

        metadata.RowGroups.Should().ContainSingle().Which.Should().BeEquivalentTo(new RowGroupInfo(0, [new ColumnChunkInfo("growth", 0, 0, 4, 0)]));
    }

    [Fact]
    public void A_row_group_of_another_count_of_chunks_than_columns_is_refused()
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m => Meta(m), m => Meta(m, start: 30)]))));

        Refused(file).Should().Be("Expected the metadata of an Apache Parquet file, but row group 0 has 2 column chunks for 1 columns.");
    }

    [Theory]
    [InlineData(new[] { "other" }, "(other)")]
    [InlineData(new[] { "group", "growth" }, "(group.growth)")]
    [InlineData(null, "()")]
    public void A_chunk_of_another_column_is_refused_naming_its_path(string[]? path, string named)
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m =>
        {
            m.I32(1, DoubleType);
            if (path is not null)
            {
                m.StringList(3, path);
            }
            m.I64(5, 2).I64(7, 16).I64(9, 4);
        }]))));

        Refused(file).Should().Be($"Expected the metadata of an Apache Parquet file, but the chunk of row group 0, column \"growth\" is of another column {named}.");
    }

    [Theory]
    [InlineData(Int64Type)]
    [InlineData(null)] // no type
    public void A_chunk_of_another_type_than_its_column_is_refused(int? type)
    {
        var file = File(Footer(Schema(e => Growth(e, "growth", Int32Type)), Groups((2, [m =>
        {
            if (type is { } t)
            {
                m.I32(1, t);
            }
            m.StringList(3, "growth").I64(5, 2).I64(7, 16).I64(9, 4);
        }]))));

        Refused(file).Should().Be("Expected the metadata of an Apache Parquet file, but the chunk of row group 0, column \"growth\" has another type than its column.");
    }

    [Fact]
    public void A_chunk_without_a_count_of_values_is_refused()
    {
        var file = File(Footer(Schema(Growth), Groups((1, [m => m.I32(1, DoubleType).StringList(3, "growth").I64(7, 16).I64(9, 4)]))));

        Refused(file).Should().Be("Expected the metadata of an Apache Parquet file, but the chunk of row group 0, column \"growth\" holds -1 values for 1 rows.");
    }

    [Theory]
    [InlineData(4, 60, true)]
    [InlineData(4, 61, false)]
    [InlineData(8, 57, false)]
    [InlineData(4, null, false)] // no size
    public void A_chunk_may_take_the_data_up_to_the_footer_and_not_one_byte_more(int start, int? size, bool read)
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m =>
        {
            m.I32(1, DoubleType).StringList(3, "growth").I64(5, 2).I64(9, start);
            if (size is { } n)
            {
                m.I64(7, n);
            }
        }]))), data: 60);

        if (read)
        {
            Read(file).RowGroups[0].Chunks[0].Should().Be(new ColumnChunkInfo("growth", 0, 2, start, size!.Value));
        }
        else
        {
            Refused(file).Should().Be($"Expected the metadata of an Apache Parquet file, but the pages of row group 0, column \"growth\" are said to take {size ?? -1} bytes from byte {start}, outside the data (bytes 4 to 64).");
        }
    }

    [Fact]
    public void Chunks_that_share_bytes_are_refused_naming_both()
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m => Meta(m, start: 4)]), (2, [m => Meta(m, start: 19)]))));

        Refused(file).Should().Be("Expected the metadata of an Apache Parquet file, but the chunk of row group 1, column \"growth\" shares bytes with that of row group 0, column \"growth\".");
    }

    [Fact]
    public void A_chunk_of_no_bytes_shares_none_wherever_it_starts()
    {
        var file = File(Footer(Schema(Growth), Groups((2, [m => Meta(m, start: 4)]), (0, [m => Meta(m, values: 0, start: 4, size: 0)]), (2, [m => Meta(m, start: 20)]))));

        Read(file).RowGroups.Select(g => g.Chunks[0].Start).Should().Equal(4, 4, 20);
    }

    [Theory]
    [InlineData(8, "Expected a Parquet file that is not encrypted, but a column chunk is encrypted.")]
    [InlineData(9, "Expected a Parquet file that is not encrypted, but a column chunk is encrypted.")]
    [InlineData(1, "Expected a Parquet file that holds its own data, but a column chunk is kept in another file.")]
    public void A_chunk_that_is_encrypted_or_kept_in_another_file_is_refused(short field, string reason)
    {
        var footer = new Thrift().Struct(t =>
        {
            Schema(Growth)(t);
            t.StructList(4, 1, (g, _) => g.StructList(1, 1, (c, _) =>
            {
                if (field == 1)
                {
                    c.String(1, "elsewhere.parquet");
                }
                else
                {
                    c.Struct(field, _ => { });
                }
                c.Struct(3, m => Meta(m));
            }).I64(3, 2));
        }).ToArray();

        Refused(File(footer)).Should().Be(reason);
    }

    [Fact]
    public void A_chunk_whose_file_path_is_not_a_binary_is_refused_as_a_footer_Parquet_Net_would_misread()
    {
        var footer = new Thrift().Struct(t =>
        {
            Schema(Growth)(t);
            t.StructList(4, 1, (g, _) => g.StructList(1, 1, (c, _) => c.I32(1, 0).Struct(3, m => Meta(m))).I64(3, 2));
        }).ToArray();

        Refused(File(footer)).Should().StartWith("Expected an Apache Parquet file, but its footer cannot be read: Expected field 1 to be of type binary, but it is of type i32.");
    }

    [Fact]
    public void A_footer_that_names_an_encryption_algorithm_is_refused()
    {
        var footer = new Thrift().Struct(t =>
        {
            Schema(Growth)(t);
            t.Struct(8, _ => { });
        }).ToArray();

        Refused(File(footer)).Should().Be("Expected a Parquet file that is not encrypted, but its footer names an encryption algorithm.");
    }

    [Fact]
    public void A_chunk_without_its_metadata_is_refused()
    {
        var footer = new Thrift().Struct(t =>
        {
            Schema(Growth)(t);
            t.StructList(4, 1, (g, _) => g.StructList(1, 1, (c, _) => c.I64(2, 4)).I64(3, 2));
        }).ToArray();

        Refused(File(footer)).Should().StartWith("Expected an Apache Parquet file, but its footer cannot be read: Expected a column chunk's metadata, but a chunk has none. (at byte");
    }

    /// <summary>A file of <paramref name="data"/> bytes of pages (never read here) and a footer.</summary>
    private static byte[] File(byte[] footer, int data = 60) => [.. Magic, .. new byte[data], .. footer, .. BitConverter.GetBytes(footer.Length), .. Magic];

    private static ParquetMetadata Read(byte[] file) => FooterReader.Read(new MemoryStream(file), Source, ParquetReadOptions.Default);

    /// <summary>The reason a file is refused for, after checking that the error names the file.</summary>
    private static string Refused(byte[] file)
    {
        var read = () => Read(file);
        var error = read.Should().Throw<DevPlanFormatException>().Which;
        error.SourceName.Should().Be(Source);
        return error.Reason;
    }

    private static byte[] Footer(Action<Thrift> schema, Action<Thrift> rowGroups) => new Thrift().Struct(t =>
    {
        t.I32(1, 1);
        schema(t);
        t.I64(3, 2);
        rowGroups(t);
    }).ToArray();

    /// <summary>The schema: its root, then the columns.</summary>
    private static Action<Thrift> Schema(params Action<Thrift>[] columns) => t => t.StructList(2, columns.Length + 1, (e, i) =>
    {
        if (i == 0)
        {
            e.String(4, "schema").I32(5, columns.Length);
        }
        else
        {
            columns[i - 1](e);
        }
    });

    private static void Growth(Thrift e) => Growth(e, "growth");

    private static Thrift Growth(Thrift e, string name, int type = DoubleType) => e.I32(1, type).I32(3, 0).String(4, name);

    /// <summary>Row groups, each of its rows and its chunks' metadata.</summary>
    private static Action<Thrift> Groups(params (long Rows, Action<Thrift>[] Chunks)[] groups) => t => t.StructList(4, groups.Length, (g, index) => g
        .StructList(1, groups[index].Chunks.Length, (c, i) => c.Struct(3, groups[index].Chunks[i]))
        .I64(3, groups[index].Rows));

    /// <summary>A chunk's metadata: a DOUBLE column of <paramref name="values"/> values, its pages from <paramref name="start"/>.</summary>
    private static Thrift Meta(Thrift m, string name = "growth", long values = 2, long start = 4, long size = 16) =>
        m.I32(1, DoubleType).I32List(2, Plain).StringList(3, name).I32(4, 0).I64(5, values).I64(6, size).I64(7, size).I64(9, start);

    /// <summary>
    /// A footer with every field of every structure Parquet.Net 6.1 reads and an unknown field in each (a column for every
    /// logical type), whose known fields are its <see cref="Sites"/>; one of them, <c>wrong</c>, may be written as another
    /// type (a binary, or an i32 for a binary).
    /// </summary>
    private sealed class FullFooter(string? wrong = null)
    {
        /// <summary>The bytes of pages each column's chunk is said to take.</summary>
        public const int DataBytes = 8 * 19;

        private readonly List<(string Name, short Id, bool Binary)> _sites = [];

        /// <summary>Gets the columns: how each is written (its logical type) and what it is read as.</summary>
        public static IReadOnlyList<(string Name, Action<FullFooter, Thrift>? Logical, SchemaColumn Expected)> Columns { get; } =
        [
            ("amount", (f, t) => f.Known(t, "decimal", 5, l => l.Struct(5, d =>
            {
                f.Known(d, "decimal.scale", 1, x => x.I32(1, 2));
                f.Known(d, "decimal.precision", 2, x => x.I32(2, 18));
                d.I32(3, 7);
            })), new SchemaColumn("amount", PhysicalType.FixedLenByteArray, 9, Repetition.Optional, 5, 2, 18, new LogicalAnnotation(LogicalKind.Decimal, 2, 18))),
            Text("string", 1, LogicalKind.String, (f, s) => s.I32(1, 0)),
            Text("map", 2, LogicalKind.Other),
            Text("list", 3, LogicalKind.Other),
            Text("enum", 4, LogicalKind.String),
            Text("date", 6, LogicalKind.Date),
            Text("time", 7, LogicalKind.Other, (f, s) =>
            {
                f.Known(s, "time.utc", 1, x => x.Bool(1, true));
                f.Known(s, "time.unit", 2, x => x.Struct(2, u => f.Known(u, "unit.millis", 1, y => y.Struct(1, _ => { }))));
                s.I32(3, 0);
            }),
            Text("timestamp", 8, LogicalKind.Other, (f, s) =>
            {
                f.Known(s, "timestamp.utc", 1, x => x.Bool(1, false));
                f.Known(s, "timestamp.unit", 2, x => x.Struct(2, u =>
                {
                    f.Known(u, "unit.micros", 2, y => y.Struct(2, _ => { }));
                    f.Known(u, "unit.nanos", 3, y => y.Struct(3, _ => { }));
                    u.I32(4, 0);
                }));
                s.I32(3, 0);
            }),
            ("interval", (f, t) => t.Struct(9, _ => { }), Column("interval", LogicalAnnotation.None)), // a member Parquet.Net does not know
            Text("integer", 10, LogicalKind.Integer, (f, s) =>
            {
                f.Known(s, "integer.width", 1, x => x.I8(1, 16));
                f.Known(s, "integer.signed", 2, x => x.Bool(2, false));
                s.I32(3, 0);
            }, new LogicalAnnotation(LogicalKind.Integer, BitWidth: 16, Signed: false)),
            Text("signed", 10, LogicalKind.Integer, (f, s) => s.I8(1, 8), new LogicalAnnotation(LogicalKind.Integer, BitWidth: 8)),
            Text("null", 11, LogicalKind.Other),
            Text("json", 12, LogicalKind.String),
            Text("bson", 13, LogicalKind.Other),
            Text("uuid", 14, LogicalKind.Other),
            Text("float16", 15, LogicalKind.Other),
            Text("variant", 16, LogicalKind.Other, (f, s) =>
            {
                f.Known(s, "variant.version", 1, x => x.I8(1, 1));
                s.I32(2, 0);
            }),
            Text("geometry", 17, LogicalKind.Other, (f, s) =>
            {
                f.Known(s, "geometry.crs", 1, x => x.String(1, "OGC:CRS84"));
                s.String(2, "not read"); // geometry has no field 2: skipped
            }),
            Text("geography", 18, LogicalKind.Other, (f, s) =>
            {
                f.Known(s, "geography.crs", 1, x => x.String(1, "OGC:CRS84"));
                f.Known(s, "geography.algorithm", 2, x => x.I32(2, 1));
                s.I32(3, 0);
            }),
        ];

        /// <summary>Gets every known field written: where, its id, and whether it is a binary.</summary>
        public IReadOnlyList<(string Name, short Id, bool Binary)> Sites
        {
            get
            {
                _sites.Clear();
                Bytes();
                return [.. _sites.Distinct()];
            }
        }

        /// <summary>Where a column's pages start.</summary>
        public static long Start(int column) => 4 + (8 * column);

        public byte[] Bytes() => new Thrift().Struct(t =>
        {
            Known(t, "file.version", 1, x => x.I32(1, 2));
            Known(t, "file.schema", 2, x => x.StructList(2, Columns.Count + 1, (e, i) =>
            {
                if (i == 0)
                {
                    e.String(4, "schema").I32(5, Columns.Count);
                    return;
                }
                var (name, logical, expected) = Columns[i - 1];
                if (i == 1)
                {
                    Known(e, "element.type", 1, y => y.I32(1, (int)expected.Type));
                    Known(e, "element.length", 2, y => y.I32(2, 9));
                    Known(e, "element.repetition", 3, y => y.I32(3, 1));
                    Known(e, "element.name", 4, y => y.String(4, name));
                    Known(e, "element.children", 5, y => y.I32(5, 0));
                    Known(e, "element.converted", 6, y => y.I32(6, 5));
                    Known(e, "element.scale", 7, y => y.I32(7, 2));
                    Known(e, "element.precision", 8, y => y.I32(8, 18));
                    Known(e, "element.id", 9, y => y.I32(9, 1));
                    Known(e, "element.logical", 10, y => y.Struct(10, l => logical!(this, l)));
                    e.I32(11, 0);
                }
                else
                {
                    e.I32(1, (int)expected.Type).I32(3, 0).String(4, name).Struct(10, l => logical!(this, l));
                }
            }));
            Known(t, "file.rows", 3, x => x.I64(3, 3));
            Known(t, "file.groups", 4, x => x.StructList(4, 1, (g, _) =>
            {
                Known(g, "group.columns", 1, y => y.StructList(1, Columns.Count, (c, i) => Chunk(c, i)));
                Known(g, "group.bytes", 2, y => y.I64(2, DataBytes));
                Known(g, "group.rows", 3, y => y.I64(3, 3));
                Known(g, "group.sorting", 4, y => y.StructList(4, 1, (s, _) =>
                {
                    Known(s, "sorting.column", 1, z => z.I32(1, 0));
                    Known(s, "sorting.descending", 2, z => z.Bool(2, false));
                    Known(s, "sorting.nulls", 3, z => z.Bool(3, true));
                    s.I32(4, 0);
                }));
                Known(g, "group.offset", 5, y => y.I64(5, 4));
                Known(g, "group.compressed", 6, y => y.I64(6, DataBytes));
                Known(g, "group.ordinal", 7, y => y.I16(7, 0));
                g.I32(8, 1000); // an unknown field whose value, if it were not skipped, would be read as a field of no type
            }));
            Known(t, "file.metadata", 5, x => x.StructList(5, 1, (k, _) => KeyValue(k, "file")));
            Known(t, "file.creator", 6, x => x.String(6, "forge"));
            Known(t, "file.orders", 7, x => x.StructList(7, 1, (o, _) =>
            {
                Known(o, "order.type", 1, y => y.Struct(1, s => s.I32(1, 0)));
                o.I32(5, 0);
            }));
            Known(t, "file.signing", 9, x => x.String(9, "key"));
            t.I32(12, 0);
        }).ToArray();

        private static (string, Action<FullFooter, Thrift>?, SchemaColumn) Text(string name, short member, LogicalKind kind, Action<FullFooter, Thrift>? fields = null, LogicalAnnotation? expected = null) =>
            (name, (f, t) =>
            {
                f.Known(t, "logical." + name, member, x => x.Struct(member, s => fields?.Invoke(f, s)));
                if (member == 1)
                {
                    t.I32(19, 0); // an unknown member besides
                }
            }, Column(name, expected ?? new LogicalAnnotation(kind)));

        private static SchemaColumn Column(string name, LogicalAnnotation logical) => new(name, PhysicalType.ByteArray, null, Repetition.Required, null, null, null, logical);

        private void Chunk(Thrift c, int column)
        {
            var (name, _, expected) = Columns[column];
            if (column > 0)
            {
                c.Struct(3, m => m.I32(1, (int)expected.Type).StringList(3, name).I64(5, 3).I64(7, 8).I64(9, Start(column)));
                return;
            }
            Known(c, "chunk.offset", 2, x => x.I64(2, 4));
            Known(c, "chunk.metadata", 3, x => x.Struct(3, m =>
            {
                Known(m, "meta.type", 1, y => y.I32(1, (int)expected.Type));
                Known(m, "meta.encodings", 2, y => y.I32List(2, Plain, Rle));
                Known(m, "meta.path", 3, y => y.StringList(3, name));
                Known(m, "meta.codec", 4, y => y.I32(4, 1));
                Known(m, "meta.values", 5, y => y.I64(5, 3));
                Known(m, "meta.uncompressed", 6, y => y.I64(6, 24));
                Known(m, "meta.compressed", 7, y => y.I64(7, 8));
                Known(m, "meta.metadata", 8, y => y.StructList(8, 1, (k, _) => KeyValue(k, "chunk")));
                Known(m, "meta.data", 9, y => y.I64(9, 6));
                Known(m, "meta.index", 10, y => y.I64(10, 9));
                Known(m, "meta.dictionary", 11, y => y.I64(11, 4));
                Known(m, "meta.statistics", 12, y => y.Struct(12, s =>
                {
                    Known(s, "statistics.max", 1, z => z.String(1, "z"));
                    Known(s, "statistics.min", 2, z => z.String(2, "a"));
                    Known(s, "statistics.nulls", 3, z => z.I64(3, 0));
                    Known(s, "statistics.distinct", 4, z => z.I64(4, 3));
                    Known(s, "statistics.max_value", 5, z => z.String(5, "z"));
                    Known(s, "statistics.min_value", 6, z => z.String(6, "a"));
                    Known(s, "statistics.max_exact", 7, z => z.Bool(7, true));
                    Known(s, "statistics.min_exact", 8, z => z.Bool(8, true));
                    s.I32(9, 0);
                }));
                Known(m, "meta.encoding_stats", 13, y => y.StructList(13, 1, (s, _) =>
                {
                    Known(s, "encoding_stats.page", 1, z => z.I32(1, 0));
                    Known(s, "encoding_stats.encoding", 2, z => z.I32(2, 0));
                    Known(s, "encoding_stats.count", 3, z => z.I32(3, 1));
                    s.String(4, "ÿÿÿ"); // six bytes of 0xC3 0xBF: read as a field id were the field not skipped, a varint too long
                }));
                Known(m, "meta.bloom_offset", 14, y => y.I64(14, 0));
                Known(m, "meta.bloom_length", 15, y => y.I32(15, 0));
                Known(m, "meta.size_statistics", 16, y => y.Struct(16, s =>
                {
                    Known(s, "size_statistics.bytes", 1, z => z.I64(1, 24));
                    Known(s, "size_statistics.repetition", 2, z => z.I64List(2, 3));
                    Known(s, "size_statistics.definition", 3, z => z.I64List(3, 0, 3));
                    s.I32(4, 0);
                }));
                Known(m, "meta.geospatial", 17, y => y.Struct(17, s =>
                {
                    Known(s, "geospatial.box", 1, z => z.Struct(1, b =>
                    {
                        for (short i = 1; i <= 8; i++)
                        {
                            var field = i;
                            Known(b, "box." + field, field, w => w.Double(field, field));
                        }
                        b.I32(9, 0);
                    }));
                    Known(s, "geospatial.types", 2, z => z.I32List(2, 1001, 3)); // a point with Z, a polygon
                    s.I32(3, 0);
                }));
                m.I32(18, 0);
            }));
            Known(c, "chunk.offset_index", 4, x => x.I64(4, 0));
            Known(c, "chunk.offset_index_length", 5, x => x.I32(5, 0));
            Known(c, "chunk.column_index", 6, x => x.I64(6, 0));
            Known(c, "chunk.column_index_length", 7, x => x.I32(7, 0));
            c.I32(10, 0);
        }

        private void KeyValue(Thrift k, string where)
        {
            Known(k, where + ".key", 1, x => x.String(1, "key"));
            Known(k, where + ".value", 2, x => x.String(2, "value"));
            k.I32(3, 0);
        }

        /// <summary>Writes a known field, or (where it is <c>wrong</c>) a field of the same id and another type.</summary>
        private void Known(Thrift t, string site, short id, Action<Thrift> write)
        {
            var binary = t.FieldOrWrongType(id, write, wrongType: site == wrong);
            _sites.Add((site, id, binary));
        }
    }
}
