using System.Buffers.Binary;
using System.Text;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Parquet files made byte by byte, so that a test can state what no writer would: a page that
/// declares two billion values, a dictionary of int.MaxValue entries, a delta block of two billion
/// values, a schema nested thousands deep. One row group; each column's pages as given.
/// </summary>
internal static class ParquetForge
{
    public const int BooleanType = 0, Int32Type = 1, Int64Type = 2, DoubleType = 5, ByteArray = 6;
    public const int Plain = 0, Rle = 3, DeltaBinaryPacked = 5, DeltaLengthByteArray = 6, RleDictionary = 8;
    public const int DataPage = 0, DictionaryPage = 2, DataPageV2 = 3;

    /// <summary>A page: its data and what its header declares (by default, what the data is).</summary>
    public sealed record Page(int Type, byte[] Data, int Values, int Encoding = Plain)
    {
        public int? Uncompressed { get; init; }

        public int? Compressed { get; init; }

        public int Nulls { get; init; }

        public int DefinitionLength { get; init; }

        public int RepetitionLength { get; init; }

        /// <summary>Gets whether a version 2 page says its values are compressed; unsaid (compressed) when null.</summary>
        public bool? IsCompressed { get; init; }

        /// <summary>Gets a statistic (a maximum) the data page's header carries, making the header as long as it is.</summary>
        public string? Statistic { get; init; }
    }

    /// <summary>A required column (no definition levels) of a physical type, its pages, and what its chunk declares.</summary>
    public sealed record Column(string Name, int Type, params Page[] Pages)
    {
        public int Codec { get; init; }

        public int? ConvertedType { get; init; }

        public long? Values { get; init; }

        public long? CompressedSize { get; init; }

        /// <summary>Gets whether the column is nullable: its pages then begin with definition levels, which the test writes.</summary>
        public bool Optional { get; init; }
    }

    /// <summary>A file of one row group of <paramref name="rows"/> rows.</summary>
    public static byte[] File(long rows, params Column[] columns) => File(rows, columns, schema: null);

    /// <summary>
    /// A file whose schema is written by <paramref name="schema"/> instead of from the columns, of
    /// <paramref name="rowGroups"/> row groups of the same pages, copied for each or
    /// (<paramref name="sharePages"/>) written once for all.
    /// </summary>
    public static byte[] File(long rows, Column[] columns, Action<Thrift>? schema, int rowGroups = 1, bool sharePages = false)
    {
        var file = new List<byte>("PAR1"u8.ToArray());
        var groups = new List<List<(Column Column, long Offset, long Size)>>();
        for (var g = 0; g < rowGroups; g++)
        {
            if (sharePages && g > 0)
            {
                groups.Add(groups[0]);
                continue;
            }
            var written = new List<(Column Column, long Offset, long Size)>();
            foreach (var column in columns)
            {
                var offset = file.Count;
                foreach (var page in column.Pages)
                {
                    file.AddRange(PageHeader(page));
                    file.AddRange(page.Data);
                }
                written.Add((column, offset, file.Count - offset));
            }
            groups.Add(written);
        }
        var footer = new Thrift().Struct(t =>
        {
            t.I32(1, 1);
            if (schema is not null)
            {
                schema(t);
            }
            else
            {
                t.StructList(2, columns.Length + 1, (e, i) =>
                {
                    if (i == 0)
                    {
                        e.String(4, "schema").I32(5, columns.Length);
                        return;
                    }
                    var column = columns[i - 1];
                    e.I32(1, column.Type).I32(3, column.Optional ? 1 : 0).String(4, column.Name);
                    if (column.ConvertedType is { } converted)
                    {
                        e.I32(6, converted);
                    }
                });
            }
            t.I64(3, rows * rowGroups);
            t.StructList(4, rowGroups, (g, index) => g
                .StructList(1, groups[index].Count, (c, i) => c
                    .I64(2, groups[index][i].Offset)
                    .Struct(3, m => m
                        .I32(1, groups[index][i].Column.Type)
                        .I32List(2, Plain, Rle)
                        .StringList(3, groups[index][i].Column.Name)
                        .I32(4, groups[index][i].Column.Codec)
                        .I64(5, groups[index][i].Column.Values ?? rows)
                        .I64(6, groups[index][i].Size)
                        .I64(7, groups[index][i].Column.CompressedSize ?? groups[index][i].Size)
                        .I64(9, groups[index][i].Offset)))
                .I64(2, groups[index].Sum(c => c.Size))
                .I64(3, rows));
        }).ToArray();
        file.AddRange(footer);
        var length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
        file.AddRange(length);
        file.AddRange("PAR1"u8.ToArray());
        return [.. file];
    }

    public static byte[] PageHeader(Page page) => new Thrift().Struct(t =>
    {
        t.I32(1, page.Type).I32(2, page.Uncompressed ?? page.Data.Length).I32(3, page.Compressed ?? page.Data.Length);
        switch (page.Type)
        {
            case DictionaryPage:
                t.Struct(7, d => d.I32(1, page.Values).I32(2, Plain));
                break;
            case DataPageV2:
                t.Struct(8, d =>
                {
                    d.I32(1, page.Values).I32(2, page.Nulls).I32(3, page.Values).I32(4, page.Encoding).I32(5, page.DefinitionLength).I32(6, page.RepetitionLength);
                    if (page.IsCompressed is { } compressed)
                    {
                        d.Bool(7, compressed);
                    }
                });
                break;
            default:
                t.Struct(5, d =>
                {
                    d.I32(1, page.Values).I32(2, page.Encoding).I32(3, Rle).I32(4, Rle);
                    if (page.Statistic is { } statistic)
                    {
                        d.Struct(5, s => s.String(1, statistic).I64(3, 0));
                    }
                });
                break;
        }
    }).ToArray();

