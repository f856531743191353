using System.Globalization;

namespace DevPlan.Core.Units;

/// <summary>Chinese and English presentation of quantities; see <see cref="Quantity.ToString(string?, IFormatProvider?)"/>.</summary>
internal static class QuantityFormatter
{
    private const string Trimmed = "#,0.############################";

    private static readonly (int Exponent, string Name)[] EnglishScales = [(12, "trillion"), (9, "billion"), (6, "million")];

    /// <summary>Formats as published: the value unchanged, then the Chinese magnitude and unit (1767.3亿元).</summary>
    public static string FormatChinese(Quantity quantity)
    {
        var unit = quantity.Unit;
        var value = quantity.Value.ToString(CultureInfo.InvariantCulture);
        if (unit.Dimension == Dimension.Percent && unit.Exponent == 0)
        {
            return value + "%";
        }
        var prefix = unit.Exponent switch
        {
            0 => "",
            1 => "十",
            2 => "百",
            3 => "千",
            4 => "万",
            5 => "十万",
            6 => "百万",
            7 => "千万",
            8 => "亿",
            12 => "万亿",
            var e => string.Create(CultureInfo.InvariantCulture, $"×10^{e}"),
        };
        var name = ChineseName(unit.Dimension);
        return name is null ? $"{value}{prefix} {unit.Dimension.Code}" : value + prefix + name;
    }

    /// <summary>Formats in English with thousand-based scales: CNY 176.73 billion, USD 770 million, 16,500 persons.</summary>
    public static string FormatEnglish(Quantity quantity)
    {
        var unit = quantity.Unit;
        decimal amount;
        try
        {
            amount = Quantity.Scale(quantity.Value, unit.Exponent);
        }
        catch (ArithmeticException)
        {
            return quantity.ToString("G", CultureInfo.InvariantCulture);
        }
        var dimension = unit.Dimension;
        if (dimension == Dimension.Percent)
        {
            return amount.ToString(Trimmed, CultureInfo.InvariantCulture) + "%";
        }
        var scaleName = "";
        foreach (var (exponent, name) in EnglishScales)
        {
            var scale = Quantity.Pow10(exponent);
            if (Math.Abs(amount) >= scale)
            {
                amount /= scale;
                scaleName = " " + name;
                break;
            }
        }
        var number = amount.ToString(Trimmed, CultureInfo.InvariantCulture) + scaleName;
        if (dimension.IsCurrency)
        {
            return $"{dimension.Code} {number}";
        }
        if (dimension == Dimension.Dimensionless)
        {
            return number;
        }
        var unitName = dimension == Dimension.Persons ? (Math.Abs(quantity.Value) == 1m && unit.Exponent == 0 ? "person" : "persons") : dimension.Code;
        return $"{number} {unitName}";
    }

    private static string? ChineseName(Dimension dimension) => dimension.Code switch
    {
        "CNY" => "元",
        "USD" => "美元",
        "EUR" => "欧元",
        "HKD" => "港元",
        "JPY" => "日元",
        "person" => "人",
        "tce" => "吨标准煤",
        "1" => "",
        _ => null,
    };
}
