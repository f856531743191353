namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The header of a DELTA_BINARY_PACKED stream (the values of DuckDB's version 2 integers and
/// decimals, the lengths of DELTA_LENGTH_BYTE_ARRAY text), read as Parquet.Net 6.1 reads it: block
/// size, miniblocks per block, value count and first value, as unsigned LEB128. Parquet.Net allocates
/// an array of block size / miniblocks values from it before decoding a value, so a header that
/// declares a block of two billion values would make it allocate gigabytes from a few bytes.
/// </summary>
internal static class DeltaHeader
{
    /// <summary>The values per miniblock Parquet.Net allocates an array of for the stream at the start of <paramref name="data"/>; 0 when it allocates none.</summary>
    /// <exception cref="InvalidDataException">The header is cut short, or Parquet.Net could not divide it into miniblocks.</exception>
    public static long MiniblockValues(ReadOnlySpan<byte> data)
    {
        var position = 0;
        var blockSize = (int)ReadUleb128(data, ref position);
        var miniblocks = (int)ReadUleb128(data, ref position);
        var count = (int)ReadUleb128(data, ref position);
        ReadUleb128(data, ref position); // the first value
        if (count is 0 or 1)
        {
            return 0; // Parquet.Net returns before it allocates
        }
        if (miniblocks <= 0 || blockSize < 0)
        {
            throw new InvalidDataException($"Expected a DELTA_BINARY_PACKED header with blocks divided into miniblocks, but it declares {blockSize} values a block in {miniblocks} miniblocks.");
        }
        return blockSize / miniblocks;
    }

    /// <summary>An unsigned LEB128 as Parquet.Net decodes it (a shift past 63 bits wraps, as it does there).</summary>
    private static ulong ReadUleb128(ReadOnlySpan<byte> data, ref int position)
    {
        ulong result = 0;
        var shift = 0;
        while (true)
        {
            if (position >= data.Length)
            {
                throw new InvalidDataException("Expected a DELTA_BINARY_PACKED header, but the page ends within it.");
            }
            ulong b = data[position++];
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
            shift += 7;
        }
    }
}
