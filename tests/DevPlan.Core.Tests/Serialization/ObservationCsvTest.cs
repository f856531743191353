using DevPlan.Core.Validation;
using DevPlan.Core.Diagnostics;
using System.Globalization;
using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Serialization;

public class ObservationCsvTest
{
    private static readonly string SamplePath = Path.Combine(AppContext.BaseDirectory, "seeds", "jinan-high-tech-zone-2024.observations.sample.csv");
    private const string Header = "indicator,zone,period,value,unit,growth,status,source,completed\n";

    /// <summary>The header the writer writes: every column, the release date last.</summary>
    private const string WrittenHeader = "indicator,zone,period,value,unit,growth,status,source,completed,released\n";

    private static Stream Utf8(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    private static List<Observation> ReadStrict(string csv) => ObservationCsv.Read(Utf8(csv), sourceName: "obs.csv").ToList();

    private static DevPlanFormatException Fails(string csv, ObservationCsvOptions? options = null)
    {
        var act = () => ObservationCsv.Read(Utf8(csv), options, "obs.csv").ToList();
        return act.Should().Throw<DevPlanFormatException>().Which;
    }

    [Fact]
    public void Sample_ReadsEveryRow_AndEvaluatesTheSeedPlan()
    {
        using var file = File.OpenRead(SamplePath);
        var observations = ObservationCsv.Read(file).ToList();

        observations.Should().HaveCount(16);
        observations[4].Level.Should().Be(new Quantity(832.8m, Unit.HundredMillionYuan));
        observations[5].Zone.Should().Be(ZoneScope.Zone("central"));
        observations[11].Status.Should().Be(ObservationStatus.Provisional);
        observations[11].Period.Should().Be(ReportingPeriod.ForYearToDate(2024, 11));
        observations[15].Completed.Should().BeTrue();
        observations.Should().OnlyContain(o => o.Source!.StartsWith("Illustrative"));
        var evaluation = PlanEvaluator.Evaluate(SeedFiles.JinanPlan, observations, new LocalDate(2025, 2, 28));
        evaluation.Results.Select(r => r.Assessment.Status).Should().Equal(
            AttainmentStatus.Achieved, AttainmentStatus.Exceeded, AttainmentStatus.NotAchieved, AttainmentStatus.Achieved, AttainmentStatus.OnTrack,
            AttainmentStatus.NoData, AttainmentStatus.Exceeded, AttainmentStatus.Achieved, AttainmentStatus.OnTrack, AttainmentStatus.Achieved);
    }

    [Fact]
    public void WriteThenRead_LosesNothing()
    {
        Observation[] observations =
        [
            new("gdp", ReportingPeriod.ForYear(2023), new Quantity(1767.30m, Unit.HundredMillionYuan), new Percent(7.3m)) { Source = "bulletin, \"final\"\nline two", Released = new LocalDate(2024, 2, 29) },
            new("jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)) { Zone = ZoneScope.Zone("east"), Status = ObservationStatus.Estimated },
            new("energy", ReportingPeriod.ForYear(2024), growth: new Percent(-3.50m), completed: false) { Source = "=HYPERLINK(\"x\")" },
            new("x", ReportingPeriod.ForMonth(2024, 2), growth: new Percent(0m)) { Source = "'=already quoted" },
        ];

        var csv = ObservationCsv.ToCsv(observations);
        var read = ReadStrict(csv);

        read.Should().BeEquivalentTo(observations, o => o.WithStrictOrdering());
        read[0].Level!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("1767.30");
        read[2].Growth!.Value.Value.ToString(CultureInfo.InvariantCulture).Should().Be("-3.50");
        csv.Should().StartWith(WrittenHeader);
    }

    [Fact]
    public void Write_NeutralisesFormulaTextButNotNumbers()
    {
        var csv = ObservationCsv.ToCsv(
        [
            new Observation("a", ReportingPeriod.ForYear(2024), growth: new Percent(-3.5m)) { Source = "=SUM(A1:A9)" },
            new Observation("b", ReportingPeriod.ForYear(2024), growth: new Percent(1m)) { Source = "+86 531" },
            new Observation("c", ReportingPeriod.ForYear(2024), growth: new Percent(1m)) { Source = "@cmd" },
            new Observation("d", ReportingPeriod.ForYear(2024), growth: new Percent(1m)) { Source = "\tx" },
            new Observation("e", ReportingPeriod.ForYear(2024), growth: new Percent(1m)) { Source = "-minus" },
        ]);

        csv.Should().Contain(",-3.5,").And.Contain(",'=SUM(A1:A9),").And.Contain(",'+86 531,").And.Contain(",'@cmd,").And.Contain("'\tx").And.Contain(",'-minus,");
    }

    [Fact]
    public void Write_EmptyList_IsJustTheHeader() => ObservationCsv.ToCsv([]).Should().Be(WrittenHeader);

    [Fact]
    public void Read_ColumnsInAnyOrderAndOptionalOnesAbsent()
    {
        var observations = ReadStrict("period,growth,indicator\n2024-Q1,5.3,gdp\n");

        observations.Should().ContainSingle().Which.Should().Match<Observation>(o => o.Growth == new Percent(5.3m) && o.Period == ReportingPeriod.ForQuarter(2024, 1) && o.Zone.IsRegion);
    }

    [Fact]
    public void Read_WithAndWithoutByteOrderMark()
    {
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Header + "gdp,,2024,,,7,,,\n")).ToArray();

        ObservationCsv.Read(new MemoryStream(withBom)).Single().Indicator.Should().Be("gdp");
        ReadStrict(Header + "gdp,,2024,,,7,,,\n").Single().Indicator.Should().Be("gdp");
    }

