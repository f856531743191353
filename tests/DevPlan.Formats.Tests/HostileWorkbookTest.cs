using System.Diagnostics;
using System.Globalization;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Spreadsheets;
using static DevPlan.Formats.Tests.RawWorkbook;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Workbooks built to exhaust a reader: a gigabyte of XML compressed to about a megabyte in one part
/// or another (one huge shared string, sixty million small ones, a huge attribute, a huge cell, a
/// sheet list of millions, millions of cell formats or made-up names), elements nested thirty
/// thousand deep in every part, and numbers at the edges of decimal. Each, read with the default
/// limits, ends in a result or an <see cref="DevPlanFormatException"/> naming the file, the part
/// or cell, the limit and the option, in under 5 s and 256 MB allocated; each limit holds at its value
/// and refuses one past it.
/// </summary>
public sealed class HostileWorkbookTest
{
    private const long Gigabyte = 1_000_000_000;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string WorksheetType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

    private static readonly string Header = Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure"));
    private static readonly string Figure = Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth"));

    [Fact]
    public void A_shared_string_of_a_gigabyte_is_refused_at_its_part()
    {
        var bytes = Create([("Sheet1", Header + Row(2, Shared("A2", 0), Number("B2", "1"), Text("C2", "growth")))], sharedStrings: "",
            parts: Parts(("xl/sharedStrings.xml", Repeated(Root("sst") + "<si><t>", "x", Gigabyte, "</t></si></sst>"))));

        Refused(bytes).Message.Should().Contain("shared strings of at most 32767 characters (XlsxReadOptions.MaxCellLength)").And.Contain("string 0 of the part xl/sharedStrings.xml");
    }

    [Fact]
    public void Sixty_million_small_shared_strings_are_refused_at_the_count_limit()
    {
        var bytes = Create([("Sheet1", Header + Figure)], sharedStrings: "",
            parts: Parts(("xl/sharedStrings.xml", Repeated(Root("sst"), "<si><t>a</t></si>", Gigabyte / 17, "</sst>"))));

        Refused(bytes).Message.Should().Contain("at most 1048576 shared strings (XlsxReadOptions.MaxSharedStrings)").And.Contain("xl/sharedStrings.xml");
    }

    [Fact]
    public void Shared_strings_of_32767_characters_are_refused_at_the_limit_of_all_their_characters()
    {
        var item = "<si><t>" + new string('x', 32_767) + "</t></si>";
        var bytes = Create([("Sheet1", Header + Figure)], sharedStrings: "",
            parts: Parts(("xl/sharedStrings.xml", Repeated(Root("sst"), item, 1_100, "</sst>"))));

        Refused(bytes).Message.Should().Contain("at most 33554432 characters in all (XlsxReadOptions.MaxSharedStringCharacters)").And.Contain("xl/sharedStrings.xml");
    }

    [Theory]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/styles.xml")]
    public void An_attribute_of_a_gigabyte_is_refused_in_any_part(string part)
    {
        var huge = part switch
        {
            "xl/workbook.xml" => Repeated("<?xml version=\"1.0\"?><workbook xmlns:r=\"" + Relationships + "\"><sheets><sheet name=\"", "x", Gigabyte, "\" r:id=\"rId1\"/></sheets></workbook>"),
            "xl/styles.xml" => Repeated(Root("styleSheet") + "<numFmts><numFmt numFmtId=\"164\" formatCode=\"", "0", Gigabyte, "\"/></numFmts></styleSheet>"),
            _ => Repeated(Root("worksheet") + "<sheetData><row r=\"1\" spans=\"", "1", Gigabyte, "\"/></sheetData></worksheet>"),
        };
        var bytes = Create([("Sheet1", Header + Figure)], styles: "", parts: Parts((part, huge)));

        Refused(bytes).Message.Should().Contain("longer than 1048576 bytes (XlsxReadOptions.MaxXmlTokenBytes)").And.Contain($"the part {part}");
    }

