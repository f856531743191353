using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// Observation CSV in the wide layout of yearbooks and bulletins: one row per indicator and zone, one
/// column per period. The figures are illustrative (not published statistics).
/// </summary>
public class WideCsvTest
{
    private static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private const string Wide =
        "indicator,zone,unit,measure,status,source,2021,2022,2023,2024-YTD-M06\n" +
        "gdp,,10^8 CNY,,A,illustrative,1500.5,1620.0,1767.3,\n" +
        "gdp,,,growth,A,illustrative,8.1,5.2,6.0,6.4\n" +
        "gdp,east,10^8 CNY,level,P,illustrative,,410,452.25,\n" +
        "new-urban-jobs,,10^4 person,,,,1.52,1.6,1.71,0.9\n";

    private const string Tidy =
        "indicator,zone,period,value,unit,growth,status,source,completed\n" +
        "gdp,,2021,1500.5,10^8 CNY,,A,illustrative,\n" +
        "gdp,,2022,1620.0,10^8 CNY,,A,illustrative,\n" +
        "gdp,,2023,1767.3,10^8 CNY,,A,illustrative,\n" +
        "gdp,,2021,,,8.1,A,illustrative,\n" +
        "gdp,,2022,,,5.2,A,illustrative,\n" +
        "gdp,,2023,,,6.0,A,illustrative,\n" +
        "gdp,,2024-YTD-M06,,,6.4,A,illustrative,\n" +
        "gdp,east,2022,410,10^8 CNY,,P,illustrative,\n" +
        "gdp,east,2023,452.25,10^8 CNY,,P,illustrative,\n" +
        "new-urban-jobs,,2021,1.52,10^4 person,,,,\n" +
        "new-urban-jobs,,2022,1.6,10^4 person,,,,\n" +
        "new-urban-jobs,,2023,1.71,10^4 person,,,,\n" +
        "new-urban-jobs,,2024-YTD-M06,0.9,10^4 person,,,,\n";

    private static string Describe(Observation o) =>
        $"{o.Indicator}|{o.Zone}|{o.Period}|{o.Level?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{o.Level?.Unit}|{o.Growth?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}|{o.Status}|{o.Source}";

    [Fact]
    public void WideTable_ReadsTheSameObservationsAsTheTidyFile()
    {
        var wide = ObservationCsv.Read(Utf8(Wide)).Select(Describe).ToList();
        var tidy = ObservationCsv.Read(Utf8(Tidy)).Select(Describe).ToList();

        wide.Should().BeEquivalentTo(tidy);
        wide.Should().HaveCount(13);
        wide.Should().Contain("gdp|(region)|2023|1767.3|10^8 CNY||Normal|illustrative", "the figure as published, to the last digit");
        wide.Should().Contain("gdp|east|2023|452.25|10^8 CNY||Provisional|illustrative");
    }

    [Fact]
    public void WideTable_ThroughTheFormatRegistry_AndTheBulkSet()
    {
        var format = ObservationFormats.Default.GetForPath("bulletin.csv");
        using var reader = format.OpenReader(Utf8(Wide), "bulletin.csv");

        var set = BulkObservationSet.Load(reader);

        set.Count.Should().Be(13);
        set.PeriodOf(0).Should().Be(ReportingPeriod.ForYear(2021));
    }

    [Fact]
    public void BadCell_NamesTheLineAndThePeriodColumn()
    {
        var csv = "indicator,unit,2022,2023\ngdp,10^8 CNY,1620.0,1 767.3\n";

        var error = FluentActions.Invoking(() => ObservationCsv.Read(Utf8(csv), sourceName: "bulletin.csv").ToList()).Should().Throw<DevPlanFormatException>().Which;

        error.LineNumber.Should().Be(2);
        error.Message.Should().Contain("bulletin.csv").And.Contain("2023").And.Contain("\"1 767.3\"");
    }

    [Fact]
    public void Lenient_KeepsTheOtherCellsAndRows_AndReportsEachBadOne()
    {
        var csv = "indicator,zone,unit,measure,2022,2023\n" +
                  "gdp,,10^8 CNY,,1620.0,n/a\n" +
                  "gdp,,,rate,5.2,6.0\n" +
                  "gdp,,,growth,5.2,6.0\n" +
                  "retail-sales,,,,100,\n" +
                  "budget-revenue,,10^8 CNY,,,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "bulletin.csv");

        result.Observations.Select(o => (o.Indicator, o.Period.ToString(), o.Level?.Value, o.Growth?.Value)).Should().Equal(
            ("gdp", "2022", 1620.0m, null), ("gdp", "2022", null, 5.2m), ("gdp", "2023", null, 6.0m));
        result.Locations.Select(l => (l.Line, l.Column)).Should().Equal((2, "2022"), (4, "2022"), (4, "2023"));
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(
            ("DP3001", 2, "2023"), ("DP3001", 3, "measure"), ("DP3001", 5, "unit"), ("DP3004", 6, null));
    }

    [Fact]
    public void GrowthRow_WithAUnit_IsRefused()
    {
        var result = ObservationCsv.ReadLenient(Utf8("indicator,unit,measure,2023\ngdp,10^8 CNY,growth,6.0\n"));

        result.Diagnostics.Should().ContainSingle().Which.Location.Column.Should().Be("unit");
    }

