using DevPlan.Core.Attainment;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// Each rule at its exact boundary, where a strict and a non-strict comparison differ, and each guard
/// with the argument it names (found by mutation testing). Figures are illustrative.
/// </summary>
public class BoundaryTest
{
    private static readonly AttainmentPolicy Policy = AttainmentPolicy.Default;

    // ---- how a qualifier bounds a figure ----

    private static IndicatorDirection Direction(int better) => better > 0 ? IndicatorDirection.HigherIsBetter : IndicatorDirection.LowerIsBetter;

    [Theory]
    [InlineData(TargetQualifier.GreaterThan, 1, 7.5, AttainmentStatus.Achieved)]   // above by exactly the margin: not exceeded
    [InlineData(TargetQualifier.GreaterThan, 1, 7.6, AttainmentStatus.Exceeded)]
    [InlineData(TargetQualifier.GreaterThan, 1, 7.0, AttainmentStatus.NotAchieved)] // equal is not "greater than"
    [InlineData(TargetQualifier.LessThan, -1, 6.5, AttainmentStatus.Achieved)]     // a ceiling: below it is met
    [InlineData(TargetQualifier.LessThan, -1, 6.4, AttainmentStatus.Achieved)]     // far below a ceiling is met, never exceeded
    [InlineData(TargetQualifier.LessThan, -1, 7.0, AttainmentStatus.NotAchieved)]  // equal is not "less than"
    [InlineData(TargetQualifier.AtLeast, 1, 7.5, AttainmentStatus.Achieved)]
    [InlineData(TargetQualifier.AtLeast, 1, 7.0, AttainmentStatus.Achieved)]
    [InlineData(TargetQualifier.AtLeast, 1, 6.9, AttainmentStatus.NotAchieved)]
    [InlineData(TargetQualifier.AtLeast, -1, 9.0, AttainmentStatus.Achieved)]       // more is worse: never exceeded upwards
    [InlineData(TargetQualifier.AtMost, -1, 6.5, AttainmentStatus.Achieved)]
    [InlineData(TargetQualifier.AtMost, -1, 0.2, AttainmentStatus.Achieved)]        // a ceiling far from reached is met, not exceeded
    [InlineData(TargetQualifier.AtMost, -1, 7.0, AttainmentStatus.Achieved)]
    [InlineData(TargetQualifier.AtMost, -1, 7.1, AttainmentStatus.NotAchieved)]
    [InlineData(TargetQualifier.AtMost, 1, 5.0, AttainmentStatus.Achieved)]         // less is worse: never exceeded downwards
    [InlineData(TargetQualifier.About, 1, 7.5, AttainmentStatus.Achieved)]          // within the tolerance, at its edge
    [InlineData(TargetQualifier.About, 1, 7.6, AttainmentStatus.Exceeded)]
    [InlineData(TargetQualifier.About, 1, 6.5, AttainmentStatus.Achieved)]
    [InlineData(TargetQualifier.About, 1, 6.4, AttainmentStatus.NotAchieved)]
    public void Judge_AtTheMarginAndTheTolerance(TargetQualifier qualifier, int better, double actual, AttainmentStatus expected) =>
        Verdicts.Judge((decimal)actual, 7m, qualifier, Direction(better), 0.5m, 0.5m, Policy).Status.Should().Be(expected);

    [Theory]
    [InlineData(1, 6.8, true)]    // short of "about 7%" but within the band: broadly achieved (基本完成)
    [InlineData(1, 6.5, true)]
    [InlineData(1, 7.0, false)]   // the figure itself is achieved outright
    [InlineData(1, 7.3, false)]   // beyond it in the better direction
    [InlineData(1, 6.4, false)]   // outside the band: not achieved at all
    [InlineData(-1, 7.2, true)]   // a lower-is-better band (the policy off): above the figure is the worse side
    [InlineData(-1, 6.8, false)]
    public void About_MetShortOfItsFigure_IsBroadlyAchieved(int better, double actual, bool broadly)
    {
        var band = Policy with { AboutActsAsCeilingWhenLowerIsBetter = false };

        Verdicts.Judge((decimal)actual, 7m, TargetQualifier.About, Direction(better), 0.5m, 0.5m, band).Broadly.Should().Be(broadly);
    }

