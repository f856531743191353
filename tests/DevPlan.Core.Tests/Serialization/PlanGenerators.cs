using DevPlan.Core.Serialization;
using System.Collections.Immutable;
using System.Text.Json;
using DevPlan.Core.Periods;
using DevPlan.Core.Text;
using DevPlan.Core.Units;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace DevPlan.Core.Tests.Serialization;

/// <summary>FsCheck generators of valid plans, with awkward text, decimals of every scale, and unknown members.</summary>
internal static class PlanGenerators
{
    // Characters that stress the writer: quotes, escapes, controls, CJK, line separators, astral-plane emoji.
    private static readonly string[] Fragments =
        ["a", "Z", "7", " ", "\"", "\\", "/", "\n", "\t", "\u0001", "\u2028", "<", ">", "&", "'", "+", "中", "区", "é", "😀", "𠀀", "\u00A0"];

    public static Gen<string> Text =>
        from first in Gen.Elements("x", "中", "Q")
        from rest in Gen.Elements(Fragments).ArrayOf()
        select first + string.Concat(rest.Take(40));

    public static Gen<LocalizedText> Localized =>
        from zh in Text
        from en in Text
        from extra in Gen.Elements<string?>(null, "fr", "zh-TW", "en-GB")
        from extraText in Text
        select extra is null ? new LocalizedText(zh, en) : LocalizedText.FromEntries([new("zh-CN", zh), new("en", en), new(extra, extraText)]);

    public static Gen<string> Code =>
        from first in Gen.Elements("a", "b", "Z", "9")
        from rest in Gen.Elements("a", "b", "-", "_", ".", "1", "X").ArrayOf()
        select first + string.Concat(rest.Take(20));

    /// <summary>Decimals of every scale from 0 to 10, trailing zeros included, up to ±2^63.</summary>
    public static Gen<decimal> Decimal =>
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Choose(0, int.MaxValue)
        from useMid in Gen.Elements(false, false, true)
        from negative in Gen.Elements(false, true)
        from scale in Gen.Choose(0, 10)
        select new decimal(low, useMid ? mid : 0, 0, negative, (byte)scale);

    public static Gen<Unit> UnitGen =>
        from dimension in Gen.Elements("CNY", "USD", "person", "tce", "percent", "tce/CNY", "1")
        from exponent in Gen.Choose(-4, 12)
        select new Unit(Dimension.Of(dimension), exponent);

    public static Gen<ReportingPeriod> Period =>
        from year in Gen.Choose(1990, 2060)
        from kind in Gen.Elements(Enum.GetValues<PeriodKind>())
        from index in Gen.Choose(1, 12)
        select ReportingPeriod.Create(year, kind, kind switch
        {
            PeriodKind.Year => 1,
            PeriodKind.HalfYear => (index % 2) + 1,
            PeriodKind.Quarter => (index % 4) + 1,
            PeriodKind.Span => (index % 14) + 2,
            PeriodKind.Month or PeriodKind.YearToDate => index,
        });

    public static Gen<LocalDate?> Date =>
        from day in Gen.Choose(0, 30_000)
        from present in Gen.Elements(true, false)
        select present ? new LocalDate(1990, 1, 1).PlusDays(day) : (LocalDate?)null;

    public static Gen<ZoneScope> Scope => Gen.OneOf(Gen.Constant(ZoneScope.Region), Code.Select(ZoneScope.Zone));

    public static Gen<UnknownMembers> Unknown =>
        from count in Gen.Choose(0, 2)
        from values in Gen.Elements("1.50", "\"x\"", "[1, {\"deep\": [true, null]}]", "{\"n\": -0.000}", "\"中文\\u0000\"").ArrayOf()
        select UnknownMembers.Create(values.Take(count).Select((json, i) => new KeyValuePair<string, JsonElement>($"x-future-{i}", JsonDocument.Parse(json).RootElement)));

