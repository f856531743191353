using System.Globalization;
using DevPlan.Core.Internal;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;

namespace DevPlan.Core.Reporting;

public sealed partial class Catalogue
{
    /// <summary>
    /// Writes a quantity as this language writes it, by its number grammar (catalogue data): in Chinese
    /// the value as published with its magnitude and unit name (1767.3亿元, 0.9万人); in English the
    /// amount with a thousands-based scale (CNY 176.73 billion, 9,000 people). No digit is rounded away.
    /// </summary>
    /// <param name="quantity">The quantity.</param>
    /// <returns>The text.</returns>
    public string Format(Quantity quantity) => Format(quantity, indicator: null);

    /// <summary>
    /// Writes a quantity of an indicator as <see cref="Format(Quantity)"/> does, a count named by the
    /// indicator's counting noun where the catalogue has one (<c>noun.high-value-patents</c>: 12 patents,
    /// not 12 pieces; <c>noun.new-urban-jobs</c>: 11 million jobs).
    /// </summary>
    /// <param name="quantity">The quantity.</param>
    /// <param name="indicator">The indicator's code, or null.</param>
    /// <returns>The text.</returns>
    public string Format(Quantity quantity, string? indicator)
    {
        var unit = quantity.Unit;
        if (unit.Dimension == Dimension.Percent && unit.Exponent == 0)
        {
            return Format(new Percent(quantity.Value));
        }
        return Written(quantity, indicator);
    }

    /// <summary>
    /// Writes a computed level (a gap, a projection, a sum, a figure converted to a target's unit) as a
    /// statistical office writes one: in the largest magnitude of this language it reaches (万, 亿, 万亿 in
    /// Chinese; million, billion, trillion in English), so that at most four digits stand before the
    /// point, and rounded half away from zero to four significant digits, never to more decimals than the
    /// figures it was computed from carry: 0.09082万亿斤 is 908.2亿斤, 0.04亿美元 is 400万美元, 0.64875亿吨
    /// is 6488万吨, 714.875 million tonnes is 714.9 million tonnes, and 1.00岁 stays 1.00岁. The
    /// magnitudes and digits are catalogue data (<c>computed.magnitudes</c>,
    /// <c>computed.significantDigits</c>); a figure as published is written by
    /// <see cref="Format(Quantity)"/>, which rounds nothing away.
    /// </summary>
    /// <param name="quantity">The computed quantity, exact, with the decimals of the figures it comes from.</param>
    /// <param name="indicator">The indicator's code, for its counting noun (<see cref="Format(Quantity, string?)"/>), or null.</param>
    /// <returns>The text.</returns>
    public string FormatComputed(Quantity quantity, string? indicator = null)
    {
        var unit = quantity.Unit;
        if (unit.Dimension == Dimension.Percent && unit.Exponent == 0)
        {
            // A rate's decimals are the caller's to choose (Revealing): they must not hide what decided a verdict.
            return Format(quantity, indicator);
        }
        decimal amount;
        try
        {
            amount = Units.Quantity.Scale(quantity.Value, unit.Exponent);
        }
        catch (ArithmeticException)
        {
            return Format(quantity, indicator);
        }
        var exponent = 0;
        foreach (var candidate in ComputedMagnitudes)
        {
            if (Math.Abs(amount) >= Units.ScaledDecimal.Pow10(candidate))
            {
                exponent = candidate;
                break;
            }
        }
        // The decimals the figure carries once written in the new magnitude: 0.64875亿 has one as 6487.5万.
        var carried = Math.Clamp(quantity.Value.Scale + exponent - unit.Exponent, 0, 28);
        var value = amount / Units.ScaledDecimal.Pow10(exponent);
        value = Math.Round(value, Math.Min(carried, SignificantDecimals(value)), MidpointRounding.AwayFromZero);
        // A carry into a new digit (999.96 to 1000.0) leaves one digit too many: taken off again.
        value = Math.Round(value, Math.Min(carried, SignificantDecimals(value)), MidpointRounding.AwayFromZero);
        // Rounding may carry a figure into the next magnitude (9999.6万 is 1亿): written there.
        if (ComputedMagnitudes.Any(m => m > exponent && Math.Abs(value) >= Units.ScaledDecimal.Pow10(m - exponent)))
        {
            return FormatComputed(new Quantity(value, new Unit(unit.Dimension, exponent)), indicator);
        }
        return Written(new Quantity(value, new Unit(unit.Dimension, exponent)), indicator);
    }

