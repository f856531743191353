using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;
using NodaTime;

namespace DevPlan.Cli.Tests;

/// <summary>Workbooks and Parquet in and out of the tool: observations from .xlsx and .parquet, the report as either.</summary>
public class BinaryFormatsTest
{
    [Theory]
    [InlineData("xlsx")]
    [InlineData("parquet")]
    public void Evaluate_ObservationsInABinaryFormat_ReportAsFromTheCsv(string format)
    {
        var path = WriteObservations(format);

        var fromCsv = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "json");
        var fromFile = Cli.Run("evaluate", Cli.Plan, "-i", path, "--format", "json");

        fromFile.ExitCode.Should().Be(0, fromFile.Error);
        fromFile.Out.Should().Be(fromCsv.Out);
    }

    [Fact]
    public void Evaluate_AWorkbookFromStandardInput_ReportsAsFromTheFile()
    {
        var workbook = WriteWorkbook();
        var fromFile = Cli.Run("evaluate", Cli.Plan, "-i", workbook, "--format", "json");

        var piped = Cli.RunWithInput(File.ReadAllBytes(workbook), "evaluate", Cli.Plan, "-i", "-", "--input-format", "xlsx", "--format", "json");

        piped.ExitCode.Should().Be(0, piped.Error);
        piped.Out.Should().Be(fromFile.Out);
    }

    [Fact]
    public void Evaluate_ToAWorkbook_WritesItsThreeSheets()
    {
        var output = Cli.TempFile("report.xlsx");

        var result = Cli.Run("evaluate", Cli.Plan, "-i", WriteWorkbook(), "--format", "xlsx", "--output", output, "--lang", "zh");

        result.ExitCode.Should().Be(0, result.Error);
        using var zip = ZipFile.OpenRead(output);
        Text(zip, "xl/workbook.xml").Should().ContainAll("name=\"评价结果\"", "name=\"片区贡献\"", "name=\"目标与备注\"");
        Text(zip, "xl/worksheets/sheet1.xml").Should().ContainAll("t01-gdp", "t10-energy-intensity", "地区生产总值");
    }

    [Fact]
    public async Task Evaluate_ToParquet_WritesOneRowPerTarget()
    {
        var output = Cli.TempFile("results.parquet");

        var result = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "parquet", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        await using var reader = await Parquet.ParquetReader.CreateAsync(File.OpenRead(output));
        using var group = reader.OpenRowGroupReader(0);
        var ids = new string?[group.RowCount];
        await group.ReadAsync(reader.Schema.FindDataField("target_id"), ids.AsMemory());
        var plan = DevPlan.Core.Serialization.PlanJson.ReadFile(Cli.Plan);
        ids.Should().Equal(plan.Targets.Select(t => t.Id));
    }

    [Fact]
    public void Evaluate_AWorkbookToATerminal_IsAUsageError()
    {
        var error = new StringWriter();

        var code = CliApp.Run(["evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "xlsx"],
            new CliEnvironment(new StringWriter(), error, OutIsTerminal: true, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28), null, () => new MemoryStream()));

        code.Should().Be(ExitCodes.Usage);
        error.ToString().Should().Contain("binary").And.Contain("--output");
    }

    [Fact]
    public void Evaluate_AWorkbookToARedirectedOutput_WritesTheWorkbookOfTheFile()
    {
        var bytes = new MemoryStream();
        var file = Cli.TempFile("report.xlsx");
        Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "xlsx", "--output", file).ExitCode.Should().Be(0);

        var code = CliApp.Run(["evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "xlsx"],
            new CliEnvironment(new StringWriter(), new StringWriter(), OutIsTerminal: false, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28), null, () => new Unclosable(bytes)));

        code.Should().Be(0);
        using var redirected = new ZipArchive(new MemoryStream(bytes.ToArray()));
        using var written = ZipFile.OpenRead(file);
        redirected.Entries.Select(e => e.FullName).Should().BeEquivalentTo(written.Entries.Select(e => e.FullName));
        // The sheets and styles are the same bytes; the package's relationship ids are drawn at random.
        foreach (var entry in written.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) || e.FullName == "xl/styles.xml"))
        {
            Text(redirected, entry.FullName).Should().Be(Text(written, entry.FullName), entry.FullName);
        }
        written.Entries.Should().Contain(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_AWorkbookWithABadCell_NamesTheCell()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        var good = new MemoryStream();
        new XlsxObservationFormat().Write(observations, good);
        var path = Cli.TempFile("figures.xlsx");
        File.WriteAllBytes(path, Damage(good.ToArray()));

        var result = Cli.Run("validate", Cli.Plan, "-i", path);

        result.ExitCode.Should().Be(ExitCodes.Invalid);
        result.Out.Should().Contain("figures.xlsx, observations!D5, column \"value\": error DP3101");
    }

    [Fact]
    public void Evaluate_AWorkbookWhoseFirstSheetIsHidden_ReadsTheFirstVisibleSheet_AndSaysWhich()
    {
        var path = WriteWorkbookWithAHiddenSheetFirst();

        var fromCsv = Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "json");
        var fromWorkbook = Cli.Run("evaluate", Cli.Plan, "-i", path, "--format", "json");

        fromWorkbook.ExitCode.Should().Be(0, fromWorkbook.Error);
        fromWorkbook.Out.Should().Be(fromCsv.Out, "the hidden sheet's figure is not read");
        fromWorkbook.Error.Should().Contain("devplan: note: figures.xlsx: read the sheet \"observations\", the first visible of Old (hidden), observations; name another with --sheet.");
        CountOf(fromWorkbook.Error, "devplan: note: figures.xlsx").Should().Be(1, "the note is given once a file");
    }

    [Fact]
    public void ValidateAndEvaluate_WithSheet_ReadTheSheetNamed_HiddenOrNot()
    {
        var path = WriteWorkbookWithAHiddenSheetFirst();

        var old = Cli.Run("validate", Cli.Plan, "-i", path, "--sheet", "Old");
        var named = Cli.Run("evaluate", Cli.Plan, "-i", path, "--sheet", "observations", "--format", "json");

        old.ExitCode.Should().Be(ExitCodes.Invalid);
        old.Out.Should().Contain("figures.xlsx, Old!C2, column \"value\": error DP3101");
        named.ExitCode.Should().Be(0, named.Error);
        named.Out.Should().Be(Cli.Run("evaluate", Cli.Plan, "-i", Cli.Observations, "--format", "json").Out);
        named.Error.Should().NotContain("note: figures.xlsx", "the sheet was named");
    }

    [Fact]
    public void Sheet_ThatTheWorkbookLacks_IsAnErrorListingItsSheets_AndWithoutAWorkbookIsAUsageError()
    {
        var path = WriteWorkbookWithAHiddenSheetFirst();

        var missing = Cli.Run("evaluate", Cli.Plan, "-i", path, "--sheet", "数据");
        var csv = Cli.Run("validate", Cli.Plan, "-i", Cli.Observations, "--sheet", "数据");
        var piped = Cli.RunWithInput(File.ReadAllBytes(path), "validate", Cli.Plan, "-i", "-", "--input-format", "xlsx", "--sheet", "Old");

        missing.ExitCode.Should().Be(ExitCodes.Unreadable);
        missing.Error.Should().Contain("Expected a sheet named \"数据\"").And.Contain("only: Old (hidden), observations");
        csv.ExitCode.Should().Be(ExitCodes.Usage);
        csv.Error.Should().Contain("--sheet \"数据\" names a sheet of a workbook, but no observation file is a workbook (.xlsx)");
        piped.ExitCode.Should().Be(ExitCodes.Invalid, "standard input read as a workbook has sheets to name");
        piped.Out.Should().Contain("stdin, Old!C2");
    }

    private static string WriteWorkbook() => WriteObservations("xlsx");

    /// <summary>
    /// The sample observations as a workbook written by the library, with a hidden sheet "Old" put
    /// before its sheet: a table whose only figure, "8,00", is not a number.
    /// </summary>
    private static string WriteWorkbookWithAHiddenSheetFirst()
    {
        var buffer = new MemoryStream();
        buffer.Write(File.ReadAllBytes(WriteWorkbook()));
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            Replace(zip, "xl/workbook.xml", xml => xml.Replace("<sheets>", "<sheets><sheet name=\"Old\" sheetId=\"99\" state=\"hidden\" r:id=\"rOld\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" />", StringComparison.Ordinal));
            Replace(zip, "xl/_rels/workbook.xml.rels", xml => xml.Replace("</Relationships>", "<Relationship Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                + "Target=\"/xl/worksheets/old.xml\" Id=\"rOld\" /></Relationships>", StringComparison.Ordinal));
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/old.xml").Open(), new UTF8Encoding(false));
            writer.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>indicator</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>period</t></is></c><c r=\"C1\" t=\"inlineStr\"><is><t>value</t></is></c><c r=\"D1\" t=\"inlineStr\"><is><t>unit</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>gdp</t></is></c><c r=\"B2\" t=\"inlineStr\"><is><t>2024</t></is></c><c r=\"C2\" t=\"inlineStr\"><is><t>8,00</t></is></c><c r=\"D2\" t=\"inlineStr\"><is><t>10^8 CNY</t></is></c></row>"
                + "</sheetData></worksheet>");
        }
        var path = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x"))!, "figures.xlsx");
        File.WriteAllBytes(path, buffer.ToArray());
        return path;
    }

    private static void Replace(ZipArchive zip, string name, Func<string, string> change)
    {
        var entry = zip.GetEntry(name)!;
        string xml;
        using (var reader = new StreamReader(entry.Open()))
        {
            xml = reader.ReadToEnd();
        }
        var changed = change(xml);
        changed.Should().NotBe(xml, $"{name} is changed");
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(changed);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;

    /// <summary>The sample observations written in one of the tool's formats, to a file named for it.</summary>
    private static string WriteObservations(string format)
    {
        var observations = ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        var path = Cli.TempFile("figures." + format);
        using var file = File.Create(path);
        ToolFormats.Observations.Find(format)!.Write(observations, file);
        return path;
    }

    /// <summary>The workbook with the value 800 of row 5 turned into the text "8,00".</summary>
    private static byte[] Damage(byte[] workbook)
    {
        var buffer = new MemoryStream();
        buffer.Write(workbook);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }
            var damaged = Regex.Replace(xml, "<c r=\"D5\"[^>]*><v>800</v></c>", "<c r=\"D5\" t=\"inlineStr\"><is><t>8,00</t></is></c>");
            damaged.Should().NotBe(xml, "the cell D5 holds 800");
            xml = damaged;
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }
        return buffer.ToArray();
    }

    private static string Text(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry)!.Open());
        return reader.ReadToEnd();
    }

    private sealed class Unclosable(Stream inner) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override bool CanSeek => false;
    }
}
