using System.Text.Json;
using DevPlan.Core.Reporting;
using NodaTime;

namespace DevPlan.Core.Tests.Reporting;

/// <summary>The JSON report carries, for a target set each year by the annual plans, the verdicts it rests on.</summary>
public class JsonReportAnnualResultsTest
{
    [Fact]
    public void TheFiveYearGdpTarget_CarriesTheAnnualPlansVerdicts_YearByYear()
    {
        var evaluation = SeedFiles.EvaluateFiveYearWithAnnualPlans(SeedFiles.FiveYearFiguresThrough(2025), new LocalDate(2026, 3, 31));
        using var buffer = new MemoryStream();
        ReportFormats.Default.Get("json").Write(EvaluationReport.Build(evaluation, Catalogue.English), buffer);
        using var json = JsonDocument.Parse(buffer.ToArray());

        var results = json.RootElement.GetProperty("results").EnumerateArray().ToList();
        var gdp = results.Single(r => r.GetProperty("targetId").GetString() == "t01-gdp").GetProperty("annualResults").EnumerateArray().ToList();
        gdp.Select(s => s.GetProperty("period").GetString()).Should().Equal("2021", "2022", "2023", "2024", "2025");
        // 2021: GDP grew 8.1% (NBS, 2021 statistical communiqué) against the 2021 Government Work Report's "6% or more".
        gdp[0].GetProperty("actual").GetDecimal().Should().Be(8.1m);
        gdp[0].GetProperty("target").GetDecimal().Should().Be(6m);
        gdp[0].GetProperty("status").GetString().Should().BeOneOf("achieved", "exceeded");
        results.Where(r => r.GetProperty("targetId").GetString() != "t01-gdp")
            .Should().OnlyContain(r => r.GetProperty("annualResults").GetArrayLength() == 0, "only a target set each year has annual verdicts");
    }
}
