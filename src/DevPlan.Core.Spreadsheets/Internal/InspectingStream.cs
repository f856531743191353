namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// A forward-only, read-only view of a stream that shows each run of bytes read to <see cref="Inspect"/> before
/// handing it on: the base of the workbook reader's guards (the byte budget, the XML part guard). It owns the inner
/// stream and disposes it.
/// </summary>
internal abstract class InspectingStream(Stream inner) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <summary>Looks at bytes just read, and throws to stop the read.</summary>
    protected abstract void Inspect(ReadOnlySpan<byte> bytes);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Inspect(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
