using System.Globalization;
using System.Text;

namespace DevPlan.Core.Serialization;

/// <summary>
/// A UTF-8 text reader that stops a read whose physical lines grow longer than a limit, and that
/// turns invalid UTF-8 into an <see cref="ObservationFormatException"/> with the line, so that a
/// hostile file cannot make the CSV parser buffer without bound or decode garbage.
/// </summary>
internal sealed class BoundedLineReader : TextReader
{
    private readonly StreamReader _inner;
    private readonly int _maxLineLength;
    private readonly string? _sourceName;
    private long _line = 1;
    private int _lineLength;

    public BoundedLineReader(Stream stream, int maxLineLength, string? sourceName)
    {
        // A UTF-8 encoding that throws on invalid bytes; its preamble lets the reader skip a BOM.
        _inner = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024, leaveOpen: true);
        _maxLineLength = maxLineLength;
        _sourceName = sourceName;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        int read;
        try
        {
            read = _inner.Read(buffer);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidUtf8(e);
        }
        Count(buffer[..read]);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        try
        {
            read = await _inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (DecoderFallbackException e)
        {
            throw InvalidUtf8(e);
        }
        Count(buffer.Span[..read]);
        return read;
    }

    public override Task<int> ReadAsync(char[] buffer, int index, int count) => ReadAsync(buffer.AsMemory(index, count)).AsTask();

    public override int Peek() => throw new NotSupportedException("Peeking is not supported by this reader.");

    public override int Read()
    {
        Span<char> one = stackalloc char[1];
        return Read(one) == 0 ? -1 : one[0];
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
        }
        base.Dispose(disposing);
    }

    /// <summary>
    /// Counts lines and checks line lengths a chunk at a time with vectorised searches: only the
    /// line running in from the previous chunk and the line running out of it can break the limit,
    /// unless the chunk itself is longer than the limit.
    /// </summary>
    private void Count(ReadOnlySpan<char> chars)
    {
        var first = chars.IndexOfAny('\n', '\r');
        if (first < 0)
        {
            _lineLength += chars.Length;
            CheckLength();
            return;
        }
        var last = chars.LastIndexOfAny('\n', '\r');
        if (last - first > _maxLineLength)
        {
            // Rare (a limit below the buffer size): a line inside the chunk may be too long; walk it exactly.
            CountLineByLine(chars);
            return;
        }
        _lineLength += first;
        CheckLength();
        _line += chars.Count('\n');
        _lineLength = chars.Length - last - 1;
        CheckLength();
    }

    private void CountLineByLine(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            var newline = chars.IndexOfAny('\n', '\r');
            if (newline < 0)
            {
                _lineLength += chars.Length;
                break;
            }
            _lineLength += newline;
            CheckLength();
            if (chars[newline] == '\n')
            {
                _line++;
            }
            _lineLength = 0;
            chars = chars[(newline + 1)..];
        }
        CheckLength();
    }

    private void CheckLength()
    {
        if (_lineLength > _maxLineLength)
        {
            throw new ObservationFormatException(
                string.Create(CultureInfo.InvariantCulture, $"Expected lines of at most {_maxLineLength} characters (ObservationCsvOptions.MaxLineLength), but this line is longer."),
                _line, sourceName: _sourceName);
        }
    }

    private ObservationFormatException InvalidUtf8(DecoderFallbackException e) =>
        new($"Expected UTF-8 text, but found bytes that are not valid UTF-8 (0x{Convert.ToHexString(e.BytesUnknown ?? [])}) at or after this line.", _line, sourceName: _sourceName, innerException: e);
}
