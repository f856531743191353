using DevPlan.Core.Attainment;
using DevPlan.Core.Calculations;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace DevPlan.Core.Tests.Attainment;

public class TargetAssessorTest
{
    private static readonly ReportingPeriod Year = ReportingPeriod.ForYear(2024);
    private static readonly LocalDate YearEnd = new(2025, 3, 1);

    private static Indicator Indicator(IndicatorDirection direction = IndicatorDirection.HigherIsBetter, GrowthBasis basis = GrowthBasis.Comparable,
        Accumulation accumulation = Accumulation.Flow, Unit? unit = null) =>
        new("i", new LocalizedText("指标", "Indicator"), unit ?? Unit.HundredMillionYuan, direction, basis, accumulation);

    private static Target GrowthTarget(decimal percent, TargetQualifier qualifier) => Target.Growth("t", "i", Year, new Percent(percent), qualifier);

    private static Observation Growth(decimal percent, ReportingPeriod? period = null) => new("i", period ?? Year, growth: new Percent(percent));

    private static AttainmentStatus StatusOf(Target target, Observation? observation, IndicatorDirection direction = IndicatorDirection.HigherIsBetter, AttainmentPolicy? policy = null) =>
        PlanEvaluator.Assess(target, Indicator(direction), observation, YearEnd, policy).Status;

    // docs/methods.md §7, "about X": within ±0.5 pp achieved, above the band exceeded, below not achieved.
    [Theory]
    [InlineData(7.0, AttainmentStatus.Achieved)]
    [InlineData(7.5, AttainmentStatus.Achieved)]
    [InlineData(6.5, AttainmentStatus.Achieved)]
    [InlineData(7.51, AttainmentStatus.Exceeded)]
    [InlineData(6.49, AttainmentStatus.NotAchieved)]
    public void About_IsABandOfHalfAPoint(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(7m, TargetQualifier.About), Growth((decimal)actual)).Should().Be(expected);

    [Theory]
    [InlineData(7.0, AttainmentStatus.Achieved)]
    [InlineData(7.5, AttainmentStatus.Achieved)]
    [InlineData(7.6, AttainmentStatus.Exceeded)]
    [InlineData(6.99, AttainmentStatus.NotAchieved)]
    public void AtLeast_IsAnInclusiveFloor(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(7m, TargetQualifier.AtLeast), Growth((decimal)actual)).Should().Be(expected);

    [Theory]
    [InlineData(5.5, AttainmentStatus.Achieved)]
    [InlineData(3.0, AttainmentStatus.Achieved)]
    [InlineData(5.51, AttainmentStatus.NotAchieved)]
    public void AtMost_IsAnInclusiveCeiling(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(5.5m, TargetQualifier.AtMost), Growth((decimal)actual)).Should().Be(expected);

    [Theory]
    [InlineData(0.2, AttainmentStatus.Achieved)]     // 2023: 0.2% against "about 3%": kept within the ceiling, never exceeded
    [InlineData(2.0, AttainmentStatus.Achieved)]
    [InlineData(3.0, AttainmentStatus.Achieved)]
    [InlineData(3.2, AttainmentStatus.NotAchieved)]
    public void About_ForALowerIsBetterIndicator_ActsAsACeiling(double cpi, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(3m, TargetQualifier.About), Growth((decimal)cpi), IndicatorDirection.LowerIsBetter).Should().Be(expected);

    // Every policy threshold at its exact value and one unit of the last decimal place either side.

    [Theory]
    [InlineData(6.49, AttainmentStatus.NotAchieved)]
    [InlineData(6.50, AttainmentStatus.Achieved)]      // the lower edge of the about band
    [InlineData(6.51, AttainmentStatus.Achieved)]
    [InlineData(7.49, AttainmentStatus.Achieved)]
    [InlineData(7.50, AttainmentStatus.Achieved)]      // the upper edge
    [InlineData(7.51, AttainmentStatus.Exceeded)]
    public void About_RateBandEdges(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(7m, TargetQualifier.About), Growth((decimal)actual)).Should().Be(expected);

