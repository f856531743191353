using DevPlan.Core.Diagnostics;
using System.Text;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using DevPlan.Core.Validation;

namespace DevPlan.Core.Tests.Validation;

public class PlanValidatorTest
{
    private static readonly Plan Seed = SeedFiles.JinanPlan;
    private static readonly ReportingPeriod Y2024 = ReportingPeriod.ForYear(2024);
    private static readonly ReportingPeriod Y2023 = ReportingPeriod.ForYear(2023);
    private static readonly LocalizedText Name = new("名", "Name");

    /// <summary>The seed plan with some of its collections replaced.</summary>
    private static Plan With(
        IEnumerable<Indicator>? indicators = null, IEnumerable<Target>? targets = null, IEnumerable<Observation>? baselines = null,
        IEnumerable<PlanAction>? actions = null, IEnumerable<ResponsibleUnit>? units = null, IEnumerable<ResponsibilityAgreement>? agreements = null,
        IEnumerable<Zone>? zones = null, IEnumerable<string>? issuers = null, Strategy? strategy = null) =>
        new(Seed.Id, Seed.Title, zones is null ? Seed.Region : new Region(Seed.Region.Code, Seed.Region.Name) { Zones = [.. zones] }, Seed.Year)
        {
            Indicators = [.. indicators ?? Seed.Indicators],
            Targets = [.. targets ?? Seed.Targets],
            Baselines = [.. baselines ?? Seed.Baselines],
            Actions = [.. actions ?? Seed.Actions],
            ResponsibleUnits = [.. units ?? Seed.ResponsibleUnits],
            Agreements = [.. agreements ?? Seed.Agreements],
            Issuers = [.. issuers ?? Seed.Issuers],
            Strategy = strategy ?? Seed.Strategy,
        };

    private static IEnumerable<Diagnostic> Problems(Plan plan, DiagnosticRule rule) => PlanValidator.Validate(plan).Diagnostics.Where(d => d.Rule == rule);

    private static Diagnostic Single(Plan plan, DiagnosticRule rule) => Problems(plan, rule).Should().ContainSingle().Subject;

    [Fact]
    public void Seed_HasNoErrors_AndWarnsOfComparableTargetsWithoutBaselines()
    {
        var result = PlanValidator.Validate(Seed);

        result.HasErrors.Should().BeFalse(string.Join("\n", result.Errors));
        result.Warnings.Select(w => (w.Code, w.Location.JsonPath)).Should().Equal(
            ("DP1501", "$.targets[1]"), ("DP1501", "$.targets[2]"));
    }

