using System.Buffers.Binary;
using System.Globalization;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// Walks a column chunk's pages before Parquet.Net reads them, in the order it reads them (one after
/// another from the chunk's first offset), and checks each: its header (read as Parquet.Net reads it),
/// its sizes against the chunk and <see cref="ParquetReadOptions.MaxPageBytes"/>, what decompressing
/// it will allocate (for Snappy and Zstandard, what the compressed bytes declare), and the header of
/// any DELTA_BINARY_PACKED stream in it, from which Parquet.Net allocates. It answers where the
/// checked pages end, so that Parquet.Net can be kept from reading past them, and how many bytes
/// reading them will take, for the row group's budget.
/// </summary>
/// <remarks>
/// The bytes counted for a page are those Parquet.Net allocates for it: its compressed bytes, their
/// decompression, <see cref="DictionaryEntryBytes"/> an entry of a dictionary (a reference and its
/// own array), <see cref="PageValueBytes"/> a value of a data page (a dictionary index, or a byte
/// array's own array), a delta stream's miniblock buffer, and, for booleans, the integer array
/// Parquet.Net decodes every boolean page into.
/// </remarks>
internal static class ChunkPages
{
    public const int DictionaryEntryBytes = 40, PageValueBytes = 32;

    private const int DeltaBinaryPacked = 5, DeltaLengthByteArray = 6, DeltaByteArray = 7;

    /// <summary>Checks a chunk's pages; returns where they end, the bytes reading them takes, and the most a single page takes (as <see cref="ParquetReadOptions.MaxPageBytes"/> counts it).</summary>
    /// <param name="file">The file, read directly (not through Parquet.Net).</param>
    /// <param name="chunk">The chunk.</param>
    /// <param name="column">The chunk's column.</param>
    /// <param name="options">The limits.</param>
    /// <exception cref="InvalidDataException">A page is damaged or breaks a limit; the message says which and where.</exception>
    public static (long End, long Bytes, long LargestPage) Check(Stream file, ColumnChunkInfo chunk, SchemaColumn column, ParquetReadOptions options)
    {
        if (!PageCodec.IsRead(chunk.Codec))
        {
            throw new InvalidDataException($"Expected pages compressed with a codec Parquet.Net reads (SNAPPY, GZIP, BROTLI, LZ4, ZSTD or none), but they are compressed with {PageCodec.Name(chunk.Codec)}.");
        }
        var nullable = column.Repetition == Repetition.Optional;
        var position = chunk.Start;
        var end = chunk.Start + chunk.CompressedSize;
        long values = 0, bytes = 0, largest = 0;
        var first = true;
        while (values < chunk.Values)
        {
            if (position >= end)
            {
                throw new InvalidDataException($"Expected pages holding the chunk's {chunk.Values} values within its {chunk.CompressedSize} bytes, but they hold {values}.");
            }
            var header = ReadHeader(file, position, end, options.MaxPageBytes);
            var at = position;
            position += header.HeaderLength;
            if (header.CompressedSize > end - position)
            {
                throw new InvalidDataException(Where(at, $"Expected a page within its column chunk, but it says it takes {header.CompressedSize} bytes, {end - position} are left"));
            }
            if (!header.HasTypeHeader || header.Type is not (PageHeaderInfo.DataPage or PageHeaderInfo.DictionaryPage or PageHeaderInfo.DataPageV2))
            {
                throw new InvalidDataException(Where(at, $"Expected a dictionary or data page with its header, but found a page of type {header.Type}{(header.HasTypeHeader ? "" : " without it")}"));
            }
            if (header.Values < 0 || header.Nulls < 0 || header.Nulls > header.Values)
            {
                throw new InvalidDataException(Where(at, $"Expected a page's counts of values and nulls, but it says {header.Values} and {header.Nulls}"));
            }
            var stored = (long)header.HeaderLength + header.CompressedSize;
            if (stored > options.MaxPageBytes)
            {
                throw new InvalidDataException(Where(at, $"Expected pages of at most {options.MaxPageBytes} bytes (ParquetReadOptions.MaxPageBytes), but this one takes {stored} with its header"));
            }
            if (header.Type == PageHeaderInfo.DictionaryPage)
            {
                if (!first)
                {
                    throw new InvalidDataException(Where(at, "Expected the dictionary page first in its column chunk, but it follows another page"));
                }
                bytes += (long)header.Values * DictionaryEntryBytes;
            }
            else
            {
                if (header.Values > chunk.Values - values)
                {
                    throw new InvalidDataException(Where(at, $"Expected pages holding the chunk's {chunk.Values} values, but this one brings them to {values + header.Values}"));
                }
                values += header.Values;
                bytes += (long)header.Values * PageValueBytes;
                if (column.Type == PhysicalType.Boolean)
                {
                    bytes += chunk.Values * sizeof(int);
                }
            }
            var (pageBytes, pageLargest) = CheckData(file, position, header, chunk.Codec, nullable, options, at);
            bytes += pageBytes;
            largest = Math.Max(largest, Math.Max(stored, pageLargest));
            position += header.CompressedSize;
            first = false;
        }
        return (position, bytes, largest);
    }

