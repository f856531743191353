using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// The number a workbook stores in a cell, as the decimal text the table grammar reads. The stored
/// text is parsed as a decimal, never through a binary double, and rounded to the 15 significant
/// digits a spreadsheet shows (a computed 0.30000000000000004 is 0.3). A percentage style scales it
/// by 100 (a cell showing 7.2% is a rate of 7.2), and a style with fixed decimals restores the
/// trailing zeros the cell shows (7.0), never rounding a stored digit away. A number that decimal
/// cannot hold as the cell shows it (beyond ±7.9E+28, once scaled, or needing more than 28 decimal
/// places for its shown digits, such as 1E-30) is a problem at its cell, never an overflow nor a
/// figure rounded to zero.
/// </summary>
internal static class NumberText
{
    private const int SignificantDigits = 15;
    private const int MaxDecimalPlaces = 28;

    /// <summary>The text the grammar reads for a stored number; <paramref name="problem"/> says why a number cannot be read as the cell shows it.</summary>
    public static string Normalise(string stored, NumberShown style, out DiagnosticMessage? problem)
    {
        problem = null;
        if (style.Date)
        {
            return DateText(stored);
        }
        if (style.Decimals is null && !style.Percent && IsPlain(stored))
        {
            return stored; // as the grammar reads it already: the common case, kept without a round trip
        }
        var lowest = LowestShownPlace(stored, out var isNumber);
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            problem = isNumber ? OutOfRange(stored, style.Percent) : null;
            return stored; // not a number: the grammar reports it with its text
        }
        if (lowest < -MaxDecimalPlaces)
        {
            problem = $"Expected a number whose shown digits decimal can hold (at most {MaxDecimalPlaces} decimal places), but the cell holds {stored}, which would be read as {RoundSignificant(value)}.";
            return stored;
        }
        value = RoundSignificant(value);
        if (style.Percent)
        {
            if (Math.Abs(value) > decimal.MaxValue / 100m)
            {
                problem = OutOfRange(stored, percent: true);
                return stored;
            }
            value *= 100m;
        }
        if (style.Decimals is { } decimals)
        {
            value = Show(value, decimals);
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }

    private static DiagnosticMessage OutOfRange(string stored, bool percent) => percent
        ? (DiagnosticMessage)$"Expected a number within the range of decimal (about ±7.9E+28) once its percentage style scales it by 100, but the cell holds {stored}."
        : $"Expected a number within the range of decimal (about ±7.9E+28), but the cell holds {stored}.";

    /// <summary>
    /// The decimal place of the last digit a spreadsheet shows of a stored number: its first 15
    /// significant digits, rounded half away from zero, trailing zeros dropped (-2 for 0.25, -30 for
    /// 1E-30, 3 for 1E+3); 0 for zero, and for text that is not a number (<paramref name="isNumber"/> false).
    /// </summary>
    internal static int LowestShownPlace(ReadOnlySpan<char> stored, out bool isNumber)
    {
        stored = stored.Trim();
        var i = stored.Length > 0 && stored[0] is '-' or '+' ? 1 : 0;
        Span<int> digits = stackalloc int[SignificantDigits + 1];
        var kept = 0;           // significant digits kept, the one after the 15th included
        var integerDigits = 0;  // digits before the point, leading zeros included
        var leadingZeros = 0;   // zeros before the first significant digit, after the point included
        var point = false;
        var any = false;
        for (; i < stored.Length && (char.IsAsciiDigit(stored[i]) || (stored[i] == '.' && !point)); i++)
        {
            if (stored[i] == '.')
            {
                point = true;
                continue;
            }
            any = true;
            var digit = stored[i] - '0';
            integerDigits += point ? 0 : 1;
            if (kept == 0 && digit == 0)
            {
                leadingZeros++;
            }
            else if (kept < digits.Length)
            {
                digits[kept++] = digit;
            }
        }
        long exponent = 0;
        if (any && i < stored.Length && stored[i] is 'e' or 'E')
        {
            i++;
            var negative = i < stored.Length && stored[i] == '-';
            i += i < stored.Length && stored[i] is '-' or '+' ? 1 : 0;
            var start = i;
            for (; i < stored.Length && char.IsAsciiDigit(stored[i]); i++)
            {
                exponent = Math.Min((exponent * 10) + (stored[i] - '0'), 1_000_000); // far beyond decimal either way
            }
            exponent = i == start ? long.MinValue : negative ? -exponent : exponent;
        }
        isNumber = any && i == stored.Length && exponent != long.MinValue;
        if (!isNumber || kept == 0)
        {
            return 0;
        }
        // The place of the first significant digit: 0 for the units, -1 for the tenths.
        var first = integerDigits - 1 - leadingZeros + exponent;
        var count = Math.Min(kept, SignificantDigits);
        if (kept > SignificantDigits && digits[SignificantDigits] >= 5)
        {
            var carry = count - 1;
            while (carry >= 0 && digits[carry] == 9)
            {
                digits[carry--] = 0;
            }
            if (carry < 0)
            {
                return (int)Math.Clamp(first + 1, int.MinValue / 2, int.MaxValue / 2); // 9.99...9 rounds up to a power of ten
            }
            digits[carry]++;
        }
        while (count > 1 && digits[count - 1] == 0)
        {
            count--;
        }
        return (int)Math.Clamp(first - (count - 1), int.MinValue / 2, int.MaxValue / 2);
    }

