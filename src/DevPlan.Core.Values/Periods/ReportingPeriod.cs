using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DevPlan.Core.Internal;
using NodaTime;

namespace DevPlan.Core.Periods;

/// <summary>
/// A statistical reporting period of the ISO calendar: a year, half-year, quarter, month, or a
/// cumulative year-to-date period (January to a given month).
/// </summary>
/// <remarks>
/// <para>Text forms (invariant, case-sensitive, as SDMX writes them):</para>
/// <list type="table">
/// <item><term><c>2024</c></term><description>the year 2024</description></item>
/// <item><term><c>2024-S1</c></term><description>the first half of 2024</description></item>
/// <item><term><c>2024-Q2</c></term><description>the second quarter of 2024</description></item>
/// <item><term><c>2024-M06</c></term><description>June 2024 (two-digit month)</description></item>
/// <item><term><c>2024-YTD-M05</c></term><description>January to May 2024, cumulative (1—5月); not an SDMX form</description></item>
/// <item><term><c>2021/2025</c></term><description>the years 2021 to 2025 (a five-year plan's span), 2 to 15 years</description></item>
/// </list>
/// <para>Periods are ordered by start date, then end date. The <c>default</c> value is the year 0001.</para>
/// <para>The supported years are <see cref="MinYear"/> (0001) to <see cref="MaxYear"/> (9999), the range of
/// NodaTime's ISO calendar: parsing, the JSON Schemas and every member agree on it, and every member is
/// defined for every period in it (<see cref="End"/> of <c>9999-M12</c> is 9999-12-31); only
/// <see cref="Next"/> after 9999 and <see cref="Previous"/> or <see cref="SamePeriodPreviousYear"/>
/// before 0001 throw, as documented.</para>
/// </remarks>
public readonly struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable, ISpanParsable<ReportingPeriod>, IFormattable
{
    /// <summary>The earliest year a period may fall in.</summary>
    public const int MinYear = 1;

    /// <summary>The latest year a period may fall in.</summary>
    public const int MaxYear = 9999;

    private readonly int _yearMinusOne;
    private readonly int _indexMinusOne;

    private ReportingPeriod(int year, PeriodKind kind, int index)
    {
        _yearMinusOne = year - 1;
        Kind = kind;
        _indexMinusOne = index - 1;
    }

    /// <summary>Gets the calendar year.</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>Gets the frequency.</summary>
    public PeriodKind Kind { get; }

    /// <summary>
    /// Gets the 1-based position in the year: 1 for a year; 1–2 for a half-year; 1–4 for a quarter;
    /// 1–12 for a month; for a year-to-date period, the last month it includes; for a span, the number
    /// of years it covers.
    /// </summary>
    public int Index => _indexMinusOne + 1;

    /// <summary>Gets the last calendar year the period falls in: <see cref="Year"/>, or for a span its last year.</summary>
    public int LastYear => Kind == PeriodKind.Span ? Year + Index - 1 : Year;

    /// <summary>Gets the number of whole calendar years the period covers: the years of a span, 1 for a year, 0 for a shorter period.</summary>
    public int YearCount => Kind switch
    {
        PeriodKind.Span => Index,
        PeriodKind.Year => 1,
        PeriodKind.HalfYear or PeriodKind.Quarter or PeriodKind.Month or PeriodKind.YearToDate => 0,
    };

    /// <summary>Gets the first day of the period.</summary>
    public LocalDate Start => new(Year, FirstMonth, 1);

    /// <summary>Gets the last day of the period (inclusive); defined for every period, 9999-12-31 included.</summary>
    public LocalDate End => new(LastYear, LastMonth, CalendarSystem.Iso.GetDaysInMonth(LastYear, LastMonth));

    /// <summary>Gets the number of calendar months the period spans.</summary>
    public int MonthCount => Kind == PeriodKind.Span ? 12 * Index : LastMonth - FirstMonth + 1;

    /// <summary>Gets the number of days the period spans (inclusive of both ends).</summary>
    public int DayCount => Period.DaysBetween(Start, End) + 1;

    private int FirstMonth => Kind switch
    {
        PeriodKind.HalfYear => (Index - 1) * 6 + 1,
        PeriodKind.Quarter => (Index - 1) * 3 + 1,
        PeriodKind.Month => Index,
        PeriodKind.Year or PeriodKind.YearToDate or PeriodKind.Span => 1,
    };

    private int LastMonth => Kind switch
    {
        PeriodKind.Year or PeriodKind.Span => 12,
        PeriodKind.HalfYear => Index * 6,
        PeriodKind.Quarter => Index * 3,
        PeriodKind.Month or PeriodKind.YearToDate => Index,
    };

    /// <summary>Creates a calendar-year period.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static ReportingPeriod ForYear(int year) => Create(year, PeriodKind.Year, 1);

    /// <summary>Creates a half-year period.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForHalfYear(int year, int half) => Create(year, PeriodKind.HalfYear, half);

    /// <summary>Creates a quarter period.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForQuarter(int year, int quarter) => Create(year, PeriodKind.Quarter, quarter);

    /// <summary>Creates a month period.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForMonth(int year, int month) => Create(year, PeriodKind.Month, month);

    /// <summary>Creates a cumulative period from January to the end of <paramref name="throughMonth"/>.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="throughMonth">The last month included, 1 to 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static ReportingPeriod ForYearToDate(int year, int throughMonth) => Create(year, PeriodKind.YearToDate, throughMonth);

    /// <summary>Creates a span of whole years (a five-year plan's 2021–2025).</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year, 1 to 14 years after the first, at most 9999.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range, or the span is shorter than 2 or longer than 15 years.</exception>
    public static ReportingPeriod ForSpan(int firstYear, int lastYear)
    {
        Preconditions.CheckRange(firstYear, MinYear, MaxYear - 1);
        Preconditions.CheckRange(lastYear, firstYear + 1, Math.Min(MaxYear, firstYear + MaxSpanYears - 1));
        return new ReportingPeriod(firstYear, PeriodKind.Span, lastYear - firstYear + 1);
    }

    /// <summary>The longest span: 15 years (a plan to 2035 from 2021).</summary>
    private const int MaxSpanYears = 15;

    /// <summary>Creates a period of any kind.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="kind">The frequency.</param>
    /// <param name="index">The position in the year; see <see cref="Index"/>.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range for the kind.</exception>
    public static ReportingPeriod Create(int year, PeriodKind kind, int index)
    {
        Preconditions.CheckRange(year, MinYear, MaxYear);
        Preconditions.CheckDefined(kind);
        Preconditions.CheckRange(index, kind == PeriodKind.Span ? 2 : 1, MaxIndex(kind));
        if (kind == PeriodKind.Span)
        {
            Preconditions.CheckRange(year + index - 1, MinYear, MaxYear, nameof(index));
        }
        return new ReportingPeriod(year, kind, index);
    }

    private static int MaxIndex(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.HalfYear => 2,
        PeriodKind.Quarter => 4,
        PeriodKind.Month or PeriodKind.YearToDate => 12,
        PeriodKind.Span => MaxSpanYears,
    };

    /// <summary>The period packed into an integer (year, kind and index), for column stores.</summary>
    internal int Pack() => (Year << 8) | ((int)Kind << 4) | Index;

    /// <summary>The period of a value from <see cref="Pack"/>.</summary>
    internal static ReportingPeriod Unpack(int packed) => new(packed >> 8, (PeriodKind)((packed >> 4) & 0xF), packed & 0xF);

    /// <summary>Gets whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">An ISO-calendar date.</param>
    /// <returns>True when <see cref="Start"/> ≤ date ≤ <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Gets whether <paramref name="other"/> lies wholly within this period (2024-Q2 within 2024).</summary>
    /// <param name="other">Another period.</param>
    /// <returns>True when the other period starts and ends within this one.</returns>
    public bool Contains(ReportingPeriod other) => other.FirstMonthNumber >= FirstMonthNumber && other.LastMonthNumber <= LastMonthNumber;

    /// <summary>
    /// The number of the period's first month, counted from January of the year 1 (0). Every period is
    /// whole calendar months, so comparing these numbers compares first days, and comparing
    /// <see cref="LastMonthNumber"/> compares last days, without making dates: evaluation asks for
    /// every row of a file.
    /// </summary>
    internal int FirstMonthNumber => _yearMinusOne * 12 + FirstMonth - 1;

    /// <summary>The number of the period's last month, counted as <see cref="FirstMonthNumber"/> is.</summary>
    internal int LastMonthNumber => (LastYear - 1) * 12 + LastMonth - 1;

    /// <summary>
    /// The period of the same months written the plainest way: January–December is the year, January–June the
    /// first half, January–March the first quarter, January alone the month. Two figures of one indicator whose
    /// periods have the same coverage are figures of the same thing (2024 and 2024-YTD-M12), one revising the other.
    /// </summary>
    internal ReportingPeriod Coverage => Kind != PeriodKind.YearToDate ? this : LastMonth switch
    {
        12 => ForYear(Year),
        6 => ForHalfYear(Year, 1),
        3 => ForQuarter(Year, 1),
        1 => ForMonth(Year, 1),
        _ => this,
    };

    /// <summary>Whether the period covers one whole calendar year (a year, or the year to December).</summary>
    internal bool IsWholeYear => Kind == PeriodKind.Year || (Kind == PeriodKind.YearToDate && LastMonth == 12);

    /// <summary>The number of the last month that has ended by a date (its last day is on or before it), counted as <see cref="FirstMonthNumber"/> is: a period has ended by the date when its <see cref="LastMonthNumber"/> is at most this.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The month's number; -1 before the end of January of the year 1.</returns>
    internal static int LastMonthEndedBy(LocalDate date) =>
        (date.Year - 1) * 12 + date.Month - 1 - (date.Day == CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month) ? 0 : 1);

    /// <summary>Gets the same period one year earlier (同期), as year-on-year growth compares against; a span moves back one year.</summary>
    /// <returns>The period of the previous year.</returns>
    /// <exception cref="InvalidOperationException">This period is in the year 1.</exception>
    public ReportingPeriod SamePeriodPreviousYear()
    {
        if (Year == MinYear)
        {
            throw new InvalidOperationException($"The period {this} has no previous year.");
        }
        return new ReportingPeriod(Year - 1, Kind, Index);
    }

    /// <summary>Gets the adjacent previous period of the same frequency (环比 compares against it); the span of as many years before a span.</summary>
    /// <returns>The previous period: 2024-Q1 before 2024-Q2, 2023-M12 before 2024-M01, 2016/2020 before 2021/2025.</returns>
    /// <exception cref="InvalidOperationException">This is a year-to-date period (cumulative periods have no adjacent predecessor) or the first period of the year 1.</exception>
    public ReportingPeriod Previous()
    {
        if (Kind == PeriodKind.Span)
        {
            return Year - Index < MinYear
                ? throw new InvalidOperationException($"The period {this} has no previous period.")
                : new ReportingPeriod(Year - Index, Kind, Index);
        }
        if (Kind == PeriodKind.YearToDate)
        {
            throw new InvalidOperationException($"A year-to-date period ({this}) has no adjacent previous period; compare with SamePeriodPreviousYear().");
        }
        if (Index > 1)
        {
            return new ReportingPeriod(Year, Kind, Index - 1);
        }
        if (Year == MinYear)
        {
            throw new InvalidOperationException($"The period {this} has no previous period.");
        }
        return new ReportingPeriod(Year - 1, Kind, MaxIndex(Kind));
    }

    /// <summary>Gets the adjacent next period of the same frequency; the span of as many years after a span.</summary>
    /// <returns>The next period: 2024-Q3 after 2024-Q2, 2025-M01 after 2024-M12, 2026/2030 after 2021/2025.</returns>
    /// <exception cref="InvalidOperationException">This is a year-to-date period or the last period of the year 9999.</exception>
    public ReportingPeriod Next()
    {
        if (Kind == PeriodKind.Span)
        {
            return LastYear + Index > MaxYear
                ? throw new InvalidOperationException($"The period {this} has no next period.")
                : new ReportingPeriod(Year + Index, Kind, Index);
        }
        if (Kind == PeriodKind.YearToDate)
        {
            throw new InvalidOperationException($"A year-to-date period ({this}) has no adjacent next period.");
        }
        if (Index < MaxIndex(Kind))
        {
            return new ReportingPeriod(Year, Kind, Index + 1);
        }
        if (Year == MaxYear)
        {
            throw new InvalidOperationException($"The period {this} has no next period.");
        }
        return new ReportingPeriod(Year + 1, Kind, 1);
    }

    /// <summary>
    /// Gets the share of this period's days that have elapsed by the end of <paramref name="asOf"/>:
    /// 0 before the period starts, 1 from its last day on, otherwise days from the start to
    /// <paramref name="asOf"/> inclusive divided by <see cref="DayCount"/> (an exact decimal quotient,
    /// 28 significant digits).
    /// </summary>
    /// <param name="asOf">The date, counted as complete.</param>
    /// <returns>A fraction from 0 to 1.</returns>
    public decimal ElapsedFraction(LocalDate asOf)
    {
        if (asOf < Start)
        {
            return 0m;
        }
        if (asOf >= End)
        {
            return 1m;
        }
        return (decimal)(Period.DaysBetween(Start, asOf) + 1) / DayCount;
    }

    /// <summary>
    /// Gets the share of <paramref name="whole"/> that this period covers, in calendar months:
    /// January–May of 2024 is 5/12 of 2024. Used for the in-year pace (序时进度).
    /// </summary>
    /// <param name="whole">A period that contains this one.</param>
    /// <returns>This period's months over the whole period's months.</returns>
    /// <exception cref="ArgumentException"><paramref name="whole"/> does not contain this period.</exception>
    public decimal MonthShareOf(ReportingPeriod whole)
    {
        if (!whole.Contains(this))
        {
            throw new Internal.WordedArgumentException($"Expected a period that contains {this}, but {whole} does not.", nameof(whole));
        }
        return (decimal)MonthCount / whole.MonthCount;
    }

    /// <summary>
    /// Parses a period in one of the forms listed on <see cref="ReportingPeriod"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period; the message names it and the accepted forms.</exception>
    public static ReportingPeriod Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan(), null);

    /// <inheritdoc cref="Parse(string)"/>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms are invariant.</param>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider) => Parse(Preconditions.CheckNotNull(s).AsSpan(), provider);

    /// <summary>Parses a period in one of the forms listed on <see cref="ReportingPeriod"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms are invariant.</param>
    /// <returns>The period.</returns>
    /// <exception cref="FormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        if (!TryParse(s, provider, out var result))
        {
            throw new Internal.WordedFormatException(
                $"Expected a reporting period such as \"2024\", \"2024-S1\", \"2024-Q2\", \"2024-M06\", \"2024-YTD-M06\" or \"2021/2025\", but found \"{Preconditions.Truncate(s.ToString())}\".");
        }
        return result;
    }

    /// <summary>Tries to parse a period.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod result) => TryParse(text.AsSpan(), null, out result);

    /// <summary>Tries to parse a period.</summary>
    /// <param name="s">The text, or null.</param>
    /// <param name="provider">Ignored: the forms are invariant.</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Tries to parse a period.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: the forms are invariant.</param>
    /// <param name="result">The period, or <c>default</c> on failure.</param>
    /// <returns>True when the text is a period.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result)
    {
        result = default;
        if (s.Length < 4 || !TryDigits(s[..4], out var year) || year < MinYear)
        {
            return false;
        }
        var rest = s[4..];
        if (rest.IsEmpty)
        {
            result = new ReportingPeriod(year, PeriodKind.Year, 1);
            return true;
        }
        PeriodKind kind;
        ReadOnlySpan<char> number;
        if (rest.Length == 5 && rest[0] == '/')
        {
            if (!TryDigits(rest[1..], out var last) || last <= year || last - year + 1 > MaxSpanYears)
            {
                return false;
            }
            result = new ReportingPeriod(year, PeriodKind.Span, last - year + 1);
            return true;
        }
        if (rest.StartsWith("-YTD-M", StringComparison.Ordinal))
        {
            kind = PeriodKind.YearToDate;
            number = rest[6..];
        }
        else if (rest.Length >= 2 && rest[0] == '-' && rest[1] is 'S' or 'Q' or 'M')
        {
            kind = rest[1] switch { 'S' => PeriodKind.HalfYear, 'Q' => PeriodKind.Quarter, _ => PeriodKind.Month };
            number = rest[2..];
        }
        else
        {
            return false;
        }
        var digits = kind is PeriodKind.Month or PeriodKind.YearToDate ? 2 : 1;
        if (number.Length != digits || !TryDigits(number, out var index) || index < 1 || index > MaxIndex(kind))
        {
            return false;
        }
        result = new ReportingPeriod(year, kind, index);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
            value = value * 10 + (c - '0');
        }
        return true;
    }

    /// <summary>Returns the invariant text form (<c>2024-Q2</c>), which <see cref="Parse(string)"/> reads back.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind switch
    {
        PeriodKind.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        PeriodKind.HalfYear => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-S{Index}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-M{Index:D2}"),
        PeriodKind.YearToDate => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-YTD-M{Index:D2}"),
        PeriodKind.Span => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}/{LastYear:D4}"),
    };

    /// <summary>
    /// Formats the period in its invariant form (<see cref="ToString()"/>), the only format (<c>G</c>
    /// or null). Words for people, such as <c>2024年1—5月</c> or <c>January–May 2024</c>, come from
    /// <c>DevPlan.Core.Reporting.Catalogue.Format(ReportingPeriod)</c>.
    /// </summary>
    /// <param name="format">G or null.</param>
    /// <param name="formatProvider">Ignored: the form is invariant.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "g" => ToString(),
        _ => throw new Internal.WordedFormatException($"Expected the format \"G\", but found \"{format}\"; words for people come from Catalogue.Format."),
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => _yearMinusOne == other._yearMinusOne && Kind == other.Kind && _indexMinusOne == other._indexMinusOne;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_yearMinusOne, Kind, _indexMinusOne);

    /// <summary>Orders by start date, then by end date, then by kind (a year-to-date period after the calendar period of the same span).</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }
        var byEnd = End.CompareTo(other.End);
        return byEnd != 0 ? byEnd : Kind.CompareTo(other.Kind);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new Internal.WordedArgumentException($"Expected a {nameof(ReportingPeriod)}, but found {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Compares two periods for equality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Compares two periods for inequality.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Orders two periods; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when the first sorts before the second.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Orders two periods; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when the first sorts after the second.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Orders two periods; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when the first sorts before or equal to the second.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Orders two periods; see <see cref="CompareTo(ReportingPeriod)"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>True when the first sorts after or equal to the second.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;
}