    public static Gen<Target> TargetGen =>
        from id in Code
        from indicator in Code
        from period in Period
        from kind in Gen.Elements(Enum.GetValues<TargetKind>())
        from qualifier in Gen.Elements(Enum.GetValues<TargetQualifier>())
        from value in Decimal
        from stretch in Decimal
        from hasStretch in Gen.Elements(true, false)
        from unit in UnitGen
        from nature in Gen.Elements(Enum.GetValues<TargetNature>())
        from zone in Scope
        from note in Gen.OneOf(Gen.Constant<LocalizedText?>(null), Localized.Select(t => (LocalizedText?)t))
        from unknown in Unknown
        from related in Code
        from eachYear in Gen.Elements(true, false)
        from baselineYear in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1990, 2030).Select(y => (int?)y))
        from shareOf in Gen.OneOf(Gen.Constant<string?>(null), Code.Select(c => (string?)c))
        let figureUnit = kind is TargetKind.GrowthRate or TargetKind.Reduction or TargetKind.AverageAnnualGrowth or TargetKind.Relative ? Unit.Percent : unit
        select UnknownMembers.Attach(kind is TargetKind.Completion or TargetKind.Qualitative or TargetKind.SetEachYear
            ? new Target(id, indicator, period, kind, null, null, nature) { Zone = zone, Note = note, BaselineYear = baselineYear }
            : new Target(id, indicator, period, kind, qualifier, new Quantity(value, figureUnit), nature)
            {
                Zone = zone,
                Stretch = hasStretch ? new Quantity(stretch, figureUnit) : null,
                Note = note,
                RelativeTo = kind == TargetKind.Relative ? related : null,
                EachYear = eachYear,
                BaselineYear = baselineYear,
                ShareOf = shareOf,
            }, unknown);

    public static Gen<Observation> ObservationGen =>
        from indicator in Code
        from period in Period
        from level in Decimal
        from unit in UnitGen
        from growth in Decimal
        from which in Gen.Choose(1, 7)
        from completed in Gen.Elements(true, false)
        from status in Gen.Elements(Enum.GetValues<ObservationStatus>())
        from zone in Scope
        from source in Gen.OneOf(Gen.Constant<string?>(null), Text.Select(t => (string?)t),
            Gen.Elements<string?>("=1+1", "'=x", "''@y", "-3", "+", "a,b", "\"q\"", "line\nbreak", "\r\n"))
        select new Observation(indicator, period,
            (which & 1) != 0 ? new Quantity(level, unit) : null,
            (which & 2) != 0 ? new Percent(growth) : null,
            (which & 4) != 0 ? completed : null)
        { Zone = zone, Status = status, Source = source };

    public static Gen<Plan> PlanGen =>
        from id in Code
        from title in Localized
        from regionCode in Code
        from regionName in Localized
        from year in Gen.Choose(1990, 2060)
        from baselineBack in Gen.Choose(0, 5)
        from adopted in Date
        from zones in (from code in Code from position in Gen.Elements(Enum.GetValues<ZonePosition>()) from name in Localized from theme in Localized
                       select new Zone(code, position, name) { Theme = theme }).ArrayOf()
        from indicators in (from code in Code from name in Localized from unit in UnitGen
                            from direction in Gen.Elements(Enum.GetValues<IndicatorDirection>())
                            from basis in Gen.Elements(Enum.GetValues<GrowthBasis>())
                            from accumulation in Gen.Elements(Enum.GetValues<Accumulation>())
                            select new Indicator(code, name, unit, direction, basis, accumulation)).ArrayOf()
        from targets in TargetGen.ArrayOf()
        from baselines in ObservationGen.ArrayOf()
        from actions in (from number in Gen.Choose(1, 20) from actionTitle in Localized
                         from measures in (from n in Gen.Choose(1, 9) from t in Localized from z in Scope from units in Code.ArrayOf()
                                           select new Measure(n, t) { Zone = z, ResponsibleUnits = [.. units.Take(3)] }).ArrayOf()
                         select new PlanAction(number, actionTitle) { Measures = [.. measures.Take(5)] }).ArrayOf()
        from agreement in (from aid in Code from signedOn in Date from orientation in Localized from targetIds in Code.ArrayOf()
                           select new ResponsibilityAgreement(aid) { SignedOn = signedOn, AssessmentOrientation = orientation, Targets = [.. targetIds.Take(3)] })
        from theme in Localized
        from unknown in Unknown
        select UnknownMembers.Attach(new Plan(id, title, new Region(regionCode, regionName) { Zones = [.. zones.Take(4)] }, year)
        {
            BaselineYear = year - baselineBack,
            AdoptedOn = adopted,
            Indicators = [.. indicators.Take(5)],
            Targets = [.. targets.Take(6)],
            Baselines = [.. baselines.Take(4)],
            Actions = [.. actions.Take(4)],
            Agreements = [agreement],
            Strategy = new Strategy(theme) { Goals = [new StrategicGoal("g", theme)] },
        }, unknown);
}
