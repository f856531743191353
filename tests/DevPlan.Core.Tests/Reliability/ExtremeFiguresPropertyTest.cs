using System.Diagnostics;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Reporting;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DevPlan.Core.Tests.Reliability;

/// <summary>
/// Extreme figures through every path a figure flows: validation, evaluation of every kind (annual and
/// over spans at the edges of the calendar), the report in both languages and every format. Each figure
/// is drawn from decimal's edges (±7.9e28, 1e-28), levels far apart (1e-20 and 1e20), years of −100% and
/// below, zeros, and ordinary values; whatever the draw, the result is a verdict (typed not assessable
/// where arithmetic cannot go on), never an exception, within a generous bound of time. Figures are
/// illustrative.
/// </summary>
public class ExtremeFiguresPropertyTest
{
    private static readonly decimal[] Extremes =
    [
        0m, 1m, -1m, 7m, 5.5m, 100m, -100m, -150m, -99.9999999999m, 1e-28m, -1e-28m, 0.00000000000000000001m, 100000000000000000000m,
        79228162514264337593543950335m, -79228162514264337593543950335m, 5600000000000000000000000000m, 40m, 1767.3m,
    ];

    private static readonly Gen<decimal> Figure = Gen.Elements(Extremes);

    /// <summary>A plan year near the calendar's edges (a plan year has a baseline year before it, so 0002 is the first), or an ordinary one.</summary>
    private static readonly Gen<int> FirstYear = Gen.Elements(2, 3, 2021, 9995, 9996, 9998, 9999);

    private sealed record Case(Plan Plan, Observation[] Observations, LocalDate AsOf)
    {
        public override string ToString() =>
            $"{Plan.Horizon} {string.Join("; ", Plan.Targets.Select(t => t.ToString()))} | {string.Join("; ", Observations.Select(o => $"{o.Indicator} {o.Period} {o.Level} {o.Growth}"))} | {AsOf}";
    }

    private static Gen<Case> Cases() =>
        from first in FirstYear
        from length in Gen.Elements(1, 2, 5, 15)
        let last = Math.Min(ReportingPeriod.MaxYear, first + length - 1)
        let span = last > first ? ReportingPeriod.ForSpan(first, last) : ReportingPeriod.ForYear(first)
        from kind in Gen.Elements(Enum.GetValues<TargetKind>())
        from qualifier in Gen.Elements(Enum.GetValues<TargetQualifier>())
        from direction in Gen.Elements(IndicatorDirection.HigherIsBetter, IndicatorDirection.LowerIsBetter)
        from accumulation in Gen.Elements(Enum.GetValues<Accumulation>())
        from basis in Gen.Elements(GrowthBasis.Nominal, GrowthBasis.Comparable)
        from figure in Figure
        from eachYear in Gen.Elements(false, true)
        from levels in Gen.ArrayOf(Figure, 6)
        from growths in Gen.ArrayOf(Gen.OneOf(Figure, Gen.Constant(-100m)), 6)
        from halfYear in Gen.Elements(false, true)
        from asOfShift in Gen.Elements(-400, 0, 200, 3000)
        select Make(span, kind, qualifier, direction, accumulation, basis, figure, eachYear, levels, growths, halfYear, asOfShift);

