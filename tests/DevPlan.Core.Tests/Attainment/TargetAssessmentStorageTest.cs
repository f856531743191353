using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// An assessment keeps its figures as decimals with a bit each for whether they are there, and its
/// verdict and meaning as bytes: every figure must come back as given, scale included, and an absent
/// one as null, including the first member of each enumeration (stored as 0 + 1, so as not to read as absent).
/// </summary>
public class TargetAssessmentStorageTest
{
    private const AttainmentStatus Ok = AttainmentStatus.Achieved;
    private const VerdictMeasure Level = VerdictMeasure.Level;
    private const TargetBound Floor = TargetBound.Floor;
    private const IndicatorDirection Higher = IndicatorDirection.HigherIsBetter;
    private const VerdictStage InProgress = VerdictStage.InProgress;

    private static TargetAssessment Full() => new(
        AttainmentStatus.Behind, AttainmentReason.MissingBaseline, TargetKind.Level, TargetQualifier.About, Unit.HundredMillionYuan,
        VerdictMeasure.LevelSum, TargetBound.Ceiling, IndicatorDirection.LowerIsBetter, VerdictStage.PeriodEnded,
        actual: 1767.30m, target: 1800m, stretch: 1850.0m, stretchStatus: AttainmentStatus.Achieved,
        completion: new Percent(98.18m), elapsed: new Percent(50.00m), requiredRate: new Percent(-5.90m), projected: 1799.9m, yearsObserved: 0,
        latestYear: 2023, missingYear: 2024, used: new Percent(70.0m), broadly: true);

    [Fact]
    public void EveryFigureAndVerdict_ComesBackAsGiven_ScaleIncluded()
    {
        var assessment = Full();

        (assessment.Status, assessment.Reason, assessment.Kind, assessment.Qualifier, assessment.Unit, assessment.StretchStatus, assessment.IsFinal)
            .Should().Be((AttainmentStatus.Behind, AttainmentReason.MissingBaseline, TargetKind.Level, (TargetQualifier?)TargetQualifier.About, Unit.HundredMillionYuan, (AttainmentStatus?)AttainmentStatus.Achieved, true));
        (assessment.Measure, assessment.Bound, assessment.Better, assessment.Stage, assessment.IsBroadlyAchieved)
            .Should().Be((VerdictMeasure.LevelSum, TargetBound.Ceiling, IndicatorDirection.LowerIsBetter, VerdictStage.PeriodEnded, true));
        new[] { assessment.Actual, assessment.Target, assessment.Stretch, assessment.Projected, assessment.Gap }.Select(d => d!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("1767.30", "1800", "1850.0", "1799.9", "-32.70");
        new[] { assessment.Completion, assessment.ElapsedShare, assessment.RequiredRate, assessment.UsedShare }.Select(p => p!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("98.18", "50.00", "-5.90", "70.0");
        assessment.YearsObserved.Should().Be(0, "zero years observed is a figure, not an absent one");
        (assessment.LatestYear, assessment.MissingYear).Should().Be((2023, 2024));
        assessment.LevelGap.Should().Be(new Quantity(-32.70m, Unit.HundredMillionYuan));
        assessment.RateGap.Should().BeNull("the figures are not in percent");
    }

    [Fact]
    public void AbsentFigures_AreNull_AndTheFirstMemberOfAnEnumerationIsNot()
    {
        var assessment = new TargetAssessment(AttainmentStatus.NoData, AttainmentReason.None, TargetKind.Completion, null, Unit.Percent, VerdictMeasure.Task, TargetBound.None, Higher, InProgress);

        new object?[] { assessment.Qualifier, assessment.StretchStatus, assessment.Actual, assessment.Target, assessment.Stretch, assessment.Completion,
            assessment.ElapsedShare, assessment.RequiredRate, assessment.Projected, assessment.YearsObserved, assessment.LatestYear, assessment.MissingYear,
            assessment.UsedShare, assessment.Gap, assessment.RateGap, assessment.LevelGap, assessment.PaceGap }.Should().AllSatisfy(v => v.Should().BeNull());
        assessment.IsFinal.Should().BeFalse();
        assessment.IsBroadlyAchieved.Should().BeFalse();
        ((int)TargetQualifier.About).Should().Be(0, "the qualifier stored as 0 + 1 above is the enumeration's first");
    }

    [Fact]
    public void EachFigure_IsKeptOnItsOwn_WithoutTheOthers()
    {
        // One figure at a time: a presence bit given to the wrong figure shows as a value where null is expected.
        var unit = Unit.Percent;
        TargetAssessment Make(decimal? actual = null, decimal? target = null, decimal? stretch = null, Percent? completion = null, Percent? elapsed = null,
            Percent? required = null, decimal? projected = null, int? latest = null, int? missing = null, Percent? used = null) =>
            new(Ok, AttainmentReason.None, TargetKind.Level, TargetQualifier.AtLeast, unit, Level, Floor, Higher, InProgress, actual, target, stretch, null,
                completion, elapsed, required, projected, null, latest, missing, used);

        Make(actual: 7.3m).Should().Match<TargetAssessment>(a => a.Actual == 7.3m && a.Target == null && a.Stretch == null && a.Completion == null && a.Gap == null);
        Make(target: 7m).Should().Match<TargetAssessment>(a => a.Actual == null && a.Target == 7m && a.Stretch == null);
        Make(stretch: 8m).Should().Match<TargetAssessment>(a => a.Stretch == 8m && a.Target == null && a.Projected == null);
        Make(elapsed: new Percent(25m)).Should().Match<TargetAssessment>(a => a.ElapsedShare == new Percent(25m) && a.Completion == null && a.RequiredRate == null);
        Make(completion: new Percent(90m)).Should().Match<TargetAssessment>(a => a.Completion == new Percent(90m) && a.ElapsedShare == null && a.UsedShare == null);
        Make(required: new Percent(3m)).Should().Match<TargetAssessment>(a => a.RequiredRate == new Percent(3m) && a.Projected == null && a.YearsObserved == null);
        Make(projected: 4m).Should().Match<TargetAssessment>(a => a.Projected == 4m && a.RequiredRate == null && a.Actual == null);
        Make(latest: 2023).Should().Match<TargetAssessment>(a => a.LatestYear == 2023 && a.MissingYear == null && a.YearsObserved == null);
        Make(missing: 2024).Should().Match<TargetAssessment>(a => a.MissingYear == 2024 && a.LatestYear == null);
        Make(used: new Percent(70m)).Should().Match<TargetAssessment>(a => a.UsedShare == new Percent(70m) && a.Completion == null);
        Make(actual: 5.2m, target: 5.5m).Should().Match<TargetAssessment>(a => a.Gap == -0.3m && a.RateGap == new PercentagePoints(-0.3m) && a.LevelGap == null);
        Make(used: new Percent(70m), elapsed: new Percent(50m)).PaceGap.Should().Be(new PercentagePoints(20m), "a ceiling's pace is the share used against the time");
    }
}
