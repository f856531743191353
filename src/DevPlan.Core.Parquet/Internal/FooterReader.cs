using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// Reads and checks a Parquet file's footer before Parquet.Net is given the file: the magic numbers,
/// the footer's length against the file's and <see cref="ParquetReadOptions.MaxFooterBytes"/>, and
/// the footer itself with <see cref="ThriftCompactReader"/>, field by field as Parquet.Net's generated
/// reader reads it (the same field numbers and types), so that Parquet.Net, reading the same bytes,
/// can neither run past them, nor loop, nor allocate what they merely declare. It then checks what the
/// footer says: a flat schema of at most <see cref="ParquetReadOptions.MaxColumns"/> columns, at most
/// <see cref="ParquetReadOptions.MaxRowGroups"/> row groups, one column chunk per column in every row
/// group, and every chunk's pages inside the data and apart from every other chunk's.
/// </summary>
internal sealed class FooterReader
{
    /// <summary>"PAR1" at both ends, and the footer's length before the last.</summary>
    private const int MagicLength = 4, TailLength = 8;

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private readonly string? _sourceName;
    private readonly ParquetReadOptions _options;
    private readonly List<SchemaElementInfo> _schema = [];
    private readonly List<RawRowGroup> _rowGroups = [];

    private FooterReader(string? sourceName, ParquetReadOptions options)
    {
        _sourceName = sourceName;
        _options = options;
    }

    /// <summary>Reads and checks the footer of a seekable stream.</summary>
    /// <exception cref="DevPlanFormatException">The file is not Parquet, its footer is damaged, or it breaks a limit.</exception>
    public static ParquetMetadata Read(Stream stream, string? sourceName, ParquetReadOptions options)
    {
        var reader = new FooterReader(sourceName, options);
        var length = stream.Length;
        if (length < MagicLength + TailLength)
        {
            throw reader.NotParquet($"it has {length} bytes, fewer than the 12 of the smallest (PAR1, a footer's length, PAR1)");
        }
        var head = new byte[MagicLength];
        var tail = new byte[TailLength];
        stream.Position = 0;
        stream.ReadExactly(head);
        stream.Position = length - TailLength;
        stream.ReadExactly(tail);
        if (!head.AsSpan().SequenceEqual(Magic) || !tail.AsSpan(MagicLength).SequenceEqual(Magic))
        {
            throw reader.NotParquet("it does not begin and end with PAR1");
        }
        var footerLength = BitConverter.ToInt32(tail, 0);
        var room = length - MagicLength - TailLength;
        if (footerLength <= 0 || footerLength > room)
        {
            throw reader.NotParquet($"its footer's length is {footerLength} bytes, and a footer has from 1 to {room} bytes in a file of {length} (what lies between the leading PAR1 and the footer's length)");
        }
        if (footerLength > options.MaxFooterBytes)
        {
            throw new DevPlanFormatException($"Expected a Parquet footer of at most {options.MaxFooterBytes} bytes (ParquetReadOptions.MaxFooterBytes), but the file's footer has {footerLength}.", new DiagnosticLocation(sourceName));
        }
        var footer = new byte[footerLength];
        var dataEnd = length - TailLength - footerLength;
        stream.Position = dataEnd;
        stream.ReadExactly(footer);
        try
        {
            var thrift = new ThriftCompactReader(footer, 0, footerLength);
            thrift.BeginStruct();
            reader.ReadFileMetaData(thrift);
            thrift.EndStruct();
        }
        catch (InvalidDataException e)
        {
            throw reader.NotParquet($"its footer cannot be read: {e.Message}", e);
        }
        return reader.Check(dataEnd);
    }

    private DevPlanFormatException NotParquet(DiagnosticMessage reason, Exception? inner = null) =>
        new($"Expected an Apache Parquet file, but {reason}.", new DiagnosticLocation(_sourceName), innerException: inner);

    private DevPlanFormatException Damaged(DiagnosticMessage reason) =>
        new($"Expected the metadata of an Apache Parquet file, but {reason}.", new DiagnosticLocation(_sourceName));

