using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;

namespace DevPlan.Core.Reporting;

/// <summary>
/// One column of the result record: one row per target of an evaluation, described once, from which
/// the JSON, CSV, Parquet and workbook reports take their columns, their types and their codes
/// (<see cref="ResultRecord.Columns"/>). Codes are the JSON spelling everywhere (<c>notAchieved</c>).
/// </summary>
public sealed class ResultColumn
{
    private readonly Func<EvaluationReport, ReportRow, object?> _value;
    private readonly Func<ReportRow, decimal?>? _shown;

    internal ResultColumn(string name, ResultColumnType type, bool nullable, string description, Func<EvaluationReport, ReportRow, object?> value, bool perReport = false,
        ImmutableArray<string> codes = default, int? shownDecimals = null, Func<ReportRow, decimal?>? shown = null)
    {
        ShownDecimals = shownDecimals;
        _shown = shown;
        IsPerReport = perReport;
        Codes = codes.IsDefault ? [] : codes;
        Name = name;
        Type = type;
        IsNullable = nullable;
        Description = description;
        _value = value;
    }

    /// <summary>Gets the column's name in JSON and CSV (camelCase: <c>targetId</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the column's name in Parquet and SQL (snake_case: <c>target_id</c>).</summary>
    public string SnakeName => JsonNamingPolicy.SnakeCaseLower.ConvertName(Name);

    /// <summary>Gets the column's type.</summary>
    public ResultColumnType Type { get; }

    /// <summary>Gets whether the column may be empty (null in JSON and Parquet, an empty field in CSV).</summary>
    public bool IsNullable { get; }

    /// <summary>Gets whether the value is the report's, the same on every row (the plan, the as-of date, the language): the JSON report writes it once, at its top.</summary>
    public bool IsPerReport { get; }

    /// <summary>Gets the codes a text column may hold (<c>achieved</c>, <c>notAchieved</c>, …), or none for free text.</summary>
    public ImmutableArray<string> Codes { get; }

    /// <summary>Gets what the column holds, its unit and its codes.</summary>
    public string Description { get; }

    /// <summary>Gets the value of a row: a <see cref="string"/>, <see cref="decimal"/>, <see cref="int"/>, <see cref="LocalDate"/> or <see cref="bool"/> as <see cref="Type"/> says, or null.</summary>
    /// <param name="report">The report the row belongs to.</param>
    /// <param name="row">The row.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public object? ValueOf(EvaluationReport report, ReportRow row)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(row);
        return _value(report, row);
    }

    /// <summary>
    /// Gets the decimals a computed figure is shown with in text (completion and the other shares, the
    /// pace gap and the required rate: one, as the reports show them); null for a figure shown as it is,
    /// a published one or a count. Text reports round to these decimals, half away from zero (四舍五入);
    /// the typed formats (JSON, Parquet) keep the exact value.
    /// </summary>
    public int? ShownDecimals { get; }

    /// <summary>
    /// Gets a row's value of this column as text as the text reports show it: a figure as published, a
    /// computed one as the sentences round it (an average rate to the target's decimals, at least one; a
    /// gap to the decimals of its figures; a share to <see cref="ShownDecimals"/>), never so that the
    /// rounding contradicts the verdict.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="row">The row.</param>
    /// <returns>The text; empty for no value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="row"/> is null.</exception>
    public string ShownTextOf(EvaluationReport report, ReportRow row)
    {
        if (_shown is not null)
        {
            ArgumentNullException.ThrowIfNull(report);
            ArgumentNullException.ThrowIfNull(row);
            return _shown(row)?.ToString(CultureInfo.InvariantCulture) ?? "";
        }
        return ShownDecimals is { } decimals && ValueOf(report, row) is decimal number
            ? Math.Round(number, decimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)
            : TextOf(report, row);
    }

    /// <summary>Gets the value of a row as invariant text, as CSV writes it: codes as codes, decimals at full precision, dates in ISO 8601, booleans as <c>true</c>/<c>false</c>, null as empty.</summary>
    /// <param name="report">The report the row belongs to.</param>
    /// <param name="row">The row.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public string TextOf(EvaluationReport report, ReportRow row) => ValueOf(report, row) switch
    {
        null => "",
        string text => text,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        int number => number.ToString(CultureInfo.InvariantCulture),
        LocalDate date => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        var other => throw new InvalidOperationException($"The column {Name} gave a value of type {other.GetType().Name}, which is not one of its types."),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Type})";
}
