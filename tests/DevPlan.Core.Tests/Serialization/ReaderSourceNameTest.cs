using DevPlan.Core.Diagnostics;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// A reader another package writes may locate its rows without naming its file: a strict read's
/// exception names the reader's source all the same.
/// </summary>
public class ReaderSourceNameTest
{
    [Fact]
    public void AProblem_ThrownStrictly_NamesTheReadersSource()
    {
        using var reader = new OneRow(["indicator", "period", "value", "unit"], ["gdp", "2024-Q9", "1", "10^8 CNY"]);

        reader.Read().Should().BeTrue();
        var error = FluentActions.Invoking(reader.ThrowIfProblem).Should().Throw<DevPlanFormatException>().Which;

        (error.SourceName, error.LineNumber, error.Column).Should().Be(("t.csv", 2L, "period"));
        error.Message.Should().StartWith("t.csv: line 2");
    }

    [Fact]
    public void ANotice_ThrownStrictly_NamesTheReadersSource()
    {
        using var reader = new OneRow(["indicator", "period", "value", "unit", "remark"], ["gdp", "2024", "1", "10^8 CNY", "x"]);

        var error = FluentActions.Invoking(reader.ThrowIfNotices).Should().Throw<DevPlanFormatException>().Which;

        (error.SourceName, error.Column).Should().Be(("t.csv", "remark"));
    }

    /// <summary>A table of one row, whose locations name no file.</summary>
    private sealed class OneRow(IReadOnlyList<string> header, string[] row) : TableObservationReader(header, null, "t.csv")
    {
        private bool _read;

        protected override bool MoveToNextRow() => !_read && (_read = true);

        protected override ReadOnlySpan<char> GetCell(int column) => row[column];

        protected override long RowNumber => 2;

        protected override DiagnosticLocation LocateRow(long row, string? column) => new(line: row, column: column);
    }
}
