using System.Globalization;
using System.Text;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// A bounded reader of the Thrift compact protocol over bytes already in memory (a footer, a page
/// header), which reads exactly what Parquet.Net 6.1's own reader would read, and refuses whatever
/// that reader would mishandle.
/// </summary>
/// <remarks>
/// <para>Parquet.Net's reader reads a byte past the end of its buffer as 0xFF, which makes a varint
/// that runs off the end loop for ever (a one-byte change to a footer hangs it); it reads a known
/// field by its id whatever type the field says it has; it allocates a list's declared capacity and a
/// binary's declared length before reading them; it skips an unknown struct by reading only its
/// field headers, and a list of booleans by reading nothing. So that it is never handed bytes it
/// would loop on, misalign on or allocate from, this reader refuses: a read past the end; a varint
/// longer than its type (5 bytes for 32 bits, 10 for 64) or wider than it; a known field of another
/// type than its own; a list or binary longer than the bytes left; nesting deeper than
/// <see cref="MaxDepth"/>; a set, a map or an unknown type; and an unknown field that Parquet.Net
/// would skip differently from the protocol (a struct with anything but booleans in it, a non-empty
/// list of booleans). Every method reads forward, so the work is linear in the bytes.</para>
/// </remarks>
internal sealed class ThriftCompactReader
{
    /// <summary>The deepest nesting of structs and lists read: Parquet's own metadata nests six deep.</summary>
    public const int MaxDepth = 16;

    public const byte Stop = 0, True = 1, False = 2, I8 = 3, I16 = 4, I32 = 5, I64 = 6, Double = 7, Binary = 8, List = 9, Set = 10, Map = 11, Struct = 12;

    private const string EndOfData = "ThriftCompactReader.EndOfData";

    private readonly byte[] _buffer;
    private readonly int _start;
    private readonly int _end;
    private readonly short[] _lastFieldIds = new short[MaxDepth + 1];
    private int _position;
    private int _depth;

    /// <summary>Initializes a reader of <paramref name="count"/> bytes of <paramref name="buffer"/> from <paramref name="start"/>.</summary>
    public ThriftCompactReader(byte[] buffer, int start, int count)
    {
        _buffer = buffer;
        _start = start;
        _position = start;
        _end = start + count;
    }

    /// <summary>Gets how many bytes have been read.</summary>
    public int Consumed => _position - _start;

    /// <summary>Enters a struct, as Parquet.Net does before its fields.</summary>
    public void BeginStruct()
    {
        if (_depth == MaxDepth)
        {
            throw Fail($"Expected structures nested at most {MaxDepth} deep, but they nest deeper.");
        }
        _lastFieldIds[++_depth] = 0;
    }

    /// <summary>Leaves a struct.</summary>
    public void EndStruct() => _depth--;

    /// <summary>Reads the next field's header; false at the struct's stop byte.</summary>
    public bool NextField(out short id, out byte type)
    {
        var header = ReadByte();
        if (header == Stop)
        {
            id = 0;
            type = Stop;
            return false;
        }
        type = (byte)(header & 0x0F);
        var delta = header >> 4;
        id = delta == 0 ? ReadShort() : (short)(_lastFieldIds[_depth] + delta);
        _lastFieldIds[_depth] = id;
        return true;
    }

    public int ReadI32(short id, byte type)
    {
        Expect(id, type, I32);
        return ZigZag(ReadVarInt32());
    }

    public long ReadI64(short id, byte type)
    {
        Expect(id, type, I64);
        return ZigZag(ReadVarInt64());
    }

    public short ReadI16(short id, byte type)
    {
        Expect(id, type, I16);
        return ReadShort();
    }

    public sbyte ReadI8(short id, byte type)
    {
        Expect(id, type, I8);
        return (sbyte)ReadByte();
    }

    public double ReadDouble(short id, byte type)
    {
        Expect(id, type, Double);
        Take(8);
        return BitConverter.ToDouble(_buffer, _position - 8);
    }

    /// <summary>A boolean field: its value is its type, and nothing follows it.</summary>
    public bool ReadBool(short id, byte type) =>
        type is True or False ? type == True : throw Fail($"Expected field {id} to be a boolean, but it is of type {TypeName(type)}.");

    public string ReadString(short id, byte type)
    {
        Expect(id, type, Binary);
        var length = ReadLength();
        return Encoding.UTF8.GetString(_buffer, _position - length, length);
    }

    /// <summary>Reads past a binary field (statistics, keys).</summary>
    public void SkipBinary(short id, byte type)
    {
        Expect(id, type, Binary);
        ReadLength();
    }

    /// <summary>Reads a list's header: its size, no more elements than there are bytes left (each takes one at least).</summary>
    public int ReadListHeader(short id, byte type, byte elementType)
    {
        Expect(id, type, List);
        var size = ReadListSize(out var actual);
        if (actual != elementType && size > 0)
        {
            throw Fail($"Expected field {id} to be a list of {TypeName(elementType)}, but its elements are of type {TypeName(actual)}.");
        }
        return size;
    }

    /// <summary>Reads a struct field, checking its type, with <paramref name="read"/> reading its fields.</summary>
    public void ReadStruct(short id, byte type, Action<ThriftCompactReader> read)
    {
        Expect(id, type, Struct);
        BeginStruct();
        read(this);
        EndStruct();
    }

