namespace DevPlan.Core.Parquet.Internal;

/// <summary>What the reader needs of a Parquet file's metadata, read and checked by <see cref="FooterReader"/> before Parquet.Net sees it.</summary>
/// <param name="Columns">The table's columns, in order (the schema's leaves under its root).</param>
/// <param name="RowGroups">The row groups, in order.</param>
/// <param name="DataEnd">Where the data ends and the footer begins: no page may reach past it.</param>
internal sealed record ParquetMetadata(IReadOnlyList<SchemaColumn> Columns, IReadOnlyList<RowGroupInfo> RowGroups, long DataEnd);

/// <summary>A column of the schema: its physical type (Parquet's <c>Type</c>), annotations and repetition.</summary>
internal sealed record SchemaColumn(string Name, PhysicalType Type, int? TypeLength, Repetition Repetition, int? ConvertedType, int? Scale, int? Precision, LogicalAnnotation Logical);

/// <summary>The logical type of a column, as far as the reader tells them apart.</summary>
/// <param name="Kind">What the column holds.</param>
/// <param name="Scale">A decimal's scale.</param>
/// <param name="Precision">A decimal's precision.</param>
/// <param name="BitWidth">An integer's width in bits.</param>
/// <param name="Signed">Whether an integer is signed.</param>
internal sealed record LogicalAnnotation(LogicalKind Kind, int Scale = 0, int Precision = 0, int BitWidth = 0, bool Signed = true)
{
    public static LogicalAnnotation None { get; } = new(LogicalKind.None);
}

internal enum LogicalKind
{
    None,
    String,
    Decimal,
    Date,
    Integer,
    Other,
}

/// <summary>Parquet's physical types, by their numbers in the format.</summary>
internal enum PhysicalType
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}

internal enum Repetition
{
    Required = 0,
    Optional = 1,
    Repeated = 2,
}

/// <summary>A row group: its rows and its column chunks, one per column in schema order.</summary>
internal sealed record RowGroupInfo(long Rows, IReadOnlyList<ColumnChunkInfo> Chunks);

/// <summary>
/// A column chunk: where its pages are (from <see cref="Start"/>, the first of its page offsets as
/// Parquet.Net reads them, for <see cref="CompressedSize"/> bytes), how they are compressed, and how
/// many values they hold.
/// </summary>
internal sealed record ColumnChunkInfo(string Path, int Codec, long Values, long Start, long CompressedSize);
