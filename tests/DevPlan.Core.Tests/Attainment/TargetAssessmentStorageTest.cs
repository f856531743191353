using DevPlan.Core.Attainment;
using DevPlan.Core.Units;

namespace DevPlan.Core.Tests.Attainment;

/// <summary>
/// An assessment keeps its figures as decimals with a bit each for whether they are there, and its
/// verdicts as bytes: every figure must come back as given, scale included, and an absent one as null,
/// including the first member of each enumeration (stored as 0 + 1, so as not to read as absent).
/// </summary>
public class TargetAssessmentStorageTest
{
    private static TargetAssessment Full() => new(
        AttainmentStatus.Behind, AttainmentReason.MissingBaseline, TargetKind.Level, TargetQualifier.About, Unit.HundredMillionYuan,
        actual: 1767.30m, target: 1800m, stretch: 1850.0m, stretchStatus: AttainmentStatus.Achieved, isFinal: true,
        completion: new Percent(98.18m), elapsed: new Percent(50.00m), requiredRate: new Percent(-5.90m), projected: 1799.9m, yearsObserved: 0);

    [Fact]
    public void EveryFigureAndVerdict_ComesBackAsGiven_ScaleIncluded()
    {
        var assessment = Full();

        (assessment.Status, assessment.Reason, assessment.Kind, assessment.Qualifier, assessment.Unit, assessment.StretchStatus, assessment.IsFinal)
            .Should().Be((AttainmentStatus.Behind, AttainmentReason.MissingBaseline, TargetKind.Level, (TargetQualifier?)TargetQualifier.About, Unit.HundredMillionYuan, (AttainmentStatus?)AttainmentStatus.Achieved, true));
        new[] { assessment.Actual, assessment.Target, assessment.Stretch, assessment.Projected }.Select(d => d!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("1767.30", "1800", "1850.0", "1799.9");
        new[] { assessment.Completion, assessment.ElapsedShare, assessment.RequiredRate }.Select(p => p!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal("98.18", "50.00", "-5.90");
        assessment.YearsObserved.Should().Be(0, "zero years observed is a figure, not an absent one");
    }

    [Fact]
    public void AbsentFigures_AreNull_AndTheFirstMemberOfAnEnumerationIsNot()
    {
        var assessment = new TargetAssessment(AttainmentStatus.NoData, AttainmentReason.None, TargetKind.Completion, null, Unit.Percent,
            null, null, null, null, false, null, null);

        new object?[] { assessment.Qualifier, assessment.StretchStatus, assessment.Actual, assessment.Target, assessment.Stretch, assessment.Completion,
            assessment.ElapsedShare, assessment.RequiredRate, assessment.Projected, assessment.YearsObserved }.Should().AllSatisfy(v => v.Should().BeNull());
        assessment.IsFinal.Should().BeFalse();
        ((int)TargetQualifier.About).Should().Be(0, "the qualifier stored as 0 + 1 above is the enumeration's first");
    }

    [Fact]
    public void EachFigure_IsKeptOnItsOwn_WithoutTheOthers()
    {
        // One figure at a time: a presence bit given to the wrong figure shows as a value where null is expected.
        var unit = Unit.Percent;
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.GrowthRate, TargetQualifier.AtLeast, unit, 7.3m, null, null, null, false, null, null)
            .Should().Match<TargetAssessment>(a => a.Actual == 7.3m && a.Target == null && a.Stretch == null && a.Completion == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.GrowthRate, TargetQualifier.AtLeast, unit, null, 7m, null, null, false, null, null)
            .Should().Match<TargetAssessment>(a => a.Actual == null && a.Target == 7m && a.Stretch == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.GrowthRate, TargetQualifier.AtLeast, unit, null, null, 8m, null, false, null, null)
            .Should().Match<TargetAssessment>(a => a.Stretch == 8m && a.Target == null && a.Projected == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.Level, TargetQualifier.AtLeast, unit, null, null, null, null, false, null, new Percent(25m))
            .Should().Match<TargetAssessment>(a => a.ElapsedShare == new Percent(25m) && a.Completion == null && a.RequiredRate == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.Level, TargetQualifier.AtLeast, unit, null, null, null, null, false, new Percent(90m), null)
            .Should().Match<TargetAssessment>(a => a.Completion == new Percent(90m) && a.ElapsedShare == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.Level, TargetQualifier.AtLeast, unit, null, null, null, null, false, null, null, requiredRate: new Percent(3m))
            .Should().Match<TargetAssessment>(a => a.RequiredRate == new Percent(3m) && a.Projected == null && a.YearsObserved == null);
        new TargetAssessment(AttainmentStatus.Achieved, AttainmentReason.None, TargetKind.Level, TargetQualifier.AtLeast, unit, null, null, null, null, false, null, null, projected: 4m)
            .Should().Match<TargetAssessment>(a => a.Projected == 4m && a.RequiredRate == null && a.Actual == null);
    }
}
