using System.IO.Compression;
using K4os.Compression.LZ4;
using Snappier;
using ZstdSharp;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The compression codecs of Parquet pages, as Parquet.Net 6.1 decompresses them: what it allocates
/// to decompress a page (which for Snappy and Zstandard is what the compressed bytes themselves
/// declare, not the page header), and a decompression into a buffer of a size checked beforehand.
/// </summary>
internal static class PageCodec
{
    public const int None = 0, Snappy = 1, Gzip = 2, Lzo = 3, Brotli = 4, Lz4 = 5, Zstd = 6, Lz4Raw = 7;

    public static bool IsRead(int codec) => codec is None or Snappy or Gzip or Brotli or Lz4 or Zstd or Lz4Raw;

    public static string Name(int codec) => codec switch
    {
        None => "UNCOMPRESSED",
        Snappy => "SNAPPY",
        Gzip => "GZIP",
        Lzo => "LZO",
        Brotli => "BROTLI",
        Lz4 => "LZ4",
        Zstd => "ZSTD",
        Lz4Raw => "LZ4_RAW",
        _ => $"codec {codec}",
    };

    /// <summary>Whether reading <paramref name="codec"/> needs the whole compressed page to tell its decompressed size.</summary>
    public static bool SizeNeedsPage(int codec) => codec == Zstd;

    /// <summary>
    /// The bytes Parquet.Net allocates to decompress a page: what a Snappy stream's preamble says,
    /// what a Zstandard frame bounds its content to, and otherwise the size the header declares.
    /// </summary>
    /// <param name="codec">The chunk's codec.</param>
    /// <param name="compressed">The compressed bytes: their first five at least for Snappy, all of them for Zstandard.</param>
    /// <param name="declared">The page header's uncompressed size.</param>
    /// <exception cref="InvalidDataException">The compressed bytes do not tell their size.</exception>
    public static long DecompressedSize(int codec, ReadOnlySpan<byte> compressed, int declared)
    {
        try
        {
            return codec switch
            {
                Snappy => Snappier.Snappy.GetUncompressedLength(compressed),
                Zstd => checked((long)Decompressor.GetDecompressedSize(compressed)),
                _ => declared,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidDataException($"Expected {Name(codec)} data, but its size cannot be read: {e.Message}", e);
        }
    }

    /// <summary>Decompresses into <paramref name="output"/>, which is as long as <see cref="DecompressedSize"/> said; returns the bytes written.</summary>
    /// <exception cref="InvalidDataException">The data cannot be decompressed into the output.</exception>
    public static int Decompress(int codec, byte[] compressed, Span<byte> output)
    {
        try
        {
            switch (codec)
            {
                case Snappy:
                    return Snappier.Snappy.Decompress(compressed, output);
                case Zstd:
                    using (var decompressor = new Decompressor())
                    {
                        return decompressor.Unwrap(compressed, output);
                    }
                case Lz4 or Lz4Raw:
                    var decoded = LZ4Codec.Decode(compressed, output);
                    return decoded >= 0 ? decoded : throw new InvalidDataException("Expected LZ4 data, but it cannot be decoded.");
                case Gzip:
                    using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
                    {
                        return gzip.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
                    }
                case Brotli:
                    using (var brotli = new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress))
                    {
                        return brotli.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
                    }
                default:
                    compressed.AsSpan(0, Math.Min(compressed.Length, output.Length)).CopyTo(output);
                    return Math.Min(compressed.Length, output.Length);
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or InvalidDataException))
        {
            throw new InvalidDataException($"Expected {Name(codec)} data, but it cannot be decompressed: {e.Message}", e);
        }
    }
}
