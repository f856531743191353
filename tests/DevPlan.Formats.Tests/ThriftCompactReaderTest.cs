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
    [InlineData(0x1A)] // a set
    [InlineData(0x1B)] // a map
    [InlineData(0x1D)] // type 13
    public void A_field_of_a_type_Parquet_Net_cannot_skip_is_refused(byte header)
    {
        var walk = () => Walk([header, 0x00, 0x00]);

        walk.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("known Thrift type");
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
