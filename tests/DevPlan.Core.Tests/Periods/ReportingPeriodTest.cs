using DevPlan.Core.Periods;
using NodaTime;

namespace DevPlan.Core.Tests.Periods;

public class ReportingPeriodTest
{
    [Theory]
    [InlineData("2024", PeriodKind.Year, 1, "2024-01-01", "2024-12-31")]
    [InlineData("2024-S1", PeriodKind.HalfYear, 1, "2024-01-01", "2024-06-30")]
    [InlineData("2024-S2", PeriodKind.HalfYear, 2, "2024-07-01", "2024-12-31")]
    [InlineData("2024-Q2", PeriodKind.Quarter, 2, "2024-04-01", "2024-06-30")]
    [InlineData("2024-M02", PeriodKind.Month, 2, "2024-02-01", "2024-02-29")]
    [InlineData("2023-M02", PeriodKind.Month, 2, "2023-02-01", "2023-02-28")]
    [InlineData("2024-YTD-M05", PeriodKind.YearToDate, 5, "2024-01-01", "2024-05-31")]
    public void Parse_SdmxAndYearToDateForms(string text, PeriodKind kind, int index, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);

        period.Kind.Should().Be(kind);
        period.Index.Should().Be(index);
        period.Year.Should().Be(int.Parse(text[..4]));
        period.Start.Should().Be(LocalDate.FromDateTime(DateTime.Parse(start)));
        period.End.Should().Be(LocalDate.FromDateTime(DateTime.Parse(end)));
        period.ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("0000")]
    [InlineData("2024-Q5")]
    [InlineData("2024-Q0")]
    [InlineData("2024-M6")]
    [InlineData("2024-M13")]
    [InlineData("2024-S3")]
    [InlineData("2024-YTD-M00")]
    [InlineData("2024-YTD05")]
    [InlineData("2024-q2")]
    [InlineData(" 2024")]
    [InlineData("2024-W01")]
    public void Parse_Malformed_ThrowsNamingTheTextAndTheForms(string text)
    {
        var act = () => ReportingPeriod.Parse(text);

        act.Should().Throw<FormatException>().WithMessage($"*\"2024-Q2\"*\"{text}\"*");
    }

    [Fact]
    public void Factories_RejectOutOfRangeIndexes()
    {
        FluentActions.Invoking(() => ReportingPeriod.ForQuarter(2024, 5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        FluentActions.Invoking(() => ReportingPeriod.ForMonth(2024, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.ForYear(10_000)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("year");
    }

    [Fact]
    public void Default_IsTheYearOne()
    {
        default(ReportingPeriod).Should().Be(ReportingPeriod.ForYear(1));
        default(ReportingPeriod).ToString().Should().Be("0001");
    }

    [Fact]
    public void Contains_DatesAndPeriods()
    {
        var year = ReportingPeriod.ForYear(2024);

        year.Contains(new LocalDate(2024, 12, 31)).Should().BeTrue();
        year.Contains(new LocalDate(2025, 1, 1)).Should().BeFalse();
        year.Contains(ReportingPeriod.Parse("2024-Q2")).Should().BeTrue();
        year.Contains(ReportingPeriod.Parse("2024-YTD-M05")).Should().BeTrue();
        ReportingPeriod.Parse("2024-Q2").Contains(year).Should().BeFalse();
        ReportingPeriod.Parse("2024-S1").Contains(ReportingPeriod.Parse("2024-M07")).Should().BeFalse();
    }

    [Theory]
    [InlineData("2024", "2023")]
    [InlineData("2024-Q2", "2023-Q2")]
    [InlineData("2024-M02", "2023-M02")]
    [InlineData("2024-YTD-M05", "2023-YTD-M05")]
    public void SamePeriodPreviousYear_IsTheYearOnYearComparator(string period, string expected) =>
        ReportingPeriod.Parse(period).SamePeriodPreviousYear().Should().Be(ReportingPeriod.Parse(expected));

    [Theory]
    [InlineData("2024-Q2", "2024-Q1", "2024-Q3")]
    [InlineData("2024-M01", "2023-M12", "2024-M02")]
    [InlineData("2024-S2", "2024-S1", "2025-S1")]
    [InlineData("2024", "2023", "2025")]
    public void PreviousAndNext_AreAdjacentPeriods(string period, string previous, string next)
    {
        ReportingPeriod.Parse(period).Previous().Should().Be(ReportingPeriod.Parse(previous));
        ReportingPeriod.Parse(period).Next().Should().Be(ReportingPeriod.Parse(next));
    }

    [Fact]
    public void Previous_OfYearToDate_Throws()
    {
        var act = () => ReportingPeriod.ForYearToDate(2024, 5).Previous();

        act.Should().Throw<InvalidOperationException>().WithMessage("*2024-YTD-M05*");
    }

    [Fact]
    public void ElapsedFraction_CountsDaysInclusiveOfTheAsOfDate()
    {
        var year = ReportingPeriod.ForYear(2024); // 366 days

        year.ElapsedFraction(new LocalDate(2023, 12, 31)).Should().Be(0m);
        year.ElapsedFraction(new LocalDate(2024, 1, 1)).Should().Be(1m / 366m);
        year.ElapsedFraction(new LocalDate(2024, 6, 30)).Should().Be(182m / 366m);
        year.ElapsedFraction(new LocalDate(2024, 12, 31)).Should().Be(1m);
        year.ElapsedFraction(new LocalDate(2025, 3, 1)).Should().Be(1m);
        year.DayCount.Should().Be(366);
    }

    [Fact]
    public void MonthShareOf_JanuaryToMayIsFiveTwelfths()
    {
        // The conventions' pace example: January–May is 5/12 = 41.7% of the year.
        var share = ReportingPeriod.ForYearToDate(2024, 5).MonthShareOf(ReportingPeriod.ForYear(2024));

        share.Should().Be(5m / 12m);
        Math.Round(share * 100, 1, MidpointRounding.AwayFromZero).Should().Be(41.7m);
    }

    [Fact]
    public void MonthShareOf_PeriodOutside_Throws()
    {
        var act = () => ReportingPeriod.ForMonth(2025, 1).MonthShareOf(ReportingPeriod.ForYear(2024));

        act.Should().Throw<ArgumentException>().WithParameterName("whole");
    }

    [Fact]
    public void Ordering_ByStartThenEnd()
    {
        var periods = new[] { "2024", "2024-M01", "2023-Q4", "2024-Q1", "2024-YTD-M03", "2024-S1" }.Select(ReportingPeriod.Parse).ToList();

        periods.Sort();

        periods.Select(p => p.ToString()).Should().Equal("2023-Q4", "2024-M01", "2024-Q1", "2024-YTD-M03", "2024-S1", "2024");
    }

    [Theory]
    [InlineData("9999", "9999-01-01", "9999-12-31")]
    [InlineData("9999-S2", "9999-07-01", "9999-12-31")]
    [InlineData("9999-Q4", "9999-10-01", "9999-12-31")]
    [InlineData("9999-M12", "9999-12-01", "9999-12-31")]
    [InlineData("9999-YTD-M12", "9999-01-01", "9999-12-31")]
    [InlineData("0001", "0001-01-01", "0001-12-31")]
    [InlineData("0001-M01", "0001-01-01", "0001-01-31")]
    public void EveryMember_IsDefinedAtTheEndsOfTheSupportedRange(string text, string start, string end)
    {
        var period = ReportingPeriod.Parse(text);
        var year = ReportingPeriod.ForYear(period.Year);

        period.Start.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(start).Value);
        period.End.Should().Be(NodaTime.Text.LocalDatePattern.Iso.Parse(end).Value);
        period.DayCount.Should().BeGreaterThan(0);
        period.ElapsedFraction(period.End).Should().Be(1m);
        period.ElapsedFraction(period.Start).Should().BeGreaterThan(0m);
        period.MonthShareOf(year).Should().BeGreaterThan(0m);
        year.Contains(period).Should().BeTrue();
        ReportingPeriod.Parse(period.ToString()).CompareTo(period).Should().Be(0);
        DevPlan.Core.Reporting.Catalogue.Chinese.Format(period).Should().StartWith(text[..4].TrimStart('0'));
    }

    [Fact]
    public void NextAfter9999_AndPreviousBefore0001_ThrowAsDocumented()
    {
        FluentActions.Invoking(() => ReportingPeriod.Parse("9999-M12").Next()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => ReportingPeriod.Parse("0001").SamePeriodPreviousYear()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => ReportingPeriod.Parse("0001-Q1").Previous()).Should().Throw<InvalidOperationException>();
    }
}
