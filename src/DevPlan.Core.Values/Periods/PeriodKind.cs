namespace DevPlan.Core.Periods;

/// <summary>The frequency of a <see cref="ReportingPeriod"/>.</summary>
public enum PeriodKind
{
    /// <summary>A calendar year (SDMX <c>2024</c>).</summary>
    Year = 0,

    /// <summary>A half-year (SDMX <c>2024-S1</c>).</summary>
    HalfYear = 1,

    /// <summary>A quarter (SDMX <c>2024-Q2</c>).</summary>
    Quarter = 2,

    /// <summary>A month (SDMX <c>2024-M06</c>).</summary>
    Month = 3,

    /// <summary>
    /// A cumulative year-to-date period from January to the end of a month (累计, 1—6月), written
    /// <c>2024-YTD-M06</c>. January–February combined (1—2月) is <c>2024-YTD-M02</c>.
    /// </summary>
    YearToDate = 4,

    /// <summary>
    /// A span of whole calendar years (a five-year plan's 2021–2025), written <c>2021/2025</c> (the
    /// first and last years, as ISO 8601 writes an interval); 2 to 15 years.
    /// </summary>
    Span = 5,
}
