namespace DevPlan.Core.Reporting;

/// <summary>The type of a column of the result record, as every tabular format writes it.</summary>
public enum ResultColumnType
{
    /// <summary>Text (a code, a name, a sentence).</summary>
    Text,

    /// <summary>An exact decimal, written at full precision (<c>DECIMAL(28,10)</c> in Parquet).</summary>
    Decimal,

    /// <summary>A whole number (a year, a count).</summary>
    Integer,

    /// <summary>A calendar date (ISO 8601 in text formats).</summary>
    Date,

    /// <summary>True or false.</summary>
    Boolean,
}
