using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The text reader in front of the CSV parser. It decodes UTF-8 (invalid bytes stop the read with
/// their line), bounds physical lines (<see cref="ObservationCsvOptions.MaxLineLength"/>), and lexes
/// quotes so that the parser only ever sees well-formed quoting:
/// <list type="bullet">
/// <item>a quote inside an unquoted field (<c>report 5" screen</c>) is replaced by
/// <see cref="StrayQuote"/> and its row recorded as malformed, so it cannot open a quoted field that
/// swallows the rows after it;</item>
/// <item>a quoted field is held back until it closes. One that runs past the quoted-field limit or
/// the end of the file without closing, or that closes on a later line followed by more text, was
/// opened by mistake: its opening quote is neutralised, its row recorded, and the held text is lexed
/// again, so the lines after it are read as rows;</item>
/// <item>text after a closing quote on the same line (<c>"a"b</c>) marks the row malformed.</item>
/// </list>
/// Rows are identified by the line they start on, counted as the parser counts (a line break is
/// <c>\r\n</c>, <c>\n</c> or <c>\r</c>). Memory is bounded by the read block and the quoted-field limit.
/// </summary>
internal sealed class CsvTextGuard : TextReader
{
    /// <summary>
    /// What a stray quote is replaced by: a lone surrogate, which decoding valid UTF-8 never produces,
    /// so it cannot be confused with the file's own text.
    /// </summary>
    public const char StrayQuote = '\uDFFF';

    private const int BlockSize = 64 * 1024;

    private readonly StreamReader _inner;
    private readonly int _maxLineLength;
    private readonly int _maxQuotedLength;
    private readonly char _separator;
    private readonly string? _sourceName;
    private readonly Dictionary<int, DiagnosticMessage> _problems = [];

    private char[] _buffer = new char[2 * BlockSize];
    private int _start;
    private int _ready;
    private int _scan;
    private int _end;
    private bool _eof;

    private long _physicalLine = 1;
    private int _lineLength;
    private bool _physicalPendingCr;

    private bool _quoted;
    private char _previous = '\n';
    private bool _pendingCr;
    private int _line = 1;
    private int _rowLine = 1;
    private int _quoteAt;
    private int _quoteLine;
    private int _quoteRowLine;

    public CsvTextGuard(Stream stream, ObservationCsvOptions options, string? sourceName)
    {
        // A UTF-8 encoding that throws on invalid bytes; its preamble lets the reader skip a BOM.
        _inner = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false, bufferSize: BlockSize, leaveOpen: true);
        _maxLineLength = options.MaxLineLength;
        _maxQuotedLength = (int)Math.Min(2L * options.MaxFieldLength + 2, options.MaxLineLength);
        _separator = options.Separator;
        _sourceName = sourceName;
    }

    /// <summary>Gets whether any malformed row is recorded and not yet taken.</summary>
    public bool HasProblems => _problems.Count > 0;

    /// <summary>Takes the problem recorded for the row starting on <paramref name="line"/>, if any.</summary>
    public bool TryTakeProblem(int line, [NotNullWhen(true)] out DiagnosticMessage? reason) => _problems.Remove(line, out reason);

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        while (_ready == _start)
        {
            if (_eof)
            {
                return 0;
            }
            var room = MakeRoom();
            int read;
            try
            {
                read = _inner.Read(room);
            }
            catch (DecoderFallbackException e)
            {
                throw InvalidUtf8(e);
            }
            Accept(read);
        }
        return Hand(buffer);
    }

    public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
    {
        while (_ready == _start)
        {
            if (_eof)
            {
                return 0;
            }
            var room = MakeRoom();
            int read;
            try
            {
                read = await _inner.ReadAsync(_buffer.AsMemory(_end, room.Length), cancellationToken).ConfigureAwait(false);
            }
            catch (DecoderFallbackException e)
            {
                throw InvalidUtf8(e);
            }
            Accept(read);
        }
        return Hand(buffer.Span);
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

    private int Hand(Span<char> destination)
    {
        var count = Math.Min(destination.Length, _ready - _start);
        _buffer.AsSpan(_start, count).CopyTo(destination);
        _start += count;
        return count;
    }

    /// <summary>Discards the chars already handed out and grows the buffer when a held quoted field fills it.</summary>
    private Span<char> MakeRoom()
    {
        if (_buffer.Length - _end < BlockSize && _start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _ready -= _start;
            _scan -= _start;
            _end -= _start;
            _quoteAt -= _start;
            _start = 0;
        }
        if (_buffer.Length - _end < BlockSize)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        return _buffer.AsSpan(_end);
    }

    private void Accept(int read)
    {
        if (read == 0)
        {
            _eof = true;
        }
        else
        {
            CheckLineLengths(_buffer.AsSpan(_end, read));
            _end += read;
        }
        Lex();
        if (_eof)
        {
            while (_quoted)
            {
                Abandon("Expected a closing quote for the quoted field that starts on this line, but the file ends first.");
                Lex();
            }
            _ready = _end;
        }
    }

    private void Lex()
    {
        while (_scan < _end)
        {
            var rest = _buffer.AsSpan(_scan, _end - _scan);
            var quote = rest.IndexOf('"');
            if (!_quoted)
            {
                Advance(quote < 0 ? rest.Length : quote, unquoted: true);
                if (quote < 0)
                {
                    _ready = _scan;
                    return;
                }
                if (_previous == _separator || _previous is '\n' or '\r')
                {
                    _quoted = true;
                    _quoteAt = _scan;
                    _quoteLine = _line;
                    _quoteRowLine = _rowLine;
                    _ready = _scan;
                }
                else
                {
                    _buffer[_scan] = StrayQuote;
                    Record(_rowLine, "Expected a quote only at the start of a field (or doubled inside a quoted field), but found one inside an unquoted field.");
                }
                Step();
                continue;
            }
            if (quote < 0)
            {
                Advance(rest.Length, unquoted: false);
                if (_scan - _quoteAt > _maxQuotedLength)
                {
                    Abandon(TooLong());
                }
                return;
            }
            Advance(quote, unquoted: false);
            if (_scan + 1 == _end && !_eof)
            {
                return; // the character after this quote decides what it is
            }
            var next = _scan + 1 < _end ? _buffer[_scan + 1] : '\n';
            if (next == '"')
            {
                Step();
                Step();
                continue;
            }
            if (_scan + 1 - _quoteAt > _maxQuotedLength)
            {
                Abandon(TooLong());
                continue;
            }
            if (next == _separator || next is '\n' or '\r')
            {
                _quoted = false;
                Step();
                _ready = _scan;
                continue;
            }
            if (_line > _quoteLine)
            {
                Abandon("Expected a quoted field to end at a separator or the end of a line, but the one that starts on this line runs over several lines and ends inside text; a quote is missing or stray.");
                continue;
            }
            Record(_rowLine, "Expected a separator or the end of the line after the closing quote of a quoted field, but found more text.");
            _quoted = false;
            Step();
            _ready = _scan;
        }
    }

    /// <summary>Moves the lexer over <paramref name="count"/> characters that hold no quote, counting line breaks as the parser does.</summary>
    private void Advance(int count, bool unquoted)
    {
        if (count == 0)
        {
            return;
        }
        var span = _buffer.AsSpan(_scan, count);
        var breaks = CountBreaks(span, ref _pendingCr);
        if (breaks > 0)
        {
            _line += breaks;
            if (unquoted)
            {
                _rowLine = _line;
            }
        }
        _previous = span[^1];
        _scan += count;
    }

    private void Step()
    {
        _previous = _buffer[_scan];
        _pendingCr = false;
        _scan++;
    }

    /// <summary>The quoted field was opened by mistake: neutralise its quote and lex what followed it again.</summary>
    private void Abandon(DiagnosticMessage reason)
    {
        _buffer[_quoteAt] = StrayQuote;
        Record(_quoteRowLine, reason);
        _quoted = false;
        _scan = _quoteAt + 1;
        _ready = _scan;
        _line = _quoteLine;
        _rowLine = _quoteRowLine;
        _previous = StrayQuote;
        _pendingCr = false;
    }

    private DiagnosticMessage TooLong() => $"Expected a quoted field of at most {_maxQuotedLength} characters, but the one that starts on this line does not close within them; a closing quote is missing or the opening one is stray.";

    private void Record(int line, DiagnosticMessage reason) => _problems.TryAdd(line, reason);

    /// <summary>Counts line breaks as the parser does: <c>\r\n</c>, <c>\n</c> and a lone <c>\r</c> are one each.</summary>
    private static int CountBreaks(ReadOnlySpan<char> span, ref bool pendingCr)
    {
        if (span.IsEmpty)
        {
            return 0;
        }
        if (!span.Contains('\r'))
        {
            var count = span.Count('\n');
            if (pendingCr && span[0] == '\n')
            {
                count--;
            }
            pendingCr = false;
            return count;
        }
        var breaks = 0;
        foreach (var c in span)
        {
            if (c == '\r')
            {
                breaks++;
                pendingCr = true;
            }
            else
            {
                if (c == '\n' && !pendingCr)
                {
                    breaks++;
                }
                pendingCr = false;
            }
        }
        return breaks;
    }

    /// <summary>
    /// Checks physical line lengths a chunk at a time with vectorised searches: only the line running
    /// in from the previous chunk and the line running out of it can break the limit, unless the
    /// chunk itself spans more than the limit between its first and last line break.
    /// </summary>
    private void CheckLineLengths(ReadOnlySpan<char> chars)
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
            CheckLineByLine(chars);
            return;
        }
        _lineLength += first;
        CheckLength();
        _physicalLine += CountBreaks(chars, ref _physicalPendingCr);
        _lineLength = chars.Length - last - 1;
        CheckLength();
    }

    private void CheckLineByLine(ReadOnlySpan<char> chars)
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
            _physicalLine += CountBreaks(chars.Slice(newline, 1), ref _physicalPendingCr);
            _lineLength = 0;
            chars = chars[(newline + 1)..];
        }
        CheckLength();
    }

    private void CheckLength()
    {
        if (_lineLength > _maxLineLength)
        {
            throw new DevPlanFormatException(
                $"Expected lines of at most {_maxLineLength} characters (ObservationCsvOptions.MaxLineLength), but this line is longer.",
                new DiagnosticLocation(_sourceName, line: _physicalLine));
        }
    }

    private DevPlanFormatException InvalidUtf8(DecoderFallbackException e) =>
        new($"Expected UTF-8 text, but found bytes that are not valid UTF-8 (0x{Convert.ToHexString(e.BytesUnknown ?? [])}) at or after this line.", new DiagnosticLocation(_sourceName, line: _physicalLine), innerException: e);
}
