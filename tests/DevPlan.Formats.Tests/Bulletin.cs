using System.Globalization;
using System.Text;
using DevPlan.Core;
using DevPlan.Core.Serialization;
using static DevPlan.Formats.Tests.RawWorkbook;

namespace DevPlan.Formats.Tests;

/// <summary>
/// A table in the layout of a statistical bulletin: a merged title above the header, one row per
/// indicator and measure, one column per year 2019–2023, and a note below. Its figures are
/// published (National Bureau of Statistics, Statistical Communiqués on the National Economic and
/// Social Development of the People's Republic of China, 2019–2023, first releases; R&amp;D
/// expenditure of 2019 from the Statistical Communiqué on National Expenditure on Science and
/// Technology 2019), the seed's indicators <c>gdp</c> and <c>rd-expenditure</c>.
/// </summary>
internal static class Bulletin
{
    public const string Source = "国家统计局历年国民经济和社会发展统计公报；2019年研发经费为《2019年全国科技经费投入统计公报》";

    public const string Note = "注：国内生产总值增速按不变价格计算；各年为当年公报初步数。";

    public static readonly string[] Years = ["2019", "2020", "2021", "2022", "2023"];

    /// <summary>The rows: indicator, measure, unit, and the figures of 2019–2023.</summary>
    public static readonly (string Indicator, string Measure, string Unit, string[] Figures)[] Rows =
    [
        ("gdp", "growth", "", ["6.1", "2.3", "8.1", "3.0", "5.2"]),
        ("rd-expenditure", "level", "10^8 CNY", ["22143.6", "24426", "27864", "30870", "33278"]),
        ("rd-expenditure", "growth", "", ["12.5", "10.3", "14.2", "10.4", "8.1"]),
    ];

    /// <summary>The same figures as a tidy CSV, one observation per row.</summary>
    public static string TidyCsv()
    {
        var csv = new StringBuilder("indicator,zone,period,value,unit,growth,status,source,completed\n");
        foreach (var (indicator, measure, unit, figures) in Rows)
        {
            for (var i = 0; i < Years.Length; i++)
            {
                csv.Append(measure == "level"
                    ? $"{indicator},,{Years[i]},{figures[i]},{unit},,A,{Source},\n"
                    : $"{indicator},,{Years[i]},,,{figures[i]},A,{Source},\n");
            }
        }
        return csv.ToString();
    }

    /// <summary>The same figures as a wide CSV.</summary>
    public static string WideCsv()
    {
        var csv = new StringBuilder($"indicator,measure,unit,source,{string.Join(',', Years)}\n");
        foreach (var (indicator, measure, unit, figures) in Rows)
        {
            csv.Append($"{indicator},{measure},{unit},{Source},{string.Join(',', figures)}\n");
        }
        return csv.ToString();
    }

    /// <summary>The same figures as a bulletin workbook: a merged title in row 1, a blank row, the header in row 3, the note below.</summary>
    public static byte[] Workbook()
    {
        var rows = new StringBuilder(Row(1, Text("A1", "2019—2023年主要指标")));
        string[] columns = ["A", "B", "C", "D", "E", "F", "G", "H", "I"];
        var header = new List<string> { Text("A3", "indicator"), Text("B3", "measure"), Text("C3", "unit"), Text("D3", "source") };
        header.AddRange(Years.Select((y, i) => Number($"{columns[4 + i]}3", y)));
        rows.Append(Row(3, [.. header]));
        var number = 4;
        foreach (var (indicator, measure, unit, figures) in Rows)
        {
            var cells = new List<string> { Text($"A{number}", indicator), Text($"B{number}", measure) };
            if (unit.Length > 0)
            {
                cells.Add(Text($"C{number}", unit));
            }
            cells.Add(Shared($"D{number}", 0));
            // As a spreadsheet stores them: 3.0 is stored as 3, and its style shows one decimal.
            cells.AddRange(figures.Select((f, i) => Number($"{columns[4 + i]}{number}",
                decimal.Parse(f, CultureInfo.InvariantCulture).ToString("0.############", CultureInfo.InvariantCulture), f.Contains('.') ? 1 : null)));
            rows.Append(Row(number++, [.. cells]));
        }
        rows.Append(Row(number, Text($"A{number}", Note)));
        const string styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs>";
        return Create(rows.ToString(), sharedStrings: $"<si><t>{Source}</t></si>", styles: styles, mergeCells: "<mergeCells count=\"1\"><mergeCell ref=\"A1:I1\"/></mergeCells>");
    }

    /// <summary>Reads observations as the CSV format does.</summary>
    public static List<Observation> FromCsv(string text) =>
        [.. ObservationCsv.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)))];
}
