using System.Globalization;
using System.Text;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Observations;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Validation;

/// <summary>
/// The one pipeline of checks: a file streams through <see cref="ObservationChecker"/> whatever its size,
/// and the rows it holds in memory (one run, spilled to disk past it) change nothing it reports.
/// </summary>
public class ObservationCheckerTest
{
    private const string Header = "indicator,zone,period,value,unit,growth\n";

    private static Plan Plan => SeedFiles.JinanPlan;

    private static ObservationCsvOptions Options => ObservationCsvOptions.Default with { Units = Plan.UnitSystem };

    /// <summary>Checks a CSV file in one go: its rows' own diagnostics as read, then those across rows.</summary>
    private static List<string> Check(string csv, int rowsInMemory, string name = "figures.csv")
    {
        var found = new List<string>();
        using var checker = new ObservationChecker(Plan, null, rowsInMemory);
        using (var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Options, name))
        {
            checker.Check(reader, d => found.Add(d.ToString()));
        }
        checker.Complete(d => found.Add(d.ToString()));
        return found;
    }

    /// <summary>Random rows with every kind of trouble the checks across rows find: repeats, zones above the region, growth against levels.</summary>
    private static string RandomFile(int seed, int rows)
    {
        var random = new Random(seed);
        string[] indicators = ["retail-sales", "budget-revenue", "gdp", "unknown-indicator"];
        string[] zones = ["", "central", "east", "north", "nowhere"];
        var text = new StringBuilder(Header);
        for (var i = 0; i < rows; i++)
        {
            var indicator = indicators[random.Next(indicators.Length)];
            var zone = zones[random.Next(zones.Length)];
            var year = 2022 + random.Next(3);
            var period = random.Next(4) == 0 ? string.Create(CultureInfo.InvariantCulture, $"{year}-YTD-M12") : year.ToString(CultureInfo.InvariantCulture);
            var value = random.Next(3) == 0 ? "" : random.Next(1, 2000).ToString(CultureInfo.InvariantCulture);
            var growth = random.Next(2) == 0 ? "" : (random.Next(-50, 50) / 10m).ToString(CultureInfo.InvariantCulture);
            if (value.Length == 0 && growth.Length == 0)
            {
                growth = "1.0";
            }
            text.Append(CultureInfo.InvariantCulture, $"{indicator},{zone},{period},{value},{(value.Length == 0 ? "" : "10^8 CNY")},{growth}\n");
        }
        return text.ToString();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void SpilledRuns_GiveTheDiagnosticsOfOneRunInMemory(int seed)
    {
        var file = RandomFile(seed, 400);
        var inMemory = Check(file, ObservationChecker.DefaultRowsInMemory);

        inMemory.Select(d => d.Split(": ")[1].Split(' ')[1]).Distinct().Should().Contain(["DP2001", "DP2002", "DP2003", "DP1601"], "the random rows are meant to find every check");
        foreach (var run in (int[])[1, 2, 7, 64, 399, 400, 401])
        {
            Check(file, run).Should().Equal(inMemory, $"rows held {run} at a time must not change what is found");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AFileReadWhole_AndTheSameFileStreamed_GetTheSameDiagnostics(int seed)
    {
        var file = RandomFile(seed, 300);
        var read = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(file)), Options, "figures.csv");

        var whole = read.Diagnostics.Concat(PlanValidator.ValidateObservations(Plan, read).Diagnostics).Select(d => d.ToString());

        Check(file, 16).Should().BeEquivalentTo(whole);
    }

    [Fact]
    public void ARepeatFarApart_IsFoundPastAnyRun_AndNamesTheRowItRepeats()
    {
        var text = new StringBuilder(Header).Append("retail-sales,central,2024,10,10^8 CNY,\n");
        for (var i = 0; i < 50; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"budget-revenue,east,{1990 + i},1,10^8 CNY,\n");
        }
        text.Append("retail-sales,central,2024,11,10^8 CNY,\n");

        Check(text.ToString(), 4).Should().Equal(
            "figures.csv:53: warning DP2001: Expected one figure of \"retail-sales\" for central in 2024, but line 2 of figures.csv gives one too; the last given is used.");
    }

    [Fact]
    public void ZonesAboveTheirRegion_AreFound_WhereverTheRegionsRowComes()
    {
        const string csv = Header + "retail-sales,central,2024,60,10^8 CNY,\nretail-sales,east,2024,50,10^8 CNY,\nretail-sales,,2024,100,10^8 CNY,\nretail-sales,north,2024,120,10^8 CNY,\n";

        Check(csv, 1).Should().Equal(
            "figures.csv:5: error DP1601: Expected zone \"north\" to be at most the region's 100 [10^8 CNY] for \"retail-sales\" in 2024, but it is 120 [10^8 CNY].",
            "figures.csv:4: warning DP1602: Expected the zones of \"retail-sales\" in 2024 to add up to at most the region's 100 [10^8 CNY], but they add up to 230 [10^8 CNY].");
    }

    [Fact]
    public void RowsOfUndeclaredIndicatorsOrZones_GetTheirErrorOnly_AndTakeNoPartAcrossRows()
    {
        const string csv = Header + "steel,,2024,1,10^8 CNY,\nsteel,,2024,1,10^8 CNY,\nretail-sales,nowhere,2024,1,10^8 CNY,\nretail-sales,nowhere,2024,1,10^8 CNY,\n";

        var found = Check(csv, 2);

        found.Should().HaveCount(4).And.OnlyContain(d => d.Contains("DP2002") || d.Contains("DP2003"));
    }

    [Fact]
    public void FiguresAnotherPlanDeclares_AreLeftToIt()
    {
        var found = new List<Diagnostic>();
        using var checker = new ObservationChecker(Plan, new HashSet<string> { "steel" });
        using (var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Header + "steel,,2024,1,10^8 CNY,\nsteel,,2024,1,10^8 CNY,\nsilk,,2024,1,10^8 CNY,\n")), Options, "f.csv"))
        {
            checker.Check(reader, found.Add);
        }
        checker.Complete(found.Add);

        found.Should().ContainSingle().Which.Message.Should().Contain("\"silk\"");
    }

    [Fact]
    public void TwoFiles_AreCheckedAsOne_AndARepeatNamesTheOtherFile()
    {
        var found = new List<string>();
        using var checker = new ObservationChecker(Plan);
        foreach (var (name, csv) in (ReadOnlySpan<(string, string)>)[("a.csv", Header + "gdp,,2024,,,7.2\n"), ("b.csv", Header + "gdp,,2024,,,7.3\n")])
        {
            using var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Options, name);
            checker.Check(reader, d => found.Add(d.ToString()));
        }
        checker.Complete(d => found.Add(d.ToString()));

        found.Should().Equal("b.csv:2: warning DP2001: Expected one figure of \"gdp\" for (region) in 2024, but line 2 of a.csv gives one too; the last given is used.");
    }

    [Fact]
    public void GrowthAgainstLevels_IsCheckedOnTheLastFigureOfEachYear()
    {
        const string csv = Header + "retail-sales,,2023,100,10^8 CNY,\nretail-sales,,2024,110,10^8 CNY,20\nretail-sales,,2024,110,10^8 CNY,10\n";

        Check(csv, 1).Should().Equal(
            "figures.csv:4: warning DP2001: Expected one figure of \"retail-sales\" for (region) in 2024, but line 3 of figures.csv gives one too; the last given is used.");
        Check(csv.Replace(",10\n", ",15\n", StringComparison.Ordinal), 1).Should().Contain(d => d.StartsWith("figures.csv:4: warning DP2005", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompletedChecker_TakesNoMoreRows()
    {
        using var checker = new ObservationChecker(Plan);
        checker.Complete(_ => { });

        var again = () => checker.Complete(_ => { });
        var more = () => checker.Check(ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Header)), Options, "f.csv"), _ => { });

        again.Should().Throw<InvalidOperationException>();
        more.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void ZonesAddUp_InTheirIndicatorsDimension_WhateverRowComesFirst()
    {
        // A first zone row in persons (its own error, DP2004) starts no sum: the zones in yuan still add up past the region.
        const string csv = Header + "retail-sales,,2024,100,10^8 CNY,\nretail-sales,east,2024,60,10^4 person,\nretail-sales,east,2024,60,10^8 CNY,\nretail-sales,north,2024,60,10^8 CNY,\n";

        Check(csv, 2).Should().Contain("figures.csv:2: warning DP1602: Expected the zones of \"retail-sales\" in 2024 to add up to at most the region's 100 [10^8 CNY], but they add up to 120 [10^8 CNY].");
    }

    [Fact]
    public void AWideTablesCell_IsNamedByItsColumn_InTheChecksAcrossRows()
    {
        const string csv = "indicator,zone,unit,2023,2024\nretail-sales,,10^8 CNY,100,110\nretail-sales,east,10^8 CNY,200,\n";
        var read = ObservationCsv.ReadLenient(new MemoryStream(Encoding.UTF8.GetBytes(csv)), Options, "wide.csv");

        var streamed = Check(csv, 1, "wide.csv");

        streamed.Should().Equal("wide.csv:3, column \"2023\": error DP1601: Expected zone \"east\" to be at most the region's 100 [10^8 CNY] for \"retail-sales\" in 2023, but it is 200 [10^8 CNY].",
            "wide.csv:2, column \"2023\": warning DP1602: Expected the zones of \"retail-sales\" in 2023 to add up to at most the region's 100 [10^8 CNY], but they add up to 200 [10^8 CNY].");
        PlanValidator.ValidateObservations(Plan, read).Diagnostics.Select(d => d.ToString()).Should().Equal(streamed);
    }

    [Fact]
    public void ADisposedChecker_RefusesRows()
    {
        var checker = new ObservationChecker(Plan, null, 1);
        using (var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Header + "gdp,,2023,,,1\ngdp,,2024,,,2\ngdp,,2022,,,3\n")), Options, "f.csv"))
        {
            checker.Check(reader, _ => { });
        }
        checker.Dispose();

        var more = () => checker.Check(ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Header)), Options, "g.csv"), _ => { });
        var complete = () => checker.Complete(_ => { });

        more.Should().Throw<ObjectDisposedException>();
        complete.Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void NoRowsHeldInMemory_StillMeansOneRowARun() =>
        Check(Header + "gdp,,2024,,,1\ngdp,,2024,,,2\n", 0).Should().ContainSingle().Which.Should().Contain("DP2001");

    [Fact]
    public void ItsArguments_AreRequired()
    {
        using var checker = new ObservationChecker(Plan);
        using var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Header)), Options, "f.csv");

        ((Action)(() => _ = new ObservationChecker(null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => checker.Check(null!, _ => { }))).Should().Throw<ArgumentNullException>();
        ((Action)(() => checker.Check(reader, null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => checker.Complete(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void AFilesNotices_ComeFirst()
    {
        var found = Check("indicator,zone,period,value,unit,growth,remarks\ngdp,,2024,,,7.2,x\ngdp,,2024,,,7.3,y\n", 1);

        found.Should().HaveCount(2);
        found[0].Should().Contain("DP3003").And.Contain("\"remarks\"");
        found[1].Should().Contain("DP2001");
    }

    [Fact]
    public void ACompletedChecker_SaysWhyItTakesNoMore()
    {
        using var checker = new ObservationChecker(Plan);
        checker.Complete(_ => { });

        ((Action)(() => checker.Check([], (_, _) => DiagnosticLocation.None, null))).Should().Throw<InvalidOperationException>()
            .WithMessage("The checker was completed; make a new one for more observations.");
    }

    [Fact]
    public void ANegativeZoneLevel_TakesNoPartInTheZonesSum()
    {
        // 150 − 60 would be 90, under the region's 100; a negative level is left out of the sum (150 is over it).
        const string csv = Header + "retail-sales,,2024,100,10^8 CNY,\nretail-sales,east,2024,150,10^8 CNY,\nretail-sales,north,2024,-60,10^8 CNY,\n";

        Check(csv, 1).Should().Contain(d => d.Contains("DP1602") && d.Contains("they add up to 150 [10^8 CNY]"));
    }

    [Fact]
    public void TwoZonesAddingUpToLessThanTheRegion_AreFine() =>
        Check(Header + "retail-sales,,2024,100,10^8 CNY,\nretail-sales,east,2024,60,10^8 CNY,\nretail-sales,north,2024,30,10^8 CNY,\n", 1).Should().BeEmpty();

    [Fact]
    public void ZonesAddingUpBeyondDecimal_AreAboveTheirRegion()
    {
        const string csv = Header + "retail-sales,,2024,100,10^8 CNY,\nretail-sales,east,2024,70000000000000000000000000000,10^8 CNY,\nretail-sales,north,2024,70000000000000000000000000000,10^8 CNY,\nretail-sales,central,2024,1,10^8 CNY,\n";

        var found = Check(csv, 1);

        found.Should().Contain("figures.csv:2: warning DP1602: Expected the zones of \"retail-sales\" in 2024 to add up to at most the region's 100 [10^8 CNY], but they add up to more than decimal holds (about 7.9 × 10^28).");
        found.Should().HaveCount(3, "each of the two great zones is above the region, and the sum is reported once");
    }

    [Fact]
    public void ARegionLevelInAnotherDimension_IsNoTotalForTheZones()
    {
        const string csv = Header + "retail-sales,,2024,100,10^4 person,\nretail-sales,east,2024,160,10^8 CNY,\nretail-sales,north,2024,150,10^8 CNY,\n";

        Check(csv, 1).Should().ContainSingle().Which.Should().Contain("DP2004");
    }

    [Fact]
    public void ZonesLevelWithTheirRegion_AreNotAboveIt() =>
        Check(Header + "retail-sales,,2024,100,10^8 CNY,\nretail-sales,east,2024,100,10^8 CNY,\nretail-sales,north,2024,0,10^8 CNY,\n", 1).Should().BeEmpty();

    [Fact]
    public void ANegativeRegionTotal_BoundsNoZone() =>
        Check(Header + "retail-sales,,2024,-5,10^8 CNY,\nretail-sales,east,2024,3,10^8 CNY,\nretail-sales,north,2024,0,10^8 CNY,\n", 1).Should().BeEmpty();

    [Fact]
    public void ZonesAboveTheirRegion_AreReportedInIndicatorAndPeriodOrder()
    {
        // Given last indicator first and the later period first: reported in the plan's indicator order, then by period as first seen.
        const string csv = Header
            + "budget-revenue,,2024,10,10^8 CNY,\nbudget-revenue,east,2024,6,10^8 CNY,\nbudget-revenue,north,2024,6,10^8 CNY,\n"
            + "retail-sales,,2024,10,10^8 CNY,\nretail-sales,east,2024,6,10^8 CNY,\nretail-sales,north,2024,6,10^8 CNY,\n"
            + "retail-sales,,2023,10,10^8 CNY,\nretail-sales,east,2023,6,10^8 CNY,\nretail-sales,north,2023,6,10^8 CNY,\n";

        Check(csv, 2).Select(d => d[..d.IndexOf(": ", StringComparison.Ordinal)]).Should().Equal("figures.csv:5", "figures.csv:8", "figures.csv:2");
    }

    [Fact]
    public void APlansBaselines_AreNamedByTheirJsonPathAndMember()
    {
        var plan = SeedFiles.JinanPlan;
        var region = new Observation("retail-sales", Core.Periods.ReportingPeriod.ForYear(2023), new Core.Units.Quantity(100m, Core.Units.Unit.Parse("亿元"))) { Zone = ZoneScope.Region };
        var east = new Observation("retail-sales", Core.Periods.ReportingPeriod.ForYear(2023), new Core.Units.Quantity(120m, Core.Units.Unit.Parse("亿元"))) { Zone = ZoneScope.Zone("east") };
        var found = new List<Diagnostic>();
        using (var checker = new ObservationChecker(plan))
        {
            checker.Check([region, east], (i, member) => new DiagnosticLocation(jsonPath: $"$.baselines[{i}]" + (member is null ? "" : "." + member)), report: null);
            checker.Complete(found.Add);
        }

        found.Select(d => (d.Code, d.Location.JsonPath)).Should().Equal(("DP1601", "$.baselines[1].level"), ("DP1602", "$.baselines[0].level"));
    }
}
