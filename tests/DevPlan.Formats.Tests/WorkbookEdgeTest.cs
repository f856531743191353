using System.IO.Compression;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Spreadsheets.Internal;
using static DevPlan.Formats.Tests.RawWorkbook;

namespace DevPlan.Formats.Tests;

/// <summary>The workbook reader at the edges of its limits and of SpreadsheetML: each limit at its value and one past it.</summary>
public sealed class WorkbookEdgeTest
{
    private static readonly string Header = Row(1, Text("A1", "indicator"), Text("B1", "period"), Text("C1", "growth"), Text("D1", "completed"));

    [Fact]
    public void The_byte_budget_allows_its_limit_and_refuses_one_byte_more()
    {
        var budget = new ByteBudget(10, "book.xlsx");
        budget.Spend(4);
        budget.Spend(6);

        var over = () => budget.Spend(1);

        over.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("at most 10 bytes").And.Contain("book.xlsx");
    }

    [Fact]
    public void A_part_read_through_the_budget_stops_when_it_yields_more_than_the_limit()
    {
        var budget = new ByteBudget(1000, "book.xlsx");
        using var watched = budget.Watch(new MemoryStream(new byte[999]));
        watched.CanRead.Should().BeTrue();
        watched.CanWrite.Should().BeFalse();
        watched.CopyTo(Stream.Null);
        using var more = budget.Watch(new MemoryStream(new byte[2]));

        var read = () => more.CopyTo(Stream.Null);

        read.Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void A_workbook_exactly_at_its_entry_and_size_limits_is_read()
    {
        var bytes = Create(Header + Row(2, Text("A2", "gdp"), Text("B2", "2023"), Number("C2", "5.2")));
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var entries = zip.Entries.Count;
        var size = zip.Entries.Sum(e => e.Length);

        var atLimits = new XlsxObservationFormat(new XlsxReadOptions { MaxEntries = entries, MaxUncompressedBytes = size });
        var fewerEntries = new XlsxObservationFormat(new XlsxReadOptions { MaxEntries = entries - 1 });
        var fewerBytes = new XlsxObservationFormat(new XlsxReadOptions { MaxUncompressedBytes = size - 1 });

        atLimits.OpenReader(new MemoryStream(bytes)).ReadObservations().Should().ContainSingle();
        ((Action)(() => fewerEntries.OpenReader(new MemoryStream(bytes)))).Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxEntries");
        ((Action)(() => fewerBytes.OpenReader(new MemoryStream(bytes)))).Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxUncompressedBytes");
    }

    [Fact]
    public void A_piped_workbook_longer_than_the_limit_is_refused_while_it_is_copied()
    {
        var bytes = Create(Header + Row(2, Text("A2", "gdp"), Text("B2", "2023"), Number("C2", "5.2")));
        var format = new XlsxObservationFormat(new XlsxReadOptions { MaxUncompressedBytes = bytes.Length - 1 });

        var open = () => format.OpenReader(new Pipe(bytes), "stdin");

        open.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("the input is longer");
    }

    [Fact]
    public void The_header_is_found_on_the_last_row_searched_and_not_one_row_later()
    {
        var rows = Row(3, Text("A3", "indicator"), Text("B3", "2023"), Text("C3", "measure")) + Row(4, Text("A4", "gdp"), Number("B4", "5.2"), Text("C4", "growth"));

        new XlsxObservationFormat(new XlsxReadOptions { HeaderSearchRows = 3 }).OpenReader(new MemoryStream(Create(rows))).ReadObservations().Should().ContainSingle();
        var late = () => new XlsxObservationFormat(new XlsxReadOptions { HeaderSearchRows = 2 }).OpenReader(new MemoryStream(Create(rows)));
        late.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("first 2 rows");
    }

    [Fact]
    public void A_cell_exactly_at_the_length_limit_is_read()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "source"), Text("C1", "2023"), Text("D1", "measure"))
            + Row(2, Text("A2", "gdp"), Text("B2", new string('x', 100)), Number("C2", "5.2"), Text("D2", "growth")));

        new XlsxObservationFormat(new XlsxReadOptions { MaxCellLength = 100 }).OpenReader(new MemoryStream(bytes)).ReadObservations().Single().Source.Should().HaveLength(100);
    }

    [Fact]
    public void The_last_row_allowed_is_read()
    {
        var bytes = Create(Header + Row(5, Text("A5", "gdp"), Text("B5", "2023"), Number("C5", "5.2")));

        new XlsxObservationFormat(new XlsxReadOptions { MaxRows = 5 }).OpenReader(new MemoryStream(bytes)).ReadObservations().Should().ContainSingle();
        var beyond = () => new XlsxObservationFormat(new XlsxReadOptions { MaxRows = 4 }).OpenReader(new MemoryStream(bytes)).ReadObservations().ToList();
        beyond.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxRows");
    }

    [Fact]
    public void Boolean_cells_read_as_true_and_false()
    {
        var bytes = Create(Header
            + Row(2, Text("A2", "energy"), Text("B2", "2023"), "<c r=\"D2\" t=\"b\"><v>1</v></c>")
            + Row(3, Text("A3", "carbon"), Text("B3", "2023"), "<c r=\"D3\" t=\"b\"><v>0</v></c>"));

        new XlsxObservationFormat().OpenReader(new MemoryStream(bytes)).ReadObservations().Select(o => o.Completed).Should().Equal(true, false);
    }

    [Fact]
    public void A_tidy_sheet_ends_at_its_note_and_a_figure_below_it_is_a_problem()
    {
        var bytes = Create(Header
            + Row(2, Text("A2", "gdp"), Text("B2", "2023"), Number("C2", "5.2"))
            + Row(3, Text("A3", "Source: NBS communiqué 2023"))
            + Row(4, Text("A4", "cpi"), Text("B4", "2023"), Number("C4", "0.2")));

        var result = new XlsxObservationFormat().OpenReader(new MemoryStream(bytes)).ReadAllLenient();

        result.Observations.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("row 3");
    }

    [Fact]
    public void A_row_of_one_code_is_not_a_note_but_a_row_without_a_figure()
    {
        var bytes = Create(Header + Row(2, Text("A2", "gdp")) + Row(3, Text("A3", "cpi"), Text("B3", "2023"), Number("C3", "0.2")));

        var result = new XlsxObservationFormat().OpenReader(new MemoryStream(bytes)).ReadAllLenient();

        result.Observations.Should().ContainSingle();
        var problem = result.Diagnostics.Should().ContainSingle().Subject;
        problem.Location.Cell.Should().Be("Sheet1!B2");
        problem.Message.Should().Contain("reporting period");
    }

    [Fact]
    public void Text_below_the_notes_that_holds_no_figure_is_passed_over()
    {
        var bytes = Create(Header
            + Row(2, Text("A2", "gdp"), Text("B2", "2023"), Number("C2", "5.2"))
            + Row(3, Text("A3", "注：初步核算数。"))
            + Row(4, Text("A4", "资料来源：国家统计局"), Text("B4", "2024年2月29日")));

        var result = new XlsxObservationFormat().OpenReader(new MemoryStream(bytes)).ReadAllLenient();

        result.Observations.Should().ContainSingle();
        result.Diagnostics.Should().BeEmpty();
    }

    [Theory]
    [InlineData("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>0</v></c><c r=\"B3\"><v>2023</v></c><c r=\"C3\"><v>5.2</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", "ascending order")]
    [InlineData("<row r=\"2\"><c r=\"C2\"><v>1</v></c><c r=\"B2\"><v>2</v></c></row>", "ascending columns")]
    [InlineData("<row r=\"2\"><c r=\"2B\"><v>1</v></c></row>", "cell reference such as C7")]
    [InlineData("<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c></row>", "index of a shared string")]
    public void A_sheet_that_breaks_SpreadsheetML_is_refused_at_its_row(string rows, string expected)
    {
        var bytes = Create(Header + rows, sharedStrings: "<si><t>gdp</t></si>");

        var read = () => new XlsxObservationFormat().OpenReader(new MemoryStream(bytes), "bad.xlsx").ReadObservations().ToList();

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain(expected).And.Contain("bad.xlsx");
    }

    [Fact]
    public void A_style_index_beyond_the_styles_reads_the_number_as_General()
    {
        var bytes = Create(Header + Row(2, Text("A2", "gdp"), Text("B2", "2023"), Number("C2", "5.20", 9)),
            styles: "<cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>");

        new XlsxObservationFormat().OpenReader(new MemoryStream(bytes)).ReadObservations().Single().Growth!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("5.20");
    }

    [Fact]
    public void A_workbook_file_is_opened_by_path_and_named_by_its_file_name()
    {
        var path = Path.Combine(Path.GetTempPath(), $"devplan-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, Create(Header + Row(2, Text("A2", "GDP total"), Text("B2", "2023"), Number("C2", "5.2"))));
        try
        {
            using (var reader = new XlsxObservationFormat().OpenFile(path))
            {
                reader.ReadAllLenient().Diagnostics.Should().ContainSingle().Which.Location.SourceName.Should().Be(Path.GetFileName(path));
            }
            using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None); // the reader closed the file
        }
        finally
        {
            File.Delete(path);
        }
    }

    private sealed class Pipe(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
