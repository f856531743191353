using Parquet.Schema;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The Parquet schema of observations: the columns of observation CSV, typed, with a period's
/// first and last dates beside its text, and each decimal's published scale beside it so that
/// 4.100 comes back as 4.100 and not as the column's 4.1000000000.
/// </summary>
internal static class ObservationSchema
{
    /// <summary>The scale of the decimal columns: ten places, more than any published figure has.</summary>
    public const int Scale = 10;

    /// <summary>The precision of the decimal columns: .NET's decimal holds 28 digits.</summary>
    public const int Precision = 28;

    public static DataField<string> Indicator { get; } = new("indicator", nullable: false);

    public static DataField<string> Zone { get; } = new("zone", nullable: true);

    public static DataField<string> Period { get; } = new("period", nullable: false);

    public static DataField<DateOnly> PeriodStart { get; } = new("period_start", nullable: false);

    public static DataField<DateOnly> PeriodEnd { get; } = new("period_end", nullable: false);

    public static DecimalDataField Value { get; } = new("value", Precision, Scale, forceByteArrayEncoding: true, isNullable: true);

    public static DataField<int?> ValueScale { get; } = new("value_scale", nullable: true);

    public static DataField<string> Unit { get; } = new("unit", nullable: true);

    public static DecimalDataField Growth { get; } = new("growth", Precision, Scale, forceByteArrayEncoding: true, isNullable: true);

    public static DataField<int?> GrowthScale { get; } = new("growth_scale", nullable: true);

    public static DataField<string> Status { get; } = new("status", nullable: false);

    public static DataField<string> Source { get; } = new("source", nullable: true);

    public static DataField<bool?> Completed { get; } = new("completed", nullable: true);

    public static DataField<DateOnly?> Released { get; } = new("released", nullable: true);

    public static ParquetSchema Schema { get; } = new(Indicator, Zone, Period, PeriodStart, PeriodEnd, Value, ValueScale, Unit, Growth, GrowthScale, Status, Source, Completed, Released);

    /// <summary>The columns a reader derives from others or uses to restore them, rather than reads as a table's column.</summary>
    public static IReadOnlySet<string> Companions { get; } = new HashSet<string>(StringComparer.Ordinal) { "period_start", "period_end", "value_scale", "growth_scale" };
}
