using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Validation;

/// <summary>
/// A duplicate figure names the row it repeats as the reader of the file would find it: its line in a CSV file, its
/// JSON path in a JSON document, its index in a list. The figures are illustrative.
/// </summary>
public class DuplicateLocationTest
{
    private const string Csv = "indicator,zone,period,value,unit,growth,status,source,completed\n" +
        "gdp,,2024,,,5.0,P,,\n" +
        "gdp,,2024,,,5.2,A,,\n";

    [Fact]
    public void InACsvFile_TheOtherRowIsNamedByItsLine()
    {
        var read = ObservationCsv.ReadLenient(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Csv)), sourceName: "figures.csv");

        var duplicate = PlanValidator.ValidateObservations(SeedFiles.JinanPlan, read).Diagnostics.Should().ContainSingle(d => d.Code == "DP2001").Subject;

        duplicate.Location.Line.Should().Be(3);
        duplicate.Message.Should().Contain("but line 2 of figures.csv gives one too");
    }

    [Fact]
    public void InAList_TheOtherRowIsNamedByItsIndex()
    {
        Observation[] figures = [new("gdp", DevPlan.Core.Periods.ReportingPeriod.ForYear(2024), growth: new DevPlan.Core.Units.Percent(5m)), new("gdp", DevPlan.Core.Periods.ReportingPeriod.ForYear(2024), growth: new DevPlan.Core.Units.Percent(5.2m))];

        var duplicate = PlanValidator.ValidateObservations(SeedFiles.JinanPlan, figures).Diagnostics.Should().ContainSingle(d => d.Code == "DP2001").Subject;

        duplicate.Location.JsonPath.Should().Be("$.observations[1]");
        duplicate.Message.Should().Contain("but $.observations[0] gives one too");
    }
}