    /// <summary>Reads the fields of a struct none of whose fields are read, as Parquet.Net skips each.</summary>
    public void SkipStructFields()
    {
        while (NextField(out var id, out var type))
        {
            Skip(id, type);
        }
    }

    /// <summary>Skips a field Parquet.Net does not know, refusing what it would skip otherwise than the protocol.</summary>
    public void Skip(short id, byte type)
    {
        switch (type)
        {
            case True or False:
                return;
            case I8:
                Take(1);
                return;
            case I16 or I32:
                ReadVarInt32();
                return;
            case I64:
                ReadVarInt64();
                return;
            case Double:
                Take(8);
                return;
            case Binary:
                ReadLength();
                return;
            case Struct:
                // Parquet.Net reads an unknown struct's field headers and not their values: that is the
                // protocol only while every field is a boolean (whose value is its header).
                BeginStruct();
                while (NextField(out var inner, out var innerType))
                {
                    if (innerType is not (True or False))
                    {
                        throw Fail($"Expected field {id}, which this reader does not know, to hold only booleans, but its field {inner} is of type {TypeName(innerType)}.");
                    }
                }
                EndStruct();
                return;
            case List:
                var size = ReadListSize(out var elementType);
                if (size > 0 && elementType is True or False)
                {
                    throw Fail($"Expected field {id}, which this reader does not know, not to be a list of booleans.");
                }
                if (_depth == MaxDepth)
                {
                    throw Fail($"Expected structures nested at most {MaxDepth} deep, but they nest deeper.");
                }
                _depth++;
                _lastFieldIds[_depth] = _lastFieldIds[_depth - 1];
                for (var i = 0; i < size; i++)
                {
                    Skip(id, elementType);
                }
                _depth--;
                return;
            default:
                throw Fail($"Expected a field of a known Thrift type, but field {id} is of type {TypeName(type)}.");
        }
    }

    /// <summary>An error at the current position.</summary>
    public InvalidDataException Fail(string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{reason} (at byte {Consumed} of {_end - _start})"));

    /// <summary>An error that the bytes end before what they declare: more bytes may hold the rest.</summary>
    private InvalidDataException Truncated(string reason)
    {
        var e = Fail(reason);
        e.Data[EndOfData] = true;
        return e;
    }

    private void Expect(short id, byte type, byte expected)
    {
        if (type != expected)
        {
            throw Fail($"Expected field {id} to be of type {TypeName(expected)}, but it is of type {TypeName(type)}.");
        }
    }

    private int ReadListSize(out byte elementType)
    {
        var header = ReadByte();
        elementType = (byte)(header & 0x0F);
        var size = (long)(header >> 4);
        if (size == 15)
        {
            size = ReadVarInt32();
        }
        if (size > _end - _position)
        {
            throw Truncated($"Expected a list of at most {_end - _position} elements, the bytes left, but it declares {size}.");
        }
        return (int)size;
    }

    private int ReadLength()
    {
        var length = ReadVarInt32();
        if (length > (uint)(_end - _position))
        {
            throw Truncated($"Expected a binary of at most {_end - _position} bytes, the bytes left, but it declares {length}.");
        }
        Take((int)length);
        return (int)length;
    }

    private short ReadShort()
    {
        var value = ZigZag(ReadVarInt32());
        return value is >= short.MinValue and <= short.MaxValue
            ? (short)value
            : throw Fail($"Expected a 16-bit field id, but found {value}.");
    }

    /// <summary>A varint of at most five bytes whose value fits 32 bits: the fifth byte holds its last four bits and ends it.</summary>
    private uint ReadVarInt32()
    {
        uint result = 0;
        for (var shift = 0; shift < 28; shift += 7)
        {
            var b = ReadByte();
            result |= (uint)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
        var last = ReadByte();
        return last <= 0x0F ? result | ((uint)last << 28) : throw Fail("Expected a varint of at most 5 bytes and 32 bits, but it is longer or wider.");
    }

    /// <summary>A varint of at most ten bytes whose value fits 64 bits: the tenth byte holds its last bit and ends it.</summary>
    private ulong ReadVarInt64()
    {
        ulong result = 0;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
        }
        var last = ReadByte();
        return last <= 0x01 ? result | ((ulong)last << 63) : throw Fail("Expected a varint of at most 10 bytes and 64 bits, but it is longer or wider.");
    }

    private byte ReadByte()
    {
        Take(1);
        return _buffer[_position - 1];
    }

    private void Take(int count)
    {
        if (count > _end - _position)
        {
            throw Truncated($"Expected {count} more bytes, but the structure ends.");
        }
        _position += count;
    }

    /// <summary>Whether an error is that the bytes ended before the structure did: more bytes may hold the rest of it.</summary>
    public static bool IsEndOfData(Exception e) => e.Data[EndOfData] is true;

    private static int ZigZag(uint n) => (int)(n >> 1) ^ -(int)(n & 1);

    private static long ZigZag(ulong n) => (long)(n >> 1) ^ -(long)(n & 1);

    private static string TypeName(byte type) => type switch
    {
        True or False => "bool",
        I8 => "i8",
        I16 => "i16",
        I32 => "i32",
        I64 => "i64",
        Double => "double",
        Binary => "binary",
        List => "list",
        Set => "set",
        Map => "map",
        Struct => "struct",
        _ => type.ToString(CultureInfo.InvariantCulture),
    };
}
