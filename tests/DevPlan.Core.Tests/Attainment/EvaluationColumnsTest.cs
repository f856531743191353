using System.Text;
using DevPlan.Core.Attainment;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Units;
using NodaTime;
using static DevPlan.Core.Tests.Attainment.SyntheticIndicators;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// The results of an evaluation as columns: each column agrees with the results made as objects, and
/// reading a column makes none. Figures of the synthetic plans are illustrative, not published statistics.
/// </summary>
public class EvaluationColumnsTest
{

    private static PlanEvaluation FiveYear() =>
        PlanEvaluator.Evaluate(SeedFiles.FiveYearPlan, SeedFiles.FiveYearObservations(), new LocalDate(2025, 12, 31));

    [Fact]
    public void EachColumn_HoldsWhatTheResultAtTheSameIndexHolds()
    {
        var evaluation = FiveYear();
        var columns = evaluation.Columns;

        columns.Count.Should().Be(SeedFiles.FiveYearPlan.Targets.Length);
        columns.Statuses.ToArray().Should().Equal(evaluation.Results.Select(r => r.Assessment.Status));
        columns.Assessments.ToArray().Should().Equal(evaluation.Results.Select(r => r.Assessment));
        columns.Bases.ToArray().Should().Equal(evaluation.Results.Select(r => r.Basis));
        columns.Statuses.ToArray().Distinct().Count().Should().BeGreaterThan(1, "the seed's targets are not all judged alike");
    }

    [Fact]
    public void ReadingColumnsAndCounting_MakesNoResults_UntilResultsAreRead()
    {
        var evaluation = FiveYear();

        var status = evaluation.Columns.Statuses[0];
        var counted = evaluation.Count(status);
        var first = evaluation.Columns.Assessments[0];

        evaluation.Columns.HasMadeResults.Should().BeFalse();
        _ = evaluation.Results;
        evaluation.Columns.HasMadeResults.Should().BeTrue();
        counted.Should().Be(evaluation.Results.Count(r => r.Assessment.Status == status));
        evaluation.Columns.CountOf(status).Should().Be(counted);
        first.Should().Be(evaluation.Results[0].Assessment);
    }

    [Fact]
    public void Results_AreMadeOnce_AndReadAgainAreTheSameObjects()
    {
        var evaluation = FiveYear();

        var first = evaluation.Results;
        var second = evaluation.Results;

        second.Should().HaveSameCount(first);
        second.Zip(first).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second));
    }

    [Fact]
    public async Task Results_ReadFromManyThreadsAtOnce_AreOneSetOfObjects()
    {
        var evaluation = FiveYear();
        using var start = new Barrier(4);

        var read = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => Task.Run(() => { start.SignalAndWait(); return evaluation.Results[^1]; })));

        read.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void AnEvaluationNamingMoreFiguresThanOneChunk_MakesEveryResultFromItsOwnFigures()
    {
        // 2,000 level targets of a flow, each summed from twelve months: 26,000 figures named (twelve
        // parts and a sum each), past the first chunk of 16,384, which is let go as the results are made.
        const int Zones = 2_000;
        var targets = Enumerable.Range(0, Zones).Select(z => new Target($"t{z}", "investment", ReportingPeriod.ForYear(2024), TargetKind.Level,
            TargetQualifier.AtLeast, new Quantity(600m + z, Unit.HundredMillionYuan), TargetNature.Expected) { Zone = ZoneScope.Zone($"z{z}") });
        var plan = new Plan("chunks", Name, new Region("r", Name), 2024) { Indicators = [Investment], Targets = [.. targets] };
        var figures = Enumerable.Range(0, Zones).SelectMany(z => Enumerable.Range(1, 12).Select(m =>
            new Observation("investment", ReportingPeriod.ForMonth(2024, m), new Quantity(m * 10m + z, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone($"z{z}") }))
            .ToArray();
        var csv = ObservationCsv.OpenReader(new MemoryStream(Encoding.UTF8.GetBytes(ObservationCsv.ToCsv(figures))));

        var evaluation = PlanEvaluator.Evaluate(plan, csv, new LocalDate(2025, 1, 1));

        evaluation.Results.Should().HaveCount(Zones);
        evaluation.Results.Select(r => (r.Target.Zone, r.Observation!.Zone, r.Observation.Level, r.Sources.Length, r.Basis)).Should().Equal(
            Enumerable.Range(0, Zones).Select(z => (ZoneScope.Zone($"z{z}"), ZoneScope.Zone($"z{z}"), (Quantity?)new Quantity(780m + 12 * z, Unit.HundredMillionYuan), 12, FigureBasis.SummedLevels)));
        evaluation.Results[^1].Sources.Select(s => s.Level!.Value.Value).Should().Equal(Enumerable.Range(1, 12).Select(m => m * 10m + Zones - 1));
    }

    [Fact]
    public void ARelativeTarget_NamesTheIndicatorItComparesWith_OnlyWhenItsOwnIndicatorIsDeclared()
    {
        // 增速高于投资: judged as a series against investment when its own indicator is declared; with
        // an undeclared indicator it is not judged at all, and names no indicator to compare with.
        var declared = new Target("relative", "investment", ReportingPeriod.ForYear(2024), TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "investment" };
        var undeclared = new Target("orphan", "loans", ReportingPeriod.ForYear(2024), TargetKind.Relative, TargetQualifier.AtLeast, Quantity.Percent(0m), TargetNature.Expected) { RelativeTo = "investment" };
        var plan = new Plan("relative", Name, new Region("r", Name), 2024) { Indicators = [Investment], Targets = [declared, undeclared] };

        var results = PlanEvaluator.Evaluate(plan, [], new LocalDate(2025, 1, 1)).Results;

        results[0].RelatedIndicator.Should().BeSameAs(Investment);
        results[1].RelatedIndicator.Should().BeNull();
        results[1].Assessment.Reason.Should().Be(AttainmentReason.UnknownIndicator);
    }
}
