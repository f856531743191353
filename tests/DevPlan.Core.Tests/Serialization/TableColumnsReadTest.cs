using DevPlan.Core.Diagnostics;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// A reader that decodes columns on demand (Parquet) asks the table grammar which columns it reads: the
/// described ones, a blank one (a figure under it is an error), and in the wide layout the periods and
/// names that start like one; nothing else.
/// </summary>
public class TableColumnsReadTest
{
    [Theory]
    [InlineData("indicator", true)]
    [InlineData("period", true)]
    [InlineData("value", true)]
    [InlineData("completed", true)]
    [InlineData("released", true)]
    [InlineData("", true)]
    [InlineData("remark", false)]
    [InlineData("measure", false)]
    [InlineData("2024", false)]
    [InlineData("Indicator", false)]
    public void InTheTidyLayout_TheDescribedColumnsAndBlankOnesAreRead(string column, bool read) =>
        new HeaderOnly(["indicator", "period", "value", "unit"]).ReadsColumn(column).Should().Be(read);

    [Theory]
    [InlineData("indicator", true)]
    [InlineData("measure", true)]
    [InlineData("unit", true)]
    [InlineData("2023", true)]
    [InlineData("2024-M13", true)]
    [InlineData("9", true)]
    [InlineData("", true)]
    [InlineData("period", false)]
    [InlineData("value", false)]
    [InlineData("remark", false)]
    public void InTheWideLayout_ThePeriodsAndTheRowsColumnsAreRead(string column, bool read) =>
        new HeaderOnly(["indicator", "unit", "2023", "2024"]).ReadsColumn(column).Should().Be(read);

    [Fact]
    public void AColumnName_IsRequired() =>
        FluentActions.Invoking(() => new HeaderOnly(["indicator", "period", "value", "unit"]).ReadsColumn(null!)).Should().Throw<ArgumentNullException>();

    /// <summary>A table of a header and no rows.</summary>
    private sealed class HeaderOnly(IReadOnlyList<string> header) : TableObservationReader(header, null, "t.csv")
    {
        public bool ReadsColumn(string column) => Reads(column);

        protected override bool MoveToNextRow() => false;

        protected override ReadOnlySpan<char> GetCell(int column) => [];

        protected override long RowNumber => 1;

        protected override DiagnosticLocation LocateRow(long row, string? column) => new(SourceName, line: row, column: column);
    }
}