    [Theory]
    [InlineData(6.99, AttainmentStatus.NotAchieved)]
    [InlineData(7.00, AttainmentStatus.Achieved)]      // the floor itself
    [InlineData(7.49, AttainmentStatus.Achieved)]
    [InlineData(7.50, AttainmentStatus.Achieved)]      // exactly the exceeded margin beyond the floor
    [InlineData(7.51, AttainmentStatus.Exceeded)]
    public void AtLeast_ExceededMarginEdges(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(7m, TargetQualifier.AtLeast), Growth((decimal)actual)).Should().Be(expected);

    [Theory]
    [InlineData(5.51, AttainmentStatus.NotAchieved)]
    [InlineData(5.50, AttainmentStatus.Achieved)]      // the ceiling itself
    [InlineData(5.01, AttainmentStatus.Achieved)]
    [InlineData(5.00, AttainmentStatus.Achieved)]      // exactly the margin below the ceiling
    [InlineData(4.99, AttainmentStatus.Achieved)]      // beyond the margin under a ceiling: still only met, never exceeded
    public void AtMost_LowerIsBetter_IsNeverExceeded(double actual, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(5.5m, TargetQualifier.AtMost), Growth((decimal)actual), IndicatorDirection.LowerIsBetter).Should().Be(expected);

    [Theory]
    [InlineData(98.99, AttainmentStatus.NotAchieved)]
    [InlineData(99.00, AttainmentStatus.Achieved)]     // the about band for levels: ±1% of the target
    [InlineData(101.00, AttainmentStatus.Achieved)]
    [InlineData(101.01, AttainmentStatus.Exceeded)]
    public void About_LevelBandEdges(double actual, AttainmentStatus expected) =>
        LevelStatus(100m, TargetQualifier.About, (decimal)actual).Should().Be(expected);

    [Theory]
    [InlineData(99.99, AttainmentStatus.NotAchieved)]
    [InlineData(100.00, AttainmentStatus.Achieved)]
    [InlineData(101.00, AttainmentStatus.Achieved)]    // exactly 1% beyond
    [InlineData(101.01, AttainmentStatus.Exceeded)]
    public void AtLeast_LevelExceededMarginEdges(double actual, AttainmentStatus expected) =>
        LevelStatus(100m, TargetQualifier.AtLeast, (decimal)actual).Should().Be(expected);

    private static AttainmentStatus LevelStatus(decimal target, TargetQualifier qualifier, decimal actual) =>
        PlanEvaluator.Assess(Target.Level("t", "i", Year, new Quantity(target, Unit.HundredMillionYuan), qualifier), Indicator(),
            new Observation("i", Year, new Quantity(actual, Unit.HundredMillionYuan)), YearEnd).Status;

    [Fact]
    public void About_ForALowerIsBetterIndicator_CanBeATwoSidedBandByPolicy()
    {
        var policy = AttainmentPolicy.Default with { AboutActsAsCeilingWhenLowerIsBetter = false };

        StatusOf(GrowthTarget(3m, TargetQualifier.About), Growth(2.4m), IndicatorDirection.LowerIsBetter, policy).Should().Be(AttainmentStatus.Exceeded);
        StatusOf(GrowthTarget(3m, TargetQualifier.About), Growth(3.6m), IndicatorDirection.LowerIsBetter, policy).Should().Be(AttainmentStatus.NotAchieved);
    }

    [Fact]
    public void Exactly_IsAFloorInTheBetterDirectionByDefault_OrAnAboutBandByPolicy()
    {
        StatusOf(GrowthTarget(7m, TargetQualifier.Exactly), Growth(6.8m)).Should().Be(AttainmentStatus.NotAchieved);
        StatusOf(GrowthTarget(7m, TargetQualifier.Exactly), Growth(6.8m), policy: AttainmentPolicy.Default with { Exactly = ExactlyTreatment.About })
            .Should().Be(AttainmentStatus.Achieved);
    }

    [Fact]
    public void Tolerances_ComeFromThePolicy()
    {
        var wide = AttainmentPolicy.Default with { AboutToleranceForRates = new PercentagePoints(1m), ExceededMarginForRates = new PercentagePoints(1m) };

        StatusOf(GrowthTarget(7m, TargetQualifier.About), Growth(6.2m), policy: wide).Should().Be(AttainmentStatus.Achieved);
        StatusOf(GrowthTarget(7m, TargetQualifier.AtLeast), Growth(7.9m), policy: wide).Should().Be(AttainmentStatus.Achieved);
    }

