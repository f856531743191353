using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using DevPlan.Core.Reporting;
using DevPlan.Core.Spreadsheets;

namespace DevPlan.Formats.Tests;

/// <summary>
/// The workbooks the library writes, opened by exceljs (Node.js), which follows the package's part
/// names strictly: relative names, unprefixed parts, as Excel writes them. <c>.ci/run</c> installs it
/// (<c>npm ci</c> in <c>tests/DevPlan.Formats.Tests/exceljs</c>); without Node.js or the install, the
/// tests say they were skipped.
/// </summary>
public sealed class ExcelJsTest
{
    private static readonly string Folder = Path.Combine(Repository.Root, "tests", "DevPlan.Formats.Tests", "exceljs");

    [SkippableFact]
    public void An_observation_workbook_opens_with_every_figure_and_date()
    {
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var buffer = new MemoryStream();
        new XlsxObservationFormat().Write(observations, buffer);

        var book = Read(buffer.ToArray());

        book.GetProperty("creator").GetString().Should().Be("DevPlan.Core");
        book.GetProperty("title").GetString().Should().Be("observations");
        var rows = book.GetProperty("sheets")[0].GetProperty("rows");
        book.GetProperty("sheets")[0].GetProperty("name").GetString().Should().Be("observations");
        rows.GetArrayLength().Should().Be(observations.Count + 1);
        observations.Should().Contain(o => o.Released != null, "the seed's figures carry their release dates");
        for (var i = 0; i < observations.Count; i++)
        {
            var cells = rows[i + 1];
            var o = observations[i];
            cells[0].GetProperty("value").GetString().Should().Be(o.Indicator);
            Number(cells[3]).Should().Be(o.Level?.Value, $"row {i + 2}'s level");
            Number(cells[5]).Should().Be(o.Growth?.Value, $"row {i + 2}'s growth");
            if (o.Released is { } released)
            {
                cells[9].GetProperty("type").GetString().Should().Be("date", "a release date is a date cell");
                cells[9].GetProperty("value").GetString().Should().Be(released.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
            }
        }
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public void A_report_workbook_opens_with_the_figures_ExcelDataReader_reads(string language)
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.For(language));
        var buffer = new MemoryStream();
        new XlsxReportFormat().Write(report, buffer);

        var book = Read(buffer.ToArray());
        var expected = XlsxWriterTest.ReadSheets(buffer.ToArray());

        book.GetProperty("title").GetString().Should().Be(report.Title);
        DateTimeOffset.Parse(book.GetProperty("created").GetString()!, CultureInfo.InvariantCulture).Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromDays(1));
        var sheets = book.GetProperty("sheets").EnumerateArray().ToList();
        sheets.Select(s => s.GetProperty("name").GetString()).Should().Equal(expected.Keys);
        var figures = 0;
        foreach (var sheet in sheets)
        {
            var table = expected[sheet.GetProperty("name").GetString()!];
            var rows = sheet.GetProperty("rows");
            for (var r = 0; r < table.Rows.Count; r++)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (table.Rows[r][c] is double number)
                    {
                        rows[r][c].GetProperty("type").GetString().Should().Be("number");
                        rows[r][c].GetProperty("value").GetDouble().Should().Be(number, $"{sheet.GetProperty("name")} row {r + 1} column {c + 1}");
                        figures++;
                    }
                    else if (table.Rows[r][c] is string text)
                    {
                        rows[r][c].GetProperty("value").GetString().Should().Be(text);
                    }
                }
            }
        }
        figures.Should().BeGreaterThan(20, "the report's figures are numbers");
    }

    private static decimal? Number(JsonElement cell) => cell.GetProperty("type").GetString() switch
    {
        "number" => decimal.Parse(cell.GetProperty("value").GetDouble().ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        "object" or "undefined" => null,
        var type => throw new InvalidOperationException($"Expected a number, but exceljs read a {type}: {cell}."),
    };

    private static JsonElement Read(byte[] workbook)
    {
        Skip.If(!Directory.Exists(Path.Combine(Folder, "node_modules", "exceljs")), "exceljs is not installed (npm ci in tests/DevPlan.Formats.Tests/exceljs)");
        var path = Path.Combine(Path.GetTempPath(), $"devplan-exceljs-{Guid.NewGuid():N}.xlsx");
        File.WriteAllBytes(path, workbook);
        try
        {
            var start = new ProcessStartInfo("node") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("read.mjs");
            start.ArgumentList.Add(path);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit(60_000).Should().BeTrue("exceljs should read a small workbook within a minute");
            process.ExitCode.Should().Be(0, $"exceljs should open the workbook, but said: {error.Result}");
            return JsonDocument.Parse(output.Result).RootElement.Clone();
        }
        finally
        {
            File.Delete(path);
        }
    }
}
