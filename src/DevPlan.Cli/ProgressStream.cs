namespace DevPlan.Cli;

/// <summary>A read-only stream wrapper that reports how many bytes have been read, for a progress bar.</summary>
internal sealed class ProgressStream(Stream inner, Action<long> report) : Stream
{
    /// <summary>Files at least this large (32 MiB, over a second to read on a slow disk) get a progress bar on a terminal.</summary>
    public const long Threshold = 32L * 1024 * 1024;

    private long _read;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Count(int read)
    {
        _read += read;
        report(_read);
        return read;
    }
}
