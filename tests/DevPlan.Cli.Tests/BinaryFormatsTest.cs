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
    [Fact]
    public void Evaluate_WorkbookObservations_ReportAsFromTheCsv()
    {
        var workbook = WriteWorkbook();

        var fromCsv = Cli.Run("evaluate", Cli.Plan, "-o", Cli.Observations, "--format", "json");
        var fromWorkbook = Cli.Run("evaluate", Cli.Plan, "-o", workbook, "--format", "json");

        fromWorkbook.ExitCode.Should().Be(0, fromWorkbook.Error);
        fromWorkbook.Out.Should().Be(fromCsv.Out);
    }

    [Fact]
    public void Evaluate_AWorkbookFromStandardInput_ReportsAsFromTheFile()
    {
        var workbook = WriteWorkbook();
        var fromFile = Cli.Run("evaluate", Cli.Plan, "-o", workbook, "--format", "json");

        var piped = Cli.RunWithInput(File.ReadAllBytes(workbook), "evaluate", Cli.Plan, "-o", "-", "--input-format", "xlsx", "--format", "json");

        piped.ExitCode.Should().Be(0, piped.Error);
        piped.Out.Should().Be(fromFile.Out);
    }

    [Fact]
    public void Evaluate_ToAWorkbook_WritesItsThreeSheets()
    {
        var output = Cli.TempFile("report.xlsx");

        var result = Cli.Run("evaluate", Cli.Plan, "-o", WriteWorkbook(), "--format", "xlsx", "--output", output, "--lang", "zh");

        result.ExitCode.Should().Be(0, result.Error);
        using var zip = ZipFile.OpenRead(output);
        zip.Entries.Select(e => e.FullName).Should().Contain(["xl/workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"]);
    }

    [Fact]
    public void Evaluate_ParquetObservations_ReportAsFromTheCsv()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        var path = Cli.TempFile("figures.parquet");
        using (var file = File.Create(path))
        {
            new DevPlan.Core.Parquet.ParquetObservationFormat().Write(observations, file);
        }

        var fromCsv = Cli.Run("evaluate", Cli.Plan, "-o", Cli.Observations, "--format", "json");
        var fromParquet = Cli.Run("evaluate", Cli.Plan, "-o", path, "--format", "json");

        fromParquet.ExitCode.Should().Be(0, fromParquet.Error);
        fromParquet.Out.Should().Be(fromCsv.Out);
    }

    [Fact]
    public void Evaluate_ToParquet_WritesAParquetFile()
    {
        var output = Cli.TempFile("results.parquet");

        var result = Cli.Run("evaluate", Cli.Plan, "-o", Cli.Observations, "--format", "parquet", "--output", output);

        result.ExitCode.Should().Be(0, result.Error);
        var bytes = File.ReadAllBytes(output);
        bytes[..4].Should().Equal("PAR1"u8.ToArray());
        bytes[^4..].Should().Equal("PAR1"u8.ToArray());
    }

    [Fact]
    public void Evaluate_AWorkbookToATerminal_IsAUsageError()
    {
        var error = new StringWriter();

        var code = CliApp.Run(["evaluate", Cli.Plan, "-o", Cli.Observations, "--format", "xlsx"],
            new CliEnvironment(new StringWriter(), error, OutIsTerminal: true, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28), null, () => new MemoryStream()));

        code.Should().Be(ExitCodes.Usage);
        error.ToString().Should().Contain("binary").And.Contain("--output");
    }

    [Fact]
    public void Evaluate_AWorkbookToARedirectedOutput_WritesItsBytes()
    {
        var bytes = new MemoryStream();

        var code = CliApp.Run(["evaluate", Cli.Plan, "-o", Cli.Observations, "--format", "xlsx"],
            new CliEnvironment(new StringWriter(), new StringWriter(), OutIsTerminal: false, ErrorIsTerminal: false, () => new LocalDate(2025, 2, 28), null, () => new Unclosable(bytes)));

        code.Should().Be(0);
        using var zip = new ZipArchive(new MemoryStream(bytes.ToArray()));
        zip.GetEntry("xl/workbook.xml").Should().NotBeNull();
    }

    [Fact]
    public void Validate_AWorkbookWithABadCell_NamesTheCell()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        var good = new MemoryStream();
        new XlsxObservationFormat().Write(observations, good);
        var path = Cli.TempFile("figures.xlsx");
        File.WriteAllBytes(path, Damage(good.ToArray()));

        var result = Cli.Run("validate", Cli.Plan, "-o", path);

        result.ExitCode.Should().Be(ExitCodes.Invalid);
        result.Out.Should().Contain("figures.xlsx, observations!D5, column \"value\": error DP3001");
    }

    private static string WriteWorkbook()
    {
        var observations = ObservationCsv.Read(File.OpenRead(Cli.Observations)).ToList();
        var path = Cli.TempFile("figures.xlsx");
        using var file = File.Create(path);
        new XlsxObservationFormat().Write(observations, file);
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

    private sealed class Unclosable(Stream inner) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => inner.Write(buffer);

        public override bool CanSeek => false;
    }
}