    /// <summary>PLAIN values of BYTE_ARRAY: each a little-endian length and its UTF-8 bytes.</summary>
    public static byte[] Texts(params string[] texts)
    {
        var bytes = new List<byte>();
        foreach (var text in texts)
        {
            var utf8 = Encoding.UTF8.GetBytes(text);
            bytes.AddRange(BitConverter.GetBytes(utf8.Length));
            bytes.AddRange(utf8);
        }
        return [.. bytes];
    }

    /// <summary>PLAIN values of DOUBLE.</summary>
    public static byte[] Doubles(params double[] values) => [.. values.SelectMany(BitConverter.GetBytes)];

    /// <summary>An unsigned LEB128, as DELTA_BINARY_PACKED headers and RLE runs write numbers.</summary>
    public static byte[] Uleb128(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }

    /// <summary>A writer of the Thrift compact protocol, for footers and page headers.</summary>
    public sealed class Thrift
    {
        private readonly List<byte> _bytes = [];
        private readonly Stack<short> _lastIds = new();
        private short _lastId;

        public byte[] ToArray() => [.. _bytes];

        public Thrift Struct(Action<Thrift> body)
        {
            _lastIds.Push(_lastId);
            _lastId = 0;
            body(this);
            _bytes.Add(0);
            _lastId = _lastIds.Pop();
            return this;
        }

        public Thrift Struct(short id, Action<Thrift> body)
        {
            Header(id, 12);
            return Struct(body);
        }

        public Thrift I32(short id, int value)
        {
            Header(id, 5);
            return VarInt((uint)((value << 1) ^ (value >> 31)));
        }

        public Thrift Bool(short id, bool value)
        {
            Header(id, value ? (byte)1 : (byte)2);
            return this;
        }

        public Thrift I64(short id, long value)
        {
            Header(id, 6);
            return VarInt((ulong)((value << 1) ^ (value >> 63)));
        }

        public Thrift I16(short id, short value)
        {
            Header(id, 4);
            return VarInt((uint)(ushort)((value << 1) ^ (value >> 15)));
        }

        public Thrift I8(short id, sbyte value)
        {
            Header(id, 3);
            _bytes.Add((byte)value);
            return this;
        }

        public Thrift Double(short id, double value)
        {
            Header(id, 7);
            _bytes.AddRange(BitConverter.GetBytes(value));
            return this;
        }

        public Thrift I64List(short id, params long[] values)
        {
            Header(id, 9);
            ListHeader(values.Length, 6);
            foreach (var value in values)
            {
                VarInt((ulong)((value << 1) ^ (value >> 63)));
            }
            return this;
        }

        /// <summary>
        /// Writes a field with <paramref name="write"/>, or, when <paramref name="wrongType"/>, a field of the same id
        /// and another type (an integer for a binary field, a string for any other). Returns whether the field is binary.
        /// </summary>
        public bool FieldOrWrongType(short id, Action<Thrift> write, bool wrongType)
        {
            var probe = new Thrift();
            write(probe);
            var binary = (probe.ToArray()[0] & 0x0F) == 8;
            if (!wrongType)
            {
                write(this);
            }
            else if (binary)
            {
                I32(id, 0);
            }
            else
            {
                String(id, "wrong");
            }
            return binary;
        }

        public Thrift String(short id, string value)
        {
            Header(id, 8);
            var bytes = Encoding.UTF8.GetBytes(value);
            VarInt((ulong)bytes.Length);
            _bytes.AddRange(bytes);
            return this;
        }

        public Thrift I32List(short id, params int[] values)
        {
            Header(id, 9);
            ListHeader(values.Length, 5);
            foreach (var value in values)
            {
                VarInt((uint)((value << 1) ^ (value >> 31)));
            }
            return this;
        }

        public Thrift StringList(short id, params string[] values)
        {
            Header(id, 9);
            ListHeader(values.Length, 8);
            foreach (var value in values)
            {
                var bytes = Encoding.UTF8.GetBytes(value);
                VarInt((ulong)bytes.Length);
                _bytes.AddRange(bytes);
            }
            return this;
        }

        public Thrift StructList(short id, int count, Action<Thrift, int> element)
        {
            Header(id, 9);
            ListHeader(count, 12);
            for (var i = 0; i < count; i++)
            {
                var index = i;
                Struct(t => element(t, index));
            }
            return this;
        }

        private void ListHeader(int count, byte type)
        {
            if (count < 15)
            {
                _bytes.Add((byte)((count << 4) | type));
            }
            else
            {
                _bytes.Add((byte)(0xF0 | type));
                VarInt((ulong)count);
            }
        }

        private void Header(short id, byte type)
        {
            var delta = id - _lastId;
            if (delta is > 0 and <= 15)
            {
                _bytes.Add((byte)((delta << 4) | type));
            }
            else
            {
                _bytes.Add(type);
                VarInt((uint)((id << 1) ^ (id >> 15)));
            }
            _lastId = id;
        }

        private Thrift VarInt(ulong value)
        {
            _bytes.AddRange(Uleb128(value));
            return this;
        }
    }
}
