using DevPlan.Core.Reporting;
using Parquet.Schema;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>
/// The Parquet schema of evaluation results, made from the result record (<see cref="ResultRecord"/>):
/// one column per record column, named in snake_case, typed — text as strings, figures as
/// <c>DECIMAL(28,10)</c>, years as INT32, dates as DATE, flags as BOOLEAN. Figures as published keep
/// their digits; computed shares are rounded to ten decimals, the columns' scale.
/// </summary>
internal static class ResultSchema
{
    /// <summary>Gets the fields, in the record's order.</summary>
    public static IReadOnlyList<DataField> Fields { get; } = [.. ResultRecord.Columns.Select(FieldOf)];

    /// <summary>Gets the schema.</summary>
    public static ParquetSchema Schema { get; } = new([.. Fields]);

    private static DataField FieldOf(ResultColumn column) => column.Type switch
    {
        ResultColumnType.Text => new DataField<string>(column.SnakeName, nullable: column.IsNullable),
        ResultColumnType.Decimal => new DecimalDataField(column.SnakeName, ObservationSchema.Precision, ObservationSchema.Scale, forceByteArrayEncoding: true, isNullable: true),
        ResultColumnType.Integer => column.IsNullable ? new DataField<int?>(column.SnakeName, nullable: true) : new DataField<int>(column.SnakeName, nullable: false),
        ResultColumnType.Date => new DataField<DateOnly>(column.SnakeName, nullable: false),
        ResultColumnType.Boolean => new DataField<bool>(column.SnakeName, nullable: false),
    };
}
