using System.Data;
using System.Globalization;
using DevPlan.Core;
using DevPlan.Core.Attainment;
using DevPlan.Core.Reporting;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Units;
using ExcelDataReader;

namespace DevPlan.Formats.Tests;

/// <summary>Workbooks the library writes, read back by a different library (ExcelDataReader).</summary>
public sealed class XlsxWriterTest
{
    [Fact]
    public void An_observation_workbook_is_read_by_another_library_with_every_figure()
    {
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var buffer = new MemoryStream();
        new XlsxObservationFormat().Write(observations, buffer);

        var table = ReadSheets(buffer.ToArray())["observations"];

        table.Rows.Count.Should().Be(observations.Count + 1);
        ((string)table.Rows[0][0]).Should().Be("indicator");
        for (var i = 0; i < observations.Count; i++)
        {
            var row = table.Rows[i + 1];
            var o = observations[i];
            row[0].Should().Be(o.Indicator);
            row[2].Should().Be(o.Period.ToString());
            Figure(row[3]).Should().Be(o.Level?.Value);
            Figure(row[5]).Should().Be(o.Growth?.Value);
            row[7].Should().Be(o.Source);
        }
    }

    [Theory]
    [InlineData("en", "Results", "Zone contributions", "Targets")]
    [InlineData("zh-CN", "评价结果", "片区贡献", "目标与备注")]
    public void A_report_workbook_has_its_three_sheets_in_the_report_language(string language, string results, string contributions, string targets)
    {
        var sheets = ReadSheets(Write(Seeds.Report("jinan-high-tech-zone-2024", Catalogue.For(language))));

        sheets.Keys.Should().Equal(results, contributions, targets);
    }