    // docs/methods.md §7: a reduction target ("down 2.5%") is met when the reduction is at least 2.5.
    [Theory]
    [InlineData(-3.1, AttainmentStatus.Exceeded)]
    [InlineData(-3.0, AttainmentStatus.Achieved)]
    [InlineData(-2.5, AttainmentStatus.Achieved)]
    [InlineData(-2.0, AttainmentStatus.NotAchieved)]
    [InlineData(1.0, AttainmentStatus.NotAchieved)]
    public void Reduction_IsMetByAReductionOfAtLeastTheFigure(double change, AttainmentStatus expected)
    {
        var target = new Target("t", "i", Year, TargetKind.Reduction, TargetQualifier.AtLeast, Quantity.Percent(2.5m), TargetNature.Binding);

        var assessment = PlanEvaluator.Assess(target, Indicator(IndicatorDirection.LowerIsBetter), Growth((decimal)change), YearEnd);

        assessment.Status.Should().Be(expected);
        assessment.Actual.Should().Be(-(decimal)change);
    }

    // docs/methods.md §6 (illustrative): energy +2.2%, GDP +2.3% gives a 0.1% reduction: a 0.1 target is met, 0.2 is not.
    [Fact]
    public void Reduction_FromTheEnergyIntensityChange()
    {
        var change = DevPlan.Core.Calculations.Growth.OfRatio(new Percent(2.2m), new Percent(2.3m));
        var observation = new Observation("i", Year, growth: change.Round(2));

        StatusOf(new Target("t", "i", Year, TargetKind.Reduction, TargetQualifier.AtLeast, Quantity.Percent(0.1m), TargetNature.Binding), observation, IndicatorDirection.LowerIsBetter)
            .Should().Be(AttainmentStatus.Achieved);
        StatusOf(new Target("t", "i", Year, TargetKind.Reduction, TargetQualifier.AtLeast, Quantity.Percent(0.2m), TargetNature.Binding), observation, IndicatorDirection.LowerIsBetter)
            .Should().Be(AttainmentStatus.NotAchieved);
    }

