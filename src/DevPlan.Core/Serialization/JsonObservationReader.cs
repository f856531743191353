using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Serialization;

/// <summary>
/// The grammar of observation documents (<c>{"schemaVersion": 1, "observations": [...]}</c>) as an
/// <see cref="ObservationReader"/>: the document is streamed in chunks and each observation object is
/// read once it is wholly buffered, so memory is bounded by the largest element, not the document.
/// The members an observation may have come from the wire description (<see cref="ObservationWire"/>).
/// </summary>
/// <remarks>
/// <para>An element whose content is wrong (a code that is not a code, a value of the wrong type, a
/// period that does not parse, no figure) is a <see cref="ObservationReader.Problem"/> (DP0001) at its
/// path, and reading goes on with the next element. JSON that is not well-formed, text that is not
/// UTF-8, a broken limit, or a wrong root stops the read with <see cref="DevPlanFormatException"/>.</para>
/// <para>Members the library does not know are kept (and attached to the observation) when the
/// consumer can keep them; otherwise an element that has one is a problem.</para>
/// </remarks>
internal sealed class JsonObservationReader : ObservationReader
{
    private static readonly (byte[] Name, Member Member)[] MemberNames = DescribeMembers();

    private readonly Stream _stream;
    private readonly bool _ownsStream;
    private readonly JsonReadOptions _options;
    private readonly bool _keepUnknown;
    private readonly bool _bounded;
    private readonly List<KeyValuePair<string, JsonElement>> _rootUnknown = [];

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _filled;
    // Bytes before _consumed are read; the reader of a pass starts at _base (where _consumed was), and
    // the unread rest moves to the front only when more must be read, not after every element (which
    // moved the whole buffer once an observation).
    private int _consumed;
    private int _base;
    // Newlines counted in the buffer up to _countedTo, so that each element's line is counted on from the last.
    private int _countedTo;
    private long _countedLines;
    private bool _final;
    private long _readTotal;
    private int _validatedUpTo;
    private long _lineBase = 1;
    private JsonReaderState _state;
    private Stage _stage = Stage.Start;
    private bool _sawVersion;
    private bool _sawObservations;
    private string? _rootMember;

    private char[] _chars = new char[256];
    private int _index = -1;
    private long _line;
    private ObservationProblem? _problem;
    private (int Start, int Length) _indicator, _zone, _source;
    private ReportingPeriod _period;
    private Quantity? _level;
    private Percent? _growth;
    private bool? _completed;
    private ObservationStatus _status;
    private NodaTime.LocalDate? _released;
    private List<KeyValuePair<string, JsonElement>>? _unknown;
    private readonly UnitCache _units;
    private readonly CodeTable _codes = new();