    [Fact]
    public void Read_IsInvariantWhateverTheCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            ReadStrict(Header + "gdp,,2024,1767.3,10^8 CNY,7.3,,,\n").Single().Level!.Value.Value.Should().Be(1767.3m);
            ObservationCsv.ToCsv([new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.5m))]).Should().Contain(",7.5,");
            Fails(Header + "gdp,,2024,\"1767,3\",10^8 CNY,,,,\n").Column.Should().Be("value");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData("gdp,,2024-Q5,,,7,,,", "period", "2024-Q5")]
    [InlineData("gdp,,2024,1e400,10^8 CNY,,,,", "value", "1e400")]
    [InlineData("gdp,,2024,NaN,10^8 CNY,,,,", "value", "NaN")]
    [InlineData("gdp,,2024,5,yuan!,,,,", "unit", "yuan!")]
    [InlineData("gdp,,2024,,,seven,,,", "growth", "seven")]
    [InlineData("gdp,,2024,,,7,Z,,", "status", "Z")]
    [InlineData("gdp,,2024,,,,,,maybe", "completed", "maybe")]
    [InlineData("g d p,,2024,,,7,,,", "indicator", "g d p")]
    [InlineData("gdp,west zone,2024,,,7,,,", "zone", "west zone")]
    [InlineData("gdp,,2024,,10^8 CNY,7,,,", "unit", "10^8 CNY")]
    public void Strict_BadField_NamesLineColumnAndText(string row, string column, string text)
    {
        var error = Fails(Header + "gdp,,2023,,,6,,,\n" + row + "\n");

        error.LineNumber.Should().Be(3);
        error.Column.Should().Be(column);
        error.Text.Should().Be(text);
        error.Message.Should().StartWith($"obs.csv: line 3, column \"{column}\" (text \"{text}\"): Expected");
    }

    [Fact]
    public void Strict_RaggedRow_IsRefused() => Fails(Header + "gdp,,2024,,,7\n").Reason.Should().Contain("9 fields").And.Contain("has 6");

    [Fact]
    public void Strict_RowWithoutFigure_IsRefused() => Fails(Header + "gdp,,2024,,,,,,\n").Reason.Should().Contain("value, a growth rate or a completion flag");

    [Fact]
    public void MissingRequiredColumn_IsFatalInBothModes()
    {
        Fails("indicator,value\ngdp,5\n").Reason.Should().Contain("\"period\"");
        FluentActions.Invoking(() => ObservationCsv.ReadLenient(Utf8("indicator,value\ngdp,5\n"))).Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void RepeatedHeaderNames_AreRefusedAtLineOne()
    {
        var error = Fails("indicator,period,growth,growth\ngdp,2024,7,7\n");

        error.LineNumber.Should().Be(1);
        error.Reason.Should().Contain("distinct column names, but \"growth\" is named twice");
    }

    [Fact]
    public void BlankHeaders_AreNoColumns_ABlankCellUnderThemIsNothing_AndAFilledOneAnError()
    {
        const string csv = "indicator,period,,growth,,\ngdp,2023,,5.2,,\ngdp,2024,x,5.0,,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "figures.csv");

        result.Observations.Select(o => o.Period.ToString()).Should().Equal("2023");
        var error = result.Diagnostics.Should().ContainSingle().Subject;
        (error.Code, error.Severity, error.Location.Line, error.Location.Column).Should().Be(("DP3001", DiagnosticSeverity.Error, 3L, "(no header, field 3)"));
        error.Message.Should().Contain("Expected cells only under the header's columns, but this one is under a blank header cell").And.Contain("\"x\"");
        ObservationCsv.Read(Utf8("indicator,period,,growth,,\ngdp,2023,,5.2,,\n")).Should().ContainSingle("blank columns under blank headers are nothing to refuse");
    }

    [Fact]
    public void EmptyFile_NeedsAHeader() => Fails("").Reason.Should().Contain("header");

    [Fact]
    public void UnknownColumn_IsAnErrorWhenStrictAndAWarningWhenLenient()
    {
        const string csv = "indicator,period,growth,remarks\ngdp,2024,7,hello\n";

        Fails(csv).Column.Should().Be("remarks");
        var lenient = ObservationCsv.ReadLenient(Utf8(csv));
        lenient.Observations.Should().ContainSingle();
        lenient.Diagnostics.Should().ContainSingle().Which.Code.Should().Be("DP3003");
    }

    [Fact]
    public void QuotedFields_WithSeparatorsQuotesAndLineBreaks()
    {
        var observations = ReadStrict(Header + "gdp,,2024,,,7,,\"a, \"\"b\"\"\nc\",\n");

        observations.Single().Source.Should().Be("a, \"b\"\nc");
    }

    [Fact]
    public void Lenient_KeepsGoodRowsWithTheirLinesAndReportsBadOnes()
    {
        var csv = Header + "gdp,,2024,,,7,,,\nretail,,2024-Q9,,,7,,,\ncpi,,2024,,,2,,,\ngdp,,2024,,,7\nbudget-revenue,,2024,,,7.5,,,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "obs.csv");

        result.Observations.Select(o => o.Indicator).Should().Equal("gdp", "cpi", "budget-revenue");
        result.Locations.Select(l => l.Line).Should().Equal(2, 4, 6);
        result.Diagnostics.Select(d => (d.Code, d.Location.Line, d.Location.Column)).Should().Equal(("DP3001", 3, "period"), ("DP3002", 5, null));
        result.Diagnostics[0].Message.Should().Contain("\"2024-Q9\"");
        var validation = PlanValidator.ValidateObservations(SeedFiles.JinanPlan, result);
        validation.Diagnostics.Should().ContainSingle().Which.Should().Match<DevPlan.Core.Diagnostics.Diagnostic>(d => d.Code == "DP2002" && d.Location.Line == 4 && d.Location.SourceName == "obs.csv");
    }

    [Fact]
    public async Task Async_ReadsAndWritesTheSame()
    {
        var observations = ReadStrict(File.ReadAllText(SamplePath));

        using var output = new MemoryStream();
        await ObservationCsv.WriteAsync(Streamed(observations), output);
        var readBack = new List<Observation>();
        await foreach (var observation in ObservationCsv.ReadAsync(new MemoryStream(output.ToArray())))
        {
            readBack.Add(observation);
        }
        var lenient = await ObservationCsv.ReadLenientAsync(new MemoryStream(output.ToArray()));

        Encoding.UTF8.GetString(output.ToArray()).Should().Be(ObservationCsv.ToCsv(observations));
        readBack.Should().HaveCount(16);
        lenient.Observations.Should().HaveCount(16);
    }

    [Fact]
    public async Task Async_WritesLargeSetsInBatches()
    {
        var many = Enumerable.Range(0, 5000).Select(i => new Observation("gdp", ReportingPeriod.ForMonth(2000 + i / 12, i % 12 + 1), growth: new Percent(i / 10m))).ToList();

        using var output = new MemoryStream();
        await ObservationCsv.WriteAsync(Streamed(many), output);

        ObservationCsv.Read(new MemoryStream(output.ToArray())).Select(o => o.Growth).Should().Equal(many.Select(o => o.Growth));
    }

    [Fact]
    public void InvalidUtf8_IsRefused()
    {
        var bytes = Encoding.UTF8.GetBytes(Header + "gdp,,2024,,,7,,source,\n");
        bytes[^4] = 0xFF;

        var act = () => ObservationCsv.Read(new MemoryStream(bytes)).ToList();

        act.Should().Throw<DevPlanFormatException>().Which.Reason.Should().Contain("UTF-8").And.Contain("FF");
    }

    [Fact]
    public void FiftyMegabyteSingleLine_StopsAtTheLineLimit()
    {
        var huge = new MemoryStream();
        huge.Write(Encoding.UTF8.GetBytes(Header + "gdp,,2024,,,7,,"));
        huge.Write(Encoding.UTF8.GetBytes(new string('x', 50 * 1024 * 1024)));
        huge.Position = 0;

        var act = () => ObservationCsv.Read(huge).ToList();

        var error = act.Should().Throw<DevPlanFormatException>().Which;
        error.LineNumber.Should().Be(2);
        error.Reason.Should().Contain("MaxLineLength");
    }

    [Fact]
    public void LongLine_InsideAChunk_IsReportedAtItsOwnLine()
    {
        var csv = Header + "gdp,,2024,,,7,,,\n" + "gdp,,2023,,,6,,,\n" + "gdp,,2022,,," + new string('1', 200) + ",,,\n" + "gdp,,2021,,,5,,,\n";

        var error = Fails(csv, new ObservationCsvOptions { MaxLineLength = 100 });

        error.LineNumber.Should().Be(4);
    }

    [Fact]
    public void LongField_IsABadField()
    {
        var error = Fails(Header + $"gdp,,2024,,,7,,{new string('s', 5000)},\n");

        error.Column.Should().Be("source");
        error.Reason.Should().Contain("4096");
    }

    [Fact]
    public void TruncatedFile_InsideAQuotedField_IsReportedNotCrashed()
    {
        var act = () => ObservationCsv.Read(Utf8(Header + "gdp,,2024,,,7,,\"unterminated")).ToList();

        act.Should().Throw<DevPlanFormatException>();
    }

    [Fact]
    public void Separator_IsAnOption()
    {
        var options = new ObservationCsvOptions { Separator = ';' };
        var csv = ObservationCsv.ToCsv([new Observation("gdp", ReportingPeriod.ForYear(2024), new Quantity(1.5m, Unit.HundredMillionYuan))], options);

        csv.Should().StartWith("indicator;zone;");
        ObservationCsv.Read(Utf8(csv), options).Single().Level!.Value.Value.Should().Be(1.5m);
        FluentActions.Invoking(() => new ObservationCsvOptions { Separator = '"' }).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Lenient_StrayQuoteInsideAnUnquotedField_LosesOnlyItsOwnRow()
    {
        // The adversarial review's input: the quote in "5\" screen" used to open a quoted field that swallowed every row after it.
        var csv = Header + "gdp,,2024-M01,,,7.1,A,,\n" + "gdp,,2024-M02,,,7.2,A,report 5\" screen,\n" + "gdp,,2024-M03,,,7.3,A,,\n" + "cpi,,2024-M03,,,0.3,A,\"a, \"\"b\"\"\",\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), sourceName: "obs.csv");

        result.Observations.Select(o => o.Growth?.Value).Should().Equal(7.1m, 7.3m, 0.3m);
        result.Observations[2].Source.Should().Be("a, \"b\"", "a well-formed quoted field after the stray quote still reads as before");
        result.Locations.Select(l => l.Line).Should().Equal(2, 4, 5);
        var diagnostic = result.Diagnostics.Should().ContainSingle().Which;
        (diagnostic.Code, diagnostic.Location.Line, diagnostic.Location.Column).Should().Be(("DP3001", 3, "source"));
        diagnostic.Message.Should().Contain("inside an unquoted field").And.Contain("report 5\" screen");
    }

    [Fact]
    public void Strict_StrayQuote_StopsAtItsLine()
    {
        var error = Fails(Header + "gdp,,2024-M01,,,7.1,A,,\ngdp,,2024-M02,,,7.2,A,report 5\" screen,\ngdp,,2024-M03,,,7.3,A,,\n");

        (error.LineNumber, error.Column, error.Text).Should().Be((3L, "source", "report 5\" screen"));
    }

    [Theory]
    [InlineData("gdp,,\"2024-M02,,,7.2,A,,\n", "does not close")]                 // opening quote at a field start, never closed before the end
    [InlineData("gdp,,2024-M02,,,7.2,A,\"note\nwith,,,\"x\",\n", "ends inside text")] // closes on a later line, followed by text
    [InlineData("gdp,,2024-M02,,,7.2,A,\"note\"x,\n", "after the closing quote")]    // text after the closing quote
    public void Lenient_MalformedQuotedField_ReportsItsRowAndKeepsTheRest(string bad, string reason)
    {
        var csv = Header + "gdp,,2024-M01,,,7.1,A,,\n" + bad + "gdp,,2024-M03,,,7.3,A,,\n" + "gdp,,2024-M04,,,7.4,A,,\n";

        var result = ObservationCsv.ReadLenient(Utf8(csv), new ObservationCsvOptions { MaxFieldLength = 16 });

        result.Observations.Select(o => o.Growth?.Value).Should().Equal(7.1m, 7.3m, 7.4m);
        result.Diagnostics.Should().NotBeEmpty().And.OnlyContain(d => d.Location.Line >= 3 && d.Location.Line <= 2 + bad.Count(c => c == '\n'));
        result.Diagnostics[0].Message.Should().Contain(reason);
    }

    [Fact]
    public void Lenient_UnterminatedQuoteAtTheEnd_IsReportedAtItsRow()
    {
        var result = ObservationCsv.ReadLenient(Utf8(Header + "gdp,,2024,,,7,,,\ncpi,,2024,,,2,,\"unterminated"));

        result.Observations.Select(o => o.Indicator).Should().Equal("gdp");
        result.Diagnostics.Should().ContainSingle().Which.Message.Should().Contain("the file ends first");
    }

    [Fact]
    public void StrayQuoteInTheHeader_IsFatalAtLineOne()
    {
        var error = Fails("indicator,zo\"ne,period,growth\ngdp,,2024,7\n");

        error.LineNumber.Should().Be(1);
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("\n")]
    public void LineBreaks_OfEveryKind_NumberRowsAsTheParserDoes(string newline)
    {
        var csv = string.Join(newline, "indicator,period,growth,source", "gdp,2024-M01,1,", "gdp,2024-M02,2,a\"b", "gdp,2024-M03,3,\"x" + newline + "y\"", "gdp,2024-M04,4,") + newline;

        var result = ObservationCsv.ReadLenient(Utf8(csv));

        result.Observations.Select(o => o.Growth?.Value).Should().Equal(1m, 3m, 4m);
        result.Locations.Select(l => l.Line).Should().Equal(2, 4, 6);
        result.Diagnostics.Should().ContainSingle().Which.Location.Line.Should().Be(3);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(40)]
    [InlineData(76)]
    public void FieldLimitsBelowTheShortenedTextLength_ReportTheLongField(int limit)
    {
        var csv = Header + $"gdp,,2024,,,7,,{new string('s', limit + 1)},\ngdp,,2023,,,6,,,\n";
        var options = new ObservationCsvOptions { MaxFieldLength = limit };

        Fails(csv, options).Column.Should().Be("source");
        ObservationCsv.ReadLenient(Utf8(csv), options).Observations.Should().ContainSingle();
        FluentActions.Invoking(() => DevPlan.Core.Tests.Observations.BulkLoad.Csv(Utf8(csv), options)).Should().Throw<DevPlanFormatException>().Which.Column.Should().Be("source");
    }

    // The rows as a stream arriving one at a time (System.Linq.AsyncEnumerable is not in .NET 8).
    private static async IAsyncEnumerable<Observation> Streamed(IEnumerable<Observation> observations)
    {
        foreach (var observation in observations)
        {
            await Task.Yield();
            yield return observation;
        }
    }
}
