using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting.Building;
using DevPlan.Core.Drafting.Text;
using DevPlan.Core.Periods;

namespace DevPlan.Core.Drafting;

/// <summary>
/// Drafts a plan from its published Chinese text: the targets of a government work report, a
/// five-year plan outline or a zone's work conference (地区生产总值增长7%左右，力争更好；新增城镇就业1.65万人以上),
/// and results (全年地区生产总值1767.3亿元，增长7.3%), read by the clause grammar of docs/methods.md with the
/// names of an indicator catalogue. The draft is for a person to review: every drafted target and
/// result keeps the clause and sentence it came from, and every clause the grammar does not understand
/// is a finding that quotes it; nothing is guessed, and figures are kept exactly as written.
/// </summary>
/// <remarks>
/// The text is UTF-8 (with or without a byte-order mark), with full-width or ASCII punctuation and
/// digits; white space inside a sentence is ignored, control and format characters are ignored with a
/// finding. Reading is bounded (<see cref="DraftOptions"/>): the document's size, a clause's length, the
/// findings and the drafted elements; time and memory grow linearly with the text.
/// </remarks>
public static class PlanDrafter
{
    /// <summary>Drafts a plan from text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">What the text does not give, and the limits; <see cref="DraftOptions.Default"/> when null.</param>
    /// <returns>The draft, with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is malformed (an id or region code that is not a code, a year outside 2 to 9999, a horizon that is not a span starting in the year).</exception>
    /// <exception cref="DevPlanFormatException">The text is larger than <see cref="DraftOptions.MaxInputBytes"/> in UTF-8.</exception>
    public static PlanDraft Draft(string text, DraftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        options = Check(options ?? DraftOptions.Default);
        if (text.Length > options.MaxInputBytes || Encoding.UTF8.GetByteCount(text) > options.MaxInputBytes)
        {
            throw TooLarge(options, null);
        }
        return new DraftBuilder(NormalizedText.Create(text), options).Build();
    }

    /// <summary>Drafts a plan from UTF-8 text.</summary>
    /// <param name="utf8Text">The text, in UTF-8 (a leading byte-order mark is allowed).</param>
    /// <param name="options">What the text does not give, and the limits; <see cref="DraftOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the text in error messages (a file name), or null.</param>
    /// <returns>The draft, with its findings.</returns>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="DevPlanFormatException">The text is not UTF-8, or is larger than <see cref="DraftOptions.MaxInputBytes"/>.</exception>
    public static PlanDraft Parse(ReadOnlySpan<byte> utf8Text, DraftOptions? options = null, string? sourceName = null)
    {
        options = Check(options ?? DraftOptions.Default);
        if (utf8Text.Length > options.MaxInputBytes)
        {
            throw TooLarge(options, sourceName);
        }
        return new DraftBuilder(NormalizedText.Create(Decode(utf8Text, sourceName)), options).Build();
    }

    /// <summary>Drafts a plan from a stream of UTF-8 text, read to its end or to the size limit.</summary>
    /// <param name="utf8Text">A readable stream.</param>
    /// <param name="options">What the text does not give, and the limits; <see cref="DraftOptions.Default"/> when null.</param>
    /// <param name="sourceName">A name for the text in error messages (a file name), or null.</param>
    /// <returns>The draft, with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Text"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="DevPlanFormatException">The text is not UTF-8, or is larger than <see cref="DraftOptions.MaxInputBytes"/>.</exception>
    public static PlanDraft Read(Stream utf8Text, DraftOptions? options = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Text);
        options = Check(options ?? DraftOptions.Default);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Text.Read(chunk, 0, chunk.Length)) > 0)
        {
            // Counted as it is read: a stream that never ends stops at the limit.
            if (buffer.Length + read > options.MaxInputBytes)
            {
                throw TooLarge(options, sourceName);
            }
            buffer.Write(chunk, 0, read);
        }
        return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options, sourceName);
    }

    /// <summary>Drafts a plan from a UTF-8 text file; error messages name the file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">What the text does not give, and the limits; <see cref="DraftOptions.Default"/> when null.</param>
    /// <returns>The draft, with its findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    /// <exception cref="DevPlanFormatException">The text is not UTF-8, or is larger than <see cref="DraftOptions.MaxInputBytes"/>.</exception>
    public static PlanDraft ReadFile(string path, DraftOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options, path);
    }

    private static string Decode(ReadOnlySpan<byte> utf8, string? sourceName)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            var before = utf8[..Math.Min(offset, utf8.Length)];
            var line = 1 + before.Count((byte)'\n');
            var inLine = before.Length - (before.LastIndexOf((byte)'\n') + 1);
            throw new DevPlanFormatException("Expected UTF-8 text, but found a byte sequence that is not UTF-8.", new DiagnosticLocation(sourceName, line: line), bytePositionInLine: inLine, innerException: e);
        }
    }

    private static DevPlanFormatException TooLarge(DraftOptions options, string? sourceName) =>
        new($"Expected a text of at most {options.MaxInputBytes} bytes of UTF-8 (DraftOptions.MaxInputBytes, --max-bytes), but it is larger.", new DiagnosticLocation(sourceName));

    private static DraftOptions Check(DraftOptions options)
    {
        ArgumentNullException.ThrowIfNull(options.Catalogue, nameof(options));
        if (options.PlanId is { } id && !IsCode(id))
        {
            throw new ArgumentException($"Expected a plan id of ASCII letters, digits, '-', '_' or '.', but found \"{id}\".", nameof(options));
        }
        if (options.RegionCode is { } code && !IsCode(code))
        {
            throw new ArgumentException($"Expected a region code of ASCII letters, digits, '-', '_' or '.', but found \"{code}\".", nameof(options));
        }
        foreach (var (name, year) in new[] { ("Year", options.Year), ("ResultsYear", options.ResultsYear) })
        {
            if (year is < 2 or > 9999)
            {
                throw new ArgumentException($"Expected {name} from 2 to 9999, but found {year}.", nameof(options));
            }
        }
        if (options.Horizon is { } horizon && (horizon.Kind is not (PeriodKind.Span or PeriodKind.Year) || (options.Year is { } y && y != horizon.Year)))
        {
            throw new ArgumentException($"Expected the horizon to be a span of years starting in the plan year, but found {horizon}.", nameof(options));
        }
        if (options.MaxInputBytes < 1 || options.MaxClauseLength < 1 || options.MaxFindings < 1 || options.MaxElements < 1)
        {
            throw new ArgumentException("Expected every limit of the options to be at least 1.", nameof(options));
        }
        return options;
    }

    private static bool IsCode(string value) =>
        value.Length is > 0 and <= 64 && char.IsAsciiLetterOrDigit(value[0]) && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
