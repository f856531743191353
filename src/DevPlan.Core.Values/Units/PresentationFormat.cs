using System.Globalization;

namespace DevPlan.Core.Units;

/// <summary>Presentation rounding shared by the calculation results: half away from zero, only when formatting.</summary>
internal static class PresentationFormat
{
    public static string Format(decimal value, string? format, IFormatProvider? provider)
    {
        provider ??= CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(format) || format is "G" or "g")
        {
            return value.ToString(provider);
        }
        if (format.Length >= 2 && format[0] is 'F' or 'f' && int.TryParse(format.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= 28)
        {
            return Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), provider);
        }
        throw new FormatException($"Expected the format \"G\" or \"F\" followed by a number of decimals (\"F1\"), but found \"{format}\".");
    }
}
