using System.Text.Json;
using DevPlan.Core;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Drafting;
using DevPlan.Core.Periods;
using DevPlan.Core.Serialization;
using DevPlan.Core.Validation;

namespace DevPlan.Drafting.Tests;

/// <summary>The draft as a plan document, and the options the reader takes.</summary>
public class PlanDraftTest
{
    [Fact]
    public void TheDraft_IsAPlanDocumentInTheCanonicalLayout_EachElementWithItsSource()
    {
        var draft = PlanDrafter.Draft("会议提出,2024年主要预期目标为:地区生产总值增长7%。全区地区生产总值达到1767.3亿元,同比增长7.3%。", SeedRoundTripTest.JinanOptions);

        var json = draft.ToJson();
        var plan = PlanJson.Parse(json);

        PlanJson.ToJson(plan).Should().Be(json, "the document is in the canonical layout, its sources kept as members the library does not know");
        plan.StandardIndicators.Should().Equal("gdp");
        plan.DeclaredIndicators.Should().BeEmpty();
        plan.Id.Should().Be("jinan-htz-2024");
        plan.Region.Name.ZhCN.Should().Be("济南高新区");
        plan.Title.ZhCN.Should().Be("济南高新区2024年发展目标（草稿）");
        UnknownMembers.Of(plan.Targets[0]).TryGetValue(PlanDraft.SourceMember, out var source).Should().BeTrue();
        source.GetProperty("text").GetString().Should().Be("地区生产总值增长7%");
        source.GetProperty("start").GetInt32().Should().Be(json.Length > 0 ? draft.Targets[0].Source.Start : -1);
        source.GetProperty("line").GetInt32().Should().Be(1);
        UnknownMembers.Of(plan.Baselines[0]).TryGetValue(PlanDraft.SourceMember, out var baseline).Should().BeTrue();
        baseline.GetProperty("text").GetString().Should().Be("全区地区生产总值达到1767.3亿元");
        json.Should().Contain("\"value\": 1767.3").And.Contain("\"text\": \"地区生产总值增长7%\"");
        PlanValidator.Validate(plan).Errors.Should().BeEmpty();
    }

    [Fact]
    public void TheDraftsBytes_AreItsString()
    {
        var draft = PlanDrafter.Draft(SeedRoundTripTest.JinanTargets, SeedRoundTripTest.JinanOptions);

        System.Text.Encoding.UTF8.GetString(draft.ToUtf8Json()).Should().Be(draft.ToJson());
        draft.ToJson().Should().EndWith("}\n").And.NotContain("\\u");
    }

