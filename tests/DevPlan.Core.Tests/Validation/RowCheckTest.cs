using System.Text;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Validation;

/// <summary>
/// <see cref="PlanValidator.CheckRecord"/> checks a reader's row without making an observation; it
/// must say exactly what <see cref="PlanValidator.CheckObservation"/> says of the same row.
/// </summary>
public class RowCheckTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;

    // Figures are illustrative: only the codes, zones and units matter here.
    private const string Csv = """
        indicator,zone,period,value,unit,growth
        gdp,,2024,100,10^8 CNY,
        gdp,west,2024,100,10^8 CNY,
        nowhere,,2024,100,10^8 CNY,
        gdp,,2024,100,10^4 person,
        gdp,atlantis,2024,,,5
        nowhere,atlantis,2024,1,10^4 person,
        gdp,,2024,,,5.2
        """;

    [Fact]
    public void CheckRecord_SaysWhatCheckObservationSays_RowByRow()
    {
        using var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), sourceName: "rows.csv");
        var codes = new List<string[]>();
        while (reader.Read())
        {
            var byRecord = PlanValidator.CheckRecord(Seed, reader);
            var byObservation = PlanValidator.CheckObservation(Seed, reader.CreateObservation(), reader.CurrentLocation);
            byRecord.Should().Equal(byObservation);
            codes.Add([.. byRecord.Select(d => d.Code)]);
        }
        codes.Should().BeEquivalentTo(new[]
        {
            Array.Empty<string>(), ["DP2003"], ["DP2002"], ["DP2004"], ["DP2003"], ["DP2002", "DP2003"], [],
        }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void CheckRecord_OnAnUnreadableRow_Throws()
    {
        using var reader = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes("indicator,zone,period,value,unit,growth\ngdp,,2024,abc,10^8 CNY,\n")));
        reader.Read().Should().BeTrue();
        reader.Problem.Should().NotBeNull();
        reader.Problem!.ToDiagnostic().Location.Column.Should().Be("value", "the row is unreadable because of its value, which is what CheckRecord must refuse to judge");

        var check = () => PlanValidator.CheckRecord(Seed, reader);

        check.Should().Throw<InvalidOperationException>();
    }

    [Theory]
    [InlineData("gdp")]
    [InlineData("nowhere")]
    [InlineData("")]
    public void FindIndicator_FromCharacters_FindsWhatTheStringFinds(string code) =>
        Seed.FindIndicator(code.AsSpan()).Should().BeSameAs(Seed.FindIndicator(code));

    [Theory]
    [InlineData("east")]
    [InlineData("atlantis")]
    [InlineData("")]
    public void FindZone_FromCharacters_FindsWhatTheStringFinds(string code) =>
        Seed.FindZone(code.AsSpan()).Should().BeSameAs(Seed.FindZone(code));
}
