namespace DevPlan.Core.Units;

/// <summary>
/// A decimal mantissa from 1 to 10 (or zero) times a power of ten: the working number for ratios,
/// comparisons and roots of quantities whose magnitudes differ widely (1e22 亿元 against 7e28 元),
/// so that no step leaves the range of <see cref="decimal"/> or loses its digits below 10^-28.
/// Mantissas keep 28 significant digits.
/// </summary>
internal readonly struct ScaledDecimal
{
    private ScaledDecimal(decimal mantissa, int exponent)
    {
        Mantissa = mantissa;
        Exponent = exponent;
    }

    /// <summary>Gets the mantissa: zero, or from 1 (inclusive) to 10 (exclusive) in magnitude.</summary>
    public decimal Mantissa { get; }

    /// <summary>Gets the power of ten.</summary>
    public int Exponent { get; }

    public int Sign => Math.Sign(Mantissa);

    /// <summary>The value <paramref name="value"/> × 10^<paramref name="power"/>, exactly.</summary>
    public static ScaledDecimal Of(decimal value, int power = 0)
    {
        if (value == 0m)
        {
            return default;
        }
        // The value's own decimal exponent: digits of its integer part minus one, or minus the leading zeros of its fraction.
        var exponent = DecimalExponent(value);
        var mantissa = exponent >= 0 ? value / Pow10(exponent) : value * Pow10(-exponent);
        return Normalise(mantissa, exponent + power);
    }

    public static ScaledDecimal operator *(ScaledDecimal left, ScaledDecimal right) =>
        left.Mantissa == 0m || right.Mantissa == 0m ? default : Normalise(left.Mantissa * right.Mantissa, left.Exponent + right.Exponent);

    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static ScaledDecimal operator /(ScaledDecimal left, ScaledDecimal right) =>
        left.Mantissa == 0m ? right.Mantissa == 0m ? throw new DivideByZeroException() : default : Normalise(left.Mantissa / right.Mantissa, left.Exponent - right.Exponent);

    /// <summary>This value to the power <paramref name="n"/> ≥ 0, by repeated squaring.</summary>
    public ScaledDecimal Power(int n)
    {
        var result = Of(1m);
        var x = this;
        while (n > 0)
        {
            if ((n & 1) != 0)
            {
                result *= x;
            }
            n >>= 1;
            if (n > 0)
            {
                x *= x;
            }
        }
        return result;
    }

    /// <summary>Compares the values exactly.</summary>
    public int CompareTo(ScaledDecimal other)
    {
        if (Sign != other.Sign)
        {
            return Sign.CompareTo(other.Sign);
        }
        if (Sign == 0 || Exponent == other.Exponent)
        {
            return Mantissa.CompareTo(other.Mantissa);
        }
        return Sign * Exponent.CompareTo(other.Exponent);
    }

    /// <summary>The value as a decimal; a value below 10^-28 in magnitude rounds to zero.</summary>
    /// <exception cref="OverflowException">The value is beyond the range of decimal (about 7.9 × 10^28).</exception>
    public decimal ToDecimal()
    {
        if (Exponent > 28)
        {
            throw new OverflowException("The value is beyond the range of decimal (about 7.9 × 10^28).");
        }
        if (Exponent >= 0)
        {
            return Mantissa * Pow10(Exponent);
        }
        if (Exponent < -29)
        {
            return 0m;
        }
        // Divide in two steps, each by at most 10^28, the largest exact power of ten.
        return Exponent < -28 ? Mantissa / Pow10(28) / 10m : Mantissa / Pow10(-Exponent);
    }

    /// <summary>
    /// The positive <paramref name="n"/>-th root of a positive value: a <see cref="double"/> first guess
    /// refined by Newton's method, each step's correction v / x^n computed in scaled form, so the root
    /// keeps about 27 significant digits at any magnitude.
    /// </summary>
    public static ScaledDecimal Root(ScaledDecimal value, int n)
    {
        if (value.Sign <= 0 || n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Expected a positive value and a root of degree 1 or more.");
        }
        if (n == 1)
        {
            return value;
        }
        var log = (Math.Log10((double)value.Mantissa) + value.Exponent) / n;
        var exponent = (int)Math.Floor(log);
        var x = Of((decimal)Math.Pow(10, log - exponent), exponent);
        for (var i = 0; i < 8; i++)
        {
            var correction = (value / x.Power(n)).ToDecimal();
            var next = x * Of(((n - 1) + correction) / n);
            if (next.CompareTo(x) == 0)
            {
                break;
            }
            x = next;
        }
        return x;
    }

    private static ScaledDecimal Normalise(decimal mantissa, int exponent)
    {
        var magnitude = Math.Abs(mantissa);
        while (magnitude >= 10m)
        {
            mantissa /= 10m;
            magnitude /= 10m;
            exponent++;
        }
        while (magnitude < 1m)
        {
            mantissa *= 10m;
            magnitude *= 10m;
            exponent--;
        }
        return new ScaledDecimal(mantissa, exponent);
    }

    /// <summary>floor(log10 |value|) for a non-zero decimal, from its digits.</summary>
    private static int DecimalExponent(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var integer = new UInt128((ulong)(uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        var digits = 0;
        while (integer > 0)
        {
            integer /= 10;
            digits++;
        }
        return digits - 1 - scale;
    }

    /// <summary>10 to a power of zero or more, exactly.</summary>
    internal static decimal Pow10(int power)
    {
        var result = 1m;
        for (var i = 0; i < power; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