    [Fact]
    public void About_LowerIsBetter_IsACeilingByDefault_AndABandWhenThePolicySaysSo()
    {
        var band = Policy with { AboutActsAsCeilingWhenLowerIsBetter = false };
        var lower = IndicatorDirection.LowerIsBetter;

        Verdicts.Judge(2.0m, 3m, TargetQualifier.About, lower, 0.5m, 0.5m, Policy).Status.Should().Be(AttainmentStatus.Achieved, "a ceiling is never exceeded");
        Verdicts.Judge(2.0m, 3m, TargetQualifier.About, lower, 0.5m, 0.5m, band).Status.Should().Be(AttainmentStatus.Exceeded, "a band is");
        Verdicts.Judge(2.8m, 3m, TargetQualifier.About, lower, 0.5m, 0.5m, Policy).Broadly.Should().BeFalse("under a ceiling is met outright");
        Verdicts.Judge(3.6m, 3m, TargetQualifier.About, lower, 0.5m, 0.5m, band).Status.Should().Be(AttainmentStatus.NotAchieved);
        Verdicts.Bound(TargetQualifier.About, lower, band).Should().Be(TargetBound.Band);
        Verdicts.Bound(TargetQualifier.About, IndicatorDirection.HigherIsBetter, band).Should().Be(TargetBound.Band);
        Verdicts.Bound(TargetQualifier.About, lower, Policy).Should().Be(TargetBound.Ceiling);
        Verdicts.Bound(TargetQualifier.Exactly, lower, Policy).Should().Be(TargetBound.Ceiling);
        Verdicts.Bound(TargetQualifier.Exactly, IndicatorDirection.HigherIsBetter, Policy).Should().Be(TargetBound.Floor);
        Verdicts.Bound(TargetQualifier.GreaterThan, lower, Policy).Should().Be(TargetBound.Floor);
        Verdicts.Bound(null, lower, Policy).Should().Be(TargetBound.None);
        Policy.AboutActsAsCeilingWhenLowerIsBetter.Should().BeTrue();
    }

    [Theory]
    [InlineData(1, AttainmentStatus.Achieved, AttainmentStatus.NotAchieved)]
    [InlineData(-1, AttainmentStatus.Achieved, AttainmentStatus.NotAchieved)]
    public void Exactly_IsAFloorInTheBetterDirection(int better, AttainmentStatus atTarget, AttainmentStatus worse)
    {
        Verdicts.Judge(7m, 7m, TargetQualifier.Exactly, Direction(better), 0.5m, 0.5m, Policy).Status.Should().Be(atTarget);
        Verdicts.Judge(7m - better * 0.1m, 7m, TargetQualifier.Exactly, Direction(better), 0.5m, 0.5m, Policy).Status.Should().Be(worse);
    }

    [Theory]
    [InlineData(AttainmentStatus.NotAchieved, TargetBound.Ceiling, AttainmentStatus.AtRisk)]
    [InlineData(AttainmentStatus.NotAchieved, TargetBound.Floor, AttainmentStatus.Behind)]
    [InlineData(AttainmentStatus.NotAchieved, TargetBound.Band, AttainmentStatus.Behind)]
    [InlineData(AttainmentStatus.Achieved, TargetBound.Ceiling, AttainmentStatus.OnTrack)]
    [InlineData(AttainmentStatus.Exceeded, TargetBound.Floor, AttainmentStatus.OnTrack)]
    public void Pace_InProgress_IsOnTrack_Behind_OrForACeilingAtRisk(AttainmentStatus status, TargetBound bound, AttainmentStatus expected)
    {
        Verdicts.Pace(status, VerdictStage.InProgress, bound).Should().Be(expected);
        Verdicts.Pace(status, VerdictStage.Final, bound).Should().Be(status);
    }

    [Theory]
    [InlineData(3.0, 1, true, AttainmentStatus.Achieved)]
    [InlineData(2.9, 1, true, AttainmentStatus.NotAchieved)]
    [InlineData(3.0, -1, true, AttainmentStatus.Achieved)]
    [InlineData(2.0, -1, true, AttainmentStatus.Achieved)]
    [InlineData(3.1, -1, true, AttainmentStatus.NotAchieved)]
    [InlineData(3.0, 1, false, AttainmentStatus.OnTrack)]
    [InlineData(2.9, 1, false, AttainmentStatus.Behind)]
    public void Stretch_IsAFloorInTheBetterDirection(double actual, int better, bool isFinal, AttainmentStatus expected) =>
        Verdicts.Stretch((decimal)actual, 3m, Direction(better), isFinal).Should().Be(expected);

