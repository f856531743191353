using DevPlan.Core.Periods;
using DevPlan.Core.Units;
using NodaTime;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>
/// Every fact that ../shared/seeds/README.md lists for the Jinan High-tech Zone 2024 plan, checked
/// against seeds/jinan-high-tech-zone-2024.plan.json figure by figure.
/// </summary>
public class SeedPlanFactsTest
{
    private static readonly Plan Plan = SeedFiles.JinanPlan;
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.ForYear(2024);

    [Fact]
    public void SubjectAndSource()
    {
        Plan.Region.Name.ZhCN.Should().Be("济南高新区");
        Plan.Region.Name.En.Should().Be("Jinan High-tech Industrial Development Zone");
        Plan.Region.Location!.ZhCN.Should().Contain("济南").And.Contain("山东");
        Plan.Year.Should().Be(2024);
        Plan.BaselineYear.Should().Be(2023);
        Plan.AdoptedOn.Should().Be(new LocalDate(2024, 2, 23));
        Plan.Event!.ZhCN.Should().Be("济南高新区2024年工作动员大会");
        Plan.Source!.Kind.Should().Be(DocumentKind.NewsReport);
        Plan.Source.Date.Should().Be(new LocalDate(2024, 2, 23));
    }

    [Fact]
    public void IssuingBodies_AreThePartyWorkingCommitteeAndTheManagementCommittee()
    {
        var issuers = Plan.Issuers.Select(code => Plan.FindResponsibleUnit(code)!).ToList();

        issuers.Select(u => (u.Kind, u.Name.ZhCN)).Should().Equal(
            (ResponsibleUnitKind.PartyCommittee, "高新区党工委"),
            (ResponsibleUnitKind.ManagementCommittee, "高新区管委会"));
    }

    [Fact]
    public void CompanionActionPlan_IsReferenced()
    {
        var document = Plan.RelatedDocuments.Should().ContainSingle().Subject;

        document.Kind.Should().Be(DocumentKind.ActionPlan);
        document.Title.ZhCN.Should().Be("济南高新区2024年高质量发展行动计划");
    }

    [Fact]
    public void Baseline2023_GdpLevelAndGrowth()
    {
        var gdp = Plan.FindBaseline("gdp")!;

        gdp.Period.Should().Be(ReportingPeriod.ForYear(2023));
        gdp.Level.Should().Be(new Quantity(1767.3m, Unit.HundredMillionYuan));
        DevPlan.Core.Reporting.Catalogue.English.Format(gdp.Level!.Value).Should().Be("CNY 176.73 billion");
        gdp.Growth.Should().Be(new Percent(7.3m));
        gdp.Zone.IsRegion.Should().BeTrue();
    }

    [Fact]
    public void Baseline2023_MainIndicatorsAmongTheCityTop() =>
        Plan.BaselineNotes.Should().ContainSingle().Which.ZhCN.Should().Contain("前列");

    [Fact]
    public void ThreeZones_CentralEastNorth_WithThemesMomentumAndDirectives()
    {
        Plan.Zones.Select(z => (z.Position, z.Name.ZhCN, z.Theme!.ZhCN, z.Momentum!.ZhCN, z.Directive!.ZhCN)).Should().Equal(
            (ZonePosition.Central, "中心区", "中央科创区", "蓄势蝶变", "提档升级"),
            (ZonePosition.East, "东区", "彩虹湖片区", "蓄力勃发", "提速建设"),
            (ZonePosition.North, "北区", "临空经济区", "蓄能增势", "提质壮大"));
        Plan.Zones.Select(z => z.Theme!.En).Should().Equal("Central Sci-Tech Innovation District", "Rainbow Lake Area", "Airport Economy Zone");
        Plan.Zones.Select(z => z.Directive!.En).Should().Equal("Upgrade", "Accelerate construction", "Improve and expand");
    }

    public static TheoryData<int, string, string, decimal> GrowthTargets => new()
    {
        { 1, "gdp", "地区生产总值", 7m },
        { 2, "industrial-value-added", "规模以上工业增加值", 12m },
        { 3, "services-value-added", "服务业增加值", 6.5m },
        { 4, "fixed-asset-investment", "固定资产投资", 4m },
        { 5, "retail-sales", "社会消费品零售总额", 7m },
        { 6, "foreign-trade", "进出口总额", 6m },
        { 8, "budget-revenue", "一般公共预算收入", 7.5m },
    };

