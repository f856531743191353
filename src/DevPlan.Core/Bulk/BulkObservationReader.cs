using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Bulk;

/// <summary>
/// Streaming readers that fill a <see cref="BulkObservationSet"/> from CSV or JSON without creating
/// an object and strings per row: codes are looked up from spans, numbers parsed in place. They read
/// strictly (the first bad row or element throws <see cref="ObservationFormatException"/> with its
/// line) and apply the same grammar and limits as <see cref="ObservationCsv"/> and
/// <see cref="ObservationJson"/>, except that the JSON observations array has no length limit (the
/// column store bounds memory), and that unknown members are refused, since the set cannot keep them.
/// </summary>
public static class BulkObservationReader
{
    /// <summary>Reads observation CSV into a bulk set.</summary>
    /// <param name="utf8Csv">A readable stream of UTF-8 CSV; it is not closed.</param>
    /// <param name="options">Options; <see cref="ObservationCsvOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the file in error messages, or null.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="ObservationFormatException">A bad header, row or field, invalid UTF-8, or a line beyond the limit.</exception>
    public static BulkObservationSet ReadCsv(Stream utf8Csv, ObservationCsvOptions? options = null, string? sourceName = null)
    {
        var builder = new BulkObservationSet.Builder(EstimateRows(utf8Csv, 40));
        ForEachCsvRow(utf8Csv, options, sourceName, (in ParsedRow row) => builder.Add(row));
        return builder.Build();
    }

    /// <summary>A first capacity for the columns: the stream's remaining length over a typical row size, when it is known.</summary>
    private static int EstimateRows(Stream stream, int bytesPerRow)
    {
        Preconditions.CheckNotNull(stream);
        return stream.CanSeek ? (int)Math.Clamp((stream.Length - stream.Position) / bytesPerRow + 16, 1024, 64L * 1024 * 1024) : 64 * 1024;
    }

    /// <summary>A callback on a parsed row, whose spans are valid only during the call.</summary>
    internal delegate void RowAction(in ParsedRow row);

    /// <summary>Parses every row of a CSV stream strictly and hands each to <paramref name="action"/>.</summary>
    internal static void ForEachCsvRow(Stream utf8Csv, ObservationCsvOptions? options, string? sourceName, RowAction action)
    {
        Preconditions.CheckNotNull(utf8Csv);
        options ??= ObservationCsvOptions.Default;
        using var text = new CsvTextGuard(utf8Csv, options, sourceName);
        using var reader = ObservationCsvRows.Open(text, options, sourceName);
        var columns = ColumnMap.From(reader.Header, sourceName, null);
        var units = new UnitCache();
        foreach (var row in reader)
        {
            if (!ObservationCsvRows.TryParse(row, columns, options, units, text, out var parsed, out var error))
            {
                throw error!.ToException(sourceName);
            }
            action(parsed);
        }
    }

    /// <summary>Reads an observation JSON document into a bulk set, streaming in chunks.</summary>
    /// <param name="utf8Json">A readable stream; it is not closed.</param>
    /// <param name="options">Depth and string limits; <see cref="JsonReadOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the document in error messages, or null.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="ObservationFormatException">The document is malformed, breaks a limit, or has an unknown member.</exception>
    public static BulkObservationSet ReadJson(Stream utf8Json, JsonReadOptions? options = null, string? sourceName = null)
    {
        Preconditions.CheckNotNull(utf8Json);
        var builder = new BulkObservationSet.Builder(EstimateRows(utf8Json, 150));
        new JsonObservationStream(utf8Json, options ?? JsonReadOptions.Default, sourceName, builder).Run();
        return builder.Build();
    }

    /// <summary>The chunked JSON reading: the root and array tokens as they come, each observation object once it is wholly buffered.</summary>
    private sealed class JsonObservationStream(Stream stream, JsonReadOptions options, string? sourceName, BulkObservationSet.Builder builder)
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        private int _filled;
        private bool _final;
        private long _lineBase = 1;
        private char[] _chars = new char[256];
        private readonly UnitCache _units = new();
        private int _index;
        private bool _sawVersion;

        private enum Stage { Start, Root, Observations, Done }