    /// <summary>The magnitudes a computed level may take, as the catalogue lists them: largest first.</summary>
    private int[] ComputedMagnitudes => _computedMagnitudes ??= Powers("computed.magnitudes");

    private int[]? _computedMagnitudes;

    /// <summary>The decimals that keep a value to the catalogue's significant digits (6487.5 keeps none, 0.00042 five).</summary>
    private int SignificantDecimals(decimal value)
    {
        var digits = int.Parse(this["computed.significantDigits"], NumberStyles.None, CultureInfo.InvariantCulture);
        var size = Math.Abs(value);
        if (size >= 1m)
        {
            return Math.Max(0, digits - decimal.Truncate(size).ToString(CultureInfo.InvariantCulture).Length);
        }
        // Below one, the zeros after the point are not significant: 0.00042 keeps its 42.
        var decimals = digits;
        for (var scaled = size; scaled != 0m && scaled < 0.1m; scaled *= 10m)
        {
            decimals++;
        }
        return Math.Min(decimals, 28);
    }

    /// <summary>
    /// Names a unit without a value, as a table's unit column shows it: 亿元, 万人, % in Chinese;
    /// CNY 100 million, 10,000 people, % in English.
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The name.</returns>
    public string UnitName(Unit unit) => UnitName(unit, indicator: null);