    [Fact]
    public void Gap_IsInPercentagePointsAndCompletionIsARatio()
    {
        var assessment = PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.About), Indicator(), Growth(7.3m), YearEnd);

        assessment.RateGap.Should().Be(new PercentagePoints(0.3m));
        assessment.LevelGap.Should().BeNull();
        assessment.Completion!.Value.Round(2).Should().Be(new Percent(104.29m));
        assessment.IsFinal.Should().BeTrue();
        assessment.ToString().Should().Be("Achieved: GrowthRate 7.3 against 7 [percent]");
    }

    [Fact]
    public void Stretch_IsJudgedSeparately()
    {
        var target = new Target("t", "i", Year, TargetKind.GrowthRate, TargetQualifier.About, Quantity.Percent(7m), TargetNature.Expected) { Stretch = Quantity.Percent(7.5m) };

        var reached = PlanEvaluator.Assess(target, Indicator(), Growth(7.6m), YearEnd);
        var missed = PlanEvaluator.Assess(target, Indicator(), Growth(7.2m), YearEnd);

        reached.Status.Should().Be(AttainmentStatus.Exceeded);
        reached.StretchStatus.Should().Be(AttainmentStatus.Achieved);
        missed.Status.Should().Be(AttainmentStatus.Achieved);
        missed.StretchStatus.Should().Be(AttainmentStatus.NotAchieved);
    }

    // docs/methods.md §7, absolute amounts: year-to-date sum ≥ target, same unit and currency.
    [Fact]
    public void Level_InAnotherMagnitudeOfTheSameCurrency_IsConverted()
    {
        var target = Target.Level("t", "i", Year, new Quantity(7.7m, Unit.HundredMillionUsd), TargetQualifier.AtLeast);
        var observation = new Observation("i", Year, new Quantity(77_500m, new Unit(Dimension.Usd, 4)));

        var assessment = PlanEvaluator.Assess(target, Indicator(unit: Unit.HundredMillionUsd), observation, YearEnd);

        assessment.Actual.Should().Be(7.75m);
        assessment.Status.Should().Be(AttainmentStatus.Achieved);
        assessment.LevelGap.Should().Be(new Quantity(0.05m, Unit.HundredMillionUsd));
    }

    [Fact]
    public void Level_InAnotherCurrency_ThrowsNamingBothUnits()
    {
        var target = Target.Level("t", "i", Year, new Quantity(7.7m, Unit.HundredMillionUsd), TargetQualifier.AtLeast);
        var observation = new Observation("i", Year, new Quantity(55m, Unit.HundredMillionYuan));

        var act = () => PlanEvaluator.Assess(target, Indicator(unit: Unit.HundredMillionUsd), observation, YearEnd);

        act.Should().Throw<UnitMismatchException>().WithMessage("*10^8 USD*10^8 CNY*");
    }

    // docs/methods.md §8 (illustrative), pace: January–May investment at 45.2% of the annual plan vs 5/12 = 41.7% elapsed → 3.5 percentage points ahead.
    [Fact]
    public void Pace_LevelTargetYearToDate_ComparesShareDoneWithShareElapsed()
    {
        var target = Target.Level("t", "i", Year, new Quantity(1000m, Unit.HundredMillionYuan), TargetQualifier.AtLeast);
        var januaryToMay = new Observation("i", ReportingPeriod.ForYearToDate(2024, 5), new Quantity(452m, Unit.HundredMillionYuan));

        var assessment = PlanEvaluator.Assess(target, Indicator(), januaryToMay, new LocalDate(2024, 6, 15));

        assessment.Status.Should().Be(AttainmentStatus.OnTrack);
        assessment.IsFinal.Should().BeFalse();
        assessment.Completion.Should().Be(new Percent(45.2m));
        assessment.ElapsedShare!.Value.Round(1).Should().Be(new Percent(41.7m));
        assessment.PaceGap!.Value.Round(1).Should().Be(new PercentagePoints(3.5m));
    }

    [Fact]
    public void Pace_BehindTheElapsedShare_IsBehind_AndTheDayBasisIsAPolicy()
    {
        var target = Target.Level("t", "i", Year, new Quantity(1000m, Unit.HundredMillionYuan), TargetQualifier.AtLeast);
        var januaryToMay = new Observation("i", ReportingPeriod.ForYearToDate(2024, 5), new Quantity(400m, Unit.HundredMillionYuan));

        PlanEvaluator.Assess(target, Indicator(), januaryToMay, new LocalDate(2024, 6, 15)).Status.Should().Be(AttainmentStatus.Behind);
        var byDays = PlanEvaluator.Assess(target, Indicator(), januaryToMay, new LocalDate(2024, 3, 31), AttainmentPolicy.Default with { PaceBasis = PaceBasis.AsOfDays });
        byDays.Status.Should().Be(AttainmentStatus.OnTrack);
        byDays.ElapsedShare.Should().Be(Percent.FromFraction(91m / 366m));
    }

    // docs/methods.md §8, pace for a growth target: year-to-date cumulative growth against the target rate.
    [Theory]
    [InlineData(7.2, AttainmentStatus.OnTrack)]
    [InlineData(6.9, AttainmentStatus.Behind)]
    public void Pace_GrowthTargetYearToDate_ComparesCumulativeGrowth(double ytd, AttainmentStatus expected) =>
        StatusOf(GrowthTarget(7m, TargetQualifier.AtLeast), Growth((decimal)ytd, ReportingPeriod.ForYearToDate(2024, 9))).Should().Be(expected);

    [Fact]
    public void Completion_IsJudgedFromAYesNoObservation()
    {
        var task = Target.Completion("t", "i", Year);

        StatusOf(task, new Observation("i", Year, completed: true), IndicatorDirection.LowerIsBetter).Should().Be(AttainmentStatus.Achieved);
        StatusOf(task, new Observation("i", Year, completed: false), IndicatorDirection.LowerIsBetter).Should().Be(AttainmentStatus.NotAchieved);
        var midYear = PlanEvaluator.Assess(task, Indicator(), new Observation("i", ReportingPeriod.ForHalfYear(2024, 1), completed: false), YearEnd);
        midYear.Status.Should().Be(AttainmentStatus.NotAssessable);
        midYear.Reason.Should().Be(AttainmentReason.TaskDueAtPeriodEnd);
    }

    [Fact]
    public void Completion_WithoutAYesNoObservation_IsNotAssessable()
    {
        var assessment = PlanEvaluator.Assess(Target.Completion("t", "i", Year), Indicator(), Growth(-3m), YearEnd);

        assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        assessment.Reason.Should().Be(AttainmentReason.CompletionNeedsYesNo);
        assessment.ToString().Should().Be("NotAssessable (CompletionNeedsYesNo)");
    }

    [Fact]
    public void MissingObservation_IsNoData()
    {
        var assessment = PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.About), Indicator(), null, YearEnd);

        assessment.Status.Should().Be(AttainmentStatus.NoData);
        assessment.Reason.Should().Be(AttainmentReason.NoObservation);
        assessment.Target.Should().Be(7m);
    }

    [Fact]
    public void ComparablePriceGrowth_FromLevelsOnly_IsNotAssessable()
    {
        var levelsOnly = new Observation("i", Year, new Quantity(1900m, Unit.HundredMillionYuan));
        var lastYear = new Observation("i", ReportingPeriod.ForYear(2023), new Quantity(1767.3m, Unit.HundredMillionYuan));

        var assessment = PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.About), Indicator(), levelsOnly, YearEnd, samePeriodLastYear: lastYear);

        assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        assessment.Reason.Should().Be(AttainmentReason.ComparablePricesNeedPublishedGrowth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void NominalGrowth_OnAZeroOrNegativeBaseline_IsNotAssessable(int baseline)
    {
        var observation = new Observation("i", Year, new Quantity(5m, Unit.HundredMillionYuan));
        var lastYear = new Observation("i", ReportingPeriod.ForYear(2023), new Quantity(baseline, Unit.HundredMillionYuan));

        var assessment = PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.AtLeast), Indicator(basis: GrowthBasis.Nominal), observation, YearEnd, samePeriodLastYear: lastYear);

        assessment.Status.Should().Be(AttainmentStatus.NotAssessable);
        assessment.Reason.Should().Be(AttainmentReason.NonPositiveBase);
    }

    [Fact]
    public void TargetEqualToBaseline_ZeroGrowthTarget_HasNoCompletionRatio()
    {
        var assessment = PlanEvaluator.Assess(GrowthTarget(0m, TargetQualifier.AtLeast), Indicator(), Growth(0m), YearEnd);

        assessment.Status.Should().Be(AttainmentStatus.Achieved);
        assessment.Completion.Should().BeNull();
        assessment.RateGap.Should().Be(new PercentagePoints(0m));
    }

    [Fact]
    public void ObservationOutsideTheTargetPeriod_IsNotAssessable() =>
        PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.About), Indicator(), Growth(7m, ReportingPeriod.ForYear(2023)), YearEnd)
            .Reason.Should().Be(AttainmentReason.ObservationOutsidePeriod);

    [Fact]
    public void ObservationOfAnotherIndicator_Throws()
    {
        var act = () => PlanEvaluator.Assess(GrowthTarget(7m, TargetQualifier.About), Indicator(), new Observation("other", Year, growth: new Percent(1m)), YearEnd);

        act.Should().Throw<ArgumentException>().WithParameterName("observation");
    }

    [Fact]
    public void SingleAssessment_AllocatesNothing()
    {
        var target = GrowthTarget(7m, TargetQualifier.About);
        var levelTarget = Target.Level("l", "i", Year, new Quantity(1000m, Unit.HundredMillionYuan), TargetQualifier.AtLeast);
        var indicator = Indicator();
        var growth = Growth(7.3m);
        var ytd = new Observation("i", ReportingPeriod.ForYearToDate(2024, 5), new Quantity(452m, Unit.HundredMillionYuan));
        var asOf = new LocalDate(2024, 6, 15);
        for (var i = 0; i < 100; i++)
        {
            PlanEvaluator.Assess(target, indicator, growth, asOf);
            PlanEvaluator.Assess(levelTarget, indicator, ytd, asOf);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var a = PlanEvaluator.Assess(target, indicator, growth, asOf);
        var b = PlanEvaluator.Assess(levelTarget, indicator, ytd, asOf);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        a.Status.Should().Be(AttainmentStatus.Achieved);
        b.Status.Should().Be(AttainmentStatus.OnTrack);
    }

    // Property: mirroring the direction and reflecting the actual about the figure gives the same verdict.
    [Property(MaxTest = 500)]
    public Property MirroredDirection_FlipsTheVerdictSymmetrically()
    {
        var policy = AttainmentPolicy.Default with { AboutActsAsCeilingWhenLowerIsBetter = false };
        var cases = from figure in Gen.Choose(-200, 200)
                    from actual in Gen.Choose(-400, 400)
                    from qualifier in Gen.Elements(TargetQualifier.About, TargetQualifier.AtLeast, TargetQualifier.Exactly)
                    select (figure: figure / 10m, actual: actual / 10m, qualifier);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var mirroredQualifier = c.qualifier == TargetQualifier.AtLeast ? TargetQualifier.AtMost : c.qualifier;
            var higher = PlanEvaluator.Assess(GrowthTarget(c.figure, c.qualifier), Indicator(), Growth(c.actual), YearEnd, policy).Status;
            var lower = PlanEvaluator.Assess(GrowthTarget(c.figure, mirroredQualifier), Indicator(IndicatorDirection.LowerIsBetter),
                Growth(2 * c.figure - c.actual), YearEnd, policy).Status;

            // Mirrored, a floor is a ceiling, which is met or breached but never exceeded.
            var ceiling = mirroredQualifier is TargetQualifier.AtMost or TargetQualifier.Exactly;
            lower.Should().Be(ceiling && higher == AttainmentStatus.Exceeded ? AttainmentStatus.Achieved : higher);
        });
    }

    // docs/methods.md §7: staying under a ceiling is no share of a task, so a ceiling reports no completion ratio.
    [Theory]
    [InlineData(5.6, TargetQualifier.AtMost, IndicatorDirection.LowerIsBetter, null)]
    [InlineData(5.1, TargetQualifier.AtMost, IndicatorDirection.LowerIsBetter, null)]
    [InlineData(5.1, TargetQualifier.About, IndicatorDirection.LowerIsBetter, null)]
    [InlineData(5.1, TargetQualifier.Exactly, IndicatorDirection.LowerIsBetter, null)]
    [InlineData(5.1, TargetQualifier.AtMost, IndicatorDirection.HigherIsBetter, null)]
    [InlineData(5.61, TargetQualifier.AtLeast, IndicatorDirection.HigherIsBetter, 102)]
    [InlineData(5.61, TargetQualifier.About, IndicatorDirection.HigherIsBetter, 102)]
    public void Completion_IsARatioForFloorsAndBands_AndNoneForCeilings(double actual, TargetQualifier qualifier, IndicatorDirection direction, int? completion)
    {
        var target = Target.Level("t", "i", Year, Quantity.Percent(5.5m), qualifier);

        var assessment = PlanEvaluator.Assess(target, Indicator(direction), new Observation("i", Year, Quantity.Percent((decimal)actual)), YearEnd);

        assessment.Completion.Should().Be(completion is { } c ? new Percent(c) : null);
    }

    [Fact]
    public void Ceiling_InTheYear_IsOnPaceWhileTheAllowanceUsedKeepsBelowTheTimeElapsed()
    {
        var ceiling = Target.Level("t", "i", Year, new Quantity(1200m, Unit.TenThousandTce), TargetQualifier.AtMost);
        var flow = new Indicator("i", new DevPlan.Core.Text.LocalizedText("能源消费总量", "Energy use"), Unit.TenThousandTce, IndicatorDirection.LowerIsBetter, GrowthBasis.Nominal, Accumulation.Flow);

        var underPace = PlanEvaluator.Assess(ceiling, flow, new Observation("i", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(590m, Unit.TenThousandTce)), new LocalDate(2024, 7, 15));
        var overPace = PlanEvaluator.Assess(ceiling, flow, new Observation("i", ReportingPeriod.ForYearToDate(2024, 6), new Quantity(610m, Unit.TenThousandTce)), new LocalDate(2024, 7, 15));

        underPace.Status.Should().Be(AttainmentStatus.OnTrack);
        overPace.Status.Should().Be(AttainmentStatus.AtRisk, "a cap used faster than the time elapsed is at risk of a breach, not behind");
        overPace.UsedShare.Should().Be(new Percent(610m / 1200m * 100m));
        underPace.Completion.Should().BeNull();
        underPace.ElapsedShare.Should().Be(new Percent(50m));
    }
}
