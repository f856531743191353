using Parquet.Schema;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The Parquet schema of evaluation results: one row per target, typed. Figures as published keep
/// their digits; computed shares (completion, the elapsed share) are rounded to ten decimals, the
/// columns' scale.
/// </summary>
internal static class ResultSchema
{
    public static DataField<string> PlanId { get; } = new("plan_id", nullable: false);

    public static DataField<string> TargetId { get; } = new("target_id", nullable: false);

    public static DataField<string> Indicator { get; } = new("indicator", nullable: false);

    public static DataField<string> Zone { get; } = new("zone", nullable: true);

    public static DataField<string> Period { get; } = new("period", nullable: false);

    public static DataField<DateOnly> PeriodStart { get; } = new("period_start", nullable: false);

    public static DataField<DateOnly> PeriodEnd { get; } = new("period_end", nullable: false);

    public static DataField<string> Kind { get; } = new("kind", nullable: false);

    public static DataField<string> Nature { get; } = new("nature", nullable: false);

    public static DataField<string> Status { get; } = new("status", nullable: false);

    public static DecimalDataField Target { get; } = Decimal("target");

    public static DecimalDataField Actual { get; } = Decimal("actual");

    public static DataField<string> Unit { get; } = new("unit", nullable: true);

    public static DecimalDataField RateGap { get; } = Decimal("gap_points");

    public static DecimalDataField LevelGap { get; } = Decimal("gap_level");

    public static DecimalDataField Completion { get; } = Decimal("completion_percent");

    public static DecimalDataField Elapsed { get; } = Decimal("elapsed_percent");

    public static DataField<bool> Provisional { get; } = new("provisional", nullable: false);

    public static DataField<string> Verdict { get; } = new("verdict", nullable: false);

    public static DataField<string> Explanation { get; } = new("explanation", nullable: false);

    public static ParquetSchema Schema { get; } = new(PlanId, TargetId, Indicator, Zone, Period, PeriodStart, PeriodEnd, Kind, Nature, Status,
        Target, Actual, Unit, RateGap, LevelGap, Completion, Elapsed, Provisional, Verdict, Explanation);

    private static DecimalDataField Decimal(string name) =>
        new(name, ObservationSchema.Precision, ObservationSchema.Scale, forceByteArrayEncoding: true, isNullable: true);
}