    /// <summary>
    /// Names a unit of an indicator without a value, a count by the indicator's counting noun where the
    /// catalogue has one (patents, not pieces; see <see cref="Format(Quantity, string?)"/>).
    /// </summary>
    /// <param name="unit">The unit.</param>
    /// <param name="indicator">The indicator's code, or null.</param>
    /// <returns>The name.</returns>
    public string UnitName(Unit unit, string? indicator)
    {
        if (unit.Exponent == 0 && NounKey(unit.Dimension, indicator) is { } noun)
        {
            return Format(noun, ("value", "")).Trim();
        }
        if (unit.Dimension == Dimension.Percent && unit.Exponent == 0)
        {
            return "%";
        }
        string magnitude;
        if (unit.Exponent == 0)
        {
            magnitude = "";
        }
        else if (Scales.Length == 0)
        {
            magnitude = MagnitudeWord(unit.Exponent);
        }
        else if (Scales.Contains(unit.Exponent))
        {
            // A scale word names the unit alone (million tonnes, USD million).
            magnitude = this["scale." + unit.Exponent.ToString(CultureInfo.InvariantCulture)];
        }
        else if (unit.Exponent < 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"10^{unit.Exponent}") + WordSpace + UnitName(new Unit(unit.Dimension));
        }
        else
        {
            // Another power of ten keeps its figure (10,000 people).
            return Format(new Quantity(Units.ScaledDecimal.Pow10(unit.Exponent), new Unit(unit.Dimension)));
        }
        return Unit(unit.Dimension, magnitude, 2m, indicator: null).Trim();
    }

    /// <summary>
    /// Writes a name as it stands inside a sentence: in English lower-cased unless its first word is an
    /// acronym (gross domestic product (GDP), but GDP, CPI); in Chinese as it is.
    /// </summary>
    /// <param name="name">The name, as it stands alone (a heading, a cell).</param>
    /// <returns>The name inside a sentence.</returns>
    public string MidSentence(string name)
    {
        Preconditions.CheckNotNull(name);
        if (this["grammar.midSentenceCase"] != "lower" || name.Length < 2 || !char.IsUpper(name[0]))
        {
            return name;
        }
        var firstWord = name.AsSpan(0, name.IndexOf(' ') is var space and > 0 ? space : name.Length);
        foreach (var letter in firstWord[1..])
        {
            if (char.IsUpper(letter) || char.IsDigit(letter))
            {
                return name; // an acronym or a code: GDP, PM2.5
            }
        }
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Ends a text as a sentence of this language ends (。, .), unless it already ends in a stop, a question or an exclamation.</summary>
    /// <param name="text">The text, such as a target's note.</param>
    /// <returns>The sentence.</returns>
    public string Sentence(string text)
    {
        Preconditions.CheckNotNull(text);
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || "。．.！!？?…".Contains(trimmed[^1], StringComparison.Ordinal) ? trimmed : trimmed + this["grammar.fullStop"];
    }

    /// <summary>Writes a rate as published, with its decimals: 7.2%, 3.0%.</summary>
    /// <param name="rate">The rate.</param>
    /// <returns>The text.</returns>
    public string Format(Percent rate) => Format("percent", ("value", rate.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Writes a difference of two rates in percentage points: 0.2个百分点, 0.2 pp; the sign is for the caller's words to carry.</summary>
    /// <param name="points">The difference.</param>
    /// <returns>The text of its magnitude.</returns>
    public string Format(PercentagePoints points) => Format("points", ("value", Math.Abs(points.Value).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Writes a difference of two rates in percentage points as a sentence writes it: 0.2个百分点, 0.2 percentage points (cells write pp).</summary>
    /// <param name="points">The difference.</param>
    /// <returns>The text of its magnitude.</returns>
    public string FormatProse(PercentagePoints points) => Format("points.prose", ("value", Math.Abs(points.Value).ToString(CultureInfo.InvariantCulture)));

    /// <summary>Writes a difference of two rates with its sign: +0.2 pp, -0.4个百分点.</summary>
    /// <param name="points">The difference.</param>
    /// <returns>The text.</returns>
    public string FormatSigned(PercentagePoints points) =>
        Format("points.signed", ("value", (points.Value > 0m ? "+" : "") + points.Value.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Writes a date as this language writes it: 2023年12月31日, 31 December 2023.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The text.</returns>
    public string Format(NodaTime.LocalDate date) => Format("date", ("year", date.Year.ToString(CultureInfo.InvariantCulture)),
        ("month", this["month." + date.Month.ToString(CultureInfo.InvariantCulture)]), ("day", date.Day.ToString(CultureInfo.InvariantCulture)));

    /// <summary>Writes a reporting period: 2024年1—5月, January–May 2024.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The text.</returns>
    public string Format(ReportingPeriod period)
    {
        var year = period.Year.ToString(CultureInfo.InvariantCulture);
        var index = period.Index.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            PeriodKind.Year => Format("period.year", ("year", year)),
            PeriodKind.HalfYear => Format("period.half", ("year", year), ("half", this["half." + index])),
            PeriodKind.Quarter => Format("period.quarter", ("year", year), ("quarter", this["quarter." + index])),
            PeriodKind.Month => Format("period.month", ("year", year), ("month", this["month." + index])),
            PeriodKind.YearToDate when period.Index == 1 => Format("period.yearToDate.january", ("year", year)),
            PeriodKind.YearToDate => Format("period.yearToDate", ("year", year), ("month", this["month." + index])),
            PeriodKind.Span => Format("period.span", ("first", year), ("last", period.LastYear.ToString(CultureInfo.InvariantCulture))),
        };
    }

    /// <summary>
    /// A level in this language's number grammar, which is catalogue data: where <c>figures.scales</c>
    /// lists scales (English: 12 9 6), the level is rewritten in plain units by the largest scale it
    /// reaches and named by its word (<c>scale.9</c>: CNY 176.73 billion); where it lists none (Chinese),
    /// the level keeps the magnitude it was published in, named by its word (<c>magnitude.8</c>:
    /// 1767.3亿元). Its digits are written by <c>figures.pattern</c>: a .NET numeric format
    /// (<c>#,0.###</c>: 1,767.3) or <c>published</c>, the value's own digits (7.0 stays 7.0).
    /// </summary>
    private string Written(Quantity quantity, string? indicator)
    {
        var unit = quantity.Unit;
        decimal amount;
        try
        {
            amount = Units.Quantity.Scale(quantity.Value, unit.Exponent);
        }
        catch (ArithmeticException)
        {
            // Beyond decimal's 28 places in plain units: keep the value as published, with its power of ten.
            return Unit(unit.Dimension, Scales.Length == 0 ? Digits(quantity.Value) + MagnitudeWord(unit.Exponent)
                : string.Create(CultureInfo.InvariantCulture, $"{quantity.Value} × 10^{unit.Exponent}"), quantity.Value, indicator);
        }
        // A figure is as many as its plain amount, whatever its magnitude or scale: 1 million people, not 1 million person.
        var plain = amount;
        if (Scales.Length == 0)
        {
            var magnitude = unit.Exponent == 0 ? "" : MagnitudeWord(unit.Exponent);
            return Unit(unit.Dimension, Digits(quantity.Value) + magnitude, plain, indicator);
        }
        var scale = "";
        foreach (var exponent in Scales)
        {
            var factor = Units.ScaledDecimal.Pow10(exponent);
            if (Math.Abs(amount) >= factor)
            {
                amount /= factor;
                scale = WordSpace + this["scale." + exponent.ToString(CultureInfo.InvariantCulture)];
                break;
            }
        }
        return Unit(unit.Dimension, Digits(amount) + scale, plain, indicator);
    }

    /// <summary>The scales a level is rewritten by, largest first (<c>figures.scales</c>); none where levels keep their published magnitude.</summary>
    private int[] Scales => _scales ??= Powers("figures.scales");

    private int[]? _scales;

    /// <summary>Powers of ten a catalogue text lists, separated by spaces, taken largest first.</summary>
    private int[] Powers(string key) =>
        [.. this[key].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(m => int.Parse(m, NumberStyles.None, CultureInfo.InvariantCulture)).OrderDescending()];

    /// <summary>A value's digits as <c>figures.pattern</c> writes them: a .NET numeric format, or <c>published</c> for the value's own.</summary>
    private string Digits(decimal value) => this["figures.pattern"] is var pattern && pattern == "published"
        ? value.ToString(CultureInfo.InvariantCulture)
        : value.ToString(pattern, CultureInfo.InvariantCulture);

    /// <summary>The word of a power of ten a level was published in (<c>magnitude.8</c>: 亿), or ×10^n where the catalogue has none.</summary>
    private string MagnitudeWord(int exponent) =>
        _texts.TryGetValue("magnitude." + exponent.ToString(CultureInfo.InvariantCulture), out var word)
            ? word
            : string.Create(CultureInfo.InvariantCulture, $"×10^{exponent}");

    /// <summary>What stands between words (a figure and its unit's name): a space where words are spaced (<c>grammar.wordsSpaced</c>).</summary>
    private string WordSpace => this["grammar.wordsSpaced"] == "true" ? " " : "";

    /// <summary>
    /// The catalogue key of the counting noun a count of an indicator is named by (12 patents, 3.2 doctors),
    /// or null: only a count (persons, pieces, a plain number) of an indicator the catalogue names.
    /// </summary>
    private string? NounKey(Dimension dimension, string? indicator) =>
        indicator is not null && dimension.Code is "person" or "piece" or "count" && _texts.ContainsKey("noun." + indicator) ? "noun." + indicator : null;

    /// <summary>The value in its dimension's words; a dimension the catalogue does not name is written with its code.</summary>
    private string Unit(Dimension dimension, string value, decimal amount, string? indicator)
    {
        if (NounKey(dimension, indicator) is { } noun)
        {
            return Format(noun, ("value", value));
        }
        if (amount is 1m or -1m && _texts.ContainsKey($"unit.{dimension.Code}.one"))
        {
            return Format($"unit.{dimension.Code}.one", ("value", value));
        }
        if (_texts.ContainsKey("unit." + dimension.Code))
        {
            return Format("unit." + dimension.Code, ("value", value));
        }
        // A unit the plan declared: its own names (件/万人; patents per 10,000 persons).
        return dimension.DeclaredName is { } name
            ? value + WordSpace + Text(name)
            : Format("unit.other", ("value", value), ("unit", dimension.Code));
    }
}
