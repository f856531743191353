using System.Text;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Serialization;

public class ObservationFormatsTest
{
    private static readonly Observation[] Figures =
    [
        new("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.20m)),
        new("foreign-capital", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(3.95m, Unit.HundredMillionUsd)),
    ];

    [Theory]
    [InlineData("figures.csv", "csv")]
    [InlineData("/data/FIGURES.CSV", "csv")]
    [InlineData("figures.json", "json")]
    public void FindForPath_ChoosesByExtension_IgnoringCase(string path, string format) =>
        ObservationFormats.Default.FindForPath(path)!.Name.Should().Be(format);

    [Fact]
    public void GetForPath_UnknownExtension_ListsTheExtensionsRead() =>
        FluentActions.Invoking(() => ObservationFormats.Default.GetForPath("/data/figures.xlsx")).Should().Throw<KeyNotFoundException>()
            .WithMessage("Expected an observation file ending in .csv, .json, but found \"figures.xlsx\".");

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void EveryFormat_ReadsBackWhatItWrites_ExactlyAsPublished(string name)
    {
        var format = ObservationFormats.Default.Find(name)!;
        using var buffer = new MemoryStream();
        format.Write(Figures, buffer);
        buffer.Position = 0;

        using var reader = format.OpenReader(buffer, "figures" + format.FileExtensions[0]);
        var read = reader.ReadObservations().ToList();

        read.Select(o => o.Growth?.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().Equal("7.20", null);
        read[1].Level.Should().Be(new Quantity(3.95m, Unit.HundredMillionUsd));
        read[1].Period.Should().Be(ReportingPeriod.ForYearToDate(2024, 6));
    }

    [Fact]
    public void OpenReader_LeavesTheStreamOpen()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("indicator,period,value,unit\ngdp,2024,1,10^8 CNY\n"));
        using (var reader = ObservationFormats.Default.Find("csv")!.OpenReader(stream))
        {
            reader.ReadObservations().Should().HaveCount(1);
        }

        stream.CanRead.Should().BeTrue();
    }

    [Fact]
    public void With_AddsAFormatWhoseExtensionWins()
    {
        var csvAgain = new Stub();
        var formats = ObservationFormats.Default.With(csvAgain);

        formats.Names.Should().Equal("csv", "json", "stub");
        formats.FindForPath("a.csv").Should().BeSameAs(csvAgain);
        ObservationFormats.Default.FindForPath("a.csv")!.Name.Should().Be("csv");
    }

    private sealed class Stub : IObservationFormat
    {
        public string Name => "stub";

        public string Description => "reads .csv differently";

        public System.Collections.Immutable.ImmutableArray<string> FileExtensions { get; } = [".csv"];

        public DevPlan.Core.Observations.ObservationReader OpenReader(Stream input, string? sourceName = null, UnitSystem? units = null) => throw new NotSupportedException();

        public void Write(IEnumerable<Observation> observations, Stream output) => throw new NotSupportedException();
    }
}
