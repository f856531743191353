using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;
using static DevPlan.Formats.Tests.RawWorkbook;

namespace DevPlan.Formats.Tests;

public sealed class XlsxObservationReaderTest
{
    private static readonly XlsxObservationFormat Format = new();

    [Fact]
    public void A_bulletin_workbook_reads_the_same_observations_as_the_tidy_and_the_wide_csv()
    {
        var tidy = Bulletin.FromCsv(Bulletin.TidyCsv());
        var wide = Bulletin.FromCsv(Bulletin.WideCsv());
        var workbook = Read(Bulletin.Workbook());

        tidy.Should().HaveCount(15);
        Describe(wide).Should().Equal(Describe(tidy));
        Describe(workbook).Should().Equal(Describe(tidy));
        // The published decimals survive: 3.0 is stored as 3 and shown with one decimal.
        workbook.Single(o => o.Indicator == "gdp" && o.Period.Year == 2022).Growth!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("3.0");
        workbook.Single(o => o.Indicator == "rd-expenditure" && o.Period.Year == 2019 && o.Level is not null).Level!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("22143.6");
    }

    [Fact]
    public void A_bulletin_workbook_locates_each_observation_at_its_cell()
    {
        using var reader = Format.OpenReader(new MemoryStream(Bulletin.Workbook()), "bulletin.xlsx");
        var result = reader.ReadAllLenient();

        result.Diagnostics.Should().BeEmpty();
        result.Locations[0].Cell.Should().Be("Sheet1!E4");
        result.Locations[0].Line.Should().Be(4);
        result.Locations[0].Column.Should().Be("2019");
        result.Locations[^1].Cell.Should().Be("Sheet1!I6");
    }