    /// <summary>Checks what decoding a page's bytes will allocate; returns it, and the most of it in one piece.</summary>
    private static (long Bytes, long Largest) CheckData(Stream file, long position, PageHeaderInfo header, int codec, bool nullable, ParquetReadOptions options, long at)
    {
        var v2 = header.Type == PageHeaderInfo.DataPageV2;
        var levels = 0;
        if (v2)
        {
            // Parquet.Net reads a flat column's version 2 page as its definition levels (for a nullable column) and then its values.
            if (header.RepetitionLength != 0 || (!nullable && header.DefinitionLength != 0) || header.DefinitionLength > header.CompressedSize)
            {
                throw new InvalidDataException(Where(at, $"Expected a page of a flat column, but it has {header.RepetitionLength} bytes of repetition levels and {header.DefinitionLength} of definition levels"));
            }
            levels = header.DefinitionLength;
        }
        var decompresses = codec != PageCodec.None && !(v2 && !header.IsCompressed);
        var delta = header.Type != PageHeaderInfo.DictionaryPage && header.Encoding is DeltaBinaryPacked or DeltaLengthByteArray or DeltaByteArray;
        if (header.Type != PageHeaderInfo.DictionaryPage && header.Encoding == DeltaByteArray)
        {
            throw new InvalidDataException(Where(at, "Expected pages of an encoding this reader bounds (PLAIN, dictionary, RLE, DELTA_BINARY_PACKED, DELTA_LENGTH_BYTE_ARRAY or BYTE_STREAM_SPLIT), but this one is DELTA_BYTE_ARRAY, whose text Parquet.Net rebuilds value by value"));
        }
        var compressedLength = header.CompressedSize - levels;
        byte[]? compressed = null;
        if (delta || (decompresses && PageCodec.SizeNeedsPage(codec)))
        {
            compressed = ReadBytes(file, position + levels, compressedLength);
        }
        else if (decompresses && codec == PageCodec.Snappy)
        {
            compressed = ReadBytes(file, position + levels, Math.Min(compressedLength, 5));
        }
        long decoded;
        try
        {
            decoded = !decompresses ? (v2 ? 0 : header.UncompressedSize)
                : v2 && codec is not (PageCodec.Snappy or PageCodec.Zstd) ? header.UncompressedSize
                : PageCodec.DecompressedSize(codec, compressed ?? [], header.UncompressedSize);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(Where(at, e.Message.TrimEnd('.')), e);
        }
        if (decoded > options.MaxPageBytes)
        {
            throw new InvalidDataException(Where(at, $"Expected pages of at most {options.MaxPageBytes} bytes (ParquetReadOptions.MaxPageBytes), but this one decompresses to {decoded}"));
        }
        var bytes = header.CompressedSize + decoded;
        var largest = decoded;
        if (delta)
        {
            var valuesBytes = decompresses ? new byte[decoded] : compressed!;
            var length = decompresses ? Decompress(codec, compressed!, valuesBytes, at) : valuesBytes.Length;
            var offset = 0;
            if (!v2 && nullable)
            {
                // A version 1 page: the definition levels, their length first, then the values.
                offset = length >= 4 ? 4 + BinaryPrimitives.ReadInt32LittleEndian(valuesBytes) : -1;
            }
            if (offset < 0 || offset > length)
            {
                throw new InvalidDataException(Where(at, "Expected a page's definition levels and then its values, but its levels' length runs past the page"));
            }
            long miniblock;
            try
            {
                miniblock = DeltaHeader.MiniblockValues(valuesBytes.AsSpan(offset, length - offset));
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException(Where(at, e.Message.TrimEnd('.')), e);
            }
            if (miniblock * sizeof(long) > options.MaxPageBytes)
            {
                throw new InvalidDataException(Where(at, $"Expected pages of at most {options.MaxPageBytes} bytes (ParquetReadOptions.MaxPageBytes), but this one's DELTA_BINARY_PACKED miniblocks hold {miniblock} values each"));
            }
            bytes += miniblock * sizeof(long);
            largest = Math.Max(largest, miniblock * sizeof(long));
        }
        return (bytes, largest);
    }

    private static int Decompress(int codec, byte[] compressed, byte[] output, long at)
    {
        try
        {
            return PageCodec.Decompress(codec, compressed, output);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(Where(at, e.Message.TrimEnd('.')), e);
        }
    }

    /// <summary>Reads a page header, from as few bytes as hold it (a page's statistics can make it long), and no more than a page may take.</summary>
    private static PageHeaderInfo ReadHeader(Stream file, long position, long end, int maxBytes)
    {
        var available = (int)Math.Min(end - position, maxBytes);
        var size = Math.Min(available, 256);
        while (true)
        {
            var buffer = ReadBytes(file, position, size);
            try
            {
                return PageHeaderReader.Read(buffer, size);
            }
            catch (InvalidDataException e) when (ThriftCompactReader.IsEndOfData(e) && size < available)
            {
                size = (int)Math.Min(available, size * 8L);
            }
            catch (InvalidDataException e) when (ThriftCompactReader.IsEndOfData(e) && available == maxBytes && end - position > maxBytes)
            {
                throw new InvalidDataException(Where(position, $"Expected pages of at most {maxBytes} bytes (ParquetReadOptions.MaxPageBytes), but this one's header alone takes more"), e);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException(Where(position, $"Expected a page header, but it cannot be read: {e.Message.TrimEnd('.')}"), e);
            }
        }
    }

    private static byte[] ReadBytes(Stream file, long position, int count)
    {
        var buffer = new byte[count];
        file.Position = position;
        file.ReadExactly(buffer);
        return buffer;
    }

    private static string Where(long at, string reason) => string.Create(CultureInfo.InvariantCulture, $"{reason} (the page at byte {at}).");
}