    [Fact]
    public void A_report_workbook_holds_every_figure_as_a_number_and_rates_as_percentages()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.Chinese);

        var results = ReadSheets(Write(report))["评价结果"];

        results.Rows[0][0].Should().Be(report.Title);
        results.Rows[3][0].Should().Be("序号");
        results.Rows[3][11].Should().Be("评价");
        for (var i = 0; i < report.Rows.Length; i++)
        {
            var row = results.Rows[i + 4];
            var result = report.Rows[i].Result;
            var a = result.Assessment;
            row[1].Should().Be(result.Target.Id);
            if (result.Target.Kind == TargetKind.Completion)
            {
                row[5].Should().Be(DBNull.Value);
                continue;
            }
            var scale = a.Unit == Unit.Percent ? 100m : 1m;
            Figure(row[5]).Should().Be(a.Target / scale, because: result.Target.Id);
            Figure(row[6]).Should().Be(a.Actual / scale, because: result.Target.Id);
            row[11].Should().Be(report.Rows[i].IsProvisional ? report.Rows[i].Status + " †" : report.Rows[i].Status);
        }
    }

    [Fact]
    public void A_report_workbook_lists_every_zone_contribution_with_its_share_and_pull()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.English);

        var sheet = ReadSheets(Write(report))["Zone contributions"];

        var parts = report.Contributions.SelectMany(c => c.Parts).ToList();
        parts.Should().NotBeEmpty();
        for (var i = 0; i < parts.Count; i++)
        {
            var row = sheet.Rows[i + 1];
            row[3].Should().Be(parts[i].Zone);
            Figure(row[4]).Should().Be(parts[i].Part.Increment.Value);
            Figure(row[7]).Should().Be(Math.Round(parts[i].Part.Pull.Value, 2, MidpointRounding.AwayFromZero));
        }
    }

    [Fact]
    public void A_report_workbook_written_to_a_stream_that_cannot_seek_is_complete()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.English);
        var pipe = new WriteOnly();

        new XlsxReportFormat().Write(report, pipe);

        ReadSheets(pipe.ToArray()).Should().HaveCount(3);
    }

    [Fact]
    public void A_report_workbook_is_registered_as_a_binary_format()
    {
        var formats = ReportFormats.Default.With(new XlsxReportFormat());

        formats.Get("xlsx").IsText.Should().BeFalse();
        formats.Get("json").IsText.Should().BeTrue();
    }

    private static byte[] Write(EvaluationReport report)
    {
        var buffer = new MemoryStream();
        new XlsxReportFormat().Write(report, buffer);
        return buffer.ToArray();
    }

    [Theory]
    [InlineData("china-2023-annual-plan")]
    [InlineData("china-14th-five-year-plan")]
    public void A_plan_without_zones_gets_no_zone_sheet(string seed)
    {
        var sheets = ReadSheets(Write(Seeds.Report(seed, Catalogue.Chinese)));

        sheets.Keys.Should().Equal("评价结果", "目标与备注");
    }

    [Fact]
    public void Every_result_row_carries_the_plan_the_as_of_date_and_the_language()
    {
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.Chinese);

        var results = ReadSheets(Write(report))["评价结果"];

        results.Rows[3][14].Should().Be("规划编号");
        results.Rows[3][15].Should().Be("评价日期");
        for (var r = 4; r < 4 + report.Rows.Length; r++)
        {
            results.Rows[r][14].Should().Be("jinan-htz-2024");
            results.Rows[r][15].Should().Be(new DateTime(2025, 3, 31), "the as-of date is a date cell");
            results.Rows[r][16].Should().Be("zh");
        }
    }

    [Theory]
    [InlineData("china-14th-five-year-plan", "zh-CN")]
    [InlineData("china-14th-five-year-plan", "en")]
    [InlineData("jinan-high-tech-zone-2024", "zh-CN")]
    [InlineData("china-2023-annual-plan", "en")]
    public void Every_figure_of_a_report_workbook_is_a_number_cell_with_the_decimals_it_is_shown_with(string seed, string language)
    {
        var report = Seeds.Report(seed, Catalogue.For(language));

        var sheets = ReadSheets(Write(report));

        var figures = 0;
        foreach (var (name, table) in sheets)
        {
            foreach (DataRow row in table.Rows)
            {
                foreach (var cell in row.ItemArray)
                {
                    if (cell is string text && text.Contains('.', StringComparison.Ordinal))
                    {
                        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _).Should()
                            .BeFalse($"\"{text}\" on {name} is a number stored as text");
                    }
                }
            }
        }
        var results = sheets.First().Value;
        for (var r = 4; r < 4 + report.Rows.Length; r++)
        {
            foreach (var column in (int[])[5, 6, 8, 9]) // target value, actual, gap, completion
            {
                var cell = results.Rows[r][column];
                cell.Should().Match(c => c is DBNull || c is double, $"row {r + 1}, column {column + 1} holds a figure or nothing");
                if (cell is double number)
                {
                    figures++;
                    // A spreadsheet shows a computed figure to one decimal of a percentage or point, a level to two:
                    // the stored value has no more digits than that, save a published figure's own.
                    decimal.Parse(number.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).Scale
                        .Should().BeLessThanOrEqualTo(6, $"row {r + 1}, column {column + 1} ({number}) is rounded as shown");
                }
            }
        }
        figures.Should().BeGreaterThan(10);
    }

    /// <summary>Every sheet, by name, as ExcelDataReader reads it (no header row taken).</summary>
    internal static Dictionary<string, DataTable> ReadSheets(byte[] workbook)
    {
        // ExcelDataReader asks for the legacy code pages even for .xlsx.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(workbook));
        var sheets = new Dictionary<string, DataTable>();
        do
        {
            var table = new DataTable(reader.Name);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                table.Columns.Add(null, typeof(object));
            }
            while (reader.Read())
            {
                var values = new object[reader.FieldCount];
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values[i] = reader.GetValue(i) ?? DBNull.Value;
                }
                table.Rows.Add(values);
            }
            sheets.Add(reader.Name, table);
        }
        while (reader.NextResult());
        return sheets;
    }

    /// <summary>A numeric cell as the decimal it shows, to the 15 significant digits a spreadsheet keeps.</summary>
    private static decimal? Figure(object cell) => cell switch
    {
        DBNull => null,
        double d => decimal.Parse(d.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Expected a number, but the cell holds {cell.GetType().Name} \"{cell}\"."),
    };

    private sealed class WriteOnly : MemoryStream
    {
        public override bool CanSeek => false;

        public override bool CanRead => false;
    }
}