    [Fact]
    public void A_tidy_workbook_written_by_the_library_reads_back_every_observation_exactly()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Repository.PathOf("seeds", "china-14th-five-year-plan.observations.csv"))).ToList();
        var buffer = new MemoryStream();
        Format.Write(observations, buffer);

        var read = Read(buffer.ToArray());

        Describe(read).Should().Equal(Describe(observations));
    }

    [Fact]
    public void A_bad_figure_is_a_problem_at_its_cell()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "2024"), Text("D1", "unit"))
            + Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "5,4"), Text("D2", "亿元")));
        const string expected = "Expected a level as an invariant decimal number";

        using (var reader = Format.OpenReader(new MemoryStream(bytes), "figures.xlsx"))
        {
            var result = reader.ReadAllLenient();
            result.Observations.Should().ContainSingle();
            var problem = result.Diagnostics.Should().ContainSingle().Subject;
            problem.Location.Cell.Should().Be("Sheet1!C2");
            problem.Location.Column.Should().Be("2024");
            problem.Message.Should().Contain(expected);
            problem.Location.ToString().Should().Be("figures.xlsx, Sheet1!C2, column \"2024\"");
        }
        using (var reader = Format.OpenReader(new MemoryStream(bytes), "figures.xlsx"))
        {
            var strict = () => reader.ReadObservations().ToList();
            strict.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("at Sheet1!C2").And.Contain("5,4").And.Contain(expected);
        }
    }

    [Fact]
    public void A_wide_row_names_the_sheet_in_quotes_when_its_name_has_a_space()
    {
        var bytes = Create([("Zone figures", Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "unit")) + Row(2, Text("A2", "GDP total"), Number("B2", "1"), Text("C2", "%")))]);

        var problem = Lenient(bytes).Diagnostics.Should().ContainSingle().Subject;

        problem.Location.Cell.Should().Be("'Zone figures'!A2");
        problem.Message.Should().Contain("indicator code");
    }

    [Fact]
    public void A_formula_is_read_as_its_cached_value()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "unit")) + Row(2, Text("A2", "gdp"), Formula("B2", "5+0.2", "5.2"), Text("C2", "%")));

        Read(bytes).Single().Level!.Value.Value.Should().Be(5.2m);
    }

    [Fact]
    public void A_formula_is_refused_when_the_options_say_so()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "unit")) + Row(2, Text("A2", "gdp"), Formula("B2", "5+0.2", "5.2"), Text("C2", "%")));
        using var reader = new XlsxObservationFormat(new XlsxReadOptions { RefuseFormulas = true }).OpenReader(new MemoryStream(bytes));

        var problem = reader.ReadAllLenient().Diagnostics.Should().ContainSingle().Subject;

        problem.Location.Cell.Should().Be("Sheet1!B2");
        problem.Message.Should().Contain("not a formula");
    }

    [Fact]
    public void A_formula_without_a_cached_value_is_a_problem_and_never_evaluated()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "unit")) + Row(2, Text("A2", "gdp"), Formula("B2", "5+0.2", null), Text("C2", "%")));

        var result = Lenient(bytes);

        result.Observations.Should().BeEmpty();
        var problem = result.Diagnostics.Should().ContainSingle().Subject;
        problem.Location.Cell.Should().Be("Sheet1!B2");
        problem.Message.Should().Contain("never evaluated");
    }

    [Fact]
    public void A_sheet_that_is_not_a_table_is_refused_with_its_name()
    {
        var bytes = Create(Row(1, Text("A1", "地区生产总值")) + Row(2, Number("A2", "1260582")));

        var open = () => Format.OpenReader(new MemoryStream(bytes), "notes.xlsx");

        open.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("notes.xlsx").And.Contain("Sheet1!A1").And.Contain("not a table of observations");
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused()
    {
        var open = () => Format.OpenReader(new MemoryStream("indicator,period\n"u8.ToArray()), "figures.xlsx");

        open.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("figures.xlsx").And.Contain("Excel workbook");
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_it_is_decompressed()
    {
        var rows = string.Concat(Enumerable.Range(2, 20_000).Select(i => Row(i, Text($"A{i}", "gdp"), Number($"B{i}", "1"))));
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023")) + rows);
        var format = new XlsxObservationFormat(new XlsxReadOptions { MaxUncompressedBytes = 1_000_000 });

        var open = () => format.OpenReader(new MemoryStream(bytes), "bomb.xlsx");

        bytes.Length.Should().BeLessThan(1_000_000 / 4);
        open.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxUncompressedBytes").And.Contain("zip bomb");
    }

    [Fact]
    public void A_cell_beyond_the_last_column_is_refused_at_its_cell()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023")) + Row(2, Text("A2", "gdp"), Number("BDWGN2", "1")));

        var read = () => Read(bytes);

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("Sheet1!BDWGN2").And.Contain("16384 columns");
    }

    [Fact]
    public void A_million_cells_without_references_are_refused_at_the_first_beyond_the_limit()
    {
        var cells = string.Concat(Enumerable.Repeat("<c><v>1</v></c>", 1_000_000));
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023")) + $"<row r=\"2\">{cells}</row>");

        var read = () => Read(bytes);

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxColumns").And.Contain("column 16385");
    }

    [Fact]
    public void A_row_beyond_the_row_limit_is_refused()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023")) + Row(2_000_000, Text("A2000000", "gdp")));

        var read = () => Read(bytes);

        read.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("MaxRows");
    }

    [Fact]
    public void A_cell_longer_than_the_limit_is_a_problem_at_its_cell()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "source"), Text("C1", "2023")) + Row(2, Text("A2", "gdp"), Text("B2", new string('x', 200)), Number("C2", "1")));
        using var reader = new XlsxObservationFormat(new XlsxReadOptions { MaxCellLength = 100 }).OpenReader(new MemoryStream(bytes));

        var problem = reader.ReadAllLenient().Diagnostics.Should().ContainSingle().Subject;

        problem.Location.Cell.Should().Be("Sheet1!B2");
        problem.Message.Should().Contain("MaxCellLength");
    }

    [Fact]
    public void Figures_below_the_notes_are_a_problem_rather_than_dropped()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure"))
            + Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth"))
            + Row(3, Text("A3", "注：初步核算数。"))
            + Row(4, Text("A4", "gdp"), Number("B4", "5.4"), Text("C4", "growth")));

        var result = Lenient(bytes);

        result.Observations.Should().ContainSingle();
        var problem = result.Diagnostics.Should().ContainSingle().Subject;
        problem.Location.Cell.Should().Be("Sheet1!4:4");
        problem.Message.Should().Contain("notes").And.Contain("row 3");
    }

    [Fact]
    public void A_figure_under_a_blank_header_cell_is_a_problem()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("C1", "2023"), Text("D1", "measure")) + Row(2, Text("A2", "gdp"), Number("B2", "9"), Number("C2", "5.2"), Text("D2", "growth")));

        var problem = Lenient(bytes).Diagnostics.Should().ContainSingle().Subject;

        problem.Location.Cell.Should().Be("Sheet1!B2");
        problem.Message.Should().Contain("blank header");
    }

    [Fact]
    public void A_wide_sheet_and_a_wide_CSV_agree_on_headers_that_are_blank_or_not_periods()
    {
        const string csv = "indicator,unit,2024-M12,2024-M13,\ngdp,10^8 CNY,1,9,\ncpi,10^8 CNY,2,,\nppi,10^8 CNY,3,,4\n";
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "unit"), Text("C1", "2024-M12"), Text("D1", "2024-M13"))
            + Row(2, Text("A2", "gdp"), Text("B2", "10^8 CNY"), Number("C2", "1"), Number("D2", "9"))
            + Row(3, Text("A3", "cpi"), Text("B3", "10^8 CNY"), Number("C3", "2"))
            + Row(4, Text("A4", "ppi"), Text("B4", "10^8 CNY"), Number("C4", "3"), Number("E4", "4")));

        var fromCsv = ObservationCsv.ReadLenient(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)), sourceName: "test.xlsx");
        var fromSheet = Lenient(bytes);

        Describe(fromSheet.Observations).Should().Equal(Describe(fromCsv.Observations)).And.ContainSingle();
        // The same problems, each under the rule of the format that found it (DP31xx for a sheet, DP30xx for CSV).
        fromSheet.Diagnostics.Select(d => (d.Code.Replace("DP31", "DP30", StringComparison.Ordinal), d.Severity, d.Location.Line, d.Message))
            .Should().Equal(fromCsv.Diagnostics.Select(d => (d.Code, d.Severity, d.Location.Line, d.Message)));
        fromSheet.Diagnostics.Select(d => d.Code).Should().Equal("DP3103", "DP3101", "DP3101");
        fromSheet.Diagnostics[1].Location.Cell.Should().Be("Sheet1!D2");
        fromSheet.Diagnostics[1].Location.Column.Should().Be("2024-M13");
        fromSheet.Diagnostics[2].Location.Cell.Should().Be("Sheet1!E4");
        fromCsv.Diagnostics[2].Location.Column.Should().Be("(no header, field 5)");
    }

    [Fact]
    public void Blank_rows_inside_the_table_are_skipped()
    {
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure"))
            + Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth"))
            + Row(3)
            + Row(5, Text("A5", "cpi"), Number("B5", "0.2"), Text("C5", "growth")));

        Read(bytes).Select(o => o.Indicator).Should().Equal("gdp", "cpi");
    }

    [Fact]
    public void Percentage_styles_fixed_decimals_and_binary_noise_read_as_the_cell_shows()
    {
        const string styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"2\" applyNumberFormat=\"1\"/></cellXfs>";
        var bytes = Create(Row(1, Text("A1", "indicator"), Text("B1", "measure"), Text("C1", "2023"), Text("D1", "2024"), Text("E1", "unit"))
            + Row(2, Text("A2", "gdp"), Text("B2", "growth"), Number("C2", "7.1999999999999995E-2", 1), Number("D2", "0.30000000000000004"))
            + Row(3, Text("A3", "gdp"), Text("B3", "level"), Number("C3", "1260582", 2), Number("D3", "1E-3"), Text("E3", "亿元")), styles: styles);

        var read = Read(bytes);

        read.Select(o => (o.Growth?.Value ?? o.Level!.Value.Value).ToString(CultureInfo.InvariantCulture))
            .Should().Equal("7.2", "0.3", "1260582.00", "0.001");
    }

    [Fact]
    public void Shared_strings_with_rich_text_runs_read_as_their_text()
    {
        var bytes = Create(Row(1, Shared("A1", 0), Text("B1", "2023"), Text("C1", "measure")) + Row(2, Shared("A2", 1), Number("B2", "1"), Text("C2", "growth")),
            sharedStrings: "<si><t>indicator</t></si><si><r><t>g</t></r><r><rPr><b/></rPr><t>dp</t></r><rPh><t>ジー</t></rPh></si>");

        Read(bytes).Single().Indicator.Should().Be("gdp");
    }

    [Fact]
    public void A_sheet_is_chosen_by_name_and_a_missing_one_lists_those_there_are()
    {
        var bytes = Create([("Notes", Row(1, Text("A1", "说明"))), ("Data", Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure")) + Row(2, Text("A2", "gdp"), Number("B2", "5.2"), Text("C2", "growth")))]);

        new XlsxObservationFormat(new XlsxReadOptions { Sheet = "Data" }).OpenReader(new MemoryStream(bytes)).ReadObservations().Should().ContainSingle();
        var missing = () => new XlsxObservationFormat(new XlsxReadOptions { Sheet = "数据" }).OpenReader(new MemoryStream(bytes));
        missing.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("Notes, Data");
    }

    [Fact]
    public void The_first_visible_sheet_is_read_and_the_reader_says_which_of_all()
    {
        var bytes = Create([("Old", DataRows("9.9")), ("Archive", DataRows("8.8")), ("Data", DataRows("5.2")), ("Notes", Row(1, Text("A1", "说明")))],
            sheetList: "<sheet name=\"Old\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/><sheet name=\"Archive\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/>"
                + "<sheet name=\"Data\" sheetId=\"3\" state=\"visible\" r:id=\"rId3\"/><sheet name=\"Notes\" sheetId=\"4\" r:id=\"rId4\"/>");

        using var reader = Format.OpenReader(new MemoryStream(bytes), "book.xlsx").Should().BeOfType<XlsxObservationReader>().Subject;

        reader.Sheet.Should().Be("Data");
        reader.Sheets.Should().Equal(new WorkbookSheet("Old", true), new WorkbookSheet("Archive", true), new WorkbookSheet("Data", false), new WorkbookSheet("Notes", false));
        reader.Sheets.Select(s => s.ToString()).Should().Equal("Old (hidden)", "Archive (hidden)", "Data", "Notes");
        reader.ReadObservations().Single().Growth!.Value.Value.Should().Be(5.2m);
    }

    [Fact]
    public void A_hidden_sheet_is_read_when_it_is_named_and_names_are_matched_as_Excel_matches_them()
    {
        var bytes = Create([("Old", DataRows("9.9")), ("Data", DataRows("5.2")), ("DATA", DataRows("7.7"))],
            sheetList: "<sheet name=\"Old\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/><sheet name=\"Data\" sheetId=\"2\" r:id=\"rId2\"/><sheet name=\"DATA\" sheetId=\"3\" r:id=\"rId3\"/>");

        Growth(bytes, "Old").Should().Be(9.9m);
        Growth(bytes, "old").Should().Be(9.9m, "Excel's sheet names ignore case");
        Growth(bytes, "DATA").Should().Be(7.7m, "a name matched exactly comes first");
        Growth(bytes, "Data").Should().Be(5.2m);
        using var reader = (XlsxObservationReader)new XlsxObservationFormat(new XlsxReadOptions { Sheet = "old" }).OpenReader(new MemoryStream(bytes));
        reader.Sheet.Should().Be("Old");
    }

    [Fact]
    public void A_workbook_whose_sheets_are_all_hidden_is_refused_with_their_names_and_a_missing_name_lists_them()
    {
        var bytes = Create([("Old", DataRows("9.9")), ("Older", DataRows("8.8"))],
            sheetList: "<sheet name=\"Old\" sheetId=\"1\" state=\"hidden\" r:id=\"rId1\"/><sheet name=\"Older\" sheetId=\"2\" state=\"veryHidden\" r:id=\"rId2\"/>");

        var open = () => Format.OpenReader(new MemoryStream(bytes), "book.xlsx");
        open.Should().Throw<DevPlanFormatException>().Which.Message.Should()
            .Contain("every sheet of the workbook is hidden: Old (hidden), Older (hidden)").And.Contain("XlsxReadOptions.Sheet").And.Contain("book.xlsx");
        var missing = () => new XlsxObservationFormat(new XlsxReadOptions { Sheet = "Data" }).OpenReader(new MemoryStream(bytes), "book.xlsx");
        missing.Should().Throw<DevPlanFormatException>().Which.Message.Should().Contain("named \"Data\"").And.Contain("only: Old (hidden), Older (hidden)");
        Growth(bytes, "Older").Should().Be(8.8m);
    }

    [Fact]
    public void A_workbook_is_read_from_a_stream_that_cannot_seek()
    {
        var observations = Read(new NonSeekable(Bulletin.Workbook()));

        observations.Should().HaveCount(15);
    }

    [Theory]
    [InlineData(nameof(XlsxReadOptions.MaxUncompressedBytes))]
    [InlineData(nameof(XlsxReadOptions.MaxEntries))]
    [InlineData(nameof(XlsxReadOptions.MaxRows))]
    [InlineData(nameof(XlsxReadOptions.MaxColumns))]
    [InlineData(nameof(XlsxReadOptions.MaxCellLength))]
    [InlineData(nameof(XlsxReadOptions.HeaderSearchRows))]
    [InlineData(nameof(XlsxReadOptions.MaxRowCharacters))]
    [InlineData(nameof(XlsxReadOptions.MaxSharedStrings))]
    [InlineData(nameof(XlsxReadOptions.MaxSharedStringCharacters))]
    [InlineData(nameof(XlsxReadOptions.MaxCellFormats))]
    [InlineData(nameof(XlsxReadOptions.MaxXmlDepth))]
    [InlineData(nameof(XlsxReadOptions.MaxXmlTokenBytes))]
    [InlineData(nameof(XlsxReadOptions.MaxXmlNames))]
    public void A_limit_that_is_not_positive_is_refused_by_name(string limit)
    {
        var options = limit switch
        {
            nameof(XlsxReadOptions.MaxRowCharacters) => new XlsxReadOptions { MaxRowCharacters = 0 },
            nameof(XlsxReadOptions.MaxSharedStrings) => new XlsxReadOptions { MaxSharedStrings = 0 },
            nameof(XlsxReadOptions.MaxSharedStringCharacters) => new XlsxReadOptions { MaxSharedStringCharacters = -1 },
            nameof(XlsxReadOptions.MaxCellFormats) => new XlsxReadOptions { MaxCellFormats = 0 },
            nameof(XlsxReadOptions.MaxXmlDepth) => new XlsxReadOptions { MaxXmlDepth = 0 },
            nameof(XlsxReadOptions.MaxXmlTokenBytes) => new XlsxReadOptions { MaxXmlTokenBytes = 0 },
            nameof(XlsxReadOptions.MaxXmlNames) => new XlsxReadOptions { MaxXmlNames = 0 },
            nameof(XlsxReadOptions.MaxUncompressedBytes) => new XlsxReadOptions { MaxUncompressedBytes = 0 },
            nameof(XlsxReadOptions.MaxEntries) => new XlsxReadOptions { MaxEntries = 0 },
            nameof(XlsxReadOptions.MaxRows) => new XlsxReadOptions { MaxRows = -1 },
            nameof(XlsxReadOptions.MaxColumns) => new XlsxReadOptions { MaxColumns = 0 },
            nameof(XlsxReadOptions.MaxCellLength) => new XlsxReadOptions { MaxCellLength = 0 },
            _ => new XlsxReadOptions { HeaderSearchRows = 0 },
        };

        var create = () => new XlsxObservationFormat(options);

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("options." + limit);
    }

    [Fact]
    public void The_registry_finds_the_workbook_format_by_extension()
    {
        var formats = ObservationFormats.Default.With(Format);

        formats.GetForPath("figures.XLSX").Should().BeSameAs(Format);
        formats.FileExtensions.Should().Contain(".xlsx");
    }

    /// <summary>Every field of each observation, decimals with their scale: 3.0 is not 3.</summary>
    internal static List<string> Describe(IEnumerable<Observation> observations) =>
        [.. observations.Select(o => string.Join('|', o.Indicator, o.Zone.ZoneCode, o.Period,
            o.Level?.Value.ToString(CultureInfo.InvariantCulture), o.Level?.Unit, o.Growth?.Value.ToString(CultureInfo.InvariantCulture),
            o.Status, o.Source, o.Completed, o.Released))];

    /// <summary>A table of one growth rate of gdp in 2023.</summary>
    private static string DataRows(string growth) =>
        Row(1, Text("A1", "indicator"), Text("B1", "2023"), Text("C1", "measure")) + Row(2, Text("A2", "gdp"), Number("B2", growth), Text("C2", "growth"));

    private static decimal Growth(byte[] bytes, string sheet)
    {
        using var reader = new XlsxObservationFormat(new XlsxReadOptions { Sheet = sheet }).OpenReader(new MemoryStream(bytes));
        return reader.ReadObservations().Single().Growth!.Value.Value;
    }

    private static List<Observation> Read(byte[] bytes) => Read(new MemoryStream(bytes));

    private static List<Observation> Read(Stream stream)
    {
        using var reader = Format.OpenReader(stream, "test.xlsx");
        return [.. reader.ReadObservations()];
    }

    private static ObservationReadResult Lenient(byte[] bytes)
    {
        using var reader = Format.OpenReader(new MemoryStream(bytes), "test.xlsx");
        return reader.ReadAllLenient();
    }

    private sealed class NonSeekable(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
