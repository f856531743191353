using DevPlan.Core.Units;

namespace DevPlan.Core.Calculations;

/// <summary>Roots in decimal precision, for growth averaged over several periods.</summary>
internal static class DecimalMath
{
    /// <summary>
    /// The non-negative <paramref name="n"/>-th root of a non-negative number, to about 27 significant
    /// digits at any magnitude (see <see cref="ScaledDecimal.Root"/>). When the true root is a decimal
    /// of at most 24 significant digits (the square root of 1.010025 is 1.005), that decimal is
    /// returned exactly, so that thresholds compare exactly.
    /// </summary>
    public static decimal Root(decimal value, int n)
    {
        if (value < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Expected a number of zero or more to take a root of.");
        }
        return value == 0m ? 0m : Root(ScaledDecimal.Of(value), n);
    }

    /// <summary>The positive <paramref name="n"/>-th root of a positive scaled number, as a decimal (exact when short, as above).</summary>
    /// <exception cref="OverflowException">The root is beyond the range of decimal.</exception>
    public static decimal Root(ScaledDecimal value, int n)
    {
        if (n < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "Expected a root of degree 1 or more.");
        }
        var root = ScaledDecimal.Root(value, n).ToDecimal();
        return n == 1 || root == 0m ? root : Exact(root, value, n) ?? root;
    }

    /// <summary>The root rounded to 24 significant digits when its n-th power is exactly the value, else null.</summary>
    private static decimal? Exact(decimal root, ScaledDecimal scaled, int n)
    {
        decimal value;
        try
        {
            value = scaled.ToDecimal();
        }
        catch (OverflowException)
        {
            return null;
        }
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
