using System.Globalization;
using DevPlan.Core.Diagnostics;

namespace DevPlan.Core.Parquet.Internal;

/// <summary>How a column's values become the cells' text.</summary>
internal enum CellKind
{
    /// <summary>UTF-8 text (BYTE_ARRAY), checked and decoded by the reader.</summary>
    Text,

    Boolean,

    /// <summary>INT32 of any width (INT_8, INT_16, INT_32), signed.</summary>
    Int32,

    /// <summary>INT32 of an unsigned width (UINT_8, UINT_16, UINT_32).</summary>
    UInt32,

    Int64,

    UInt64,

    /// <summary>INT32 days since 1970-01-01.</summary>
    Date,

    Float,

    Double,

    /// <summary>A DECIMAL of any precision and scale, stored in INT32.</summary>
    DecimalInt32,

    /// <summary>A DECIMAL stored in INT64.</summary>
    DecimalInt64,

    /// <summary>A DECIMAL stored as a big-endian integer in FIXED_LEN_BYTE_ARRAY or BYTE_ARRAY.</summary>
    DecimalBytes,

    /// <summary>A column the reader cannot make into text (timestamps, INT96, UUIDs, ...).</summary>
    Unsupported,
}

/// <summary>
/// How a column is read: the physical values Parquet.Net is asked for (its raw INT32, INT64, bytes,
/// never its own conversions, which round a DECIMAL(38,30) and refuse DuckDB's version 2 decimals),
/// and how the reader makes each into text.
/// </summary>
internal sealed record ColumnPlan(SchemaColumn Column, CellKind Kind, int Scale, string Description)
{
    /// <summary>The widest scale read: a decimal of 76 digits scaled by 100 still fits the arithmetic.</summary>
    public const int MaxDecimalScale = 100;

    /// <summary>Gets the reason a value of the column that <see cref="decimal"/> cannot hold exactly is refused.</summary>
    public DiagnosticMessage NotExact => field ??= $"Expected a finite figure that decimal holds exactly (at most 28 decimals, within ±7.9 × 10^28), but this {Description} is not one.";

    /// <summary>The CLR type Parquet.Net is asked to read the column as.</summary>
    public Type ClrType => Kind switch
    {
        CellKind.Text or CellKind.DecimalBytes => typeof(byte[]),
        CellKind.Boolean => typeof(bool),
        CellKind.Int32 or CellKind.UInt32 or CellKind.Date or CellKind.DecimalInt32 => typeof(int),
        CellKind.Int64 or CellKind.UInt64 or CellKind.DecimalInt64 => typeof(long),
        CellKind.Float => typeof(float),
        CellKind.Double => typeof(double),
        CellKind.Unsupported => throw new InvalidOperationException(Description),
    };

    public static ColumnPlan For(SchemaColumn column)
    {
        var logical = column.Logical;
        var converted = column.ConvertedType;
        if (logical.Kind == LogicalKind.Decimal || (logical.Kind == LogicalKind.None && converted == 5))
        {
            var scale = logical.Kind == LogicalKind.Decimal ? logical.Scale : column.Scale ?? 0;
            var name = string.Create(CultureInfo.InvariantCulture, $"DECIMAL with scale {scale} in {column.Type}");
            if (scale is < 0 or > MaxDecimalScale)
            {
                return new ColumnPlan(column, CellKind.Unsupported, 0, name);
            }
            var kind = column.Type switch
            {
                PhysicalType.Int32 => CellKind.DecimalInt32,
                PhysicalType.Int64 => CellKind.DecimalInt64,
                PhysicalType.FixedLenByteArray when column.TypeLength is > 0 => CellKind.DecimalBytes,
                PhysicalType.ByteArray => CellKind.DecimalBytes,
                _ => CellKind.Unsupported,
            };
            return new ColumnPlan(column, kind, scale, name);
        }
        var unsigned = logical.Kind == LogicalKind.Integer ? !logical.Signed : converted is >= 11 and <= 14;
        var other = logical.Kind is LogicalKind.Other or LogicalKind.String || (logical.Kind == LogicalKind.None && converted is not (null or >= 11 and <= 18));
        var date = logical.Kind == LogicalKind.Date || (logical.Kind == LogicalKind.None && converted == 6);
        return column.Type switch
        {
            PhysicalType.ByteArray => new ColumnPlan(column, CellKind.Text, 0, "text"),
            PhysicalType.Boolean => new ColumnPlan(column, CellKind.Boolean, 0, "BOOLEAN"),
            PhysicalType.Float => new ColumnPlan(column, CellKind.Float, 0, "FLOAT"),
            PhysicalType.Double => new ColumnPlan(column, CellKind.Double, 0, "DOUBLE"),
            PhysicalType.Int32 when date => new ColumnPlan(column, CellKind.Date, 0, "DATE"),
            PhysicalType.Int32 when !other => new ColumnPlan(column, unsigned ? CellKind.UInt32 : CellKind.Int32, 0, "INT32"),
            PhysicalType.Int64 when !other => new ColumnPlan(column, unsigned ? CellKind.UInt64 : CellKind.Int64, 0, "INT64"),
            PhysicalType.Int32 or PhysicalType.Int64 => new ColumnPlan(column, CellKind.Unsupported, 0, $"{column.Type} of a time or timestamp"),
            PhysicalType.Int96 => new ColumnPlan(column, CellKind.Unsupported, 0, "INT96 (a timestamp)"),
            _ => new ColumnPlan(column, CellKind.Unsupported, 0, "FIXED_LEN_BYTE_ARRAY (a UUID, FLOAT16 or INTERVAL)"),
        };
    }
}
