using System.Globalization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Drafting.Grammar;

/// <summary>
/// Reads figures: a number as written (digits, a decimal point, groups of three after a comma, a sign
/// in results), then its unit (%, 个百分点, ‰, a Chinese unit of the unit system such as 亿元, 万人,
/// 万亿斤, 亿美元, or an indicator's own unit word such as 年), then a qualifier word after it.
/// </summary>
internal static class FigureReader
{
    /// <summary>The most significant digits decimal holds exactly (28; some numbers of 29).</summary>
    public const int MaxDigits = 28;

    /// <summary>The most digits read as one number; a longer run is not a figure, whatever decimal would make of it.</summary>
    private const int MaxWrittenDigits = 64;

    /// <summary>Magnitudes before a unit word, longest first.</summary>
    private static readonly (string Word, int Exponent)[] Magnitudes = [("万亿", 12), ("亿", 8), ("万", 4)];

    /// <summary>The longest unit read after a number (万吨标准煤 is 5).</summary>
    private const int MaxUnitLength = 8;

    public static bool StartsFigure(ClauseReader reader) => char.IsAsciiDigit(reader.Peek()) || (reader.Peek() is '-' or '+' && char.IsAsciiDigit(reader.Peek(1)));

    /// <summary>
    /// Reads a figure at the reader's position. Returns false, leaving the position, when there is no
    /// number; sets <paramref name="tooLarge"/> (and returns false) when the number is beyond decimal.
    /// </summary>
    public static bool TryRead(ClauseReader reader, Lexicon lexicon, out Figure figure, out bool tooLarge)
    {
        figure = default;
        var start = reader.Position;
        if (!TryNumber(reader, out var value, out tooLarge))
        {
            reader.Position = start;
            return false;
        }
        var unit = ReadUnit(reader, lexicon, out var points);
        var suffix = reader.TakeAny(Words.QualifierSuffixWords) is { } word ? Words.QualifierSuffixes[word] : (TargetQualifier?)null;
        figure = new Figure(value, unit, points, suffix);
        return true;
    }

    private static bool TryNumber(ClauseReader reader, out decimal value, out bool tooLarge)
    {
        value = 0m;
        tooLarge = false;
        var text = new System.Text.StringBuilder();
        if (reader.Peek() is '-' or '+')
        {
            text.Append(reader.Peek());
            reader.Position++;
        }
        var digits = 0;
        while (char.IsAsciiDigit(reader.Peek()))
        {
            text.Append(reader.Peek());
            reader.Position++;
            digits++;
            // A comma followed by exactly three digits groups thousands (1,206万人); any other comma ends the clause's figure.
            if (reader.Peek() == ',' && char.IsAsciiDigit(reader.Peek(1)) && char.IsAsciiDigit(reader.Peek(2)) && char.IsAsciiDigit(reader.Peek(3)) && !char.IsAsciiDigit(reader.Peek(4)))
            {
                reader.Position++;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        if (reader.Peek() == '.' && char.IsAsciiDigit(reader.Peek(1)))
        {
            text.Append('.');
            reader.Position++;
            while (char.IsAsciiDigit(reader.Peek()))
            {
                text.Append(reader.Peek());
                reader.Position++;
                digits++;
            }
        }
        // Kept only when decimal holds it exactly as written: not beyond its range, nor rounded (0.1 with 30 zeros).
        var written = text.ToString();
        if (digits > MaxWrittenDigits || !decimal.TryParse(written, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
            || value.ToString(CultureInfo.InvariantCulture) != Canonical(written))
        {
            tooLarge = true;
            return false;
        }
        return true;
    }

    /// <summary>A number as decimal writes it: no plus sign, no leading zeros before the units digit (-007.50 is -7.50).</summary>
    private static string Canonical(string written)
    {
        var negative = written.StartsWith('-');
        var digits = written.TrimStart('+', '-').TrimStart('0');
        digits = digits.Length == 0 || digits[0] == '.' ? "0" + digits : digits;
        return negative && digits.Any(c => c is >= '1' and <= '9') ? "-" + digits : digits;
    }

    private static Unit? ReadUnit(ClauseReader reader, Lexicon lexicon, out bool points)
    {
        points = false;
        if (reader.Take("%"))
        {
            return Unit.Percent;
        }
        if (reader.Take("个百分点") || reader.Take("百分点"))
        {
            points = true;
            return Unit.Percent;
        }
        if (reader.TakeAny(lexicon.UnitWordList) is { } word)
        {
            return lexicon.UnitWords[word];
        }
        foreach (var (magnitude, exponent) in Magnitudes)
        {
            // 12万元/人: a magnitude before an indicator's own unit word.
            var start = reader.Position;
            if (reader.Take(magnitude) && reader.TakeAny(lexicon.UnitWordList) is { } scaled)
            {
                var unit = lexicon.UnitWords[scaled];
                if (unit.Exponent + exponent <= Unit.MaxExponent)
                {
                    return unit.WithExponent(unit.Exponent + exponent);
                }
            }
            reader.Position = start;
        }
        // A Chinese unit of the unit system: the longest run that parses (万人 of 万人以上). ASCII runs are
        // not units here, so that 1e400 is not 1 of a unit "e400".
        for (var length = Math.Min(MaxUnitLength, reader.Text.Length - reader.Position); length > 0; length--)
        {
            var candidate = reader.Text.AsSpan(reader.Position, length);
            if (candidate[0] >= '\u2E80' && Unit.TryParse(candidate, CultureInfo.InvariantCulture, out var unit))
            {
                reader.Position += length;
                return unit;
            }
        }
        return null;
    }
}
