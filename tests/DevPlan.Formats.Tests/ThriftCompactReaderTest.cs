using DevPlan.Core.Parquet.Internal;

namespace DevPlan.Formats.Tests;

/// <summary>
/// The bounded Thrift compact reader that checks a Parquet footer and page headers before Parquet.Net
/// reads them: each of its bounds holds at its value and refuses one past it, and it refuses what
/// Parquet.Net would read otherwise than the protocol.
/// </summary>
public sealed class ThriftCompactReaderTest
{
    [Fact]
    public void A_read_past_the_end_is_refused_where_Parquet_Net_would_read_0xFF_for_ever()
    {
        // A field header (delta 0, type bool) whose 16-bit id is a varint that never comes.
        var read = () => Walk([0x01]);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("ends");
    }

    [Theory]
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x0F }, true)] // five bytes, 32 bits
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x10 }, false)] // a 33rd bit
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0x0F }, true)] // 32 bits set
    [InlineData(new byte[] { 0x80, 0x80, 0x80, 0x80, 0x80, 0x00 }, false)] // six bytes
    public void An_i32_is_a_varint_of_at_most_32_bits(byte[] varint, bool read)
    {
        // Field 1 (delta 1) of type i32, then the struct's stop.
        var walk = () => Walk([0x15, .. varint, 0x00], t => t.NextField(out var id, out var type) && t.ReadI32(id, type) != 1);

        if (read)
        {
            walk.Should().NotThrow();
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("varint");
        }
    }

    [Theory]
    [InlineData(9, 0x01, true)] // ten bytes, 64 bits
    [InlineData(9, 0x02, false)] // a 65th bit
    [InlineData(10, 0x00, false)] // eleven bytes
    public void An_i64_is_a_varint_of_at_most_64_bits(int continuations, byte last, bool read)
    {
        byte[] bytes = [0x16, .. Enumerable.Repeat((byte)0x80, continuations), last, 0x00];
        var walk = () => Walk(bytes, t => t.NextField(out var id, out var type) && t.ReadI64(id, type) == 0);

        if (read)
        {
            walk.Should().NotThrow();
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("varint");
        }
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    public void A_binary_may_declare_the_bytes_left_and_not_one_more(byte declared, bool read)
    {
        // An unknown field 1 of type binary, three bytes after its length.
        var walk = () => Walk([0x18, declared, 0x41, 0x42, 0x43]);

        if (read)
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("Expected 1 more bytes", "the binary is read whole, and the struct's stop is missing after it");
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("binary of at most 3 bytes").And.Contain("declares 4");
        }
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(5, false)]
    public void A_list_may_declare_as_many_elements_as_bytes_left_and_not_one_more(byte declared, bool read)
    {
        // An unknown field 1, a list of i32 with its size as a varint (0xF5), then four bytes.
        var walk = () => Walk([0x19, 0xF5, declared, 0x02, 0x04, 0x06, 0x00]);

        if (read)
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("Expected 1 more bytes", "four elements are read, and the struct's stop is missing after them");
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("list of at most 4 elements").And.Contain("declares 5");
        }
        ((Action)(() => Walk([0x19, 0xF5, 3, 0x02, 0x04, 0x06, 0x00]))).Should().NotThrow();
    }

    [Theory]
    [InlineData(ThriftCompactReader.MaxDepth - 1, true)]
    [InlineData(ThriftCompactReader.MaxDepth, false)]
    public void Lists_nest_at_most_MaxDepth_deep_with_their_struct(int lists, bool read)
    {
        // An unknown field 1 that is a list of one list of ... of no i32.
        byte[] bytes = [0x19, .. Enumerable.Repeat((byte)0x19, lists - 1), 0x05, 0x00];
        var walk = () => Walk(bytes);

        if (read)
        {
            walk.Should().NotThrow();
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain($"at most {ThriftCompactReader.MaxDepth} deep");
        }
    }

    [Fact]
    public void A_known_field_of_another_type_is_refused_as_Parquet_Net_would_read_it_by_its_id()
    {
        var walk = () => Walk([0x18, 0x00, 0x00], t => t.NextField(out var id, out var type) && t.ReadI32(id, type) == 0);

        walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("field 1 to be of type i32, but it is of type binary");
    }

    [Fact]
    public void An_unknown_struct_of_booleans_is_skipped_and_one_with_values_refused()
    {
        // Parquet.Net skips an unknown struct by reading its field headers only: right for booleans alone.
        ((Action)(() => Walk([0x1C, 0x11, 0x12, 0x00, 0x00]))).Should().NotThrow();
        var values = () => Walk([0x1C, 0x15, 0x02, 0x00, 0x00]);

        values.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("only booleans");
    }

    [Fact]
    public void An_unknown_list_of_booleans_is_refused_unless_empty()
    {
        // Parquet.Net skips a boolean element by reading nothing, where the protocol has a byte.
        ((Action)(() => Walk([0x19, 0x01, 0x00]))).Should().NotThrow();
        var booleans = () => Walk([0x19, 0x21, 0x01, 0x01, 0x00]);

        booleans.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("list of booleans");
    }

    [Theory]
    [InlineData(0x1A, "set")]
    [InlineData(0x1B, "map")]
    [InlineData(0x1D, "13")]
    public void A_field_of_a_type_Parquet_Net_cannot_skip_is_refused(byte header, string name)
    {
        var walk = () => Walk([header, 0x00, 0x00]);

        walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain($"known Thrift type, but field 1 is of type {name}");
    }

    [Theory]
    [InlineData(0x14, "i16")] // field 1, i16
    [InlineData(0x13, "i8")]
    [InlineData(0x17, "double")]
    [InlineData(0x19, "list")]
    [InlineData(0x1C, "struct")]
    [InlineData(0x18, "binary")]
    [InlineData(0x16, "i64")]
    [InlineData(0x11, "bool")]
    public void Each_known_type_is_read_only_as_itself(byte header, string name)
    {
        // A field 1 of the given type, read as each known type but its own: always refused, naming both.
        var readers = new (string Name, Action<ThriftCompactReader, short, byte> Read)[]
        {
            ("i16", (t, id, type) => t.ReadI16(id, type)),
            ("i8", (t, id, type) => t.ReadI8(id, type)),
            ("double", (t, id, type) => t.ReadDouble(id, type)),
            ("list", (t, id, type) => t.ReadListHeader(id, type, ThriftCompactReader.I32)),
            ("struct", (t, id, type) => t.ReadStruct(id, type, s => s.SkipStructFields())),
            ("binary", (t, id, type) => t.ReadString(id, type)),
            ("binary", (t, id, type) => t.SkipBinary(id, type)),
            ("bool", (t, id, type) => t.ReadBool(id, type)),
            ("i64", (t, id, type) => t.ReadI64(id, type)),
            ("i32", (t, id, type) => t.ReadI32(id, type)),
        };
        foreach (var (other, read) in readers.Where(r => r.Name != name))
        {
            var thrift = new ThriftCompactReader([header, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00], 0, 10);
            thrift.BeginStruct();
            thrift.NextField(out var id, out var type).Should().BeTrue();
            var wrong = () => read(thrift, id, type);

            wrong.Should().Throw<InvalidDataException>().Which.Message.Should().Contain($"is of type {name}", other);
        }
    }

    [Fact]
    public void Each_known_type_reads_its_value()
    {
        // i16 -2, i8 -5, i64 -3, double 1.5, string "ab", bool true, list of two i32 (1, -1), an empty struct, then the stop.
        byte[] bytes =
        [
            0x14, 0x03, 0x13, 0xFB, 0x16, 0x05, 0x17, .. BitConverter.GetBytes(1.5), 0x18, 0x02, 0x61, 0x62, 0x11,
            0x19, 0x25, 0x02, 0x01, 0x1C, 0x00, 0x00,
        ];
        var thrift = new ThriftCompactReader(bytes, 0, bytes.Length);
        thrift.BeginStruct();
        short id;
        byte type;

        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadI16(id, type).Should().Be(-2);
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadI8(id, type).Should().Be(-5);
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadI64(id, type).Should().Be(-3);
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadDouble(id, type).Should().Be(1.5);
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadString(id, type).Should().Be("ab");
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadBool(id, type).Should().BeTrue();
        thrift.NextField(out id, out type).Should().BeTrue();
        id.Should().Be(7);
        thrift.ReadListHeader(id, type, ThriftCompactReader.I32).Should().Be(2);
        thrift.ReadI32(id, ThriftCompactReader.I32).Should().Be(1);
        thrift.ReadI32(id, ThriftCompactReader.I32).Should().Be(-1);
        thrift.NextField(out id, out type).Should().BeTrue();
        thrift.ReadStruct(id, type, s => s.NextField(out _, out _).Should().BeFalse());
        thrift.NextField(out _, out _).Should().BeFalse();
        thrift.Consumed.Should().Be(bytes.Length);
    }

    [Fact]
    public void A_known_list_of_other_elements_is_refused_unless_empty()
    {
        var empty = new ThriftCompactReader([0x19, 0x08], 0, 2);
        empty.BeginStruct();
        empty.NextField(out var id, out var type);
        empty.ReadListHeader(id, type, ThriftCompactReader.I32).Should().Be(0);

        var strings = new ThriftCompactReader([0x19, 0x18, 0x00], 0, 3);
        strings.BeginStruct();
        strings.NextField(out id, out type);
        var read = () => strings.ReadListHeader(id, type, ThriftCompactReader.I32);

        read.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("list of i32, but its elements are of type binary");
    }

    [Fact]
    public void A_list_of_a_few_elements_may_not_declare_more_than_the_bytes_left()
    {
        // The size in the header's high nibble: three elements, two bytes left.
        var walk = () => Walk([0x19, 0x35, 0x02, 0x04]);

        walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("list of at most 2 elements").And.Contain("declares 3");
    }

    [Fact]
    public void Unknown_fields_of_every_skippable_type_are_skipped_by_exactly_their_bytes()
    {
        // An i8, an i16, an i64 of ten bytes, a double, a binary, a struct of booleans, then a known i32 read by its id.
        byte[] bytes =
        [
            0x13, 0x7F, 0x14, 0xFE, 0x03, 0x16, .. Enumerable.Repeat((byte)0xFF, 9), 0x01, 0x17, .. BitConverter.GetBytes(2.5),
            0x18, 0x03, 0x61, 0x62, 0x63, 0x1C, 0x51, 0x12, 0x00, 0x15, 0x0E, 0x00,
        ];
        var thrift = new ThriftCompactReader(bytes, 0, bytes.Length);
        thrift.BeginStruct();
        var value = 0;
        while (thrift.NextField(out var id, out var type))
        {
            if (id == 7)
            {
                value = thrift.ReadI32(id, type);
            }
            else
            {
                thrift.Skip(id, type);
            }
        }

        value.Should().Be(7, "the field after the skipped ones is found at its id, with its value");
        thrift.Consumed.Should().Be(bytes.Length);
    }

    [Fact]
    public void Sibling_lists_and_structs_do_not_add_to_the_nesting()
    {
        // Forty empty lists, then forty structs of one boolean, each an unknown field.
        byte[] bytes = [.. Enumerable.Repeat(new byte[] { 0x19, 0x05 }, 40).SelectMany(b => b), .. Enumerable.Repeat(new byte[] { 0x1C, 0x11, 0x00 }, 40).SelectMany(b => b), 0x00];

        ((Action)(() => Walk(bytes))).Should().NotThrow();
    }

    [Fact]
    public void A_struct_inside_lists_counts_towards_the_nesting()
    {
        // The top struct, 14 lists of a list, a list of a struct, and the struct itself: 17 levels.
        byte[] bytes = [0x19, .. Enumerable.Repeat((byte)0x19, 14), 0x1C, 0x00, 0x00];
        var walk = () => Walk(bytes);

        walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain($"at most {ThriftCompactReader.MaxDepth} deep");
        ((Action)(() => Walk([0x19, .. Enumerable.Repeat((byte)0x19, 13), 0x1C, 0x00, 0x00]))).Should().NotThrow();
    }

    [Fact]
    public void An_i64_of_ten_bytes_keeps_its_64th_bit()
    {
        // The zigzag of long.MinValue is all ones: nine bytes of seven, and a tenth of one.
        byte[] bytes = [0x16, .. Enumerable.Repeat((byte)0xFF, 9), 0x01, 0x00];
        var thrift = new ThriftCompactReader(bytes, 0, bytes.Length);
        thrift.BeginStruct();
        thrift.NextField(out var id, out var type);

        thrift.ReadI64(id, type).Should().Be(long.MinValue);
    }

    [Theory]
    [InlineData(short.MaxValue, true)]
    [InlineData(short.MaxValue + 1, false)]
    [InlineData(short.MinValue, true)]
    [InlineData(short.MinValue - 1, false)]
    public void A_field_id_is_16_bits(int id, bool read)
    {
        // A field header in its long form: the type, then the id as a zigzag varint; an unknown i32 of 0.
        var zigzag = (uint)((id << 1) ^ (id >> 31));
        byte[] bytes = [0x05, .. ParquetForge.Uleb128(zigzag), 0x00, 0x00];
        var walk = () => Walk(bytes);

        if (read)
        {
            walk.Should().NotThrow();
        }
        else
        {
            walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("16-bit field id");
        }
    }

    [Fact]
    public void A_position_is_counted_from_where_the_reader_starts_and_named_in_errors()
    {
        byte[] bytes = [0xAA, 0xBB, 0xCC, 0x15, 0x04, 0x00];
        var thrift = new ThriftCompactReader(bytes, 3, 3);
        thrift.BeginStruct();
        thrift.NextField(out var id, out var type).Should().BeTrue();
        thrift.ReadI32(id, type).Should().Be(2);
        thrift.Consumed.Should().Be(2);

        thrift.Fail("Expected").Message.Should().Be("Expected (at byte 2 of 3)");
    }

    /// <summary>Reads a struct whose fields are all unknown, or as <paramref name="read"/> reads its first, then expects its stop.</summary>
    private static void Walk(byte[] bytes, Func<ThriftCompactReader, bool>? read = null)
    {
        var thrift = new ThriftCompactReader(bytes, 0, bytes.Length);
        thrift.BeginStruct();
        if (read is not null)
        {
            read(thrift);
            thrift.NextField(out _, out _).Should().BeFalse();
        }
        else
        {
            thrift.SkipStructFields();
        }
        thrift.EndStruct();
        thrift.Consumed.Should().Be(bytes.Length);
    }
}