    [Fact]
    public void Ratio_OutsideDecimalsRange_IsNone_AndTheVerdictStands()
    {
        Verdicts.Ratio(5.6e27m, 7m).Should().BeNull();
        Verdicts.Ratio(7m, 0m).Should().BeNull();
        Verdicts.Ratio(7m, 7m).Should().Be(new Percent(100m));
    }

    [Fact]
    public void NotJudged_KeepsTheTargetsUnitAndFigure_AndItsMeaning_AndIsNotFinal()
    {
        var target = new Target("t", "jobs", ReportingPeriod.ForYear(2024), TargetKind.Level, TargetQualifier.AtLeast,
            new Quantity(1.65m, Unit.TenThousandPersons), TargetNature.Expected);

        var a = TargetKinds.For(target).NotJudged(target, null, Policy, AttainmentStatus.NoData, AttainmentReason.NoObservation);

        a.Unit.Should().Be(Unit.TenThousandPersons);
        a.Target.Should().Be(1.65m);
        a.IsFinal.Should().BeFalse();
        a.Actual.Should().BeNull();
        a.Gap.Should().BeNull();
        a.Measure.Should().Be(VerdictMeasure.Level);
        a.Bound.Should().Be(TargetBound.Floor);
    }

    // ---- a level's in-year pace ----

    private static readonly Indicator Jobs = SeedFiles.JinanPlan.GetIndicator("new-urban-jobs");

    private static TargetAssessment JobsByJune(decimal target, decimal actual, AttainmentPolicy policy, TargetQualifier qualifier = TargetQualifier.AtLeast) =>
        PlanEvaluator.Assess(
            new Target("t", "new-urban-jobs", ReportingPeriod.ForYear(2024), TargetKind.Level, qualifier, new Quantity(target, Unit.TenThousandPersons), TargetNature.Expected),
            Jobs, new Observation("new-urban-jobs", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(actual, Unit.TenThousandPersons)),
            new LocalDate(2024, 7, 15), policy);

    [Fact]
    public void LevelPace_LaggingByExactlyTheTolerance_IsOnTrack()
    {
        var tolerant = Policy with { PaceTolerance = new PercentagePoints(5m) };

        JobsByJune(2m, 0.9m, tolerant).Status.Should().Be(AttainmentStatus.OnTrack, "45% done at 50% elapsed, 5 points allowed");
        JobsByJune(2m, 0.88m, tolerant).Status.Should().Be(AttainmentStatus.Behind);
        JobsByJune(2m, 0.9m, Policy).Status.Should().Be(AttainmentStatus.Behind);
        JobsByJune(2m, 1.0m, Policy).Status.Should().Be(AttainmentStatus.OnTrack, "50% at 50%");
    }

    [Fact]
    public void LevelPace_OfATargetOfZero_ComparesTheFigureItself()
    {
        JobsByJune(0m, 0m, Policy).Status.Should().Be(AttainmentStatus.OnTrack);
        JobsByJune(0m, 0.1m, Policy, TargetQualifier.AtMost).Status.Should().Be(AttainmentStatus.AtRisk, "a ceiling of nothing already used");
        JobsByJune(0m, 0m, Policy, TargetQualifier.AtMost).Status.Should().Be(AttainmentStatus.OnTrack);
        JobsByJune(0m, 0.1m, Policy).Status.Should().Be(AttainmentStatus.OnTrack);
    }

    // ---- results and their equality ----

