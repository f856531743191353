using System.IO.Compression;
using System.Xml.Linq;
using DevPlan.Core.Reporting;
using DevPlan.Core.Spreadsheets;

namespace DevPlan.Formats.Tests;

/// <summary>
/// What a planner sees in a workbook the library writes, read from its parts: each figure's number
/// format, the verdict's fill, the frozen and filtered header, the print setup.
/// </summary>
public sealed class WorkbookStyleTest
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void A_Chinese_report_shows_rates_as_percentages_gaps_in_points_and_verdicts_in_colour()
    {
        var book = new Book(Write(Catalogue.Chinese));

        // Row 5 is t01-gdp: target 7, actual 7.2, gap 0.2 points, completion 102.9%, achieved.
        book.Format("评价结果", "F5").Should().Be("0%");
        book.Format("评价结果", "G5").Should().Be("0.0%");
        book.Format("评价结果", "I5").Should().Be("0.0\"个百分点\"");
        book.Format("评价结果", "J5").Should().Be("0.0%");
        book.Fill("评价结果", "L5").Should().Be("FFC6EFCE");
        // Row 7 is t03-services-value-added: not achieved. Row 10 is t06-foreign-trade: no data. Row 9 is t05: on track.
        book.Fill("评价结果", "L7").Should().Be("FFFFC7CE");
        book.Fill("评价结果", "L10").Should().Be("FFEDEDED");
        book.Fill("评价结果", "L9").Should().Be("FFE2F0D9");
        // Row 11 is t07-foreign-capital: a level of 8.0 shown with its decimal.
        book.Format("评价结果", "G11").Should().Be("0.0");
        book.Format("片区贡献", "H2").Should().Be("0.00\"个百分点\"");
    }

    [Fact]
    public void An_English_report_writes_points_as_pp()
    {
        new Book(Write(Catalogue.English)).Format("Results", "I5").Should().Be("0.0\" pp\"");
    }

    [Fact]
    public void Every_sheet_has_a_frozen_filtered_header_and_prints_one_page_wide()
    {
        var book = new Book(Write(Catalogue.English));

        foreach (var (sheet, header, filter) in new[] { ("Results", 4, "A4:Q14"), ("Zone contributions", 1, "A1:H4"), ("Targets", 1, "A1:G11") })
        {
            var xml = book.Sheet(sheet);
            xml.Descendants(Main + "pane").Single().Attribute("ySplit")!.Value.Should().Be(header.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.Descendants(Main + "pane").Single().Attribute("state")!.Value.Should().Be("frozen");
            xml.Descendants(Main + "autoFilter").Single().Attribute("ref")!.Value.Should().Be(filter, sheet);
            xml.Descendants(Main + "pageSetup").Single().Attribute("orientation")!.Value.Should().Be("landscape");
            xml.Descendants(Main + "pageSetUpPr").Single().Attribute("fitToPage")!.Value.Should().Be("1");
        }
        book.Sheet("Results").Descendants(Main + "col").Should().HaveCount(17);
        book.DefinedNames().Should().Contain(n => n.Name == "_xlnm._FilterDatabase" && n.Value == "Results!$A$4:$Q$14");
    }

    [Fact]
    public void An_observation_workbook_shows_each_figure_with_its_published_decimals()
    {
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var buffer = new MemoryStream();
        new XlsxObservationFormat().Write(observations, buffer);
        var book = new Book(buffer.ToArray());

        // Row 11 is urbanisation 2021: 64.72 percent; row 2 is gdp 2021: growth 8.1.
        book.Format("observations", "D11").Should().Be("0.00");
        book.Format("observations", "F2").Should().Be("0.0");
        book.Format("observations", "A1").Should().BeNull();
        book.Fill("observations", "A1").Should().Be("FFE7E6E6");
    }

    [Fact]
    public void Every_row_of_the_results_has_a_height_that_holds_its_wrapped_text()
    {
        var sheet = new Book(Write(Catalogue.Chinese)).Sheet("评价结果");
        var rows = sheet.Descendants(Main + "row").Where(r => (int)r.Attribute("r")! is >= 4 and <= 14).ToList();

        rows.Should().HaveCount(11);
        // The header, then one row a target (the seed's ten): none left for an application to size (LibreOffice does not, and laid the header over the first row).
        rows.Should().OnlyContain(r => r.Attribute("ht") != null && (string?)r.Attribute("customHeight") == "1");
        ((double)rows[0].Attribute("ht")!).Should().Be(20);
        ((double)rows[1].Attribute("ht")!).Should().BeGreaterThanOrEqualTo(33, "the first target's sentence wraps to two lines of its 60-character column");
    }

    [Theory]
    [InlineData("", 18)]
    [InlineData("short", 18)]
    [InlineData("一二三四五六七八九十一二三四五", 18)]
    [InlineData("一二三四五六七八九十一二三四五六", 33)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", 33)]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一", 48)]
    public void A_row_is_as_tall_as_its_longest_wrapped_text(string text, double height) =>
        Core.Spreadsheets.Internal.SheetWriter.RowHeight((text, 31), (null, 10)).Should().Be(height);

    private static byte[] Write(Catalogue catalogue)
    {
        var buffer = new MemoryStream();
        new XlsxReportFormat().Write(Seeds.Report("jinan-high-tech-zone-2024", catalogue), buffer);
        return buffer.ToArray();
    }

    /// <summary>A written workbook's parts, read with LINQ to XML.</summary>
    private sealed class Book
    {
        private readonly Dictionary<string, XDocument> _sheets = [];
        private readonly XDocument _workbook;
        private readonly XDocument _styles;

        public Book(byte[] bytes)
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            XDocument Load(string name)
            {
                using var stream = zip.GetEntry(name)!.Open();
                return XDocument.Load(stream);
            }
            _workbook = Load("xl/workbook.xml");
            _styles = Load("xl/styles.xml");
            var relationships = Load("xl/_rels/workbook.xml.rels");
            XNamespace r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
            foreach (var sheet in _workbook.Descendants(Main + "sheet"))
            {
                var id = sheet.Attribute(r + "id")!.Value;
                var target = relationships.Root!.Elements().Single(e => e.Attribute("Id")!.Value == id).Attribute("Target")!.Value.TrimStart('/');
                _sheets[sheet.Attribute("name")!.Value] = Load(target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target);
            }
        }

        public XDocument Sheet(string name) => _sheets[name];

        public IEnumerable<(string Name, string Value)> DefinedNames() =>
            _workbook.Descendants(Main + "definedName").Select(d => (d.Attribute("name")!.Value, d.Value));

        /// <summary>The number format code of a cell, or null for General.</summary>
        public string? Format(string sheet, string cell)
        {
            var xf = Xf(sheet, cell);
            var id = (int?)xf?.Attribute("numFmtId") ?? 0;
            return id == 0 ? null : _styles.Descendants(Main + "numFmt").Single(f => (int)f.Attribute("numFmtId")! == id).Attribute("formatCode")!.Value;
        }

        /// <summary>The solid fill of a cell, as ARGB, or null for none.</summary>
        public string? Fill(string sheet, string cell)
        {
            var fillId = (int?)Xf(sheet, cell)?.Attribute("fillId") ?? 0;
            return _styles.Descendants(Main + "fill").ElementAt(fillId).Descendants(Main + "fgColor").SingleOrDefault()?.Attribute("rgb")?.Value;
        }

        private XElement? Xf(string sheet, string cell)
        {
            var c = _sheets[sheet].Descendants(Main + "c").Single(e => e.Attribute("r")!.Value == cell);
            var style = (int?)c.Attribute("s") ?? 0;
            return _styles.Descendants(Main + "cellXfs").Single().Elements(Main + "xf").ElementAt(style);
        }
    }
}
