using System.Globalization;
using System.Numerics;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// Numbers of a Parquet column made into <see cref="decimal"/> exactly, or not at all: a decimal
/// column's unscaled integer and scale (of any width and scale: DECIMAL(38,30) holds 7.2 as
/// 7.2 × 10^30), and a float or double through its shortest round-trip text (0.1f is 0.1, not the
/// 0.100000001490116 its binary value is). A value <see cref="decimal"/> cannot hold exactly (more
/// than 28 decimals that are not zeros, or beyond ±7.9 × 10^28) is refused rather than rounded.
/// </summary>
internal static class ExactNumber
{
    /// <summary>The most decimals a <see cref="decimal"/> holds.</summary>
    public const int MaxScale = 28;

    /// <summary>The widest unscaled integer read, in bytes: 32 (77 digits), more than DECIMAL(76) needs.</summary>
    public const int MaxUnscaledBytes = 32;

    private static readonly BigInteger MaxMantissa = (BigInteger.One << 96) - 1;

    /// <summary>The decimal <paramref name="unscaled"/> × 10^-<paramref name="scale"/>, at that scale or the nearest one a decimal holds.</summary>
    public static bool TryDecimal(long unscaled, int scale, out decimal value)
    {
        if (scale is >= 0 and <= MaxScale)
        {
            var magnitude = unscaled < 0 ? (ulong)-(unscaled + 1) + 1 : (ulong)unscaled;
            value = new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, unscaled < 0, (byte)scale);
            return true;
        }
        return TryDecimal(new BigInteger(unscaled), scale, out value);
    }

    /// <summary>The decimal <paramref name="unscaled"/> × 10^-<paramref name="scale"/>, at that scale or the nearest one a decimal holds.</summary>
    public static bool TryDecimal(BigInteger unscaled, int scale, out decimal value)
    {
        value = 0;
        if (unscaled.IsZero)
        {
            value = new decimal(0, 0, 0, false, (byte)Math.Clamp(scale, 0, MaxScale));
            return true;
        }
        if (scale < 0)
        {
            if (scale < -MaxScale - 1)
            {
                return false; // at least 10^29: beyond decimal's range
            }
            unscaled *= BigInteger.Pow(10, -scale);
            scale = 0;
        }
        var magnitude = BigInteger.Abs(unscaled);
        // Drop zeros from the end while the scale is more than a decimal holds, or the digits more than its 96 bits.
        while (scale > MaxScale || (magnitude > MaxMantissa && scale > 0))
        {
            var quotient = BigInteger.DivRem(magnitude, 10, out var remainder);
            if (!remainder.IsZero)
            {
                return false;
            }
            magnitude = quotient;
            scale--;
        }
        if (magnitude > MaxMantissa)
        {
            return false;
        }
        Span<byte> bytes = stackalloc byte[12];
        magnitude.TryWriteBytes(bytes, out _, isUnsigned: true);
        value = new decimal(BitConverter.ToInt32(bytes), BitConverter.ToInt32(bytes[4..]), BitConverter.ToInt32(bytes[8..]), unscaled.Sign < 0, (byte)scale);
        return true;
    }

    /// <summary>A decimal column's value stored as a big-endian two's-complement integer (FIXED_LEN_BYTE_ARRAY, BYTE_ARRAY).</summary>
    public static bool TryDecimal(ReadOnlySpan<byte> bigEndian, int scale, out decimal value)
    {
        value = 0;
        if (bigEndian.IsEmpty)
        {
            return false;
        }
        // Sign extension carries no digits: a DECIMAL(38) of 16 bytes holds small values behind many 0x00 or 0xFF.
        var fill = (byte)((sbyte)bigEndian[0] >> 7);
        var start = 0;
        while (start < bigEndian.Length - 1 && bigEndian[start] == fill && (bigEndian[start + 1] & 0x80) == (fill & 0x80))
        {
            start++;
        }
        return bigEndian.Length - start <= MaxUnscaledBytes
            && TryDecimal(new BigInteger(bigEndian[start..], isUnsigned: false, isBigEndian: true), scale, out value);
    }

    /// <summary>A double as the decimal its shortest round-trip text states.</summary>
    public static bool TryDecimal(double value, out decimal result) =>
        TryRoundTripText(value.ToString("R", CultureInfo.InvariantCulture), out result);

    /// <summary>A float as the decimal its shortest round-trip text states (0.1f is 0.1).</summary>
    public static bool TryDecimal(float value, out decimal result) =>
        TryRoundTripText(value.ToString("R", CultureInfo.InvariantCulture), out result);

    /// <summary>Reads the text "R" formats a finite binary number as: [-]digits[.digits][E±digits].</summary>
    private static bool TryRoundTripText(string text, out decimal value)
    {
        value = 0;
        var span = text.AsSpan();
        var negative = span.StartsWith("-");
        if (negative)
        {
            span = span[1..];
        }
        var exponentAt = span.IndexOfAny('E', 'e');
        var exponent = 0;
        if (exponentAt >= 0)
        {
            if (!int.TryParse(span[(exponentAt + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent))
            {
                return false;
            }
            span = span[..exponentAt];
        }
        var point = span.IndexOf('.');
        var fraction = point < 0 ? 0 : span.Length - point - 1;
        Span<char> digits = stackalloc char[span.Length];
        var count = 0;
        foreach (var c in span)
        {
            if (char.IsAsciiDigit(c))
            {
                digits[count++] = c;
            }
            else if (c != '.')
            {
                return false; // NaN, infinities
            }
        }
        if (count == 0 || count > 40 || !BigInteger.TryParse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture, out var unscaled))
        {
            return false;
        }
        var scale = (long)fraction - exponent;
        if (scale is > int.MaxValue / 2 or < int.MinValue / 2)
        {
            return false;
        }
        return TryDecimal(negative ? -unscaled : unscaled, (int)scale, out value);
    }
}