    /// <summary>Whether stored text is a plain decimal of at most 15 digits (no exponent, nothing to round).</summary>
    private static bool IsPlain(string stored)
    {
        var digits = 0;
        for (var i = 0; i < stored.Length; i++)
        {
            var c = stored[i];
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c == '.' || (c == '-' && i == 0)))
            {
                return false;
            }
        }
        return digits is > 0 and <= SignificantDigits;
    }

    private static decimal RoundSignificant(decimal value)
    {
        if (value == 0m)
        {
            return value;
        }
        var magnitude = Math.Abs(value);
        var exponent = 0;
        while (magnitude >= 10m)
        {
            magnitude /= 10m;
            exponent++;
        }
        while (magnitude < 1m)
        {
            magnitude *= 10m;
            exponent--;
        }
        var places = SignificantDigits - 1 - exponent;
        if (places is < 0 or > 28 || value.Scale <= places)
        {
            return value;
        }
        // More digits than a spreadsheet shows: binary noise, rounded away, and the zeros it leaves dropped (0.3, not 0.300000000000000).
        return Math.Round(value, places, MidpointRounding.AwayFromZero) / 1.000000000000000000000000000000000m;
    }

    /// <summary>The value with at least <paramref name="decimals"/> decimals, trailing zeros beyond them dropped.</summary>
    private static decimal Show(decimal value, int decimals)
    {
        if (decimals > 20)
        {
            return value;
        }
        var scale = value.Scale;
        if (scale > decimals)
        {
            var rounded = Math.Round(value, decimals);
            return rounded == value ? rounded : value;
        }
        return scale < decimals ? value * Pad(decimals - scale) : value;
    }

    private static decimal Pad(int places)
    {
        var one = 1m;
        for (var i = 0; i < places; i++)
        {
            one *= 1.0m;
        }
        return one;
    }

    /// <summary>
    /// A number stored under a date format, as the date it shows: the day count since 1899-12-30
    /// (Excel's 1900 date system) as ISO 8601 (<c>2024-01-17</c>), with the time of a fraction
    /// (<c>2024-01-17T12:00:00</c>), which a date field then refuses by name. A number that is no day
    /// count (negative, beyond 9999-12-31, not a number) is left as stored, for the grammar to report.
    /// </summary>
    internal static string DateText(string stored)
    {
        const double LastDay = 2958465; // 9999-12-31
        if (!double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) || serial < 0 || serial >= LastDay + 1)
        {
            return stored;
        }
        var days = Math.Floor(serial);
        var date = new DateTime(1899, 12, 30, 0, 0, 0, DateTimeKind.Unspecified).AddDays(days);
        var seconds = Math.Round((serial - days) * 86400);
        return seconds == 0
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.AddSeconds(seconds).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