    /// <summary>Checks what the footer says, and makes the metadata the reader works from.</summary>
    private ParquetMetadata Check(long dataEnd)
    {
        if (_schema.Count == 0)
        {
            throw Damaged("it has no schema");
        }
        var root = _schema[0];
        var columns = new List<SchemaColumn>(_schema.Count - 1);
        for (var i = 1; i < _schema.Count; i++)
        {
            var element = _schema[i];
            var name = element.Name ?? throw Damaged($"schema element {i} has no name");
            if (element.Children > 0 || element.Type is null)
            {
                throw new DevPlanFormatException($"Expected a flat table of columns, but \"{name}\" is a group (a list, map or struct).", new DiagnosticLocation(_sourceName, column: name));
            }
            if (element.Repetition == (int)Repetition.Repeated)
            {
                throw new DevPlanFormatException($"Expected a flat table of columns, but \"{name}\" is a repeated field (a list).", new DiagnosticLocation(_sourceName, column: name));
            }
            if (element.Type is < 0 or > (int)PhysicalType.FixedLenByteArray || element.Repetition is not (null or (int)Repetition.Required or (int)Repetition.Optional))
            {
                throw Damaged($"column \"{name}\" has a type or repetition that Parquet does not define");
            }
            columns.Add(new SchemaColumn(name, (PhysicalType)element.Type.Value, element.TypeLength, (Repetition)(element.Repetition ?? 0),
                element.ConvertedType, element.Scale, element.Precision, element.Logical ?? LogicalAnnotation.None));
        }
        if ((root.Children ?? 0) != columns.Count)
        {
            throw Damaged($"its schema's root declares {root.Children ?? 0} columns, and {columns.Count} follow it");
        }
        var rowGroups = new List<RowGroupInfo>(_rowGroups.Count);
        for (var g = 0; g < _rowGroups.Count; g++)
        {
            rowGroups.Add(CheckRowGroup(g, _rowGroups[g], columns, dataEnd));
        }
        CheckDisjoint(rowGroups);
        return new ParquetMetadata(columns, rowGroups, dataEnd);
    }

    /// <summary>
    /// Checks that no two column chunks share bytes, as no writer makes them: pages read again by
    /// another chunk or row group would let a small file be decoded over and over.
    /// </summary>
    private void CheckDisjoint(List<RowGroupInfo> rowGroups)
    {
        var chunks = rowGroups.SelectMany((g, i) => g.Chunks.Select(c => (c.Start, End: c.Start + c.CompressedSize, Group: i, c.Path)))
            .Where(c => c.End > c.Start)
            .OrderBy(c => c.Start)
            .ToList();
        for (var i = 1; i < chunks.Count; i++)
        {
            if (chunks[i].Start < chunks[i - 1].End)
            {
                throw Damaged($"the chunk of row group {chunks[i].Group}, column \"{chunks[i].Path}\" shares bytes with that of row group {chunks[i - 1].Group}, column \"{chunks[i - 1].Path}\"");
            }
        }
    }

    private RowGroupInfo CheckRowGroup(int index, RawRowGroup group, List<SchemaColumn> columns, long dataEnd)
    {
        if (group.Rows < 0)
        {
            throw Damaged($"row group {index} declares {group.Rows} rows");
        }
        if (group.Chunks.Count != columns.Count)
        {
            throw Damaged($"row group {index} has {group.Chunks.Count} column chunks for {columns.Count} columns");
        }
        var chunks = new ColumnChunkInfo[columns.Count];
        for (var c = 0; c < chunks.Length; c++)
        {
            var chunk = group.Chunks[c];
            var column = columns[c].Name;
            DiagnosticMessage Where() => $"row group {index}, column \"{column}\"";
            if (chunk.Path is not [var path] || path != column)
            {
                throw Damaged($"the chunk of {Where()} is of another column ({string.Join('.', chunk.Path ?? [])})");
            }
            if (chunk.Type != (int)columns[c].Type)
            {
                throw Damaged($"the chunk of {Where()} has another type than its column");
            }
            if (chunk.Values != group.Rows)
            {
                throw Damaged($"the chunk of {Where()} holds {chunk.Values} values for {group.Rows} rows");
            }
            // Parquet.Net reads a chunk's pages in sequence from the first of its offsets that is not 0.
            long? start = null;
            foreach (var offset in (ReadOnlySpan<long>)[chunk.DictionaryPageOffset, chunk.DataPageOffset, chunk.IndexPageOffset])
            {
                if (offset != 0 && (start is null || offset < start))
                {
                    start = offset;
                }
            }
            if (start is not { } first || first < MagicLength || chunk.CompressedSize < 0 || chunk.CompressedSize > dataEnd - first)
            {
                throw Damaged($"the pages of {Where()} are said to take {chunk.CompressedSize} bytes from byte {start ?? 0}, outside the data (bytes {MagicLength} to {dataEnd})");
            }
            chunks[c] = new ColumnChunkInfo(column, chunk.Codec, chunk.Values, first, chunk.CompressedSize);
        }
        return new RowGroupInfo(group.Rows, chunks);
    }

