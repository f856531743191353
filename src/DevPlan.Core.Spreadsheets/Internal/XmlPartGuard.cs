using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// The bytes of one XML part, checked as they are read and before an <see cref="System.Xml.XmlReader"/>
/// buffers them: no token (a tag with its attributes, a run of text, a comment, a CDATA section, a
/// processing instruction or declaration) longer than <see cref="XlsxReadOptions.MaxXmlTokenBytes"/>,
/// and elements nested no deeper than <see cref="XlsxReadOptions.MaxXmlDepth"/>. An XmlReader holds a
/// whole tag in memory and grows its stack of open elements with the depth, whatever it is asked to
/// read or skip; both are bounded here, as the bytes pass.
/// </summary>
/// <remarks>
/// The scanner knows only what delimits tokens (<c>&lt;</c>, <c>&gt;</c>, quotes inside a tag, the ends of
/// comments, CDATA sections and processing instructions); the XmlReader above it still checks that the
/// XML is well formed. Parts in UTF-16 (told by their first two bytes) are scanned in 16-bit units; any
/// other encoding byte by byte, which is exact for UTF-8 and the other encodings that keep ASCII as it is.
/// </remarks>
internal sealed class XmlPartGuard : InspectingStream
{
    private readonly string _part;
    private readonly string? _sourceName;
    private readonly long _maxTokenBytes;
    private readonly int _maxDepth;

    private Width _width = Width.Unknown;
    private int _firstByte = -1;   // the first byte of a part, until the second tells its width
    private int _heldByte = -1;    // the first byte of a 16-bit unit split across reads
    private State _state = State.Text;
    private long _tokenBytes;
    private int _depth;
    private int _quote;
    private int _previous;         // the unit before this one, within a tag or instruction
    private int _beforePrevious;   // and the one before it, for the ends of comments and CDATA sections
    private int _bangMatched;      // how much of "--" or "[CDATA[" follows "<!"

    public XmlPartGuard(Stream inner, string part, string? sourceName, XlsxReadOptions options)
        : base(inner)
    {
        _part = part;
        _sourceName = sourceName;
        _maxTokenBytes = options.MaxXmlTokenBytes;
        _maxDepth = options.MaxXmlDepth;
    }

    private enum Width
    {
        Unknown,
        Byte,
        Utf16LittleEndian,
        Utf16BigEndian,
    }

    private enum State
    {
        Text,
        Open,          // just after '<'
        StartTag,
        EndTag,
        Instruction,   // <? ... ?>
        Bang,          // just after "<!"
        Comment,
        CData,
        Declaration,   // <!DOCTYPE ...> and the like, which the XmlReader refuses
    }

    /// <summary>Gets how deep the elements open at this point of the part are nested.</summary>
    public int Depth => _depth;

    protected override void Inspect(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        if (_width == Width.Unknown)
        {
            if (bytes.IsEmpty)
            {
                return;
            }
            if (_firstByte < 0)
            {
                _firstByte = bytes[0];
                i = 1;
                if (bytes.Length == 1)
                {
                    return;
                }
            }
            var second = bytes[i];
            _width = (_firstByte, second) switch
            {
                (0xFF, 0xFE) or ((byte)'<', 0) => Width.Utf16LittleEndian,
                (0xFE, 0xFF) or (0, (byte)'<') => Width.Utf16BigEndian,
                _ => Width.Byte,
            };
            if (_width == Width.Byte)
            {
                Next(_firstByte, 1);
            }
            else
            {
                _heldByte = _firstByte;
            }
        }
        if (_width == Width.Byte)
        {
            ScanBytes(bytes[i..]);
            return;
        }
        for (; i < bytes.Length; i++)
        {
            if (_heldByte < 0)
            {
                _heldByte = bytes[i];
                continue;
            }
            var unit = _width == Width.Utf16LittleEndian ? _heldByte | (bytes[i] << 8) : (_heldByte << 8) | bytes[i];
            _heldByte = -1;
            Next(unit, 2);
        }
    }

