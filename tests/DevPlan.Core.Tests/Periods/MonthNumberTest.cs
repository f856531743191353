using DevPlan.Core.Periods;
using NodaTime;

namespace DevPlan.Core.Tests.Periods;

/// <summary>
/// Evaluation compares periods by the numbers of their first and last months rather than by dates;
/// these tests hold the numbers to the dates for every kind of period, at the ends of the calendar.
/// </summary>
public class MonthNumberTest
{
    private static IEnumerable<ReportingPeriod> PeriodsAround(int year)
    {
        foreach (var y in new[] { year - 1, year, year + 1 }.Where(y => y is >= ReportingPeriod.MinYear and <= ReportingPeriod.MaxYear))
        {
            yield return ReportingPeriod.ForYear(y);
            for (var h = 1; h <= 2; h++)
            {
                yield return ReportingPeriod.ForHalfYear(y, h);
            }
            for (var q = 1; q <= 4; q++)
            {
                yield return ReportingPeriod.ForQuarter(y, q);
            }
            for (var m = 1; m <= 12; m++)
            {
                yield return ReportingPeriod.ForMonth(y, m);
                yield return ReportingPeriod.ForYearToDate(y, m);
            }
            if (y + 1 <= ReportingPeriod.MaxYear)
            {
                yield return ReportingPeriod.ForSpan(y, y + 1);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2024)]
    [InlineData(9999)]
    public void Contains_AgreesWithTheFirstAndLastDays(int year)
    {
        var periods = PeriodsAround(year).ToList();
        foreach (var outer in periods)
        {
            foreach (var inner in periods)
            {
                outer.Contains(inner).Should().Be(inner.Start >= outer.Start && inner.End <= outer.End, $"{outer} contains {inner}");
            }
        }
    }

    [Theory]
    [InlineData(2024, 2, 28)] // the day before the last of a leap February
    [InlineData(2024, 2, 29)]
    [InlineData(2023, 2, 28)]
    [InlineData(2024, 3, 1)]
    [InlineData(2024, 12, 30)]
    [InlineData(2024, 12, 31)]
    [InlineData(2025, 1, 1)]
    [InlineData(1, 1, 30)]
    [InlineData(1, 1, 31)]
    [InlineData(9999, 12, 31)]
    public void LastMonthEndedBy_AgreesWithTheLastDays(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);
        foreach (var period in PeriodsAround(year))
        {
            (period.LastMonthNumber <= ReportingPeriod.LastMonthEndedBy(date)).Should().Be(period.End <= date, $"{period} has ended by {date}");
        }
    }

    [Fact]
    public void MonthNumbers_CountFromJanuaryOfTheYearOne()
    {
        ReportingPeriod.ForMonth(1, 1).FirstMonthNumber.Should().Be(0);
        ReportingPeriod.ForYear(2).LastMonthNumber.Should().Be(23);
        ReportingPeriod.ForSpan(2021, 2025).FirstMonthNumber.Should().Be(2020 * 12);
        ReportingPeriod.ForSpan(2021, 2025).LastMonthNumber.Should().Be(2024 * 12 + 11);
        ReportingPeriod.LastMonthEndedBy(new LocalDate(1, 1, 30)).Should().Be(-1);
    }
}
