using System.Globalization;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The file as Parquet.Net reads it: reads only within a window of bytes (the whole file, or the
/// pages of the column chunk being read, as <see cref="ChunkPages"/> checked them), and a read at or
/// past the window's end throws rather than answering "no more bytes". Parquet.Net's Thrift reader
/// takes the end of a stream (-1) for the byte 0xFF and reads on, so that a page header that runs
/// off its page would loop for ever; here it ends in an <see cref="IOException"/>, which the reader
/// reports as a damaged file.
/// </summary>
internal sealed class GuardedStream(Stream inner) : Stream
{
    private readonly long _length = inner.Length;
    private long _position;
    private long _windowStart;
    private long _windowEnd = inner.Length;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    public override long Length => _length;

    public override long Position
    {
        get => _position;
        set => _position = value >= 0 ? value : throw new IOException("Expected a position within the file, but Parquet.Net seeks before its start.");
    }

    /// <summary>Allows reads of bytes <paramref name="start"/> to <paramref name="end"/> (excluded) only.</summary>
    public void Restrict(long start, long end)
    {
        _windowStart = start;
        _windowEnd = end;
    }

    /// <summary>Allows reads of the whole file again.</summary>
    public void Release() => Restrict(0, _length);

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }
        if (_position < _windowStart || _position >= _windowEnd)
        {
            throw new IOException($"Expected reads within bytes {_windowStart} to {_windowEnd}, but Parquet.Net reads byte {_position}: the file's pages or metadata do not agree.");
        }
        var count = (int)Math.Min(buffer.Length, _windowEnd - _position);
        inner.Position = _position;
        var read = inner.Read(buffer[..count]);
        if (read == 0)
        {
            throw new IOException("Expected the rest of the file, but the stream ended before its length.");
        }
        _position += read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int ReadByte()
    {
        // A read of one byte reads it or throws: it never answers that no byte was read.
        Span<byte> one = stackalloc byte[1];
        _ = Read(one);
        return one[0];
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return new ValueTask<int>(Read(buffer.Span));
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
    {
        SeekOrigin.Begin => offset,
        SeekOrigin.Current => _position + offset,
        SeekOrigin.End => _length + offset,
        _ => throw new ArgumentOutOfRangeException(nameof(origin)),
    };

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
