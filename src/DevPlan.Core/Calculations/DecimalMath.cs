namespace DevPlan.Core.Calculations;

/// <summary>Roots in decimal precision, for growth averaged over several periods.</summary>
internal static class DecimalMath
{
    /// <summary>
    /// The non-negative <paramref name="n"/>-th root of a non-negative number: a <see cref="double"/>
    /// first guess refined by Newton's method in <see cref="decimal"/>, so the result is accurate to
    /// about 26 significant digits (root^n reproduces the input to within a few units of the 27th
    /// digit). When the true root is a decimal of at most 24 significant digits (the square root of
    /// 1.010025 is 1.005), that decimal is returned exactly, so that thresholds compare exactly.
    /// </summary>
    public static decimal Root(decimal value, int n)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Expected a number of zero or more to take a root of.");
        }
        if (value == 0m)
        {
            return 0m;
        }
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Expected a root of degree 1 or more.");
        }
        if (n == 1)
        {
            return value;
        }
        var x = (decimal)Math.Pow((double)value, 1.0 / n);
        for (var i = 0; i < 8; i++)
        {
            var power = Power(x, n - 1);
            var next = ((n - 1) * x + value / power) / n;
            if (next == x)
            {
                break;
            }
            x = next;
        }
        return Exact(x, value, n) ?? x;
    }

    /// <summary>The root rounded to 24 significant digits when its n-th power is exactly the value, else null.</summary>
    private static decimal? Exact(decimal root, decimal value, int n)
    {
        var integerDigits = root >= 1m ? (int)Math.Floor(Math.Log10((double)root)) + 1 : 0;
        var rounded = Math.Round(root, Math.Clamp(24 - integerDigits, 0, 28), MidpointRounding.AwayFromZero);
        try
        {
            return rounded != root && Power(rounded, n) == value ? rounded : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>x^n for n ≥ 0 by repeated squaring.</summary>
    public static decimal Power(decimal x, int n)
    {
        var result = 1m;
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
}