    [Fact]
    public void Catalogue_CodesAreUniqueAndWellFormed()
    {
        DiagnosticRule.All.Select(r => r.Code).Should().OnlyHaveUniqueItems().And.OnlyContain(c => c.Length == 6 && c.StartsWith("DP"));
        DiagnosticRule.All.Should().OnlyContain(r => r.Title.Length > 0 && r.Example.Length > 0);
        DiagnosticRule.All.Should().HaveCount(typeof(DiagnosticRule).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static).Count(p => p.PropertyType == typeof(DiagnosticRule)));
    }

    [Fact]
    public void DuplicateCodes_AreReportedAtTheSecondOccurrence()
    {
        var plan = With(indicators: Seed.Indicators.Append(Seed.Indicators[0]), targets: Seed.Targets.Append(Seed.Targets[0]),
            units: Seed.ResponsibleUnits.Append(Seed.ResponsibleUnits[0]), agreements: Seed.Agreements.Append(Seed.Agreements[0]),
            zones: Seed.Zones.Append(Seed.Zones[0]), actions: Seed.Actions.Append(Seed.Actions[0]),
            strategy: new Strategy(Name) { Goals = [new StrategicGoal("g", Name), new StrategicGoal("g", Name)] });

        Single(plan, DiagnosticRule.DuplicateIndicator).Location.JsonPath.Should().Be("$.indicators[10].code");
        Single(plan, DiagnosticRule.DuplicateIndicator).Message.Should().Contain("\"gdp\"").And.Contain("$.indicators[0]");
        Single(plan, DiagnosticRule.DuplicateTarget).Location.JsonPath.Should().Be("$.targets[10].id");
        Single(plan, DiagnosticRule.DuplicateUnit).Location.JsonPath.Should().Be("$.responsibleUnits[6].code");
        Single(plan, DiagnosticRule.DuplicateAgreement).Location.JsonPath.Should().Be("$.agreements[1].id");
        Single(plan, DiagnosticRule.DuplicateZone).Location.JsonPath.Should().Be("$.region.zones[3].code");
        Single(plan, DiagnosticRule.DuplicateAction).Location.JsonPath.Should().Be("$.actions[9].number");
        Single(plan, DiagnosticRule.DuplicateGoal).Location.JsonPath.Should().Be("$.strategy.goals[1].code");
    }

    [Fact]
    public void DuplicateMeasureNumbers_WithinAnAction()
    {
        var action = new PlanAction(1, Name) { Measures = [new Measure(1, Name), new Measure(1, Name)] };

        Single(With(actions: [action]), DiagnosticRule.DuplicateMeasure).Location.JsonPath.Should().Be("$.actions[0].measures[1].number");
    }

    [Fact]
    public void UnresolvedReferences_AreEachReportedWithTheKnownCodes()
    {
        var plan = With(
            targets: [new Target("t", "cpi", Y2024, TargetKind.GrowthRate, TargetQualifier.AtMost, Quantity.Percent(3m), TargetNature.Expected) { Zone = ZoneScope.Zone("west") }],
            baselines: [new Observation("cpi", Y2023, growth: new Percent(2m)) { Zone = ZoneScope.Zone("west") }],
            actions: [new PlanAction(1, Name) { Measures = [new Measure(1, Name) { Zone = ZoneScope.Zone("west"), ResponsibleUnits = ["bureau"] }] }],
            agreements: [new ResponsibilityAgreement("a") { Issuers = ["nobody"], Signatories = ["departments"], Targets = ["t99"] }],
            issuers: ["committee"]);

        Single(plan, DiagnosticRule.TargetIndicatorUnknown).Should().Match<Diagnostic>(d => d.Location.JsonPath == "$.targets[0].indicator" && d.Hint!.Contains("gdp"));
        Single(plan, DiagnosticRule.TargetZoneUnknown).Location.JsonPath.Should().Be("$.targets[0].zone");
        Single(plan, DiagnosticRule.BaselineIndicatorUnknown).Location.JsonPath.Should().Be("$.baselines[0].indicator");
        Single(plan, DiagnosticRule.BaselineZoneUnknown).Location.JsonPath.Should().Be("$.baselines[0].zone");
        Single(plan, DiagnosticRule.MeasureZoneUnknown).Location.JsonPath.Should().Be("$.actions[0].measures[0].zone");
        Single(plan, DiagnosticRule.MeasureUnitUnknown).Location.JsonPath.Should().Be("$.actions[0].measures[0].responsibleUnits[0]");
        Single(plan, DiagnosticRule.AgreementTargetUnknown).Location.JsonPath.Should().Be("$.agreements[0].targets[0]");
        Single(plan, DiagnosticRule.AgreementUnitUnknown).Location.JsonPath.Should().Be("$.agreements[0].issuers[0]");
        Single(plan, DiagnosticRule.IssuerUnknown).Message.Should().Contain("\"committee\"");
    }

    [Fact]
    public void Units_MustFitTheIndicator()
    {
        var plan = With(
            targets: [Target.Level("t", "foreign-capital", Y2024, new Quantity(50m, Unit.HundredMillionYuan), TargetQualifier.AtLeast)],
            baselines: [new Observation("gdp", Y2023, new Quantity(1m, Unit.TenThousandPersons))]);

        Single(plan, DiagnosticRule.TargetUnitMismatch).Message.Should().Contain("10^8 USD").And.Contain("10^8 CNY");
        Single(plan, DiagnosticRule.BaselineUnitMismatch).Location.JsonPath.Should().Be("$.baselines[0].level");
    }

    [Fact]
    public void Units_OtherMagnitudesOfTheDimensionFit() =>
        Problems(With(targets: [Target.Level("t", "foreign-capital", Y2024, new Quantity(77_000m, new Unit(Dimension.Usd, 4)), TargetQualifier.AtLeast)]),
            DiagnosticRule.TargetUnitMismatch).Should().BeEmpty();

    [Fact]
    public void Periods_TargetsInThePlanYearAndBaselinesInTheBaselineYear()
    {
        var plan = With(targets: [Target.Growth("t", "gdp", ReportingPeriod.ForYear(2025), new Percent(7m), TargetQualifier.About)],
            baselines: [new Observation("gdp", Y2024, growth: new Percent(7m))]);

        Single(plan, DiagnosticRule.TargetPeriodOutsidePlan).Message.Should().Contain("2024").And.Contain("2025");
        Single(plan, DiagnosticRule.BaselinePeriodNotBefore).Location.JsonPath.Should().Be("$.baselines[0].period");
    }

    [Fact]
    public void Ranges_OfGrowthReductionShareAndStretch()
    {
        Indicator urbanisation = new("urbanisation", Name, Unit.Percent, IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Ratio);
        var plan = With(
            indicators: Seed.Indicators.Append(urbanisation),
            targets:
            [
                Target.Growth("g", "gdp", Y2024, new Percent(-100m), TargetQualifier.AtLeast),
                new Target("r", "energy-intensity", Y2024, TargetKind.Reduction, TargetQualifier.AtLeast, Quantity.Percent(150m), TargetNature.Binding),
                Target.Level("s", "urbanisation", Y2024, Quantity.Percent(130m), TargetQualifier.AtLeast),
                new Target("x", "gdp", Y2024, TargetKind.GrowthRate, TargetQualifier.About, Quantity.Percent(7m), TargetNature.Expected) { Stretch = Quantity.Percent(6.5m) },
            ],
            baselines: [new Observation("gdp", Y2023, growth: new Percent(-100m))]);

        Single(plan, DiagnosticRule.GrowthTargetOutOfRange).Location.JsonPath.Should().Be("$.targets[0].value");
        Single(plan, DiagnosticRule.ReductionTargetOutOfRange).Message.Should().Contain("150");
        Single(plan, DiagnosticRule.ShareOutOfRange).Message.Should().Contain("130");
        Single(plan, DiagnosticRule.StretchNotBeyondBase).Severity.Should().Be(DiagnosticSeverity.Warning);
        Single(plan, DiagnosticRule.BaselineGrowthOutOfRange).Location.JsonPath.Should().Be("$.baselines[0].growth");
    }

    [Theory]
    [InlineData(TargetQualifier.AtMost, true)]       // a cap on the improvement of a lower-is-better indicator
    [InlineData(TargetQualifier.LessThan, true)]
    [InlineData(TargetQualifier.AtLeast, false)]
    [InlineData(TargetQualifier.About, false)]
    [InlineData(TargetQualifier.Exactly, false)]
    public void AReductionBoundAgainstItsBetterDirection_IsRefused(TargetQualifier qualifier, bool refused)
    {
        var plan = With(targets: [new Target("r", "energy-intensity", Y2024, TargetKind.Reduction, qualifier, Quantity.Percent(2m), TargetNature.Binding)]);

        var found = Problems(plan, DiagnosticRule.BoundAgainstDirection).ToList();

        found.Should().HaveCount(refused ? 1 : 0);
        if (refused)
        {
            found[0].Location.JsonPath.Should().Be("$.targets[0].qualifier");
            found[0].Message.Should().Contain("lower is better").And.Contain("ceiling on the fall");
            found[0].Severity.Should().Be(DiagnosticSeverity.Error);
        }
    }

    [Fact]
    public void AFloorOnTheFallOfAHigherIsBetterIndicator_IsRefused_AndACeilingOnItIsNot()
    {
        var land = new Indicator("arable-land", Name, new Unit(Dimension.Of("mu"), 8), IndicatorDirection.HigherIsBetter, GrowthBasis.Nominal, Accumulation.Stock);
        Plan Of(TargetQualifier qualifier) => With(indicators: [.. Seed.Indicators, land],
            targets: [new Target("r", "arable-land", Y2024, TargetKind.Reduction, qualifier, Quantity.Percent(1m), TargetNature.Binding)]);

        Single(Of(TargetQualifier.AtLeast), DiagnosticRule.BoundAgainstDirection).Message.Should().Contain("higher is better");
        Problems(Of(TargetQualifier.AtMost), DiagnosticRule.BoundAgainstDirection).Should().BeEmpty("a fall of farmland of at most 1% is a sensible ceiling");
    }

    [Fact]
    public void TheFiveYearKinds_HaveTheirFiguresChecked_Too()
    {
        var span = ReportingPeriod.ForSpan(2024, 2028);
        var plan = new Plan(Seed.Id, Seed.Title, Seed.Region, 2024)
        {
            Horizon = span,
            Indicators = [.. Seed.Indicators],
            Targets =
            [
                new Target("a", "gdp", span, TargetKind.AverageAnnualGrowth, TargetQualifier.AtLeast, Quantity.Percent(-120m), TargetNature.Expected),
                new Target("i", "new-urban-jobs", span, TargetKind.Increase, TargetQualifier.AtLeast, new Quantity(1m, Unit.HundredMillionYuan), TargetNature.Expected),
                new Target("s", "gdp", span, TargetKind.AverageAnnualGrowth, TargetQualifier.AtLeast, Quantity.Percent(6m), TargetNature.Expected) { Stretch = Quantity.Percent(5m) },
            ],
        };

        Single(plan, DiagnosticRule.GrowthTargetOutOfRange).Location.JsonPath.Should().Be("$.targets[0].value");
        Single(plan, DiagnosticRule.TargetUnitMismatch).Location.JsonPath.Should().Be("$.targets[1].unit");
        Single(plan, DiagnosticRule.StretchNotBeyondBase).Location.JsonPath.Should().Be("$.targets[2].stretch");
    }

    [Fact]
    public void ComparableGrowthTarget_WithoutABaseline_Warns()
    {
        var diagnostics = Problems(With(baselines: []), DiagnosticRule.ComparableTargetWithoutBaseline).ToList();

        diagnostics.Select(d => d.Location.JsonPath).Should().Equal("$.targets[0]", "$.targets[1]", "$.targets[2]");
        diagnostics[0].Hint.Should().Contain("baselines");
    }

    [Fact]
    public void ZoneFigures_ThatExceedTheRegionTotal()
    {
        var plan = With(baselines:
        [
            new Observation("gdp", Y2023, new Quantity(1767.3m, Unit.HundredMillionYuan), new Percent(7.3m)),
            new Observation("gdp", Y2023, new Quantity(1800m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("central") },
            new Observation("gdp", Y2023, new Quantity(100m, Unit.HundredMillionYuan)) { Zone = ZoneScope.Zone("east") },
        ]);

        Single(plan, DiagnosticRule.ZoneExceedsRegion).Location.JsonPath.Should().Be("$.baselines[1].level");
        Single(plan, DiagnosticRule.ZonesExceedRegion).Message.Should().Contain("1900").And.Contain("1767.3");
    }

    [Fact]
    public void Observations_AgainstThePlan()
    {
        Observation[] observations =
        [
            new("retail-sales", Y2023, new Quantity(100m, Unit.HundredMillionYuan)),
            new("retail-sales", Y2024, new Quantity(110m, Unit.HundredMillionYuan), new Percent(4m)),   // levels say +10%
            new("cpi", Y2024, growth: new Percent(0.2m)),
            new("gdp", Y2024, growth: new Percent(5m)) { Zone = ZoneScope.Zone("west") },
            new("new-urban-jobs", Y2024, new Quantity(1m, Unit.HundredMillionYuan)),
            new("gdp", Y2024, growth: new Percent(5.1m)),
            new("gdp", Y2024, growth: new Percent(5.2m)),
        ];

        var result = PlanValidator.ValidateObservations(Seed, observations, i => new DiagnosticLocation("obs.csv", line: i + 2));

        result.Diagnostics.Select(d => (d.Code, d.Location.Line)).Should().BeEquivalentTo(new[]
        {
            ("DP2002", (long?)4), ("DP2003", 5), ("DP2004", 6), ("DP2001", 8), ("DP2005", 3),
        });
        result.Diagnostics.Single(d => d.Code == "DP2005").Message.Should().Contain("it is 4%").And.Contain("is 10.00%");
    }

    [Fact]
    public void PublishedGrowth_OfAComparableIndicator_IsNotComparedWithLevels() =>
        PlanValidator.ValidateObservations(Seed,
        [
            new Observation("gdp", Y2023, new Quantity(100m, Unit.HundredMillionYuan)),
            new Observation("gdp", Y2024, new Quantity(110m, Unit.HundredMillionYuan), new Percent(5m)),
        ]).Diagnostics.Should().BeEmpty();

    [Fact]
    public void Diagnostic_ToString_NamesLocationSeverityCodeMessageAndHint()
    {
        var diagnostic = new Diagnostic(DiagnosticRule.TargetIndicatorUnknown, "Expected a declared indicator.", new DiagnosticLocation("plan.json", "$.targets[0].indicator", 12), "known: gdp");

        diagnostic.ToString().Should().Be("plan.json:12 $.targets[0].indicator: error DP1101: Expected a declared indicator. (known: gdp)");
    }
}