    private static Case Make(ReportingPeriod span, TargetKind kind, TargetQualifier qualifier, IndicatorDirection direction, Accumulation accumulation,
        GrowthBasis basis, decimal figure, bool eachYear, decimal[] levels, decimal[] growths, bool halfYear, int asOfShift)
    {
        var unit = Unit.HundredMillionYuan;
        var indicator = new Indicator("x", new LocalizedText("某指标", "An indicator"), unit, direction, basis, accumulation);
        var other = new Indicator("y", new LocalizedText("另一指标", "Another indicator"), unit, IndicatorDirection.HigherIsBetter, basis, Accumulation.Flow);
        var shape = TargetKindShapes.FigureOf(kind);
        var value = shape switch
        {
            TargetFigure.Rate => Quantity.Percent(figure),
            TargetFigure.Level => new Quantity(figure, unit),
            TargetFigure.None => (Quantity?)null,
        };
        var target = new Target("t", "x", span, kind, shape == TargetFigure.None ? null : qualifier, value, TargetNature.Expected)
        {
            EachYear = eachYear && shape != TargetFigure.None,
            RelativeTo = kind == TargetKind.Relative ? "y" : null,
            Zone = ZoneScope.FromCode("east"),
        };
        var region = new Region("r", new LocalizedText("某地", "Somewhere")) { Zones = [new Zone("east", ZonePosition.East, new LocalizedText("东区", "East"))] };
        var observations = new List<Observation>();
        var baseYear = span.Year - 1;
        if (baseYear >= ReportingPeriod.MinYear)
        {
            observations.Add(new Observation("x", ReportingPeriod.ForYear(baseYear), new Quantity(levels[0], unit), new Percent(growths[0])) { Zone = target.Zone });
            observations.Add(new Observation("y", ReportingPeriod.ForYear(baseYear), new Quantity(levels[1], unit), new Percent(growths[1])) { Zone = target.Zone });
        }
        for (var i = 0; i < Math.Min(5, span.YearCount); i++)
        {
            var year = span.Year + i;
            var period = halfYear && i == Math.Min(5, span.YearCount) - 1 ? ReportingPeriod.ForYearToDate(year, 6) : ReportingPeriod.ForYear(year);
            observations.Add(new Observation("x", period, new Quantity(levels[(i + 2) % 6], unit), new Percent(growths[(i + 2) % 6]), completed: levels[i % 6] > 0m) { Zone = target.Zone });
            observations.Add(new Observation("y", period, new Quantity(levels[(i + 3) % 6], unit), new Percent(growths[(i + 3) % 6])) { Zone = target.Zone });
            // The region's total beside the zone's, for the zones' contributions and totals.
            observations.Add(new Observation("x", period, new Quantity(levels[(i + 4) % 6], unit), new Percent(growths[(i + 4) % 6])));
        }
        var plan = new Plan("p", new LocalizedText("示例", "Example"), region, span.Year)
        {
            Horizon = span,
            Indicators = [indicator, other],
            Targets = [target],
        };
        var end = span.End;
        var asOf = asOfShift switch
        {
            < 0 => end.PlusDays(asOfShift),
            0 => end,
            _ when end.Year + asOfShift / 365 + 1 <= ReportingPeriod.MaxYear => end.PlusDays(asOfShift),
            _ => new LocalDate(ReportingPeriod.MaxYear, 12, 31),
        };
        return new Case(plan, [.. observations], asOf);
    }

    [Property(MaxTest = 400)]
    public Property EveryPath_GivesAVerdict_NeverAnException() =>
        Prop.ForAll(Cases().ToArbitrary(), c =>
        {
            var clock = Stopwatch.StartNew();
            PlanValidator.Validate(c.Plan);
            PlanValidator.ValidateObservations(c.Plan, c.Observations);
            var evaluation = PlanEvaluator.Evaluate(c.Plan, c.Observations, c.AsOf);
            var result = evaluation.Results.Should().ContainSingle().Subject;
            if (result.Assessment.Status is AttainmentStatus.NotAssessable)
            {
                result.Assessment.Reason.Should().NotBe(AttainmentReason.None, "a verdict not reached says why");
            }
            foreach (var catalogue in new[] { Catalogue.Chinese, Catalogue.English })
            {
                var report = EvaluationReport.Build(evaluation, catalogue);
                foreach (var format in ReportFormats.Default.Names)
                {
                    using var output = new MemoryStream();
                    ReportFormats.Default.Get(format).Write(report, output);
                    output.Length.Should().BePositive();
                }
            }
            clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20), "a guard against a hang, generous for a loaded machine: a case takes milliseconds");
        });
}
