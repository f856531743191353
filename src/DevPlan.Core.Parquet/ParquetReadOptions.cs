using DevPlan.Core.Units;

namespace DevPlan.Core.Parquet;

/// <summary>
/// How a Parquet file of observations is read: the units it may use, and the limits that keep
/// reading an untrusted file safe. A row group is read whole, one at a time, so its size bounds the
/// memory a read takes; a limit that is reached is an <see cref="Diagnostics.ObservationFormatException"/>
/// naming it.
/// </summary>
public sealed record ParquetReadOptions
{
    /// <summary>Gets the default options: the built-in units and the limits below.</summary>
    public static ParquetReadOptions Default { get; } = new();

    /// <summary>Gets the units the file may use (a plan's <c>UnitSystem</c>); <see cref="UnitSystem.BuiltIn"/> when null.</summary>
    public UnitSystem? Units { get; init; }

    /// <summary>Gets the most rows a row group may declare: 10,000,000 by default.</summary>
    public long MaxRowGroupRows { get; init; } = 10_000_000;

    /// <summary>Gets the most bytes a row group's columns may hold uncompressed, as its metadata declares: 1 GiB by default.</summary>
    public long MaxRowGroupBytes { get; init; } = 1L << 30;
}
