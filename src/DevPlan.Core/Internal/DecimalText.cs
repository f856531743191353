using System.Globalization;

namespace DevPlan.Core.Internal;

/// <summary>Invariant decimal numbers parsed from text spans, keeping their scale (<c>7.70</c> stays 7.70).</summary>
internal static class DecimalText
{
    /// <summary>
    /// Parses an invariant decimal. Plain forms (an optional '-', up to 18 digits, an optional point)
    /// are read directly; anything else (a sign '+', an exponent, more digits) goes through
    /// <see cref="decimal.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out decimal)"/>.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value) =>
        TryParsePlain(text, out value)
        || decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);

    private static bool TryParsePlain(ReadOnlySpan<char> text, out decimal value)
    {
        value = default;
        var negative = text.Length > 0 && text[0] == '-';
        var digits = 0;
        var scale = -1;
        ulong mantissa = 0;
        for (var i = negative ? 1 : 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '.' && scale < 0)
            {
                scale = 0;
                continue;
            }
            if (!char.IsAsciiDigit(c) || ++digits > 18)
            {
                return false;
            }
            mantissa = mantissa * 10 + (uint)(c - '0');
            if (scale >= 0)
            {
                scale++;
            }
        }
        if (digits == 0)
        {
            return false;
        }
        value = new decimal((int)(uint)mantissa, (int)(uint)(mantissa >> 32), 0, negative, (byte)Math.Max(scale, 0));
        return true;
    }
}