    /// <summary>Scans single bytes, passing over runs of text at once (the bulk of a part).</summary>
    private void ScanBytes(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (_state == State.Text)
            {
                var open = bytes[i..].IndexOf((byte)'<');
                var run = open < 0 ? bytes.Length - i : open;
                _tokenBytes += run;
                if (_tokenBytes > _maxTokenBytes)
                {
                    throw TokenTooLong();
                }
                i += run;
                if (open < 0)
                {
                    return;
                }
            }
            Next(bytes[i], 1);
            i++;
        }
    }

    /// <summary>Moves the scanner over one unit (a byte, or a UTF-16 code unit) of <paramref name="size"/> bytes.</summary>
    private void Next(int c, int size)
    {
        if (_state == State.Text)
        {
            if (c == '<')
            {
                _state = State.Open;
                _tokenBytes = 0;
            }
            Count(size);
            return;
        }
        Count(size);
        switch (_state)
        {
            case State.Open:
                _state = c switch
                {
                    '/' => State.EndTag,
                    '?' => State.Instruction,
                    '!' => State.Bang,
                    _ => State.StartTag,
                };
                _previous = c;
                _bangMatched = 0;
                if (c == '>')
                {
                    EndToken(); // "<>": not XML, which the XmlReader says
                }
                else if (_state == State.StartTag)
                {
                    Open();
                }
                break;
            case State.StartTag:
                if (_quote != 0)
                {
                    _quote = c == _quote ? 0 : _quote;
                }
                else if (c is '"' or '\'')
                {
                    _quote = c;
                }
                else if (c == '>')
                {
                    if (_previous == '/')
                    {
                        _depth--; // <empty/>
                    }
                    EndToken();
                    return;
                }
                _previous = c;
                break;
            case State.EndTag:
                if (c == '>')
                {
                    _depth--;
                    EndToken();
                }
                break;
            case State.Instruction:
                if (c == '>' && _previous == '?')
                {
                    EndToken();
                    return;
                }
                _previous = c;
                break;
            case State.Bang:
                Bang(c);
                break;
            case State.Comment:
                EndAfter(c, '-');
                break;
            case State.CData:
                EndAfter(c, ']');
                break;
            case State.Declaration:
                if (c == '>')
                {
                    EndToken();
                }
                break;
        }
    }

    /// <summary>After "&lt;!": a comment ("--"), a CDATA section ("[CDATA["), or a declaration.</summary>
    private void Bang(int c)
    {
        const string Comment = "--", CData = "[CDATA[";
        var matched = _bangMatched;
        if (matched < Comment.Length && c == Comment[matched] && (matched == 0 || _previous == '-'))
        {
            _bangMatched++;
            _previous = c;
            if (_bangMatched == Comment.Length)
            {
                _state = State.Comment;
                _previous = _beforePrevious = 0;
            }
            return;
        }
        if (matched < CData.Length && c == CData[matched] && (matched == 0 || _previous != '-'))
        {
            _bangMatched++;
            _previous = c;
            if (_bangMatched == CData.Length)
            {
                _state = State.CData;
                _previous = _beforePrevious = 0;
            }
            return;
        }
        _state = State.Declaration;
        if (c == '>')
        {
            EndToken();
        }
    }

    /// <summary>Ends a comment at "--&gt;" or a CDATA section at "]]&gt;".</summary>
    private void EndAfter(int c, char twice)
    {
        if (c == '>' && _previous == twice && _beforePrevious == twice)
        {
            EndToken();
        }
        else
        {
            _beforePrevious = _previous;
            _previous = c;
        }
    }

    private void Open()
    {
        _depth++;
        if (_depth > _maxDepth)
        {
            throw new DevPlanFormatException($"Expected elements nested at most {_maxDepth} deep (XlsxReadOptions.MaxXmlDepth), but the part {_part} nests them deeper: it may be built to exhaust the reader.",
                new DiagnosticLocation(_sourceName));
        }
    }

    private void EndToken()
    {
        _state = State.Text;
        _tokenBytes = 0;
        _quote = 0;
    }

    private void Count(int size)
    {
        _tokenBytes += size;
        if (_tokenBytes > _maxTokenBytes)
        {
            throw TokenTooLong();
        }
    }

    private DevPlanFormatException TokenTooLong() => new($"Expected no piece of XML (a tag with its attributes, a run of text, a comment) longer than {_maxTokenBytes} bytes (XlsxReadOptions.MaxXmlTokenBytes), but the part {_part} has a longer one: it may be built to exhaust the reader.",
        new DiagnosticLocation(_sourceName));
}