    [Fact]
    public void A_cell_of_a_gigabyte_of_text_is_refused_at_the_token_limit()
    {
        var bytes = Create([("Sheet1", "")], parts: Parts(("xl/worksheets/sheet1.xml",
            Repeated(Root("worksheet") + "<sheetData>" + Header + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>", "x", Gigabyte, "</t></is></c></row></sheetData></worksheet>"))));

        Refused(bytes).Message.Should().Contain("XlsxReadOptions.MaxXmlTokenBytes").And.Contain("the part xl/worksheets/sheet1.xml");
    }

    [Fact]
    public void A_workbook_listing_millions_of_sheets_is_refused_at_the_entry_limit()
    {
        var bytes = Create([("Sheet1", Header + Figure)], parts: Parts(("xl/workbook.xml",
            Repeated("<?xml version=\"1.0\"?><workbook xmlns:r=\"" + Relationships + "\"><sheets>", "<sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/>", Gigabyte / 42, "</sheets></workbook>"))));

        Refused(bytes).Message.Should().Contain("at most 10000 sheets, one a part (XlsxReadOptions.MaxEntries)").And.Contain("the part xl/workbook.xml");
    }

    [Fact]
    public void Two_hundred_million_cell_formats_are_refused()
    {
        var bytes = Create([("Sheet1", Header + Figure)], styles: "",
            parts: Parts(("xl/styles.xml", Repeated(Root("styleSheet") + "<cellXfs>", "<xf/>", Gigabyte / 5, "</cellXfs></styleSheet>"))));

        Refused(bytes).Message.Should().Contain("at most 65536 cell formats (XlsxReadOptions.MaxCellFormats)").And.Contain("the part xl/styles.xml");
    }

    [Fact]
    public void A_row_of_16384_cells_of_32767_characters_is_refused_at_the_row_limit()
    {
        var cell = "<c t=\"inlineStr\"><is><t>" + new string('x', 32_767) + "</t></is></c>";
        var bytes = Create([("Sheet1", "")], parts: Parts(("xl/worksheets/sheet1.xml",
            Repeated(Root("worksheet") + "<sheetData>" + Header + "<row r=\"2\">", cell, 16_384, "</row></sheetData></worksheet>"))));

        var error = Refused(bytes);

        error.Message.Should().Contain("at most 1048576 characters in all its cells (XlsxReadOptions.MaxRowCharacters)").And.Contain("Sheet1!AG2");
    }

    [Fact]
    public void A_million_made_up_element_names_are_refused_at_the_name_limit()
    {
        var bytes = Create([("Sheet1", "")], parts: Parts(("xl/worksheets/sheet1.xml", stream =>
        {
            var names = new System.Text.StringBuilder(Root("worksheet") + "<sheetData>" + Header);
            for (var i = 0; i < 1_000_000; i++)
            {
                names.Append("<n").Append(i).Append("/>");
                if (names.Length > 1 << 16)
                {
                    Write(stream, names.ToString());
                    names.Clear();
                }
            }
            Write(stream, names.Append("</sheetData></worksheet>").ToString());
        })));

        Refused(bytes).Message.Should().Contain("at most 10000 distinct names").And.Contain("(XlsxReadOptions.MaxXmlNames)").And.Contain("the part xl/worksheets/sheet1.xml");
    }

    [Theory]
    [InlineData("xl/workbook.xml")]
    [InlineData("xl/worksheets/sheet1.xml")]
    [InlineData("xl/sharedStrings.xml")]
    [InlineData("xl/styles.xml")]
    [InlineData("_rels/.rels")]
    [InlineData("xl/_rels/workbook.xml.rels")]
    public void Elements_nested_thirty_thousand_deep_are_refused_in_every_part_and_never_overflow_the_stack(string part)
    {
        var (open, close) = part switch
        {
            "xl/workbook.xml" => ("<workbook xmlns:r=\"" + Relationships + "\"><sheets><sheet name=\"Sheet1\" r:id=\"rId1\"/></sheets>", "</workbook>"),
            "xl/worksheets/sheet1.xml" => (Root("worksheet") + "<sheetData>" + Header + Figure + "</sheetData>", "</worksheet>"),
            "xl/sharedStrings.xml" => (Root("sst") + "<si><t>indicator</t></si>", "</sst>"),
            "xl/styles.xml" => (Root("styleSheet"), "</styleSheet>"),
            _ => ($"<Relationships xmlns=\"{Relationships}\">", "</Relationships>"),
        };
        var deep = Repeated(open, "<x>", 30_000, string.Concat(Enumerable.Repeat("</x>", 30_000)) + close);
        var bytes = Create([("Sheet1", Header + Figure)], sharedStrings: "", styles: "", parts: Parts((part, deep)));

        Refused(bytes).Message.Should().Contain("nested at most 64 deep (XlsxReadOptions.MaxXmlDepth)").And.Contain($"the part {part}");
    }

    [Fact]
    public void Each_part_is_read_at_the_depth_it_needs_and_refused_one_level_less()
    {
        // worksheet, sheetData, row, c, is, t: an inline string is six elements deep.
        var bytes = Create(Header + Figure);

        Read(bytes, new XlsxReadOptions { MaxXmlDepth = 6 }).Should().ContainSingle();
        var error = Refused(bytes, new XlsxReadOptions { MaxXmlDepth = 5 });
        error.Message.Should().Contain("nested at most 5 deep (XlsxReadOptions.MaxXmlDepth)").And.Contain("the part xl/worksheets/sheet1.xml");
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("text")]
    public void The_longest_piece_of_XML_is_read_at_the_token_limit_and_refused_one_byte_past_it(string kind)
    {
        var padding = new string('1', 3000);
        var source = string.Concat(Enumerable.Repeat("统计公报", 300)); // 1,200 characters, 3,600 bytes of UTF-8
        var row = kind == "tag"
            ? $"<row r=\"2\" spans=\"{padding}\">" + Text("A2", "gdp") + Number("B2", "5.2") + Text("C2", "growth") + "</row>"
            : Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth"), Text("D2", source));
        var header = kind == "tag" ? Header : Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure"), Text("D1", "source"));
        var longest = kind == "tag" ? $"<row r=\"2\" spans=\"{padding}\">".Length : System.Text.Encoding.UTF8.GetByteCount(source);
        var bytes = Create(header + row);

        Read(bytes, new XlsxReadOptions { MaxXmlTokenBytes = longest }).Should().ContainSingle();
        Refused(bytes, new XlsxReadOptions { MaxXmlTokenBytes = longest - 1 }).Message.Should()
            .Contain($"longer than {longest - 1} bytes (XlsxReadOptions.MaxXmlTokenBytes)").And.Contain("the part xl/worksheets/sheet1.xml");
    }

    [Fact]
    public void Shared_strings_are_read_at_each_of_their_limits_and_refused_one_past_it()
    {
        // indicator, 2023, measure, gdp, growth: five strings of 29 characters, the longest of 9.
        var bytes = Create(Row(1, Shared("A1", 0), Shared("B1", 1), Shared("C1", 2)) + Row(2, Shared("A2", 3), Number("B2", "5.2"), Shared("C2", 4)),
            sharedStrings: "<si><t>indicator</t></si><si><t>2023</t></si><si><t>measure</t></si><si><t>gdp</t></si><si><r><t>gro</t></r><r><t>wth</t></r></si>");
        var atLimits = new XlsxReadOptions { MaxSharedStrings = 5, MaxSharedStringCharacters = 29, MaxCellLength = 9 };

        Read(bytes, atLimits).Single().Growth!.Value.Value.Should().Be(5.2m);
        Refused(bytes, atLimits with { MaxSharedStrings = 4 }).Message.Should().Contain("at most 4 shared strings (XlsxReadOptions.MaxSharedStrings)");
        Refused(bytes, atLimits with { MaxSharedStringCharacters = 28 }).Message.Should().Contain("at most 28 characters in all (XlsxReadOptions.MaxSharedStringCharacters)");
        Refused(bytes, atLimits with { MaxCellLength = 8 }).Message.Should().Contain("shared strings of at most 8 characters (XlsxReadOptions.MaxCellLength), but string 0 of the part xl/sharedStrings.xml");
        Refused(bytes, atLimits with { MaxCellLength = 5 }).Message.Should().Contain("string 0", "the first string too long is named");
    }

    [Fact]
    public void Cell_and_number_formats_are_read_at_their_limit_and_refused_one_past_it()
    {
        const string threeFormats = "<numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/><numFmt numFmtId=\"166\" formatCode=\"0.0%\"/></numFmts>";
        const string twoStyles = "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"165\"/></cellXfs>";
        var bytes = Create(Header + Row(2, Text("A2", "gdp"), Number("B2", "5.2", 1), Text("C2", "growth")), styles: threeFormats + twoStyles);

        Read(bytes, new XlsxReadOptions { MaxCellFormats = 3 }).Single().Growth!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("5.20");
        Refused(bytes, new XlsxReadOptions { MaxCellFormats = 2 }).Message.Should().Contain("at most 2 number formats (XlsxReadOptions.MaxCellFormats), but the part xl/styles.xml");
        var styles = Create(Header + Figure, styles: "<cellXfs><xf/><xf/><xf/></cellXfs>");
        Read(styles, new XlsxReadOptions { MaxCellFormats = 3 }).Should().ContainSingle();
        Refused(styles, new XlsxReadOptions { MaxCellFormats = 2 }).Message.Should().Contain("at most 2 cell formats (XlsxReadOptions.MaxCellFormats)");
    }

    [Fact]
    public void A_row_is_read_at_the_limit_of_its_characters_and_refused_one_past_it()
    {
        // The header's cells hold indicator, 2023 and measure: 20 characters; the figure's row 12.
        var bytes = Create(Header + Figure);

        Read(bytes, new XlsxReadOptions { MaxRowCharacters = 20 }).Should().ContainSingle();
        var error = Refused(bytes, new XlsxReadOptions { MaxRowCharacters = 19 });
        error.Message.Should().Contain("at most 19 characters in all its cells (XlsxReadOptions.MaxRowCharacters), but its cells up to C1 hold more");
        error.Location.Cell.Should().Be("Sheet1!C1");
        var unreferenced = Create($"<row r=\"1\">{Text("A1", "indicator").Replace(" r=\"A1\"", "", StringComparison.Ordinal)}<c t=\"inlineStr\"><is><t>2023</t></is></c></row>");
        Refused(unreferenced, new XlsxReadOptions { MaxRowCharacters = 12 }).Location.Cell.Should().Be("Sheet1!B1", "a cell without a reference is named by its place");
    }

    [Fact]
    public void Sheets_and_relationships_are_read_up_to_the_entry_limit_and_refused_one_past_it()
    {
        // The package has five parts; its workbook lists seven sheets (all the same part), its workbook's relationships are seven.
        var sheets = string.Concat(Enumerable.Range(1, 7).Select(i => $"<sheet name=\"S{i}\" sheetId=\"{i}\" r:id=\"rId1\"/>"));
        var listed = Create([("Sheet1", Header + Figure)], sheetList: sheets);
        var relationships = Create([("Sheet1", Header + Figure)], parts: Parts(("xl/_rels/workbook.xml.rels", stream => Repeat(stream,
            $"<Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"{WorksheetType}\" Target=\"worksheets/sheet1.xml\"/>",
            "<Relationship Id=\"x\" Type=\"http://example.org/other\" Target=\"other.xml\"/>", 6, "</Relationships>"))));

        Read(listed, new XlsxReadOptions { MaxEntries = 7 }).Should().ContainSingle();
        Refused(listed, new XlsxReadOptions { MaxEntries = 6 }).Message.Should().Contain("at most 6 sheets, one a part (XlsxReadOptions.MaxEntries), but the part xl/workbook.xml lists more");
        Read(relationships, new XlsxReadOptions { MaxEntries = 7 }).Should().ContainSingle();
        Refused(relationships, new XlsxReadOptions { MaxEntries = 6 }).Message.Should().Contain("at most 6 relationships of a part, one a part (XlsxReadOptions.MaxEntries), but the part xl/_rels/workbook.xml.rels lists more");
    }

    [Fact]
    public void A_workbook_of_awkward_but_valid_XML_reads_at_the_depth_it_needs()
    {
        // Quotes that hold "/>" and ">", a comment, a processing instruction and CDATA with markup in it: no level is miscounted.
        var sheet = Root("worksheet") + "<!-- <row><c> --><?editor <sheetData> ?><sheetData>" + Header
            + "<row r=\"2\" x:note=\"/>\" y=\"&gt;>\" xmlns:x=\"urn:x\"><c r=\"A2\" t=\"inlineStr\"><is><t>gdp</t></is></c><c r=\"B2\"><v><![CDATA[5.2]]></v></c>"
            + "<c r=\"C2\" t=\"inlineStr\"><is><t><![CDATA[grow]]>th</t></is></c></row></sheetData></worksheet>";
        var bytes = Create([("Sheet1", "")], parts: Parts(("xl/worksheets/sheet1.xml", stream => Write(stream, sheet))));

        Read(bytes, new XlsxReadOptions { MaxXmlDepth = 6 }).Single().Growth!.Value.Value.Should().Be(5.2m);
    }

    [Fact]
    public void A_sheet_in_UTF16_reads_as_in_UTF8()
    {
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Root("worksheet")[(Root("worksheet").IndexOf("?>", StringComparison.Ordinal) + 2)..] + "<sheetData>" + Header + Figure + "</sheetData></worksheet>";
        var bytes = Create([("Sheet1", "")], parts: Parts(("xl/worksheets/sheet1.xml", stream => stream.Write(System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(sheet)).ToArray()))));

        Read(bytes, new XlsxReadOptions { MaxXmlDepth = 6 }).Single().Growth!.Value.Value.Should().Be(5.2m);
    }

    [Theory]
    [InlineData("1E+27", false, "1000000000000000000000000000", null)]
    [InlineData("-1E+28", false, "-10000000000000000000000000000", null)]
    [InlineData("1E+29", false, null, "within the range of decimal")]
    [InlineData("1E-30", false, null, "at most 28 decimal places")]
    [InlineData("7.2E-2", true, "7.20", null)]
    [InlineData("7.9E+26", true, "79000000000000000000000000000", null)]
    [InlineData("1E+27", true, null, "once its percentage style scales it by 100")]
    [InlineData("1E+29", true, null, "once its percentage style scales it by 100")]
    [InlineData("-1E+28", true, null, "once its percentage style scales it by 100")]
    [InlineData("1E-30", true, null, "at most 28 decimal places")]
    public void A_number_at_the_edges_of_decimal_is_read_exactly_or_is_a_problem_at_its_cell(string stored, bool percent, string? read, string? problem)
    {
        var bytes = Create(Header + Row(2, Text("A2", "gdp"), Number("B2", stored, percent ? 1 : 0), Text("C2", "growth")),
            styles: "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs>");
        using var reader = new XlsxObservationFormat().OpenReader(new MemoryStream(bytes), "edges.xlsx");

        var result = reader.ReadAllLenient();

        if (read is not null)
        {
            result.Diagnostics.Should().BeEmpty();
            result.Observations.Single().Growth!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be(read);
        }
        else
        {
            result.Observations.Should().BeEmpty();
            var diagnostic = result.Diagnostics.Should().ContainSingle().Subject;
            diagnostic.Location.Cell.Should().Be("Sheet1!B2");
            diagnostic.Message.Should().Contain(problem).And.Contain(stored);
        }
    }

    private static Dictionary<string, Action<Stream>> Parts(params (string Name, Action<Stream> Write)[] parts) => parts.ToDictionary(p => p.Name, p => p.Write);

    private static List<DevPlan.Core.Observation> Read(byte[] bytes, XlsxReadOptions options)
    {
        using var reader = new XlsxObservationFormat(options).OpenReader(new MemoryStream(bytes), "hostile.xlsx");
        return [.. reader.ReadObservations()];
    }

    /// <summary>Reads a workbook that must be refused: the error, after checking that it came in time and within memory, naming the file.</summary>
    private static DevPlanFormatException Refused(byte[] bytes, XlsxReadOptions? options = null)
    {
        var format = new XlsxObservationFormat(options);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();

        var read = () =>
        {
            using var reader = format.OpenReader(new MemoryStream(bytes), "hostile.xlsx");
            _ = reader.ReadAllLenient();
        };

        var error = read.Should().Throw<DevPlanFormatException>().Which;
        // A guard against a hang, generous for a loaded machine: the times measured are in the README (well under a second each).
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a hostile workbook is refused early, not read to its end");
        (GC.GetAllocatedBytesForCurrentThread() - allocated).Should().BeLessThan(256L << 20, "a hostile workbook is refused within a bounded memory");
        error.Message.Should().Contain("hostile.xlsx");
        return error;
    }
}
