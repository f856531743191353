using DevPlan.Core;
using DevPlan.Core.Parquet;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Spreadsheets;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Formats.Tests;

/// <summary>
/// An observation's release date survives a write and a read in every observation format (CSV, JSON, workbook,
/// Parquet), beside a row that has none. The 2023 GDP growth of 5.2% was published in the NBS Statistical
/// Communiqué of 2024-02-29; the second row is illustrative.
/// </summary>
public class ReleaseDatesInEveryFormatTest
{
    private static readonly ObservationFormats Formats = ObservationFormats.Default.With(new XlsxObservationFormat()).With(new ParquetObservationFormat());

    public static TheoryData<string> Names => [.. Formats.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void TheReleaseDate_IsWrittenAndReadBack(string name)
    {
        var format = Formats.Find(name)!;
        Observation[] observations =
        [
            new("gdp", ReportingPeriod.ForYear(2023), growth: new Percent(5.2m)) { Released = new LocalDate(2024, 2, 29), Source = "国家统计局《中华人民共和国2023年国民经济和社会发展统计公报》（2024年2月29日）" },
            new("gdp", ReportingPeriod.ForYearToDate(2024, 6), growth: new Percent(5.0m)) { Source = "illustrative" },
        ];
        var buffer = new MemoryStream();
        format.Write(observations, buffer);

        using var reader = format.OpenReader(new MemoryStream(buffer.ToArray()), "figures." + name);
        var read = reader.ReadObservations().ToList();

        read.Select(o => o.Released).Should().Equal(new LocalDate(2024, 2, 29), null);
        XlsxObservationReaderTest.Describe(read).Should().Equal(XlsxObservationReaderTest.Describe(observations));
    }
}