    public JsonObservationReader(Stream stream, bool ownsStream, JsonReadOptions options, bool keepUnknownMembers, bool bounded, string? sourceName)
    {
        _stream = stream;
        _ownsStream = ownsStream;
        _options = options;
        _units = new UnitCache(options.Units);
        _keepUnknown = keepUnknownMembers;
        _bounded = bounded;
        SourceName = sourceName;
        _state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth });
    }

    private enum Stage
    {
        Start,
        Root,
        Observations,
        Done,
    }

    /// <summary>The members an observation may have, each a bit.</summary>
    [Flags]
    private enum Member
    {
        None = 0,
        Indicator = 1,
        Zone = 2,
        Period = 4,
        Level = 8,
        Growth = 16,
        Completed = 32,
        Status = 64,
        Source = 128,
        Released = 256,
    }

    /// <summary>Outcomes of reading one element from the buffered bytes.</summary>
    private enum Outcome
    {
        Read,
        Problem,
        Incomplete,
    }

    public override string? SourceName { get; }

    public override ObservationProblem? Problem => _problem;

    public override DiagnosticLocation CurrentLocation => new(SourceName, PathOf(null), _line);

    /// <summary>The element's line in the high 32 bits, its index in the low (a line beyond 2^31 is kept as the largest).</summary>
    protected internal override long CurrentPosition => (Math.Min(_line, int.MaxValue) << 32) | (uint)Math.Max(_index, 0);

    protected internal override DiagnosticLocation LocateAt(long position) =>
        new(SourceName, string.Create(CultureInfo.InvariantCulture, $"$.observations[{(uint)position}]"), position >> 32);

    public override IReadOnlyList<string> CurrentUnknownMembers => _unknown is { Count: > 0 } unknown ? [.. unknown.Select(m => m.Key)] : [];

    public override IReadOnlyList<string> DocumentUnknownMembers => [.. _rootUnknown.Select(m => m.Key)];

    /// <summary>Gets the root object's members that the library does not know, once the document is read to its end.</summary>
    public UnknownMembers RootUnknownMembers => UnknownMembers.Create(_rootUnknown);

    public override ObservationRecord Current
    {
        get
        {
            ThrowIfNoRecord();
            return new ObservationRecord
            {
                Indicator = Slot(_indicator),
                Zone = Slot(_zone),
                Period = _period,
                Level = _level,
                Growth = _growth,
                Completed = _completed,
                Status = _status,
                Source = Slot(_source),
                Released = _released,
            };
        }
    }

    public override Observation CreateObservation()
    {
        ThrowIfNoRecord();
        var observation = Current.ToObservation(_codes);
        return _unknown is { Count: > 0 } unknown ? UnknownMembers.Attach(observation, UnknownMembers.Create(unknown)) : observation;
    }

    public override bool Read()
    {
        try
        {
            if (_index < 0 && _filled == 0)
            {
                Fill();
                if (_filled >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
                {
                    Shift(3);
                }
            }
            while (true)
            {
                _base = _consumed;
                var reader = new Utf8JsonReader(_buffer.AsSpan(_base, _filled - _base), _final, _state);
                var (found, progressed) = Step(ref reader);
                if (found)
                {
                    return true;
                }
                if (_stage == Stage.Done)
                {
                    EnsureNothingFollows();
                    return false;
                }
                if (_final && !progressed)
                {
                    throw Fatal(reader, "Expected more JSON, but the document ends first.", _stage == Stage.Observations ? NextPath() : "$");
                }
                Shift(_consumed);
                if (!progressed && _filled == _buffer.Length)
                {
                    Grow();
                }
                Fill();
            }
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            // The reader's state carries its line across passes: its line number counts from the document's start, from 0.
            throw new DevPlanFormatException($"The JSON cannot be read here: {(cut > 0 ? reason[..cut] : reason)}",
                new DiagnosticLocation(SourceName, _stage == Stage.Observations ? NextPath() : "$" + (_rootMember is null ? "" : "." + _rootMember), 1 + (e.LineNumber ?? 0)), innerException: e);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
            if (_ownsStream)
            {
                _stream.Dispose();
            }
        }
        base.Dispose(disposing);
    }

    /// <summary>Advances through the buffered tokens to the next element; returns whether one was found and whether anything was consumed.</summary>
    private (bool Found, bool Progressed) Step(ref Utf8JsonReader reader)
    {
        var start = reader.BytesConsumed;
        while (_stage != Stage.Done)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                reader = checkpoint;
                break;
            }
            if (_stage == Stage.Observations)
            {
                if (reader.TokenType == JsonTokenType.EndArray)
                {
                    _stage = Stage.Root;
                    continue;
                }
                _index++;
                _between = false;
                if (_bounded && _index >= _options.MaxArrayLength)
                {
                    throw Fatal(reader, $"Expected an array of at most {_options.MaxArrayLength} elements (JsonReadOptions.MaxArrayLength), but this one is longer.", PathOf(null));
                }
                _line = LineAt(_base + reader.TokenStartIndex);
                var outcome = reader.TokenType == JsonTokenType.StartObject
                    ? ReadElement(ref reader)
                    : Reject(ref reader, "Expected an observation object.", null);
                if (outcome == Outcome.Incomplete)
                {
                    _index--;
                    reader = checkpoint;
                    break;
                }
                _state = reader.CurrentState;
                _consumed = _base + (int)reader.BytesConsumed;
                _between = true;
                return (true, true);
            }
            switch (_stage)
            {
                case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                    _stage = Stage.Root;
                    break;
                case Stage.Start:
                    throw Fatal(reader, "Expected an observation document (a JSON object).", "$");
                case Stage.Root when reader.TokenType == JsonTokenType.EndObject:
                    if (!_sawVersion || !_sawObservations)
                    {
                        throw Fatal(reader, (_sawVersion, _sawObservations) switch
                        {
                            (false, false) => "Expected the members \"schemaVersion\" and \"observations\" in an observation document, but they are missing.",
                            (false, true) => "Expected the member \"schemaVersion\" in an observation document, but it is missing.",
                            _ => (DiagnosticMessage)"Expected the member \"observations\" in an observation document, but it is missing.",
                        }, "$");
                    }
                    _stage = Stage.Done;
                    break;
                case Stage.Root:
                    if (!RootMember(ref reader, checkpoint))
                    {
                        reader = checkpoint;
                        _state = reader.CurrentState;
                        return (false, reader.BytesConsumed > start);
                    }
                    break;
            }
            _state = reader.CurrentState;
            _consumed = _base + (int)reader.BytesConsumed;
        }
        _state = reader.CurrentState;
        _consumed = _base + (int)reader.BytesConsumed;
        return (false, reader.BytesConsumed > start);
    }

    /// <summary>Reads a root member (its name and value); false when its value is not wholly buffered.</summary>
    private bool RootMember(ref Utf8JsonReader reader, Utf8JsonReader before)
    {
        var name = DecodeName(reader, "$");
        _rootMember = name;
        var value = reader;
        if (!reader.Read())
        {
            return false;
        }
        switch (name)
        {
            case "schemaVersion":
                if (_sawVersion)
                {
                    throw Fatal(value, "Expected each member once, but \"schemaVersion\" appears again.", "$.schemaVersion");
                }
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var version) || version != PlanJson.SchemaVersion)
                {
                    throw Fatal(reader, $"Expected schemaVersion {PlanJson.SchemaVersion}; this version of DevPlan.Core reads only documents of schema version {PlanJson.SchemaVersion}.", "$.schemaVersion");
                }
                _sawVersion = true;
                return true;
            case "observations":
                if (_sawObservations || reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Fatal(reader, _sawObservations ? (DiagnosticMessage)"Expected each member once, but \"observations\" appears again." : "Expected \"observations\" to be an array.", "$.observations");
                }
                _sawObservations = true;
                _stage = Stage.Observations;
                return true;
            default:
                if (!_keepUnknown)
                {
                    throw Fatal(value, $"Expected only \"schemaVersion\" and \"observations\" at the root, but found \"{JsonRead.Shorten(name)}\"; this reader keeps no unknown members (read with ObservationJson.Parse to keep them).", "$");
                }
                if (_rootUnknown.Any(m => m.Key == name))
                {
                    throw Fatal(value, $"Expected each member once, but \"{JsonRead.Shorten(name)}\" appears again.", "$");
                }
                var element = reader;
                if (!element.TrySkip())
                {
                    return false;
                }
                var path = JsonLocator.AppendProperty("$", name);
                _rootUnknown.Add(new(name, CaptureUnknown(ref reader, path) ?? throw Fatal(value, _unknownProblem!, path)));
                return true;
        }
    }

    private DiagnosticMessage? _unknownProblem;

    /// <summary>Whether the reader stands between two elements, after one was read and before the next starts.</summary>
    private bool _between;

    /// <summary>The path of the element being read, or of the next one when the reader stands between two.</summary>
    private string NextPath() => _between ? string.Create(CultureInfo.InvariantCulture, $"$.observations[{_index + 1}]") : PathOf(null);

    /// <summary>
    /// Reads one observation object from its start token. Incomplete, having changed nothing the
    /// caller keeps, when the buffered bytes end inside it; a problem is recorded and the element skipped.
    /// </summary>
    private Outcome ReadElement(ref Utf8JsonReader reader)
    {
        var start = reader;
        _problem = null;
        _unknown = null;
        _level = null;
        _growth = null;
        _completed = null;
        _status = ObservationStatus.Normal;
        _released = null;
        _indicator = _zone = _source = default;
        var used = 0;
        var seen = Member.None;
        var period = false;
        while (true)
        {
            if (!reader.Read())
            {
                return Outcome.Incomplete;
            }
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }
            var name = reader;
            if (name.ValueSpan.Length > _options.MaxStringBytes)
            {
                throw Fatal(name, TooLongString("member name"), PathOf(null));
            }
            var member = Classify(name);
            if (!reader.Read())
            {
                return Outcome.Incomplete;
            }
            if (member == Member.None)
            {
                var memberName = DecodeName(name, PathOf(null));
                var value = reader;
                if (!value.TrySkip())
                {
                    return Outcome.Incomplete;
                }
                if (!_keepUnknown)
                {
                    return Reject(ref reader, start, $"Expected a known member of an observation, but found \"{JsonRead.Shorten(memberName)}\"; a bulk set keeps no unknown members (read with ObservationJson.Parse to keep them).", null);
                }
                _unknown ??= [];
                if (_unknown.Any(m => m.Key == memberName))
                {
                    return Reject(ref reader, start, $"Expected each member once, but \"{JsonRead.Shorten(memberName)}\" appears again.", null);
                }
                if (CaptureUnknown(ref reader, JsonLocator.AppendProperty(PathOf(null), memberName)) is not { } captured)
                {
                    return Reject(ref reader, start, _unknownProblem!, memberName);
                }
                _unknown.Add(new(memberName, captured));
                continue;
            }
            var memberPath = NameOf(member);
            if ((seen & member) != 0)
            {
                return Reject(ref reader, start, $"Expected each member once, but \"{memberPath}\" appears again.", memberPath);
            }
            seen |= member;
            switch (member)
            {
                case Member.Indicator:
                    if (!TryText(ref reader, ref used, out _indicator, out var problem) || !Preconditions.IsCode(Slot(_indicator)))
                    {
                        return Reject(ref reader, start, problem ?? $"Expected an indicator code of ASCII letters, digits, '-', '_' or '.', but found \"{JsonRead.Shorten(Slot(_indicator).ToString())}\".", memberPath);
                    }
                    break;
                case Member.Zone:
                    if (reader.TokenType != JsonTokenType.Null && (!TryText(ref reader, ref used, out _zone, out problem) || !Preconditions.IsCode(Slot(_zone))))
                    {
                        return Reject(ref reader, start, problem ?? $"Expected a zone code, or null for the whole region, but found \"{JsonRead.Shorten(Slot(_zone).ToString())}\".", memberPath);
                    }
                    break;
                case Member.Period:
                    if (!TryText(ref reader, ref used, out var periodSlot, out problem) || !ReportingPeriod.TryParse(Slot(periodSlot), null, out _period))
                    {
                        return Reject(ref reader, start, problem ?? $"Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\" or \"2024-YTD-M06\", but found \"{JsonRead.Shorten(Slot(periodSlot).ToString())}\".", memberPath);
                    }
                    period = true;
                    break;
                case Member.Growth:
                    if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var growth))
                    {
                        return Reject(ref reader, start, $"Expected the growth rate as a number within the range of decimal, but found {JsonRead.Describe(reader.TokenType)}.", memberPath);
                    }
                    _growth = new Percent(growth);
                    break;
                case Member.Completed:
                    if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    {
                        return Reject(ref reader, start, $"Expected true or false, but found {JsonRead.Describe(reader.TokenType)}.", memberPath);
                    }
                    _completed = reader.TokenType == JsonTokenType.True;
                    break;
                case Member.Status:
                    if (!TryText(ref reader, ref used, out var statusSlot, out problem) || CamelCaseEnumConverter<ObservationStatus>.Find(Slot(statusSlot)) is not { } status)
                    {
                        return Reject(ref reader, start, problem ?? $"Expected one of {string.Join(", ", CamelCaseEnumConverter<ObservationStatus>.AllNames.Select(n => $"\"{n}\""))}, but found \"{JsonRead.Shorten(Slot(statusSlot).ToString())}\".", memberPath);
                    }
                    _status = status;
                    break;
                case Member.Source:
                    if (!TryText(ref reader, ref used, out _source, out problem))
                    {
                        return Reject(ref reader, start, problem!, memberPath);
                    }
                    break;
                case Member.Released:
                    if (!TryText(ref reader, ref used, out var releasedSlot, out problem) || !TryDate(Slot(releasedSlot), out var released))
                    {
                        return Reject(ref reader, start, problem ?? $"Expected the release date as an ISO date such as \"2024-02-29\", but found \"{JsonRead.Shorten(Slot(releasedSlot).ToString())}\".", memberPath);
                    }
                    _released = released;
                    break;
                case Member.Level:
                    var level = ReadLevel(ref reader, ref used, out problem);
                    if (level is null)
                    {
                        return problem is null ? Outcome.Incomplete : Reject(ref reader, start, problem, memberPath);
                    }
                    _level = level;
                    break;
                case Member.None:
                    throw new InvalidOperationException("Unknown members are read above.");
            }
        }
        if ((seen & Member.Indicator) == 0 || !period)
        {
            return Reject(ref reader, start, (seen & Member.Indicator) == 0 && !period
                ? (DiagnosticMessage)"Expected the members \"indicator\" and \"period\" in an observation, but they are missing."
                : $"Expected the member \"{((seen & Member.Indicator) == 0 ? "indicator" : "period")}\" in an observation, but it is missing.", null, skip: false);
        }
        if (_level is null && _growth is null && _completed is null)
        {
            return Reject(ref reader, start, "Expected a level, a growth rate or a completion flag, but the observation has none.", null, skip: false);
        }
        return Outcome.Read;
    }

    /// <summary>Records a problem for the current element and leaves the reader after it (incomplete when it is not wholly buffered).</summary>
    private Outcome Reject(ref Utf8JsonReader reader, Utf8JsonReader start, DiagnosticMessage reason, string? member, bool skip = true)
    {
        if (skip)
        {
            var skipped = start;
            if (!skipped.TrySkip())
            {
                return Outcome.Incomplete;
            }
            reader = skipped;
        }
        _problem = new ObservationProblem(DiagnosticRule.ElementRejected, reason, new DiagnosticLocation(SourceName, PathOf(member), _line));
        return Outcome.Problem;
    }

    /// <summary>Records a problem for an element that is not an object.</summary>
    private Outcome Reject(ref Utf8JsonReader reader, DiagnosticMessage reason, string? member)
    {
        var start = reader;
        if (reader.TokenType is JsonTokenType.StartArray && !reader.TrySkip())
        {
            reader = start;
            return Outcome.Incomplete;
        }
        _problem = new ObservationProblem(DiagnosticRule.ElementRejected, reason, new DiagnosticLocation(SourceName, PathOf(member), _line));
        return Outcome.Problem;
    }

    /// <summary>Reads a quantity object; null with a problem when it is wrong, null without one when it is not wholly buffered.</summary>
    private Quantity? ReadLevel(ref Utf8JsonReader reader, ref int used, out DiagnosticMessage? problem)
    {
        problem = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problem = $"Expected a quantity object such as {{\"value\": 1767.3, \"unit\": \"10^8 CNY\"}}, but found {JsonRead.Describe(reader.TokenType)}.";
            return null;
        }
        decimal? value = null;
        Unit? unit = null;
        while (true)
        {
            if (!reader.Read())
            {
                return null;
            }
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                break;
            }
            var isValue = reader.ValueTextEquals("value"u8);
            var isUnit = !isValue && reader.ValueTextEquals("unit"u8);
            var name = reader;
            if (!reader.Read())
            {
                return null;
            }
            if ((isValue && value is not null) || (isUnit && unit is not null))
            {
                problem = $"Expected \"value\" and \"unit\" once each in a quantity.";
                return null;
            }
            if (isValue)
            {
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var v))
                {
                    problem = $"Expected the quantity's \"value\" as a number within the range of decimal, but found {JsonRead.Describe(reader.TokenType)}.";
                    return null;
                }
                value = v;
            }
            else if (isUnit)
            {
                if (!TryText(ref reader, ref used, out var slot, out problem))
                {
                    return null;
                }
                if (!_units.TryGet(Slot(slot), out var u))
                {
                    problem = $"Expected a unit such as {_units.AcceptedForms}, but found \"{JsonRead.Shorten(Slot(slot).ToString())}\".";
                    return null;
                }
                unit = u;
            }
            else
            {
                problem = $"Expected only \"value\" and \"unit\" in a quantity, but found \"{JsonRead.Shorten(DecodeName(name, PathOf("level")))}\".";
                return null;
            }
        }
        if (value is not { } amount || unit is not { } of)
        {
            problem = $"Expected both \"value\" and \"unit\" in a quantity, but \"{(value is null ? "value" : "unit")}\" is missing.";
            return null;
        }
        return new Quantity(amount, of);
    }

    /// <summary>Decodes a string token into the next free part of the character buffer, so that every text of an element stays valid together.</summary>
    private bool TryText(ref Utf8JsonReader reader, ref int used, out (int Start, int Length) slot, out DiagnosticMessage? problem)
    {
        slot = default;
        problem = null;
        if (reader.TokenType != JsonTokenType.String)
        {
            problem = $"Expected a JSON string, but found {JsonRead.Describe(reader.TokenType)}.";
            return false;
        }
        if (reader.ValueSpan.Length > _options.MaxStringBytes)
        {
            throw Fatal(reader, TooLongString("string"), PathOf(null));
        }
        // Slots are offsets, so growing the buffer keeps the element's earlier texts valid.
        if (_chars.Length - used < reader.ValueSpan.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, used + reader.ValueSpan.Length));
        }
        var room = _chars.AsSpan(used);
        int written;
        if (!reader.ValueIsEscaped)
        {
            Utf8.ToUtf16(reader.ValueSpan, room, out _, out written, replaceInvalidSequences: false);
        }
        else
        {
            try
            {
                written = reader.CopyString(room);
            }
            catch (InvalidOperationException)
            {
                problem = "Expected valid Unicode text, but the string escapes a lone surrogate (such as \\uD800 without its pair).";
                return false;
            }
        }
        slot = (used, written);
        used += written;
        return true;
    }

    /// <summary>An unknown member's value, checked against the limits and cloned; null (with the reason kept) when it cannot be kept.</summary>
    private JsonElement? CaptureUnknown(ref Utf8JsonReader reader, string path)
    {
        var check = reader;
        if (LimitBreak(ref check) is { } broken)
        {
            throw Fatal(reader, broken, path);
        }
        var element = JsonElement.ParseValue(ref reader);
        try
        {
            UnknownMembers.CheckWritable(element);
        }
        catch (InvalidOperationException)
        {
            _unknownProblem = "Expected valid Unicode text, but the string escapes a lone surrogate (such as \\uD800 without its pair).";
            return null;
        }
        return element;
    }

    /// <summary>The string and array limits an unknown value breaks, if any; the reader (a copy) is moved through the value.</summary>
    private DiagnosticMessage? LimitBreak(ref Utf8JsonReader reader)
    {
        var frames = new Stack<(bool IsArray, int Count)>();
        while (true)
        {
            var token = reader.TokenType;
            if (token is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueSpan.Length > _options.MaxStringBytes)
            {
                return TooLongString("string");
            }
            if (token is not (JsonTokenType.PropertyName or JsonTokenType.EndObject or JsonTokenType.EndArray) && frames.TryPeek(out var parent) && parent.IsArray)
            {
                frames.Pop();
                if (parent.Count + 1 > _options.MaxArrayLength)
                {
                    return $"Expected an array of at most {_options.MaxArrayLength} elements (JsonReadOptions.MaxArrayLength), but this one is longer.";
                }
                frames.Push((true, parent.Count + 1));
            }
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                frames.Push((token == JsonTokenType.StartArray, 0));
            }
            else if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                frames.Pop();
            }
            if (frames.Count == 0 || !reader.Read())
            {
                return null;
            }
        }
    }

    private DiagnosticMessage TooLongString(DiagnosticMessage what) =>
        $"Expected a {what} of at most {_options.MaxStringBytes} bytes (JsonReadOptions.MaxStringBytes), but this one is longer.";

    /// <summary>Classifies a member name by its bytes, against the names the wire description gives.</summary>
    private static Member Classify(Utf8JsonReader name)
    {
        if (name.ValueIsEscaped)
        {
            foreach (var (bytes, member) in MemberNames)
            {
                if (name.ValueTextEquals(bytes))
                {
                    return member;
                }
            }
            return Member.None;
        }
        var span = name.ValueSpan;
        foreach (var (bytes, member) in MemberNames)
        {
            if (span.SequenceEqual(bytes))
            {
                return member;
            }
        }
        return Member.None;
    }

    /// <summary>
    /// The member names of <see cref="ObservationWire"/>, each with the member this grammar reads it
    /// as. A member added to the description without a reading here fails at once.
    /// </summary>
    private static (byte[] Name, Member Member)[] DescribeMembers()
    {
        var readings = new Dictionary<string, Member>(StringComparer.Ordinal)
        {
            ["indicator"] = Member.Indicator, ["zone"] = Member.Zone, ["period"] = Member.Period, ["level"] = Member.Level,
            ["growth"] = Member.Growth, ["completed"] = Member.Completed, ["status"] = Member.Status, ["source"] = Member.Source,
            ["released"] = Member.Released,
        };
        var described = WireDescription.MemberNames(typeof(ObservationWire)).ToList();
        var unread = described.Where(n => !readings.ContainsKey(n)).ToList();
        var undescribed = readings.Keys.Where(n => !described.Contains(n)).ToList();
        if (unread.Count > 0 || undescribed.Count > 0)
        {
            throw new InvalidOperationException($"The streaming observation grammar and ObservationWire disagree: not read: {string.Join(", ", unread)}; not described: {string.Join(", ", undescribed)}.");
        }
        return [.. described.Select(n => (Encoding.UTF8.GetBytes(n), readings[n]))];
    }

    /// <summary>The member's name, as <see cref="ObservationWire"/> describes it.</summary>
    private static string NameOf(Member member) => Names[member];

    private static readonly Dictionary<Member, string> Names = MemberNames.ToDictionary(m => m.Member, m => Encoding.UTF8.GetString(m.Name));

    private ReadOnlySpan<char> Slot((int Start, int Length) slot) => _chars.AsSpan(slot.Start, slot.Length);

    /// <summary>An ISO date (2024-02-29), read without making a string.</summary>
    private static bool TryDate(ReadOnlySpan<char> text, out NodaTime.LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(text[5..7], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(text[8..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > NodaTime.CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }
        date = new NodaTime.LocalDate(year, month, day);
        return true;
    }

    /// <summary>A member name as text; one that is not valid UTF-8 is a format error at its place.</summary>
    private string DecodeName(Utf8JsonReader name, string path)
    {
        try
        {
            return name.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            throw Fatal(name, "Expected a member name of valid UTF-8 text.", path);
        }
    }

    private string PathOf(string? member) =>
        string.Create(CultureInfo.InvariantCulture, $"$.observations[{Math.Max(_index, 0)}]") + (string.IsNullOrEmpty(member) ? "" : JsonLocator.AppendProperty("", member));

    private long LineAt(long offset)
    {
        var end = (int)Math.Min(offset, _filled);
        if (end < _countedTo)
        {
            (_countedTo, _countedLines) = (0, 0);
        }
        _countedLines += _buffer.AsSpan(_countedTo, end - _countedTo).Count((byte)'\n');
        _countedTo = end;
        return _lineBase + _countedLines;
    }

    private DevPlanFormatException Fatal(Utf8JsonReader at, DiagnosticMessage reason, string path) =>
        new(reason, new DiagnosticLocation(SourceName, path, LineAt(_base + at.TokenStartIndex)));

    private void Fill()
    {
        while (!_final && _filled < _buffer.Length)
        {
            var read = _stream.Read(_buffer, _filled, _buffer.Length - _filled);
            if (read == 0)
            {
                _final = true;
                break;
            }
            _filled += read;
            _readTotal += read;
            if (_bounded && _readTotal > _options.MaxDocumentBytes)
            {
                throw new DevPlanFormatException(JsonDocumentPipeline.TooLargeReason(_options), new DiagnosticLocation(SourceName));
            }
            if (_filled == _buffer.Length)
            {
                break;
            }
        }
        ValidateUtf8();
    }

    /// <summary>
    /// Checks the bytes read so far are UTF-8, up to the last complete character (the rest is checked
    /// with the next chunk). The reader checks the strings it decodes, but not those it skips.
    /// </summary>
    private void ValidateUtf8()
    {
        var end = _filled;
        if (!_final)
        {
            // Back up over a character whose bytes run into the next chunk.
            var back = 0;
            while (back < 4 && end - back - 1 >= _validatedUpTo && (_buffer[end - back - 1] & 0xC0) == 0x80)
            {
                back++;
            }
            if (end - back - 1 >= _validatedUpTo && _buffer[end - back - 1] >= 0xC0)
            {
                end -= back + 1;
            }
        }
        var span = _buffer.AsSpan(_validatedUpTo, end - _validatedUpTo);
        if (!Utf8.IsValid(span))
        {
            Span<char> scratch = stackalloc char[256];
            var offset = 0;
            while (Utf8.ToUtf16(span[offset..], scratch, out var read, out _, replaceInvalidSequences: false) == OperationStatus.DestinationTooSmall)
            {
                offset += read;
            }
            Utf8.ToUtf16(span[offset..], scratch, out var last, out _, replaceInvalidSequences: false);
            var at = _validatedUpTo + offset + last;
            throw new DevPlanFormatException($"Expected UTF-8 text, but the byte 0x{_buffer[Math.Min(at, _filled - 1)]:X2} does not begin a valid UTF-8 sequence.",
                new DiagnosticLocation(SourceName, line: LineAt(at)));
        }
        _validatedUpTo = end;
    }

    /// <summary>Reads the rest of the stream after the root object: only white space may follow.</summary>
    private void EnsureNothingFollows()
    {
        while (true)
        {
            Shift(_consumed);
            var rest = _buffer.AsSpan(0, _filled);
            var content = rest.IndexOfAnyExcept(" \t\r\n"u8);
            if (content >= 0)
            {
                throw new DevPlanFormatException("Expected the end of the document after the root object, but more follows.", new DiagnosticLocation(SourceName, "$", LineAt(content)));
            }
            if (_final)
            {
                return;
            }
            _consumed = _filled;
            Fill();
        }
    }

    /// <summary>Called when a full buffer allowed no progress: one element is larger than the buffer; grow within the limit.</summary>
    private void Grow()
    {
        var limit = Math.Max(_options.MaxStringBytes * 16L, 1L << 20);
        if (_buffer.Length >= limit)
        {
            throw new DevPlanFormatException($"Expected each observation to take at most {limit} bytes of JSON, but one is larger.", new DiagnosticLocation(SourceName, PathOf(null), _lineBase));
        }
        var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
        _buffer.AsSpan(0, _filled).CopyTo(grown);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = grown;
    }

    private void Shift(int consumed)
    {
        if (consumed == 0)
        {
            return;
        }
        _lineBase += _buffer.AsSpan(0, consumed).Count((byte)'\n');
        _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
        _filled -= consumed;
        _validatedUpTo -= consumed;
        _consumed = 0;
        _base = 0;
        (_countedTo, _countedLines) = (0, 0);
    }
}
