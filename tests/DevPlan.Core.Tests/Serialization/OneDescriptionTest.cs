using System.Text;
using System.Text.Json;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// An observation is described once, by its wire type: the JSON document writes its members in that
/// order, a table writes the same members as columns in the same order (the level as its value and
/// unit), and the JSON reader reads those names. Moving or adding a member moves it everywhere.
/// </summary>
public class OneDescriptionTest
{
    private static readonly Observation Full = new("gdp", ReportingPeriod.ForYear(2024), new Quantity(1767.3m, Unit.HundredMillionYuan), new Percent(6.1m), completed: true)
    {
        Zone = ZoneScope.Zone("east"),
        Status = ObservationStatus.Provisional,
        Source = "illustrative",
        Released = new LocalDate(2025, 2, 28),
    };

    [Fact]
    public void TheTableColumns_AreTheJsonMembers_WithTheLevelSpreadIntoValueAndUnit()
    {
        var json = WrittenJsonMembers();

        ObservationCsv.Columns.Should().Equal(json.SelectMany(m => m == "level" ? new[] { "value", "unit" } : [m]));
    }

    [Fact]
    public void TheCsvWriter_WritesTheColumnsInTheirOrder()
    {
        using var stream = new MemoryStream();
        ObservationCsv.Write([Full], stream);

        Encoding.UTF8.GetString(stream.ToArray()).Split('\n')[0].Should().Be(string.Join(',', ObservationCsv.Columns));
    }

    [Fact]
    public void TheJsonWriter_WritesTheWireMembersInTheirOrder() =>
        WrittenJsonMembers().Should().Equal(WireDescription.MemberNames(typeof(ObservationWire)));

    [Fact]
    public void TheTableGrammar_ReadsEveryDescribedColumn_AndNoOther() =>
        TableObservationReader.TidyColumnsRead.Should().BeEquivalentTo(ObservationCsv.Columns, "a column the description adds and no grammar reads would be taken in silence and dropped");

    [Fact]
    public void AFullObservation_RoundTripsThroughEveryColumn()
    {
        using var stream = new MemoryStream();
        ObservationCsv.Write([Full], stream);
        stream.Position = 0;

        ObservationCsv.Read(stream).Single().Should().BeEquivalentTo(Full);
    }

    private static List<string> WrittenJsonMembers()
    {
        using var document = JsonDocument.Parse(ObservationJson.ToUtf8Bytes([Full]));
        return [.. document.RootElement.GetProperty("observations")[0].EnumerateObject().Select(p => p.Name)];
    }
}
