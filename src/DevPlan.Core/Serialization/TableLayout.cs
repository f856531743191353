namespace DevPlan.Core.Serialization;

/// <summary>How a table of observations (a CSV file, a worksheet) lays out its figures, as <see cref="TableObservationReader"/> describes.</summary>
internal enum TableLayout
{
    /// <summary>
    /// One observation per row, under the columns <c>indicator</c>, <c>zone</c>, <c>period</c>,
    /// <c>value</c>, <c>unit</c>, <c>growth</c>, <c>status</c>, <c>source</c> and <c>completed</c>.
    /// </summary>
    Tidy,

    /// <summary>
    /// As yearbooks and bulletins publish tables: one row per indicator (and zone), the columns
    /// <c>indicator</c>, <c>zone</c>, <c>unit</c>, <c>status</c>, <c>source</c> and <c>measure</c>
    /// (<c>level</c>, the default, or <c>growth</c> in percent), then one column per period
    /// (<c>2021</c>, <c>2024-Q1</c>, <c>2024-YTD-M06</c>); each filled period cell is one observation.
    /// A header is wide when it has no <c>period</c> column and at least one column named by a period.
    /// A filled cell under a header that begins with a digit but is not a period (<c>2024-M13</c>) is
    /// an error, as is one under a blank header in either layout; a blank column is nothing.
    /// </summary>
    Wide,
}