    [Fact]
    public void Evaluation_WithoutABasis_IsPublishedWhenThereIsAFigure()
    {
        var target = SeedFiles.JinanPlan.Targets[0];
        var figure = new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m));
        var assessment = PlanEvaluator.Assess(target, SeedFiles.JinanPlan.GetIndicator("gdp"), figure, new LocalDate(2025, 3, 1));

        var judged = new TargetEvaluation(target, null, figure, assessment);
        var empty = new TargetEvaluation(target, null, null, assessment);

        judged.Basis.Should().Be(FigureBasis.Published);
        judged.Sources.Should().ContainSingle().Which.Should().BeSameAs(figure);
        empty.Basis.Should().Be(FigureBasis.None);
        empty.Sources.Should().BeEmpty();
    }

    public static TheoryData<string> Fields => ["status", "reason", "kind", "qualifier", "unit", "measure", "bound", "better", "stage", "actual", "target", "stretch", "stretchStatus",
        "completion", "elapsed", "required", "projected", "years", "latest", "missing", "used", "broadly"];

    [Theory]
    [MemberData(nameof(Fields))]
    public void Assessments_DifferingInOneField_AreNotEqual(string field)
    {
        static TargetAssessment Make(string? changed) => new(
            changed == "status" ? AttainmentStatus.Behind : AttainmentStatus.OnTrack,
            changed == "reason" ? AttainmentReason.MissingLevel : AttainmentReason.None,
            changed == "kind" ? TargetKind.Level : TargetKind.GrowthRate,
            changed == "qualifier" ? TargetQualifier.AtMost : TargetQualifier.AtLeast,
            changed == "unit" ? Unit.HundredMillionYuan : Unit.Percent,
            changed == "measure" ? VerdictMeasure.Level : VerdictMeasure.Growth,
            changed == "bound" ? TargetBound.Band : TargetBound.Floor,
            changed == "better" ? IndicatorDirection.LowerIsBetter : IndicatorDirection.HigherIsBetter,
            changed == "stage" ? VerdictStage.Final : VerdictStage.InProgress,
            changed == "actual" ? 1.1m : 1m,
            changed == "target" ? 2.1m : 2m,
            changed == "stretch" ? 3.1m : 3m,
            changed == "stretchStatus" ? AttainmentStatus.Behind : AttainmentStatus.OnTrack,
            changed == "completion" ? new Percent(51m) : new Percent(50m),
            changed == "elapsed" ? new Percent(41m) : new Percent(40m),
            changed == "required" ? new Percent(6m) : new Percent(5m),
            changed == "projected" ? 9.1m : 9m,
            changed == "years" ? 3 : 2,
            changed == "latest" ? 2024 : 2023,
            changed == "missing" ? 2025 : 2024,
            changed == "used" ? new Percent(61m) : new Percent(60m),
            changed == "broadly");

        var (same, other) = (Make(null), Make(field));

        same.Equals(Make(null)).Should().BeTrue();
        (same == Make(null)).Should().BeTrue();
        same.GetHashCode().Should().Be(Make(null).GetHashCode());
        same.Equals(other).Should().BeFalse(field);
        (same != other).Should().BeTrue();
        (same == other).Should().BeFalse();
    }

    // ---- guards ----

    [Fact]
    public void Evaluate_NamesTheNullArgument()
    {
        var plan = SeedFiles.JinanPlan;
        var asOf = new LocalDate(2025, 3, 1);

        FluentActions.Invoking(() => PlanEvaluator.Evaluate(null!, [], asOf)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => PlanEvaluator.Evaluate(plan, null!, asOf)).Should().Throw<ArgumentNullException>().WithParameterName("observations");
        FluentActions.Invoking(() => PlanEvaluator.Evaluate(plan, new Observation[] { null! }, asOf)).Should().Throw<ArgumentNullException>().WithParameterName("observations");
    }

    [Fact]
    public void Evaluate_UsesThePolicyGiven()
    {
        var figures = new[] { new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(6.8m)) };
        var about = AttainmentPolicy.Default with { Exactly = ExactlyTreatment.About };

        PlanEvaluator.Evaluate(SeedFiles.JinanPlan, figures, new LocalDate(2025, 3, 1)).Results[0].Assessment.Status.Should().Be(AttainmentStatus.NotAchieved);
        PlanEvaluator.Evaluate(SeedFiles.JinanPlan, figures, new LocalDate(2025, 3, 1), about).Results[0].Assessment.Status.Should().Be(AttainmentStatus.Achieved);
    }

    [Fact]
    public void Evaluate_AReaderWithAProblem_Throws_NamingTheLine()
    {
        var csv = "indicator,zone,period,value,unit,growth,status,source,completed\ngdp,,2024,,,7.2,A,,\ngdp,,2024-Q9,,,7.2,A,,\n";
        using var reader = DevPlan.Core.Serialization.ObservationCsv.OpenReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));

        FluentActions.Invoking(() => PlanEvaluator.Evaluate(SeedFiles.JinanPlan, reader, new LocalDate(2025, 3, 1)))
            .Should().Throw<DevPlan.Core.Diagnostics.DevPlanFormatException>().Where(e => e.Message.Contains("line 3"));
    }

    [Fact]
    public void Evaluate_AReaderWithANotice_Throws()
    {
        var csv = "indicator,zone,period,value,unit,growth,status,source,completed,colour\ngdp,,2024,,,7.2,A,,,red\n";
        using var reader = DevPlan.Core.Serialization.ObservationCsv.OpenReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv)));

        FluentActions.Invoking(() => PlanEvaluator.Evaluate(SeedFiles.JinanPlan, reader, new LocalDate(2025, 3, 1)))
            .Should().Throw<DevPlan.Core.Diagnostics.DevPlanFormatException>();
    }

    [Fact]
    public void Assess_NamesTheNullArgument_AndAFigureOfAnotherZone()
    {
        var target = SeedFiles.JinanPlan.Targets[0];
        var gdp = SeedFiles.JinanPlan.GetIndicator("gdp");
        var asOf = new LocalDate(2025, 3, 1);
        var figure = new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m));

        FluentActions.Invoking(() => PlanEvaluator.Assess(null!, gdp, figure, asOf)).Should().Throw<ArgumentNullException>().WithParameterName("target");
        FluentActions.Invoking(() => PlanEvaluator.Assess(target, null!, figure, asOf)).Should().Throw<ArgumentNullException>().WithParameterName("indicator");
        FluentActions.Invoking(() => PlanEvaluator.Assess(target, SeedFiles.JinanPlan.GetIndicator("retail-sales"), figure, asOf))
            .Should().Throw<ArgumentException>().WithMessage("*gdp*retail-sales*");
        FluentActions.Invoking(() => PlanEvaluator.Assess(target, gdp, new Observation("gdp", ReportingPeriod.ForYear(2024), growth: new Percent(7.2m)) { Zone = ZoneScope.Zone("east") }, asOf))
            .Should().Throw<ArgumentException>().WithMessage("*gdp*east*");
    }

    // ---- calculations ----

    [Fact]
    public void Contribution_OnAZeroBase_IsRefused()
    {
        var parts = new[] { new ContributionPart("east", new Quantity(0m, Unit.HundredMillionYuan), new Quantity(5m, Unit.HundredMillionYuan)) };

        FluentActions.Invoking(() => ContributionBreakdown.Compute(parts)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("parts");
        FluentActions.Invoking(() => ContributionBreakdown.Compute(null!)).Should().Throw<ArgumentNullException>().WithParameterName("parts");
        FluentActions.Invoking(() => ContributionBreakdown.Compute([])).Should().Throw<ArgumentException>().WithMessage("Expected at least one part.*");
    }

    [Fact]
    public void EnergyIntensity_WithGdpDownAHundredPercent_IsRefused() =>
        FluentActions.Invoking(() => Growth.OfRatio(new Percent(2m), new Percent(-100m))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("denominatorGrowth");

    [Theory]
    [InlineData(1.010025, 2, 1.005)]
    [InlineData(1.331, 3, 1.1)]
    [InlineData(0.25, 2, 0.5)]
    [InlineData(12321, 2, 111)]
    [InlineData(7.5, 1, 7.5)]
    [InlineData(1.2155062500, 4, 1.05)]
    public void Root_OfAnExactPower_IsExact(double value, int n, double root) =>
        DecimalMath.Root((decimal)value, n).Should().Be((decimal)root);

    [Fact]
    public void Root_Refuses_ANegativeNumberAndADegreeBelowOne()
    {
        FluentActions.Invoking(() => DecimalMath.Root(-1m, 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("value");
        FluentActions.Invoking(() => DecimalMath.Root(2m, 0)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("n");
        DecimalMath.Root(0m, 3).Should().Be(0m);
    }

    [Fact]
    public void Ratio_OfTwoDimensions_HasTheQuotientsUnit()
    {
        var perPerson = Aggregation.Ratio([(new Quantity(10m, Unit.HundredMillionYuan), new Quantity(2m, Unit.TenThousandPersons))]);
        var share = Aggregation.Ratio([(new Quantity(10m, Unit.HundredMillionYuan), new Quantity(40m, Unit.HundredMillionYuan))]);

        perPerson.Should().Be(new Quantity(5m, new Unit(Dimension.Of("CNY/person"), 4)), "10^8 / 10^4 = 10^4 yuan per person");
        share.Unit.Dimension.Should().Be(Dimension.Dimensionless);
        share.Value.Should().Be(0.25m);
        FluentActions.Invoking(() => Aggregation.Ratio(null!)).Should().Throw<ArgumentNullException>().WithParameterName("parts");
    }
}
