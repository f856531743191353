using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Observations;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// A figure read from a file or a column store is kept as values and made into an observation only
/// when a result names it: the observation must carry every value of its row, whichever way it came.
/// </summary>
public class FiguresReadAsValuesTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly LocalDate AsOf = new(2025, 2, 28);
    private const string Bulletin = "济南市 2024 年国民经济和社会发展统计公报"; // a source text; the figures below are illustrative

    private static readonly Observation[] Figures =
    [
        new("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m)) { Status = ObservationStatus.Provisional, Source = Bulletin },
        new("budget-revenue", ReportingPeriod.ForYear(2024), new Quantity(1100m, Unit.HundredMillionYuan), new Percent(7.5m)) { Source = Bulletin },
        new("fixed-asset-investment", ReportingPeriod.ForYear(2023), new Quantity(800m, Unit.HundredMillionYuan)),
        new("fixed-asset-investment", ReportingPeriod.ForYear(2024), new Quantity(832.8m, Unit.HundredMillionYuan)) { Status = ObservationStatus.Estimated },
        new("new-urban-jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(0.9m, Unit.TenThousandPersons)) { Source = "half-year report" },
        new("new-urban-jobs", ReportingPeriod.ForMonth(2024, 7), new Quantity(0.1m, Unit.TenThousandPersons)) { Status = ObservationStatus.Imputed },
        new("energy-intensity", ReportingPeriod.ForYear(2024), completed: true),
        new("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.3m)) { Zone = ZoneScope.Zone("east"), Source = Bulletin },
    ];

    public static TheoryData<string> Sources => ["csv", "json", "column store"];

    private static PlanEvaluation Evaluate(string source) => source switch
    {
        "csv" => PlanEvaluator.Evaluate(Seed, ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(Figures)))), AsOf),
        "json" => PlanEvaluator.Evaluate(Seed, ObservationJson.OpenReader(new MemoryStream(ObservationJson.ToUtf8Bytes(Figures))), AsOf),
        "column store" => PlanEvaluator.Evaluate(Seed, BulkObservationSet.FromObservations(Figures), AsOf),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Expected csv, json or column store."),
    };

    private static object? ValuesOf(Observation? o) =>
        o is null ? null : (o.Indicator, o.Zone, o.Period, o.Level, o.Growth, o.Completed, o.Status, o.Source);

    [Theory]
    [MemberData(nameof(Sources))]
    public void EveryResult_NamesObservationsWithEveryValueOfTheirRows(string source)
    {
        var given = PlanEvaluator.Evaluate(Seed, Figures, AsOf);

        var read = Evaluate(source);

        read.Results.Select(r => ValuesOf(r.Observation)).Should().Equal(given.Results.Select(r => ValuesOf(r.Observation)));
        read.Results.Select(r => r.Sources.Select(ValuesOf).ToList()).Should().BeEquivalentTo(
            given.Results.Select(r => r.Sources.Select(ValuesOf).ToList()), o => o.WithStrictOrdering());
        read.Results.Select(r => r.Assessment).Should().Equal(given.Results.Select(r => r.Assessment));
        read.Results.Count(r => r.Sources.Length > 0).Should().BeGreaterThanOrEqualTo(5, "the figures reach gdp, revenue, investment, jobs and energy");
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void AFigureRead_IsOneObjectWithinItsResult_AndNotTheObjectOnceWritten(string source)
    {
        var gdp = Evaluate(source).Results.Single(r => r.Target.Id == "t01-gdp");

        gdp.Basis.Should().Be(FigureBasis.Published);
        gdp.Sources.Should().ContainSingle().Which.Should().BeSameAs(gdp.Observation);
        gdp.Observation.Should().NotBeSameAs(Figures[0]);
    }

    [Fact]
    public void FiguresGivenAsObjects_AreNamedAsThoseVeryObjects()
    {
        var results = PlanEvaluator.Evaluate(Seed, Figures, AsOf).Results;

        results.Single(r => r.Target.Id == "t01-gdp").Observation.Should().BeSameAs(Figures[0]);
        results.Single(r => r.Target.Id == "t09-new-urban-jobs").Sources.Should().Equal([Figures[4], Figures[5]], ReferenceEquals);
    }

    [Fact]
    public void ASourceText_IsOneStringForEveryFigureReadWithIt()
    {
        var results = Evaluate("csv").Results;

        var gdp = results.Single(r => r.Target.Id == "t01-gdp").Observation!.Source;
        var revenue = results.Single(r => r.Target.Id == "t08-budget-revenue").Observation!.Source;

        gdp.Should().Be(Bulletin);
        revenue.Should().BeSameAs(gdp);
    }

    [Fact]
    public void AJsonRowWithMembersOfItsOwn_IsNamedWithThem()
    {
        var json = """
            {"schemaVersion": 1, "observations": [
              {"indicator": "gdp", "period": "2024", "growth": 7.2, "x-note": "preliminary"},
              {"indicator": "budget-revenue", "period": "2024", "growth": 7.5}
            ]}
            """;

        var results = PlanEvaluator.Evaluate(Seed, ObservationJson.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(json))), AsOf).Results;

        UnknownMembers.Of(results.Single(r => r.Target.Id == "t01-gdp").Observation!).Single().Key.Should().Be("x-note");
        UnknownMembers.Of(results.Single(r => r.Target.Id == "t08-budget-revenue").Observation!).Should().BeEmpty();
    }
}