    [Fact]
    public void UnknownColumn_IsANotice_AndItsCellsAreIgnored()
    {
        var result = ObservationCsv.ReadLenient(Utf8("indicator,unit,remarks,2023\ngdp,10^8 CNY,note,1767.3\n"));

        result.Observations.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle().Which.Should().Match<Diagnostic>(d => d.Code == "DP3003" && d.Location.Column == "remarks");
    }

    [Fact]
    public void AFigureUnderABlankHeader_IsAnErrorAtItsLineAndField_NotDropped()
    {
        var csv = "indicator,unit,,2023,\ngdp,10^8 CNY,9,1767.3,\nretail-sales,10^8 CNY,,470.1,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "bulletin.csv");

        result.Observations.Select(o => (o.Indicator, o.Level!.Value.Value)).Should().Equal(("retail-sales", 470.1m));
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Code, error.Severity, error.Location.Line, error.Location.Column).Should().Be(("DP3001", DiagnosticSeverity.Error, 2L, "(no header, field 3)"));
        error.Message.Should().Contain("under a blank header cell").And.Contain("\"9\"");
        var strict = FluentActions.Invoking(() => ObservationCsv.Read(Utf8(csv), sourceName: "bulletin.csv").ToList()).Should().Throw<DevPlanFormatException>().Which;
        strict.LineNumber.Should().Be(2);
        strict.Column.Should().Be("(no header, field 3)");
    }

    [Fact]
    public void BlankColumnsUnderBlankHeaders_AreNothing_HoweverMany()
    {
        var csv = "indicator,,unit,2023,,\ngdp,,10^8 CNY,1767.3,,\n";

        ObservationCsv.ReadLenient(Utf8(csv)).Diagnostics.Should().BeEmpty();
        ObservationCsv.Read(Utf8(csv)).Single().Level!.Value.Value.Should().Be(1767.3m);
    }

    [Fact]
    public void AColumnHeadedByAnInvalidPeriod_IsANotice_AndEachFigureUnderItAnError()
    {
        var csv = "indicator,unit,2024-M12,2024-M13,2024年\ngdp,10^8 CNY,1,9,\ncpi,10^8 CNY,2,,\nppi,10^8 CNY,3,,7\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "bulletin.csv");

        result.Observations.Select(o => (o.Indicator, o.Period.ToString())).Should().Equal(("cpi", "2024-M12"));
        result.Diagnostics.Select(d => (d.Code, d.Severity, d.Location.Line, d.Location.Column)).Should().Equal(
            ("DP3003", DiagnosticSeverity.Warning, 1L, "2024-M13"), ("DP3003", DiagnosticSeverity.Warning, 1L, "2024年"),
            ("DP3001", DiagnosticSeverity.Error, 2L, "2024-M13"), ("DP3001", DiagnosticSeverity.Error, 4L, "2024年"));
        result.Diagnostics[0].Message.Should().Contain("Expected a period such as 2023, 2024-Q2, 2024-M06 or 2024-YTD-M06, but found \"2024-M13\". A figure under it is an error.");
        result.Diagnostics[2].Message.Should().Contain("Expected figures only under periods such as 2023, 2024-Q2 or 2024-M06, but this cell is under \"2024-M13\", which is not one").And.Contain("\"9\"");
        FluentActions.Invoking(() => ObservationCsv.Read(Utf8(csv)).ToList()).Should().Throw<DevPlanFormatException>().Which.Column.Should().Be("2024-M13");
    }

    [Fact]
    public void AHeaderThatIsNotAPeriodNorADigit_StaysAnUnknownColumnWhoseCellsAreIgnored()
    {
        var result = ObservationCsv.ReadLenient(Utf8("indicator,unit,M13,2023\ngdp,10^8 CNY,9,1\n"));

        result.Observations.Should().ContainSingle();
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("It is ignored.");
    }

    [Fact]
    public void WideHeaderWithoutAnIndicator_IsRefusedAtLineOne()
    {
        var error = FluentActions.Invoking(() => ObservationCsv.OpenReader(Utf8("zone,unit,2023\n,10^8 CNY,1\n"))).Should().Throw<DevPlanFormatException>().Which;

        error.LineNumber.Should().Be(1);
        error.Message.Should().Contain("indicator");
    }

    [Fact]
    public void HeaderWithNeitherAPeriodColumnNorPeriods_StillAsksForThePeriodColumn() =>
        FluentActions.Invoking(() => ObservationCsv.OpenReader(Utf8("indicator,value\ngdp,5\n")))
            .Should().Throw<DevPlanFormatException>().WithMessage("*\"period\"*");

    [Fact]
    public void RaggedRow_AndALongField_AreReportedAtTheirLine()
    {
        var options = ObservationCsvOptions.Default with { MaxFieldLength = 20 };
        var csv = "indicator,unit,2023\ngdp,10^8 CNY\ngdp,10^8 CNY," + new string('9', 30) + "\ngdp,10^8 CNY,1\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), options);

        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().Equal(("DP3002", 2), ("DP3001", 3));
        result.Observations.Should().ContainSingle();
    }

    [Fact]
    public async Task ReadAsync_ReadsTheSameAsRead()
    {
        var read = ObservationCsv.Read(Utf8(Wide)).Select(Describe).ToList();
        var asynchronous = new List<string>();
        await foreach (var observation in ObservationCsv.ReadAsync(Utf8(Wide)))
        {
            asynchronous.Add(Describe(observation));
        }

        asynchronous.Should().Equal(read);
    }

    [Fact]
    public void EachKindOfBadRow_IsReportedAtItsColumn_WithWhatWasExpected()
    {
        var csv = "indicator,zone,unit,measure,status,source,2023,2024\n" +
                  "bad id,,10^8 CNY,,,,1,2\n" +
                  "gdp,bad zone,10^8 CNY,,,,1,2\n" +
                  "gdp,,10^8 CNY,,Z,,1,2\n" +
                  "gdp,,,,,,1,2\n" +
                  "gdp,,10^8 CNY,,,report 5\" screen,1,2\n" +
                  "gdp,,,growth,,,x,2\n" +
                  "gdp,,10^8 CNY,,,,1,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "bulletin.csv");

        result.Diagnostics.Select(d => (d.Location.Line, d.Location.Column)).Should().Equal(
            (2, "indicator"), (3, "zone"), (4, "status"), (5, "unit"), (6, "source"), (7, "2023"));
        result.Diagnostics[0].Message.Should().Contain("Expected an indicator code of ASCII letters, digits");
        result.Diagnostics[1].Message.Should().Contain("Expected a zone code, or a blank field for the whole region.");
        result.Diagnostics[2].Message.Should().Contain("Expected an SDMX status code (A, P, E, F, B, I, O)");
        result.Diagnostics[3].Message.Should().Contain("Expected the unit of the row's levels, such as");
        result.Diagnostics[5].Message.Should().Contain("Expected a growth rate in percent as an invariant decimal number");
        result.Observations.Select(o => (o.Period.ToString(), o.Level?.Value, o.Growth?.Value, o.Source)).Should().Equal(
            ("2024", null, 2m, null), ("2023", 1m, null, null));
    }

    [Fact]
    public void Messages_SayWhatAWideTableExpects()
    {
        ObservationCsv.ReadLenient(Utf8("indicator,unit,notes,2023\ngdp,10^8 CNY,x,1\n")).Diagnostics.Single().Message
            .Should().Contain("Expected the columns indicator, zone, unit, status, source, measure and periods such as 2023");
        ObservationCsv.ReadLenient(Utf8("indicator,unit,measure,2023\ngdp,,rate,1\n")).Diagnostics.Single().Message.Should().Contain("Expected \"level\"");
        ObservationCsv.ReadLenient(Utf8("indicator,unit,measure,2023\ngdp,10^8 CNY,growth,1\n")).Diagnostics.Single().Message.Should().Contain("Expected no unit on a row of growth rates");
        ObservationCsv.ReadLenient(Utf8("indicator,unit,2023\ngdp,10^8 CNY,\n")).Diagnostics.Single().Message.Should().Contain("Expected a figure in at least one period column");
        ObservationCsv.ReadLenient(Utf8("indicator,unit,2023\ngdp,10^8 CNY,1.2.3\n")).Diagnostics.Single().Message.Should().Contain("Expected a level as an invariant decimal number");
        FluentActions.Invoking(() => ObservationCsv.OpenReader(Utf8("zone,2023\n,1\n"))).Should().Throw<DevPlanFormatException>()
            .WithMessage("*Expected a column \"indicator\" in the header of a wide table (one column per period), but found only: zone, 2023*");
    }

    [Fact]
    public void FieldOfExactlyTheLimit_IsRead()
    {
        var options = ObservationCsvOptions.Default with { MaxFieldLength = 20 };
        var csv = "indicator,unit,source,2023\ngdp,10^8 CNY," + new string('s', 20) + ",1\n";

        ObservationCsv.Read(Utf8(csv), options).Single().Source.Should().HaveLength(20);
    }

    [Fact]
    public async Task Reader_ReadAsync_GivesEachCell_ThenStops_AndLeavesTheStreamOpen()
    {
        var stream = Utf8("indicator,unit,2022,2023,2024\ngdp,10^8 CNY,x,1,2\n");
        var periods = new List<string>();
        using (var reader = ObservationCsv.OpenReader(stream))
        {
            (await reader.ReadAsync()).Should().BeTrue();
            reader.Problem!.Location.Column.Should().Be("2022");
            FluentActions.Invoking(() => { _ = reader.Current.Period; }).Should().Throw<InvalidOperationException>("the cell is a problem, not a record");
            while (await reader.ReadAsync())
            {
                periods.Add(reader.Current.Period.ToString());
                reader.CreateObservation().Source.Should().BeNull();
            }
            (await reader.ReadAsync()).Should().BeFalse();
        }

        periods.Should().Equal("2023", "2024");
        stream.CanRead.Should().BeTrue("the reader does not own a stream it was given");
    }
}
