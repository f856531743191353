using System.Globalization;

namespace DevPlan.Core.Spreadsheets.Internal;

/// <summary>
/// The number a workbook stores in a cell, as the decimal text the table grammar reads. The stored
/// text is parsed as a decimal, never through a binary double, and rounded to the 15 significant
/// digits a spreadsheet shows (a computed 0.30000000000000004 is 0.3). A percentage style scales it
/// by 100 (a cell showing 7.2% is a rate of 7.2), and a style with fixed decimals restores the
/// trailing zeros the cell shows (7.0), never rounding a stored digit away.
/// </summary>
internal static class NumberText
{
    private const int SignificantDigits = 15;

    public static string Normalise(string stored, NumberShown style)
    {
        if (style.Decimals is null && !style.Percent && IsPlain(stored))
        {
            return stored; // as the grammar reads it already: the common case, kept without a round trip
        }
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return stored; // beyond decimal's range: the grammar reports it with its text
        }
        value = RoundSignificant(value);
        if (style.Percent)
        {
            value *= 100m;
        }
        if (style.Decimals is { } decimals)
        {
            value = Show(value, decimals);
        }
        return value.ToString(CultureInfo.InvariantCulture);
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
}