    // The structures below are read field by field as Parquet.Net 6.1's generated Parquet.Meta reader reads them.

    private void ReadFileMetaData(ThriftCompactReader thrift)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: // version
                    thrift.ReadI32(id, type);
                    break;
                case 2: // schema
                    var elements = thrift.ReadListHeader(id, type, ThriftCompactReader.Struct);
                    if (elements - 1 > _options.MaxColumns)
                    {
                        throw new DevPlanFormatException($"Expected at most {_options.MaxColumns} columns (ParquetReadOptions.MaxColumns), but the file's schema has {elements - 1}.", new DiagnosticLocation(_sourceName));
                    }
                    _schema.Clear();
                    for (var i = 0; i < elements; i++)
                    {
                        var element = new SchemaElementInfo();
                        thrift.ReadStruct(id, ThriftCompactReader.Struct, t => ReadSchemaElement(t, element));
                        _schema.Add(element);
                    }
                    break;
                case 3: // num_rows
                    thrift.ReadI64(id, type);
                    break;
                case 4: // row_groups
                    var groups = thrift.ReadListHeader(id, type, ThriftCompactReader.Struct);
                    if (groups > _options.MaxRowGroups)
                    {
                        throw new DevPlanFormatException($"Expected at most {_options.MaxRowGroups} row groups (ParquetReadOptions.MaxRowGroups), but the file has {groups}.", new DiagnosticLocation(_sourceName));
                    }
                    _rowGroups.Clear();
                    for (var i = 0; i < groups; i++)
                    {
                        var group = new RawRowGroup();
                        thrift.ReadStruct(id, ThriftCompactReader.Struct, t => ReadRowGroup(t, group));
                        _rowGroups.Add(group);
                    }
                    break;
                case 5: // key_value_metadata
                    ReadStructList(thrift, id, type, ReadKeyValue);
                    break;
                case 6: // created_by
                    thrift.ReadString(id, type);
                    break;
                case 7: // column_orders (a union of TypeDefinedOrder, an empty struct)
                    ReadStructList(thrift, id, type, t => ReadUnion(t, 1));
                    break;
                case 8: // encryption_algorithm
                    throw new DevPlanFormatException("Expected a Parquet file that is not encrypted, but its footer names an encryption algorithm.", new DiagnosticLocation(_sourceName));
                case 9: // footer_signing_key_metadata
                    thrift.SkipBinary(id, type);
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    private static void ReadSchemaElement(ThriftCompactReader thrift, SchemaElementInfo element)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    element.Type = thrift.ReadI32(id, type);
                    break;
                case 2:
                    element.TypeLength = thrift.ReadI32(id, type);
                    break;
                case 3:
                    element.Repetition = thrift.ReadI32(id, type);
                    break;
                case 4:
                    element.Name = thrift.ReadString(id, type);
                    break;
                case 5:
                    element.Children = thrift.ReadI32(id, type);
                    break;
                case 6:
                    element.ConvertedType = thrift.ReadI32(id, type);
                    break;
                case 7:
                    element.Scale = thrift.ReadI32(id, type);
                    break;
                case 8:
                    element.Precision = thrift.ReadI32(id, type);
                    break;
                case 9: // field_id
                    thrift.ReadI32(id, type);
                    break;
                case 10:
                    LogicalAnnotation? logical = null;
                    thrift.ReadStruct(id, type, t => logical = ReadLogicalType(t));
                    element.Logical = logical;
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    /// <summary>The LogicalType union: each member a struct, most of them empty.</summary>
    private static LogicalAnnotation ReadLogicalType(ThriftCompactReader thrift)
    {
        var logical = LogicalAnnotation.None;
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 or 4 or 12: // STRING, ENUM, JSON
                    thrift.ReadStruct(id, type, t => t.SkipStructFields());
                    logical = new LogicalAnnotation(LogicalKind.String);
                    break;
                case 2 or 3 or 11 or 13 or 14 or 15: // MAP, LIST, UNKNOWN (null), BSON, UUID, FLOAT16
                    thrift.ReadStruct(id, type, t => t.SkipStructFields());
                    logical = new LogicalAnnotation(LogicalKind.Other);
                    break;
                case 5: // DECIMAL
                    int scale = 0, precision = 0;
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            switch (field)
                            {
                                case 1:
                                    scale = t.ReadI32(field, fieldType);
                                    break;
                                case 2:
                                    precision = t.ReadI32(field, fieldType);
                                    break;
                                default:
                                    t.Skip(field, fieldType);
                                    break;
                            }
                        }
                    });
                    logical = new LogicalAnnotation(LogicalKind.Decimal, scale, precision);
                    break;
                case 6: // DATE
                    thrift.ReadStruct(id, type, t => t.SkipStructFields());
                    logical = new LogicalAnnotation(LogicalKind.Date);
                    break;
                case 7 or 8: // TIME, TIMESTAMP: is_adjusted_to_utc, and the unit (a union of empty structs)
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            switch (field)
                            {
                                case 1:
                                    t.ReadBool(field, fieldType);
                                    break;
                                case 2:
                                    t.ReadStruct(field, fieldType, u => ReadUnion(u, 3));
                                    break;
                                default:
                                    t.Skip(field, fieldType);
                                    break;
                            }
                        }
                    });
                    logical = new LogicalAnnotation(LogicalKind.Other);
                    break;
                case 10: // INTEGER
                    int width = 0;
                    var signed = true;
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            switch (field)
                            {
                                case 1:
                                    width = t.ReadI8(field, fieldType);
                                    break;
                                case 2:
                                    signed = t.ReadBool(field, fieldType);
                                    break;
                                default:
                                    t.Skip(field, fieldType);
                                    break;
                            }
                        }
                    });
                    logical = new LogicalAnnotation(LogicalKind.Integer, BitWidth: width, Signed: signed);
                    break;
                case 16: // VARIANT: specification_version
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            if (field == 1)
                            {
                                t.ReadI8(field, fieldType);
                            }
                            else
                            {
                                t.Skip(field, fieldType);
                            }
                        }
                    });
                    logical = new LogicalAnnotation(LogicalKind.Other);
                    break;
                case 17 or 18: // GEOMETRY (crs), GEOGRAPHY (crs, algorithm)
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            switch (field)
                            {
                                case 1:
                                    t.ReadString(field, fieldType);
                                    break;
                                case 2 when id == 18:
                                    t.ReadI32(field, fieldType);
                                    break;
                                default:
                                    t.Skip(field, fieldType);
                                    break;
                            }
                        }
                    });
                    logical = new LogicalAnnotation(LogicalKind.Other);
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
        return logical;
    }

    /// <summary>A union whose members 1 to <paramref name="members"/> are empty structs (a time unit, a column order).</summary>
    private static void ReadUnion(ThriftCompactReader thrift, int members)
    {
        while (thrift.NextField(out var id, out var type))
        {
            if (id >= 1 && id <= members)
            {
                thrift.ReadStruct(id, type, t => t.SkipStructFields());
            }
            else
            {
                thrift.Skip(id, type);
            }
        }
    }

    private void ReadRowGroup(ThriftCompactReader thrift, RawRowGroup group)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: // columns
                    var count = thrift.ReadListHeader(id, type, ThriftCompactReader.Struct);
                    group.Chunks.Clear();
                    for (var i = 0; i < count; i++)
                    {
                        var chunk = new RawChunk();
                        thrift.ReadStruct(id, ThriftCompactReader.Struct, t => ReadColumnChunk(t, chunk));
                        group.Chunks.Add(chunk);
                    }
                    break;
                case 2 or 5 or 6: // total_byte_size, file_offset, total_compressed_size
                    thrift.ReadI64(id, type);
                    break;
                case 3:
                    group.Rows = thrift.ReadI64(id, type);
                    break;
                case 4: // sorting_columns: column_idx, descending, nulls_first
                    ReadStructList(thrift, id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            switch (field)
                            {
                                case 1:
                                    t.ReadI32(field, fieldType);
                                    break;
                                case 2 or 3:
                                    t.ReadBool(field, fieldType);
                                    break;
                                default:
                                    t.Skip(field, fieldType);
                                    break;
                            }
                        }
                    });
                    break;
                case 7: // ordinal
                    thrift.ReadI16(id, type);
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    private void ReadColumnChunk(ThriftCompactReader thrift, RawChunk chunk)
    {
        var hasMetaData = false;
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: // file_path
                    thrift.ReadString(id, type);
                    throw new DevPlanFormatException("Expected a Parquet file that holds its own data, but a column chunk is kept in another file.", new DiagnosticLocation(_sourceName));
                case 2 or 4 or 6: // file_offset, offset_index_offset, column_index_offset
                    thrift.ReadI64(id, type);
                    break;
                case 3:
                    thrift.ReadStruct(id, type, t => ReadColumnMetaData(t, chunk));
                    hasMetaData = true;
                    break;
                case 5 or 7: // offset_index_length, column_index_length
                    thrift.ReadI32(id, type);
                    break;
                case 8 or 9: // crypto_metadata, encrypted_column_metadata
                    throw new DevPlanFormatException("Expected a Parquet file that is not encrypted, but a column chunk is encrypted.", new DiagnosticLocation(_sourceName));
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
        if (!hasMetaData)
        {
            throw thrift.Fail("Expected a column chunk's metadata, but a chunk has none.");
        }
    }

    private static void ReadColumnMetaData(ThriftCompactReader thrift, RawChunk chunk)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    chunk.Type = thrift.ReadI32(id, type);
                    break;
                case 2: // encodings
                    var encodings = thrift.ReadListHeader(id, type, ThriftCompactReader.I32);
                    for (var i = 0; i < encodings; i++)
                    {
                        thrift.ReadI32(id, ThriftCompactReader.I32);
                    }
                    break;
                case 3: // path_in_schema
                    var parts = thrift.ReadListHeader(id, type, ThriftCompactReader.Binary);
                    var path = new string[parts];
                    for (var i = 0; i < parts; i++)
                    {
                        path[i] = thrift.ReadString(id, ThriftCompactReader.Binary);
                    }
                    chunk.Path = path;
                    break;
                case 4:
                    chunk.Codec = thrift.ReadI32(id, type);
                    break;
                case 5:
                    chunk.Values = thrift.ReadI64(id, type);
                    break;
                case 6: // total_uncompressed_size
                    thrift.ReadI64(id, type);
                    break;
                case 7:
                    chunk.CompressedSize = thrift.ReadI64(id, type);
                    break;
                case 8: // key_value_metadata
                    ReadStructList(thrift, id, type, ReadKeyValue);
                    break;
                case 9:
                    chunk.DataPageOffset = thrift.ReadI64(id, type);
                    break;
                case 10:
                    chunk.IndexPageOffset = thrift.ReadI64(id, type);
                    break;
                case 11:
                    chunk.DictionaryPageOffset = thrift.ReadI64(id, type);
                    break;
                case 12:
                    thrift.ReadStruct(id, type, ReadStatistics);
                    break;
                case 13: // encoding_stats: page_type, encoding, count
                    ReadStructList(thrift, id, type, t => ReadI32Fields(t, 3));
                    break;
                case 14: // bloom_filter_offset
                    thrift.ReadI64(id, type);
                    break;
                case 15: // bloom_filter_length
                    thrift.ReadI32(id, type);
                    break;
                case 16: // size_statistics
                    thrift.ReadStruct(id, type, ReadSizeStatistics);
                    break;
                case 17: // geospatial_statistics
                    thrift.ReadStruct(id, type, ReadGeospatialStatistics);
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    /// <summary>Statistics, in a footer or a page header: max, min (binary), null and distinct counts, max and min values, and whether they are exact.</summary>
    public static void ReadStatistics(ThriftCompactReader thrift)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1 or 2 or 5 or 6:
                    thrift.SkipBinary(id, type);
                    break;
                case 3 or 4:
                    thrift.ReadI64(id, type);
                    break;
                case 7 or 8:
                    thrift.ReadBool(id, type);
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    private static void ReadSizeStatistics(ThriftCompactReader thrift)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1:
                    thrift.ReadI64(id, type);
                    break;
                case 2 or 3: // repetition and definition level histograms
                    var count = thrift.ReadListHeader(id, type, ThriftCompactReader.I64);
                    for (var i = 0; i < count; i++)
                    {
                        thrift.ReadI64(id, ThriftCompactReader.I64);
                    }
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    private static void ReadGeospatialStatistics(ThriftCompactReader thrift)
    {
        while (thrift.NextField(out var id, out var type))
        {
            switch (id)
            {
                case 1: // bbox: eight doubles
                    thrift.ReadStruct(id, type, t =>
                    {
                        while (t.NextField(out var field, out var fieldType))
                        {
                            if (field is >= 1 and <= 8)
                            {
                                t.ReadDouble(field, fieldType);
                            }
                            else
                            {
                                t.Skip(field, fieldType);
                            }
                        }
                    });
                    break;
                case 2: // geospatial_types
                    var count = thrift.ReadListHeader(id, type, ThriftCompactReader.I32);
                    for (var i = 0; i < count; i++)
                    {
                        thrift.ReadI32(id, ThriftCompactReader.I32);
                    }
                    break;
                default:
                    thrift.Skip(id, type);
                    break;
            }
        }
    }

    private static void ReadKeyValue(ThriftCompactReader thrift)
    {
        while (thrift.NextField(out var id, out var type))
        {
            if (id is 1 or 2)
            {
                thrift.ReadString(id, type);
            }
            else
            {
                thrift.Skip(id, type);
            }
        }
    }

    /// <summary>A struct whose fields 1 to <paramref name="count"/> are i32.</summary>
    private static void ReadI32Fields(ThriftCompactReader thrift, int count)
    {
        while (thrift.NextField(out var id, out var type))
        {
            if (id >= 1 && id <= count)
            {
                thrift.ReadI32(id, type);
            }
            else
            {
                thrift.Skip(id, type);
            }
        }
    }

    private static void ReadStructList(ThriftCompactReader thrift, short id, byte type, Action<ThriftCompactReader> read)
    {
        var count = thrift.ReadListHeader(id, type, ThriftCompactReader.Struct);
        for (var i = 0; i < count; i++)
        {
            thrift.ReadStruct(id, ThriftCompactReader.Struct, read);
        }
    }

    private sealed class SchemaElementInfo
    {
        public int? Type { get; set; }

        public int? TypeLength { get; set; }

        public int? Repetition { get; set; }

        public string? Name { get; set; }

        public int? Children { get; set; }

        public int? ConvertedType { get; set; }

        public int? Scale { get; set; }

        public int? Precision { get; set; }

        public LogicalAnnotation? Logical { get; set; }
    }

    private sealed class RawRowGroup
    {
        public long Rows { get; set; } = -1;

        public List<RawChunk> Chunks { get; } = [];
    }

    private sealed class RawChunk
    {
        public int Type { get; set; } = -1;

        public string[]? Path { get; set; }

        public int Codec { get; set; }

        public long Values { get; set; } = -1;

        public long CompressedSize { get; set; } = -1;

        public long DataPageOffset { get; set; }

        public long IndexPageOffset { get; set; }

        public long DictionaryPageOffset { get; set; }
    }
}