    [Fact]
    public void ADraftWithoutAPlan_CannotBeWritten()
    {
        var draft = PlanDrafter.Draft("地区生产总值增长7%");

        draft.Plan.Should().BeNull();
        draft.HasFindings.Should().BeTrue();
        draft.Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.MissingInformation).Which.Message.Should().Contain("--year");
        FluentActions.Invoking(() => draft.ToJson()).Should().Throw<InvalidOperationException>().WithMessage("*DraftOptions.Year*");
    }

    [Fact]
    public void WhatTheOptionsDoNotGive_IsAFinding_AndAPlaceholder()
    {
        var draft = PlanDrafter.Draft("地区生产总值增长7%", new DraftOptions { Year = 2024 });

        draft.Findings.Select(f => f.Kind).Should().Equal(DraftFindingKind.MissingInformation, DraftFindingKind.MissingInformation, DraftFindingKind.MissingInformation);
        draft.Findings.Select(f => f.Message).Should().Contain(m => m.Contains("--id")).And.Contain(m => m.Contains("--region-code")).And.Contain(m => m.Contains("--region-name"));
        draft.Plan!.Id.Should().Be("draft-2024");
        draft.Plan.Region.Code.Should().Be("region");
        draft.Plan.Region.Name.ZhCN.Should().Be("（地区）");
        PlanValidator.Validate(draft.Plan).Errors.Should().BeEmpty();
    }

    [Fact]
    public void AFiveYearPlan_HasItsSpan_AndItsTitleSaysSo()
    {
        var draft = PlanDrafter.Draft("森林覆盖率达到24.1%", Draw.Options with { Year = null, Horizon = ReportingPeriod.Parse("2021/2025") });

        draft.Plan!.Year.Should().Be(2021);
        draft.Plan.Horizon.Should().Be(ReportingPeriod.Parse("2021/2025"));
        draft.Plan.Title.ZhCN.Should().Be("济南市2021—2025年发展目标（草稿）");
        draft.Plan.Title.En.Should().Be("济南市: development targets for 2021–2025 (draft)");
    }

    [Fact]
    public void TheHorizonsYear_IsThePlanYear_AndAHeadingOfAnotherYearIsNoMismatchInASpan() =>
        PlanDrafter.Draft("2025年主要目标为:森林覆盖率达到24.1%", Draw.Options with { Year = null, Horizon = ReportingPeriod.Parse("2021/2025") }).Findings.Should().BeEmpty();

    [Theory]
    [InlineData("not a code", null, null, null)]
    [InlineData(null, "not a code", null, null)]
    [InlineData(null, null, 1, null)]
    [InlineData(null, null, 10000, null)]
    [InlineData(null, null, null, 0)]
    public void MalformedOptions_AreRefused(string? id, string? region, int? year, int? resultsYear) =>
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { PlanId = id, RegionCode = region, Year = year, ResultsYear = resultsYear }))
            .Should().Throw<ArgumentException>().WithParameterName("options");

    [Fact]
    public void AHorizonThatIsNotASpanOfThePlanYear_IsRefused()
    {
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Year = 2022, Horizon = ReportingPeriod.Parse("2021/2025") })).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Horizon = ReportingPeriod.Parse("2021-Q1") })).Should().Throw<ArgumentException>();
        PlanDrafter.Draft("", new DraftOptions { Year = 2021, Horizon = ReportingPeriod.Parse("2021/2025") }).Plan!.Horizon.YearCount.Should().Be(5);
        PlanDrafter.Draft("", new DraftOptions { Horizon = ReportingPeriod.Parse("2021") }).Plan!.Year.Should().Be(2021);
    }

    [Theory]
    [InlineData(0, 1, 1, 1)]
    [InlineData(1, 0, 1, 1)]
    [InlineData(1, 1, 0, 1)]
    [InlineData(1, 1, 1, 0)]
    public void LimitsBelowOne_AreRefused(int bytes, int clause, int findings, int elements) =>
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { MaxInputBytes = bytes, MaxClauseLength = clause, MaxFindings = findings, MaxElements = elements }))
            .Should().Throw<ArgumentException>().WithMessage("*at least 1*");

    [Fact]
    public void NullArguments_AreRefused()
    {
        FluentActions.Invoking(() => PlanDrafter.Draft(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PlanDrafter.Read(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PlanDrafter.ReadFile(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Catalogue = null! })).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void LimitsAtTheirValue_Hold_AndOnePastThemStops()
    {
        var three = "地区生产总值增长7%;地区生产总值增长8%;地区生产总值增长9%";

        PlanDrafter.Draft(three, Draw.Options with { MaxElements = 3 }).Findings.Should().BeEmpty();
        PlanDrafter.Draft(three, Draw.Options with { MaxElements = 2 }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.LimitReached);
        PlanDrafter.Draft("x;y", Draw.Options with { MaxFindings = 2 }).Findings.Should().HaveCount(2).And.NotContain(f => f.Kind == DraftFindingKind.LimitReached);
        PlanDrafter.Draft("x;y;z", Draw.Options with { MaxFindings = 2 }).Findings.Select(f => f.Kind).Should().Equal(DraftFindingKind.UnknownClause, DraftFindingKind.UnknownClause, DraftFindingKind.LimitReached);
        PlanDrafter.Draft("地区生产总值增长7%", Draw.Options with { MaxClauseLength = 10 }).Findings.Should().BeEmpty();
        PlanDrafter.Draft("地区生产总值增长7%", Draw.Options with { MaxClauseLength = 9 }).Findings.Should().ContainSingle(f => f.Kind == DraftFindingKind.ClauseTooLong);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void OptionsAtTheirBounds_AreAccepted()
    {
        PlanDrafter.Draft("", new DraftOptions { Year = 2, ResultsYear = 2 }).Plan!.Year.Should().Be(2);
        PlanDrafter.Draft("", new DraftOptions { Year = 9999, ResultsYear = 9999 }).Plan!.Year.Should().Be(9999);
        PlanDrafter.Draft("", new DraftOptions { Year = 2024, MaxInputBytes = 1, MaxClauseLength = 1, MaxFindings = 1, MaxElements = 1 }).Plan!.Year.Should().Be(2024);
        PlanDrafter.Draft("", new DraftOptions { Year = 2024, PlanId = new string('p', 64), RegionCode = "r" }).Plan!.Id.Should().HaveLength(64);
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("", "Expected a plan id of ASCII letters, digits, '-', '_' or '.', but found \"\".*")]
    [InlineData("-p", "Expected a plan id of ASCII letters, digits, '-', '_' or '.', but found \"-p\".*")]
    public void APlanIdThatIsNotACode_IsRefused(string id, string message) =>
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { PlanId = id })).Should().Throw<ArgumentException>().WithMessage(message);

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void APlanIdOf65Characters_IsRefused() =>
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { PlanId = new string('p', 65) })).Should().Throw<ArgumentException>();

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void MalformedOptions_AreRefused_SayingWhichAndWhy()
    {
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { RegionCode = "a b" })).Should().Throw<ArgumentException>()
            .WithMessage("Expected a region code of ASCII letters, digits, '-', '_' or '.', but found \"a b\".*");
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Year = 1 })).Should().Throw<ArgumentException>().WithMessage("Expected Year from 2 to 9999, but found 1.*");
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { ResultsYear = 10000 })).Should().Throw<ArgumentException>().WithMessage("Expected ResultsYear from 2 to 9999, but found 10000.*");
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Year = 2022, Horizon = ReportingPeriod.Parse("2021/2025") })).Should().Throw<ArgumentException>()
            .WithMessage("Expected the horizon to be a span of years starting in the plan year, but found 2021/2025.*");
        FluentActions.Invoking(() => PlanDrafter.Draft("", new DraftOptions { Catalogue = null! })).Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void ATextOfExactlyTheLimit_IsRead_AndOneByteMoreIsNot()
    {
        var options = Draw.Options with { MaxInputBytes = 3 };

        PlanDrafter.Draft("abc", options).Findings.Should().ContainSingle();
        PlanDrafter.Draft("地", options).Findings.Should().ContainSingle();
        FluentActions.Invoking(() => PlanDrafter.Draft("abcd", options)).Should().Throw<DevPlanFormatException>();
        FluentActions.Invoking(() => PlanDrafter.Draft("地区", options)).Should().Throw<DevPlanFormatException>()
            .WithMessage("Expected a text of at most 3 bytes of UTF-8 (DraftOptions.MaxInputBytes, --max-bytes), but it is larger.");
        PlanDrafter.Parse("abc"u8, options).Findings.Should().ContainSingle();
        FluentActions.Invoking(() => PlanDrafter.Parse("abcd"u8, options)).Should().Throw<DevPlanFormatException>();
        using var three = new MemoryStream("abc"u8.ToArray());
        PlanDrafter.Read(three, options).Findings.Should().ContainSingle();
        using var four = new MemoryStream("abcd"u8.ToArray());
        FluentActions.Invoking(() => PlanDrafter.Read(four, options, "four.txt")).Should().Throw<DevPlanFormatException>().Which.SourceName.Should().Be("four.txt");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void InvalidUtf8_IsRefused_AtItsByteAndLine()
    {
        byte[] bytes = [.. "甲\n\n乙"u8, 0xFF, .. "\n丙"u8];

        var error = FluentActions.Invoking(() => PlanDrafter.Parse(bytes, Draw.Options)).Should().Throw<DevPlanFormatException>().Which;

        (error.BytePositionInLine, error.LineNumber).Should().Be((3L, 3L), "the bad byte follows 乙, three bytes into line 3");
        error.Message.Should().Contain("Expected UTF-8 text, but found a byte sequence that is not UTF-8.");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheLimitOfFindings_IsOneFindingSayingSo_AndNothingAfter()
    {
        var draft = PlanDrafter.Draft("w;x;y;z", new DraftOptions { Year = 2024, MaxFindings = 2 });

        draft.Findings.Select(f => f.Kind).Should().Equal(DraftFindingKind.UnknownClause, DraftFindingKind.UnknownClause, DraftFindingKind.LimitReached);
        draft.Findings[2].Message.Should().Be("more than 2 findings: the rest of the text was not read (DraftOptions.MaxFindings, default 1000) at");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheLimitOfElements_KeepsThatMany_WithOneFindingSayingSo()
    {
        var draft = PlanDrafter.Draft("地区生产总值增长7%;地区生产总值增长8%;地区生产总值增长9%;地区生产总值增长10%", Draw.Options with { MaxElements = 2 });

        draft.Targets.Should().HaveCount(2);
        draft.Findings.Should().ContainSingle().Which.Message.Should().Be("more than 2 targets and results: the rest of the text was not read (DraftOptions.MaxElements, default 10000) at");
        PlanDrafter.Draft("地区生产总值增长7%;固定资产投资增长5%", Draw.Options with { Mode = DraftMode.Results, MaxElements = 1 }).Observations.Should().ContainSingle();
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AClauseTooLong_IsNotRead_AndItsFindingQuotesItsFirstFortyCharacters()
    {
        var draft = PlanDrafter.Draft("地区生产总值增长7%", Draw.Options with { MaxClauseLength = 9 });

        draft.Targets.Should().BeEmpty();
        var finding = draft.Findings.Should().ContainSingle().Subject;
        finding.Message.Should().Be("expected a clause of at most 9 characters (DraftOptions.MaxClauseLength), but found 10; it was not read:");
        finding.Source.Text.Should().Be("地区生产总值增长7%");
        var long_ = new string('甲', 50);
        PlanDrafter.Draft(long_, Draw.Options with { MaxClauseLength = 45 }).Findings.Single().Source.Text.Should().Be(new string('甲', 40));
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Theory]
    [InlineData("地区生产总值增长7%", "地区生产总值增长7%", 1, 1)]
    [InlineData("\n  地区生产总值增长7%\n居民收入增长6%", "地区生产总值增长7%", 2, 3)]
    [InlineData("\r\n地区生产总值增长7%\r\n居民收入增长6%", "地区生产总值增长7%", 2, 1)]
    public void TheMissingPlanYear_IsAFindingAtTheFirstLineOfText(string text, string quoted, int line, int column)
    {
        var source = PlanDrafter.Draft(text).Findings.Single(f => f.Kind == DraftFindingKind.MissingInformation).Source;

        (source.Text, source.Line, source.Column).Should().Be((quoted, line, column), "the finding quotes where a heading with the year would stand");
    }

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheMissingPlanYear_QuotesAtMost60CharactersOfALongFirstLine() =>
        PlanDrafter.Draft(new string('甲', 70) + "\n乙").Findings.Single(f => f.Kind == DraftFindingKind.MissingInformation).Source.Text.Should().Be(new string('甲', 60));

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void AHeadingOfAnotherYear_SaysWhichYears() =>
        Draw.Draft("2025年主要预期目标为:地区生产总值增长7%").Findings.Single().Message.Should().Be("expected the heading's year to be the plan year 2024, but it is 2025:");

    // Illustrative clause, made for the rule it tests; not quoted from a report.
    [Fact]
    public void TheSourceOfADraftedElement_InJson_HasItsLengthAndColumn()
    {
        var draft = PlanDrafter.Draft("会议提出,地区生产总值增长7%", Draw.Options);

        using var document = JsonDocument.Parse(draft.ToJson());
        var source = document.RootElement.GetProperty("targets")[0].GetProperty(PlanDraft.SourceMember);
        source.GetProperty("length").GetInt32().Should().Be(10);
        source.GetProperty("column").GetInt32().Should().Be(6);
        source.GetProperty("start").GetInt32().Should().Be(5);
    }

    [Fact]
    public void AFindingReads_WithItsPlaceAndQuote() =>
        new DraftFinding(DraftFindingKind.UnknownClause, "not understood:", new SourceSpan(3, 2, 1, 4, "甲乙")).ToString().Should().Be("line 1, column 4: not understood: \"甲乙\"");

    [Fact]
    public void TheDraftsTargets_AreThePlans()
    {
        var draft = PlanDrafter.Draft(SeedRoundTripTest.JinanTargets, SeedRoundTripTest.JinanOptions);

        draft.Plan!.Targets.Should().Equal(draft.Targets.Select(t => t.Target));
        draft.HasFindings.Should().BeFalse();
        draft.Observations.Should().BeEmpty();
    }

    [Fact]
    public void AnObservationsDraft_KeepsItsComparisonsAndAverages_BesideTheModel()
    {
        var draft = PlanDrafter.Draft("固定资产投资增长9.1%,高于全省2.4个百分点。地区生产总值两年平均增长5.9%。", Draw.Options with { Mode = DraftMode.Results });

        draft.Observations[0].Comparisons.Should().Equal(new DraftComparison("全省", true, new Core.Units.PercentagePoints(2.4m)));
        draft.Observations[1].Observation.Should().BeNull();
        draft.Observations[1].AverageAnnualGrowth.Should().Be(new Core.Units.Percent(5.9m));
        draft.Plan!.Baselines.Should().ContainSingle("an average annual rate is no observation of the model");
    }

    [Fact]
    public void TheJsonOfADraftWithBaselinesAndTargets_PairsEachWithItsOwnSource()
    {
        var draft = PlanDrafter.Draft("2024年主要预期目标为:地区生产总值增长7%,居民收入增长和经济增长同步。去年地区生产总值增长6%。", Draw.Options with { Year = null });

        using var document = JsonDocument.Parse(draft.ToJson());
        var targets = document.RootElement.GetProperty("targets");
        targets.GetArrayLength().Should().Be(2);
        targets[1].GetProperty(PlanDraft.SourceMember).GetProperty("text").GetString().Should().Be("居民收入增长和经济增长同步");
        targets[1].GetProperty("relativeTo").GetString().Should().Be("gdp");
        document.RootElement.GetProperty("baselines")[0].GetProperty(PlanDraft.SourceMember).GetProperty("text").GetString().Should().Be("去年地区生产总值增长6%");
        document.RootElement.GetProperty("standardIndicators").EnumerateArray().Select(e => e.GetString()).Should().Equal("gdp", "disposable-income");
    }
}