        public void Run()
        {
            var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = options.MaxDepth });
            var stage = Stage.Start;
            string? property = null;
            try
            {
                Fill();
                if (_filled >= 3 && _buffer.AsSpan(0, 3).SequenceEqual("\uFEFF"u8))
                {
                    Shift(3);
                }
                while (true)
                {
                    var reader = new Utf8JsonReader(_buffer.AsSpan(0, _filled), _final, state);
                    var progressed = Step(ref reader, ref stage, ref property);
                    state = reader.CurrentState;
                    if (stage == Stage.Done)
                    {
                        if (reader.Read())
                        {
                            throw Error(reader, "Expected the end of the document after the root object.");
                        }
                        return;
                    }
                    if (_final && !progressed)
                    {
                        throw Error(reader, "Expected more JSON: the document ends inside the observations.");
                    }
                    if (!progressed && _filled == _buffer.Length)
                    {
                        Grow();
                    }
                    Shift((int)reader.BytesConsumed);
                    Fill();
                }
            }
            catch (JsonException e)
            {
                var reason = e.Message;
                var suffix = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
                throw new ObservationFormatException(suffix > 0 ? reason[..suffix] : reason, _lineBase + (e.LineNumber ?? 0), PathHere(property), sourceName: sourceName, innerException: e);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
        }

        /// <summary>Advances as far as the buffered bytes allow; returns whether anything was consumed.</summary>
        private bool Step(ref Utf8JsonReader reader, ref Stage stage, ref string? property)
        {
            var start = reader.BytesConsumed;
            while (stage != Stage.Done)
            {
                if (stage == Stage.Observations)
                {
                    var checkpoint = reader;
                    if (!reader.Read())
                    {
                        reader = checkpoint;
                        break;
                    }
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        stage = Stage.Root;
                        continue;
                    }
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw Error(reader, "Expected an observation object in \"observations\".");
                    }
                    if (!TryReadObservation(ref reader))
                    {
                        // The element runs past the buffered bytes: rewind and read it whole after a refill.
                        reader = checkpoint;
                        break;
                    }
                    _index++;
                    continue;
                }
                var before = reader;
                if (!reader.Read())
                {
                    reader = before;
                    break;
                }
                switch (stage)
                {
                    case Stage.Start when reader.TokenType == JsonTokenType.StartObject:
                        stage = Stage.Root;
                        break;
                    case Stage.Start:
                        throw Error(reader, "Expected an observation document (a JSON object).");
                    case Stage.Root when reader.TokenType == JsonTokenType.EndObject:
                        if (!_sawVersion)
                        {
                            throw Error(reader, "Expected a \"schemaVersion\" member.");
                        }
                        stage = Stage.Done;
                        break;
                    case Stage.Root when reader.TokenType == JsonTokenType.PropertyName:
                        property = DecodeName(reader);
                        var value = reader;
                        if (!reader.Read() || (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && property != "observations" && !reader.TrySkip()))
                        {
                            reader = before;
                            return reader.BytesConsumed > start;
                        }
                        if (property == "observations" && reader.TokenType == JsonTokenType.StartArray)
                        {
                            stage = Stage.Observations;
                        }
                        else if (property == "schemaVersion" && reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version))
                        {
                            if (version != PlanJson.SchemaVersion)
                            {
                                throw Error(value, $"Expected schemaVersion {PlanJson.SchemaVersion}, but found {version}.");
                            }
                            _sawVersion = true;
                        }
                        else
                        {
                            throw Error(value, $"Expected only \"schemaVersion\" and the \"observations\" array at the root, but found \"{property}\"; the bulk reader keeps no unknown members (use ObservationJson).");
                        }
                        break;
                }
            }
            return reader.BytesConsumed > start;
        }

        /// <summary>The members an observation may have, each a bit.</summary>
        [Flags]
        private enum Member
        {
            None = 0,
            Indicator = 1,
            Zone = 2,
            Period = 4,
            Growth = 8,
            Completed = 16,
            Status = 32,
            Source = 64,
            Level = 128,
        }

        /// <summary>
        /// Reads one observation object from its start token. Returns false, having changed nothing,
        /// when the buffered bytes end inside it; throws for bad content.
        /// </summary>
        private bool TryReadObservation(ref Utf8JsonReader reader)
        {
            ReadOnlySpan<char> indicator = default, zone = default, source = default;
            int? period = null;
            Quantity? level = null;
            decimal? growth = null;
            bool? completed = null;
            var status = ObservationStatus.Normal;
            // Each text member is decoded into its own slot of one buffer, so that all stay valid together.
            var slots = EnsureChars(6 * options.MaxStringBytes + 64);
            var used = 0;
            var seen = Member.None;
            while (true)
            {
                if (!reader.Read())
                {
                    return Incomplete(reader);
                }
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }
                var name = reader;
                var member = Classify(name);
                if (member == Member.None)
                {
                    throw Error(name, $"Expected a known member of an observation, but found \"{DecodeName(name)}\"; the bulk reader keeps no unknown members (use ObservationJson).");
                }
                if ((seen & member) != 0)
                {
                    throw Error(name, $"Expected each member once, but \"{DecodeName(name)}\" appears again.");
                }
                seen |= member;
                if (!reader.Read())
                {
                    return Incomplete(reader);
                }
                switch (member)
                {
                    case Member.Indicator:
                        indicator = Text(ref reader, name, slots, ref used);
                        break;
                    case Member.Zone:
                        zone = reader.TokenType == JsonTokenType.Null ? default : Text(ref reader, name, slots, ref used);
                        break;
                    case Member.Period:
                        var periodText = Text(ref reader, name, slots, ref used);
                        period = ReportingPeriod.TryParse(periodText, null, out var p) ? p.Pack() : throw Error(reader, $"Expected a reporting period such as \"2024-Q2\", but found \"{periodText}\".", "period");
                        break;
                    case Member.Growth:
                        growth = reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var g) ? g : throw Error(reader, "Expected a number within the range of decimal.", "growth");
                        break;
                    case Member.Completed:
                        completed = reader.TokenType switch { JsonTokenType.True => true, JsonTokenType.False => false, _ => throw Error(reader, "Expected true or false.", "completed") };
                        break;
                    case Member.Status:
                        var statusText = Text(ref reader, name, slots, ref used);
                        status = StatusOf(statusText) ?? throw Error(reader, $"Expected a status such as \"provisional\", but found \"{statusText}\".", "status");
                        break;
                    case Member.Source:
                        source = Text(ref reader, name, slots, ref used);
                        break;
                    default:
                        if (!TryLevel(ref reader, slots, ref used, out var quantity))
                        {
                            return Incomplete(reader);
                        }
                        level = quantity;
                        break;
                }
            }
            if ((seen & Member.Indicator) == 0 || period is null)
            {
                throw Error(reader, "Expected \"indicator\" and \"period\" in every observation.");
            }
            if (!Preconditions.IsCode(indicator))
            {
                throw Error(reader, $"Expected an indicator code, but found \"{indicator}\".", "indicator");
            }
            if (!zone.IsEmpty && !Preconditions.IsCode(zone))
            {
                throw Error(reader, $"Expected a zone code, but found \"{zone}\".", "zone");
            }
            if (level is null && growth is null && completed is null)
            {
                throw Error(reader, "Expected a level, a growth rate or a completion flag, but the observation has none.");
            }
            builder.Add(indicator, zone, period.Value, level, growth, status, completed, source);
            return true;
        }

        /// <summary>The buffered bytes ended inside an element: fine unless they were the last.</summary>
        private bool Incomplete(Utf8JsonReader at) =>
            _final ? throw Error(at, "Expected more JSON: the document ends inside an observation.") : false;

        /// <summary>Classifies a member name once, by its length and then its bytes.</summary>
        private Member Classify(Utf8JsonReader name)
        {
            if (name.ValueIsEscaped)
            {
                return DecodeName(name) switch
                {
                    "indicator" => Member.Indicator, "zone" => Member.Zone, "period" => Member.Period, "growth" => Member.Growth,
                    "completed" => Member.Completed, "status" => Member.Status, "source" => Member.Source, "level" => Member.Level, _ => Member.None,
                };
            }
            var span = name.ValueSpan;
            return span.Length switch
            {
                4 when span.SequenceEqual("zone"u8) => Member.Zone,
                5 when span.SequenceEqual("level"u8) => Member.Level,
                6 when span.SequenceEqual("period"u8) => Member.Period,
                6 when span.SequenceEqual("growth"u8) => Member.Growth,
                6 when span.SequenceEqual("status"u8) => Member.Status,
                6 when span.SequenceEqual("source"u8) => Member.Source,
                9 when span.SequenceEqual("indicator"u8) => Member.Indicator,
                9 when span.SequenceEqual("completed"u8) => Member.Completed,
                _ => Member.None,
            };
        }

        private bool TryLevel(ref Utf8JsonReader reader, char[] slots, scoped ref int used, out Quantity quantity)
        {
            quantity = default;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw Error(reader, "Expected a quantity object such as {\"value\": 1767.3, \"unit\": \"10^8 CNY\"}.", "level");
            }
            decimal? value = null;
            Unit? unit = null;
            while (true)
            {
                if (!reader.Read())
                {
                    return Incomplete(reader);
                }
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    break;
                }
                var name = reader;
                if (!reader.Read())
                {
                    return Incomplete(reader);
                }
                var isValue = name.ValueTextEquals("value"u8);
                var isUnit = !isValue && name.ValueTextEquals("unit"u8);
                if ((isValue && value is not null) || (isUnit && unit is not null))
                {
                    throw Error(name, "Expected \"value\" and \"unit\" once each in a quantity.", "level");
                }
                if (isValue && reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var v))
                {
                    value = v;
                }
                else if (isUnit)
                {
                    var text = Text(ref reader, name, slots, ref used);
                    unit = _units.TryGet(text, out var u) ? u : throw Error(reader, $"Expected a unit such as \"10^8 CNY\", but found \"{text}\".", "level.unit");
                }
                else
                {
                    throw Error(name, "Expected only a numeric \"value\" and a \"unit\" in a quantity.", "level");
                }
            }
            quantity = value is { } amount && unit is { } of ? new Quantity(amount, of) : throw Error(reader, "Expected both \"value\" and \"unit\" in a quantity.", "level");
            return true;
        }

        /// <summary>Decodes a string token into the next free part of the slot buffer.</summary>
        private ReadOnlySpan<char> Text(scoped ref Utf8JsonReader reader, scoped Utf8JsonReader name, char[] slots, scoped ref int used)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw Error(reader, "Expected a JSON string.", DecodeName(name));
            }
            if (reader.ValueSpan.Length > options.MaxStringBytes)
            {
                throw Error(reader, $"Expected a string of at most {options.MaxStringBytes} bytes (JsonReadOptions.MaxStringBytes).", DecodeName(name));
            }
            var room = slots.AsSpan(used);
            int written;
            if (!reader.ValueIsEscaped)
            {
                if (Utf8.ToUtf16(reader.ValueSpan, room, out _, out written, replaceInvalidSequences: false) != OperationStatus.Done)
                {
                    throw Error(reader, "Expected valid UTF-8 text.", DecodeName(name));
                }
            }
            else
            {
                try
                {
                    written = reader.CopyString(room);
                }
                catch (InvalidOperationException)
                {
                    throw Error(reader, "Expected valid UTF-8 text.", DecodeName(name));
                }
            }
            var text = slots.AsSpan(used, written);
            used += written;
            return text;
        }

        /// <summary>A member name as text; one that is not valid UTF-8 is a format error at its place.</summary>
        private string DecodeName(Utf8JsonReader name)
        {
            try
            {
                return name.GetString() ?? "";
            }
            catch (InvalidOperationException)
            {
                throw Error(name, "Expected a member name of valid UTF-8 text.");
            }
        }

        private char[] EnsureChars(int length)
        {
            if (_chars.Length < length)
            {
                _chars = new char[length];
            }
            return _chars;
        }

        private static readonly (string Name, ObservationStatus Status)[] StatusNames =
            [.. Enum.GetValues<ObservationStatus>().Select(s => (JsonNamingPolicy.CamelCase.ConvertName(s.ToString()), s))];

        private static ObservationStatus? StatusOf(ReadOnlySpan<char> text)
        {
            foreach (var (name, status) in StatusNames)
            {
                if (text.SequenceEqual(name))
                {
                    return status;
                }
            }
            return null;
        }

        private void Fill()
        {
            while (!_final && _filled < _buffer.Length)
            {
                var read = stream.Read(_buffer, _filled, _buffer.Length - _filled);
                if (read == 0)
                {
                    _final = true;
                    break;
                }
                _filled += read;
                if (_filled == _buffer.Length)
                {
                    break;
                }
            }
        }

        /// <summary>Called when a full buffer allowed no progress: one element is larger than the buffer; grow within the limit.</summary>
        private void Grow()
        {
            var limit = Math.Max(options.MaxStringBytes * 16L, 1L << 20);
            if (_buffer.Length >= limit)
            {
                throw new ObservationFormatException($"Expected each observation to take at most {limit} bytes of JSON, but one is larger.", _lineBase, PathHere(null), sourceName: sourceName);
            }
            var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _filled).CopyTo(grown);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = grown;
        }

        private void Shift(int consumed)
        {
            _lineBase += _buffer.AsSpan(0, consumed).Count((byte)'\n');
            _buffer.AsSpan(consumed, _filled - consumed).CopyTo(_buffer);
            _filled -= consumed;
        }

        private string PathHere(string? property) => property == "observations" || property is null
            ? string.Create(CultureInfo.InvariantCulture, $"$.observations[{_index}]")
            : "$." + property;

        private ObservationFormatException Error(Utf8JsonReader at, string reason, string? member = null)
        {
            var offset = (int)Math.Min(at.TokenStartIndex, _filled);
            var line = _lineBase + _buffer.AsSpan(0, offset).Count((byte)'\n');
            var path = string.Create(CultureInfo.InvariantCulture, $"$.observations[{_index}]") + (member is null ? "" : "." + member);
            return new ObservationFormatException(reason, line, path, sourceName: sourceName);
        }
    }
}
