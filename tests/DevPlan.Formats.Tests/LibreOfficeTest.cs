using System.Globalization;
using System.Text;
using DevPlan.Core;
using DevPlan.Core.Reporting;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Units;
using nietras.SeparatedValues;

namespace DevPlan.Formats.Tests;

/// <summary>
/// Workbooks the library writes, opened by LibreOffice as a planner would open them, and every
/// figure compared as LibreOffice shows it. Skipped only where LibreOffice is not installed
/// (<c>.ci/run</c> installs it).
/// </summary>
[Trait("Category", "LibreOffice")]
public sealed class LibreOfficeTest
{
    [SkippableFact]
    public void An_observation_workbook_opened_in_LibreOffice_shows_every_observation_as_published()
    {
        Skip.If(LibreOffice.Path is null, "LibreOffice (soffice) is not installed");
        var observations = Seeds.Observations("china-14th-five-year-plan");
        var buffer = new MemoryStream();
        new XlsxObservationFormat().Write(observations, buffer);

        var csv = LibreOffice.ToCsv(buffer.ToArray())["observations"];
        var shown = ObservationCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv))).ToList();

        XlsxObservationReaderTest.Describe(shown).Should().Equal(XlsxObservationReaderTest.Describe(observations));
    }

    [SkippableTheory]
    [InlineData("en", "Results")]
    [InlineData("zh-CN", "评价结果")]
    public void A_report_workbook_opened_in_LibreOffice_shows_every_target_and_actual_as_published(string language, string sheet)
    {
        Skip.If(LibreOffice.Path is null, "LibreOffice (soffice) is not installed");
        var report = Seeds.Report("jinan-high-tech-zone-2024", Catalogue.For(language));
        var buffer = new MemoryStream();
        new XlsxReportFormat().Write(report, buffer);

        var sheets = LibreOffice.ToCsv(buffer.ToArray());
        using var csv = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(sheets[sheet]);
        var lines = new List<string[]>();
        foreach (var row in csv)
        {
            var cells = new string[row.ColCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = row[c].ToString();
            }
            lines.Add(cells);
        }

        sheets.Should().HaveCount(3);
        lines[0][0].Should().Be(report.Title);
        for (var i = 0; i < report.Rows.Length; i++)
        {
            var cells = lines[i + 4];
            var result = report.Rows[i].Result;
            var a = result.Assessment;
            cells[1].Should().Be(result.Target.Id);
            if (result.Target.Kind == TargetKind.Completion)
            {
                continue;
            }
            var suffix = a.Unit == Unit.Percent ? "%" : "";
            // English shows levels in its own magnitudes: USD 7.7亿 (10^8) as 770 (million).
            var shift = a.Unit == Unit.Percent || a.Unit.Exponent <= 0 ? 0
                : a.Unit.Exponent - report.Catalogue["computed.magnitudes"].Split(' ').Select(int.Parse).Where(m => m <= a.Unit.Exponent).DefaultIfEmpty(0).Max();
            decimal? Moved(decimal? v) => v is { } x && shift > 0 ? Math.Round(x * (decimal)Math.Pow(10, shift), Math.Max(0, x.Scale - shift)) : v;
            var stated = result.Target.Figure?.Value;
            var aim = Moved(a.Target is { } t && !(stated == t && stated.Value.Scale == t.Scale)
                ? Math.Round(t, a.Unit == Unit.Percent ? 1 : Math.Min((int)t.Scale, 2), MidpointRounding.AwayFromZero)
                : a.Target);
            cells[5].Should().Be(aim?.ToString(CultureInfo.InvariantCulture) + (a.Target is null ? "" : suffix), because: result.Target.Id);
            // An actual that is the figure's own shows as published; a computed one to one decimal of a rate, two of a level.
            var own = result.Observation?.Growth?.Value ?? result.Observation?.Level?.Value;
            var shown = Moved(a.Actual is { } actual && !(own == actual && own.Value.Scale == actual.Scale)
                ? Math.Round(actual, a.Unit == Unit.Percent ? 1 : Math.Min((int)actual.Scale, 2), MidpointRounding.AwayFromZero)
                : a.Actual);
            cells[6].Should().Be(shown?.ToString(CultureInfo.InvariantCulture) + (a.Actual is null ? "" : suffix), because: result.Target.Id);
            cells[7].Should().Be(language == "en" && result.Target.Id == "t07-foreign-capital" ? "USD million" : cells[7], "English names a level by its scale word");
        }
    }
}