    [Theory]
    [MemberData(nameof(GrowthTargets))]
    public void GrowthTargets_ExactFigures(int position, string indicator, string nameZh, decimal percent)
    {
        var target = Plan.Targets[position - 1];

        target.Indicator.Should().Be(indicator);
        Plan.GetIndicator(indicator).Name.ZhCN.Should().Be(nameZh);
        target.Kind.Should().Be(TargetKind.GrowthRate);
        target.Rate.Should().Be(new Percent(percent));
        target.Amount.Should().BeNull();
        target.Qualifier.Should().Be(TargetQualifier.Exactly, "the report states the figure with no qualifier word");
        AssertWholeZoneExpected2024(target);
    }

    [Fact]
    public void Target7_ForeignCapital_IsALevelOf770MillionUsd()
    {
        var target = Plan.Targets[6];

        target.Indicator.Should().Be("foreign-capital");
        Plan.GetIndicator("foreign-capital").Name.ZhCN.Should().Be("实际使用外资");
        target.Kind.Should().Be(TargetKind.Level);
        target.Amount.Should().Be(new Quantity(7.7m, Unit.HundredMillionUsd));
        target.Rate.Should().BeNull();
        DevPlan.Core.Reporting.Catalogue.English.Format(target.Amount!.Value).Should().Be("USD 770 million");
        AssertWholeZoneExpected2024(target);
    }

    [Fact]
    public void Target9_NewUrbanJobs_IsALevelOf16500Persons()
    {
        var target = Plan.Targets[8];

        target.Indicator.Should().Be("new-urban-jobs");
        Plan.GetIndicator("new-urban-jobs").Name.ZhCN.Should().Be("新增城镇就业");
        target.Kind.Should().Be(TargetKind.Level);
        target.Amount.Should().Be(new Quantity(1.65m, Unit.TenThousandPersons));
        target.Amount!.Value.ConvertTo(new Unit(Dimension.Persons)).Value.Should().Be(16_500m);
        AssertWholeZoneExpected2024(target);
    }

    [Fact]
    public void Target10_EnergyIntensity_IsABindingCompletionTaskWithoutAFigure()
    {
        var target = Plan.Targets[9];

        target.Indicator.Should().Be("energy-intensity");
        target.Kind.Should().Be(TargetKind.Completion);
        target.Figure.Should().BeNull();
        target.Nature.Should().Be(TargetNature.Binding);
        target.Period.Should().Be(Year2024);
        Plan.GetIndicator("energy-intensity").Direction.Should().Be(IndicatorDirection.LowerIsBetter);
    }

    [Fact]
    public void Targets_AreTenInPlanOrder() => Plan.Targets.Should().HaveCount(10);

    [Fact]
    public void Indicators_DeclareTheirPriceBasis()
    {
        foreach (var code in new[] { "gdp", "industrial-value-added", "services-value-added" })
        {
            Plan.GetIndicator(code).GrowthBasis.Should().Be(GrowthBasis.Comparable, code);
        }
        foreach (var code in new[] { "fixed-asset-investment", "retail-sales", "foreign-trade", "foreign-capital", "budget-revenue" })
        {
            Plan.GetIndicator(code).GrowthBasis.Should().Be(GrowthBasis.Nominal, code);
        }
        Plan.GetIndicator("gdp").Unit.Should().Be(Unit.HundredMillionYuan);
        Plan.GetIndicator("foreign-capital").Unit.Should().Be(Unit.HundredMillionUsd);
        Plan.GetIndicator("new-urban-jobs").Unit.Should().Be(Unit.TenThousandPersons);
    }

    [Fact]
    public void Targets_ReferenceDeclaredIndicatorsInTheirUnits()
    {
        foreach (var target in Plan.Targets.Where(t => t.Kind == TargetKind.Level))
        {
            target.Figure!.Value.Unit.Should().Be(Plan.GetIndicator(target.Indicator).Unit);
        }
        Plan.Targets.Should().OnlyContain(t => Plan.FindIndicator(t.Indicator) != null);
    }

    public static TheoryData<int, string, string[]> Actions => new()
    {
        { 1, "项目招引建设深化行动", ["全面加强项目谋划", "全力抓好项目招引", "全速推进项目建设"] },
        { 2, "产业发展能级提升行动", ["强化科技创新引领作用", "推进主导产业扩量提质", "抓好未来产业前瞻布局", "提升数字经济发展质效"] },
        { 3, "区域协同发展增效行动", ["提档升级中央科创区", "提速建设彩虹湖片区", "提质壮大临空经济区"] },
        { 4, "科创金融生态优化行动", ["加强平台载体建设", "大力引动金融活水", "创新惠企服务生态"] },
        { 5, "改革开放赋能升级行动", ["持续深化重点领域改革", "全面拓宽开放融通门户", "积极推动外贸扩量增效"] },
        { 6, "营商环境建设攻坚行动", ["抓实数字政务", "做优企业服务", "加快制度创新", "规范市场秩序"] },
        { 7, "民生福祉改善突破行动", ["促进高质量充分就业", "巩固教育强区优势", "加快健康高新建设", "推进文体事业发展", "加大高端消费供给", "加强重点领域民生保障"] },
        { 8, "社会治理能力补强行动", ["强化基层治理", "提升生态环境", "优化城市管理"] },
        { 9, "全面从严治党提质行动", ["进一步加强党的建设", "进一步锻造干部队伍", "进一步深化反腐败斗争", "进一步锤炼工作作风"] },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public void NineActions_WithTheirMeasures(int number, string titleZh, string[] measuresZh)
    {
        var action = Plan.FindAction(number)!;

        action.Title.ZhCN.Should().Be(titleZh);
        action.Measures.Select(m => m.Title.ZhCN).Should().Equal(measuresZh);
        action.Measures.Select(m => m.Number).Should().Equal(Enumerable.Range(1, measuresZh.Length));
        action.Measures.Should().OnlyContain(m => !string.IsNullOrWhiteSpace(m.Title.En));
    }

    [Fact]
    public void NineActions_ThirtyThreeMeasures()
    {
        Plan.Actions.Select(a => a.Number).Should().Equal(Enumerable.Range(1, 9));
        Plan.Actions.Sum(a => a.Measures.Length).Should().Be(33);
    }

    [Fact]
    public void ZoneMeasures_AreLinkedToTheirZones()
    {
        var zoneMeasures = Plan.Actions.SelectMany(a => a.Measures).Where(m => !m.Zone.IsRegion).ToList();

        zoneMeasures.Select(m => (m.Title.ZhCN, Plan.GetZone(m.Zone.ZoneCode!).Position)).Should().Equal(
            ("提档升级中央科创区", ZonePosition.Central),
            ("提速建设彩虹湖片区", ZonePosition.East),
            ("提质壮大临空经济区", ZonePosition.North));
    }

    [Fact]
    public void Strategy_ThemeRolesGoalsAndVision()
    {
        var strategy = Plan.Strategy!;

        strategy.Theme.ZhCN.Should().Be("项目深化年");
        strategy.Theme.En.Should().Be("Year of Deepening Projects");
        strategy.CityRoles.Select(r => r.ZhCN).Should().Equal("主引擎", "主阵地", "主力军");
        strategy.Goals.Select(g => g.Name.ZhCN).Should().Equal("高科技创新策源地", "高质量发展增长极", "高水平开放新门户", "高活力品质生活区");
        strategy.Vision!.ZhCN.Should().Be("世界一流高科技园区");
        strategy.Phase!.ZhCN.Should().Be("三次创业");
    }

    [Fact]
    public void ResponsibleUnits_DepartmentsParksSubdistrictsEnterprises()
    {
        Plan.ResponsibleUnits.Select(u => u.Kind).Should().Contain(
            [ResponsibleUnitKind.Department, ResponsibleUnitKind.Park, ResponsibleUnitKind.Subdistrict, ResponsibleUnitKind.Enterprise]);
    }

    [Fact]
    public void ResponsibilityAgreement_SignedByDepartmentsWithRewardAndPenalty()
    {
        var agreement = Plan.Agreements.Should().ContainSingle().Subject;

        agreement.Issuers.Should().Equal(Plan.Issuers);
        agreement.Signatories.Select(code => Plan.FindResponsibleUnit(code)!.Kind).Should().Equal(ResponsibleUnitKind.Department);
        agreement.SignedOn.Should().Be(new LocalDate(2024, 2, 23));
        agreement.AssessmentOrientation!.ZhCN.Should().Be("奖优罚劣");
        agreement.Targets.Should().BeEmpty("the report does not say which targets the agreements cover");
        agreement.Note!.En.Should().Contain("does not say which targets");
    }

    [Fact]
    public void EveryText_HasChineseAndEnglish()
    {
        var texts = Plan.Actions.SelectMany(a => a.Measures.Select(m => m.Title).Append(a.Title))
            .Concat(Plan.Indicators.Select(i => i.Name))
            .Concat(Plan.Zones.Select(z => z.Name));

        texts.Should().OnlyContain(t => t.ZhCN.Length > 0 && t.En.Length > 0 && t.ZhCN != t.En);
    }

    private static void AssertWholeZoneExpected2024(Target target)
    {
        target.Zone.Should().Be(ZoneScope.Region);
        target.Period.Should().Be(Year2024);
        target.Nature.Should().Be(TargetNature.Expected);
    }
}
