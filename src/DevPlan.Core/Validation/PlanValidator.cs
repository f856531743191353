using System.Collections.Immutable;
using System.Globalization;
using DevPlan.Core.Attainment.Kinds;
using DevPlan.Core.Calculations;
using DevPlan.Core.Diagnostics;
using DevPlan.Core.Internal;
using DevPlan.Core.Observations;
using DevPlan.Core.Units;

namespace DevPlan.Core.Validation;

/// <summary>
/// Checks a plan, and observations against a plan, and returns every problem at once as
/// diagnostics with the JSON path of the element (see <see cref="DiagnosticRule"/>). It never
/// throws for bad data.
/// </summary>
public static class PlanValidator
{
    /// <summary>The largest gap, in percentage points, between a nominal indicator's published growth and the growth of its levels before rule DP2005 warns.</summary>
    public const decimal GrowthAgreementTolerance = 0.1m;

    /// <summary>Validates a plan: unique codes, references, units, periods, ranges, price basis and zone totals.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The diagnostics, with JSON paths in the plan document's form.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static ValidationResult Validate(Plan plan)
    {
        Preconditions.CheckNotNull(plan);
        var found = new List<Diagnostic>();
        void Report(DiagnosticRule rule, string path, DiagnosticMessage message, DiagnosticMessage? hint = null) =>
            found.Add(new Diagnostic(rule, message, new DiagnosticLocation(jsonPath: path), hint));

        Unique(plan.DeclaredIndicators, i => i.Code, "$.indicators", "code", DiagnosticRule.DuplicateIndicator, "indicator code", Report);
        CatalogueChecks.Check(plan, Report);
        Unique(plan.Zones, z => z.Code, "$.region.zones", "code", DiagnosticRule.DuplicateZone, "zone code", Report);
        Unique(plan.Targets, t => t.Id, "$.targets", "id", DiagnosticRule.DuplicateTarget, "target id", Report);
        Unique(plan.ResponsibleUnits, u => u.Code, "$.responsibleUnits", "code", DiagnosticRule.DuplicateUnit, "unit code", Report);
        Unique(plan.Units, u => u.Code, "$.units", "code", DiagnosticRule.DuplicateUnitDefinition, "declared unit code", Report);
        Unique(plan.Agreements, a => a.Id, "$.agreements", "id", DiagnosticRule.DuplicateAgreement, "agreement id", Report);
        Unique(plan.Actions, a => a.Number.ToString(CultureInfo.InvariantCulture), "$.actions", "number", DiagnosticRule.DuplicateAction, "action number", Report);
        for (var a = 0; a < plan.Actions.Length; a++)
        {
            Unique(plan.Actions[a].Measures, m => m.Number.ToString(CultureInfo.InvariantCulture), $"$.actions[{a}].measures", "number", DiagnosticRule.DuplicateMeasure, "measure number", Report);
        }
        if (plan.Strategy is { } strategy)
        {
            Unique(strategy.Goals, g => g.Code, "$.strategy.goals", "code", DiagnosticRule.DuplicateGoal, "goal code", Report);
        }

        var units = plan.ResponsibleUnits.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var targetIds = plan.Targets.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        CheckUnits(plan.Issuers, "$.issuers", units, DiagnosticRule.IssuerUnknown, Report);

        for (var i = 0; i < plan.Targets.Length; i++)
        {
            var target = plan.Targets[i];
            var path = $"$.targets[{i}]";
            var indicator = plan.FindIndicator(target.Indicator);
            if (indicator is null)
            {
                Report(DiagnosticRule.TargetIndicatorUnknown, path + ".indicator", $"Expected a declared indicator, but \"{target.Indicator}\" is not among the plan's indicators.", Known(plan.Indicators.Select(x => x.Code)));
            }
            CheckZone(plan, target.Zone, path + ".zone", DiagnosticRule.TargetZoneUnknown, Report);
            if (!plan.Horizon.Contains(target.Period))
            {
                Report(DiagnosticRule.TargetPeriodOutsidePlan, path + ".period", $"Expected a period within the plan's years {plan.Horizon}, but found {target.Period}.");
            }
            var kind = TargetKinds.For(target);
            if (kind.ComparesWithAnother && (kind.RelatedIndicator(target) is not { } related || plan.FindIndicator(related) is null))
            {
                if (target.RelativeTo is null)
                {
                    Report(DiagnosticRule.RelativeIndicatorUnknown, path + ".relativeTo", "Expected the indicator a relative target is compared with, but \"relativeTo\" is missing.");
                }
                else
                {
                    Report(DiagnosticRule.RelativeIndicatorUnknown, path + ".relativeTo", $"Expected a declared indicator to compare with, but found \"{target.RelativeTo}\".");
                }
            }
            if (target.ShareOf is { } whole && (plan.FindTarget(whole) is not { } region || !region.Zone.IsRegion || region.Indicator != target.Indicator || region.Period != target.Period))
            {
                Report(DiagnosticRule.ShareOfUnknown, path + ".shareOf",
                    $"Expected the id of a whole-region target of \"{target.Indicator}\" for {target.Period} that this zone target is a share of, but found \"{whole}\".");
            }
            CheckTargetFigures(target, indicator, path, Report);
            if (target.BaselineYear is { } baselineYear)
            {
                if (baselineYear >= target.Period.Year)
                {
                    Report(DiagnosticRule.TargetBaselineYearNotBefore, path + ".baselineYear",
                        $"Expected a baseline year before the target's period {target.Period}, but found {baselineYear}.");
                }
                else if (!plan.Baselines.Any(b => b.Indicator == target.Indicator && b.Zone == target.Zone && b.Period == Periods.ReportingPeriod.ForYear(baselineYear)))
                {
                    Report(DiagnosticRule.TargetBaselineYearMissing, path + ".baselineYear",
                        $"Expected a baseline of \"{target.Indicator}\" for {baselineYear}, the year the target is measured from, but the plan has none.",
                        $"add the {baselineYear} figure to \"baselines\"");
                }
            }
            if (indicator is { GrowthBasis: GrowthBasis.Comparable } && kind.WantsComparableBaseline(target)
                && !plan.Baselines.Any(b => b.Indicator == target.Indicator && b.Zone == target.Zone && (b.Growth is not null || b.Level is not null)))
            {
                Report(DiagnosticRule.ComparableTargetWithoutBaseline, path, $"Expected a baseline growth or level for \"{target.Indicator}\", whose growth is at comparable prices, but the plan has none.",
                    "add the baseline year's published figure to \"baselines\"");
            }
        }

        for (var i = 0; i < plan.Baselines.Length; i++)
        {
            var baseline = plan.Baselines[i];
            var path = $"$.baselines[{i}]";
            var indicator = plan.FindIndicator(baseline.Indicator);
            if (indicator is null)
            {
                Report(DiagnosticRule.BaselineIndicatorUnknown, path + ".indicator", $"Expected a declared indicator, but \"{baseline.Indicator}\" is not among the plan's indicators.", Known(plan.Indicators.Select(x => x.Code)));
            }
            else if (baseline.Level is { } level && !level.Unit.IsCompatibleWith(indicator.Unit))
            {
                Report(DiagnosticRule.BaselineUnitMismatch, path + ".level", $"Expected a level in {indicator.Unit} (or another magnitude of {indicator.Unit.Dimension}), but found {level.Unit}.");
            }
            CheckZone(plan, baseline.Zone, path + ".zone", DiagnosticRule.BaselineZoneUnknown, Report);
            if (baseline.Period.End >= plan.Horizon.Start)
            {
                Report(DiagnosticRule.BaselinePeriodNotBefore, path + ".period", $"Expected a period before the plan's years {plan.Horizon} (the baseline year {plan.BaselineYear}, or an earlier one where that year was abnormal), but found {baseline.Period}.");
            }
            if (baseline.Growth is { Value: <= -100m } growth)
            {
                Report(DiagnosticRule.BaselineGrowthOutOfRange, path + ".growth", $"Expected a growth rate above −100%, but found {growth}.");
            }
        }
        // The baselines are figures like any other: duplicates, growth against levels and zone totals, by the observations' rules.
        using (var checker = new ObservationChecker(plan))
        {
            checker.Check([.. plan.Baselines], (i, member) => new DiagnosticLocation(jsonPath: $"$.baselines[{i}]" + (member is null ? "" : "." + member)), report: null);
            checker.Complete(found.Add);
        }
        CheckShares(plan, Report);

        for (var a = 0; a < plan.Actions.Length; a++)
        {
            for (var m = 0; m < plan.Actions[a].Measures.Length; m++)
            {
                var measure = plan.Actions[a].Measures[m];
                var path = $"$.actions[{a}].measures[{m}]";
                CheckZone(plan, measure.Zone, path + ".zone", DiagnosticRule.MeasureZoneUnknown, Report);
                CheckUnits(measure.ResponsibleUnits, path + ".responsibleUnits", units, DiagnosticRule.MeasureUnitUnknown, Report);
            }
        }

        for (var i = 0; i < plan.Agreements.Length; i++)
        {
            var agreement = plan.Agreements[i];
            var path = $"$.agreements[{i}]";
            CheckUnits(agreement.Issuers, path + ".issuers", units, DiagnosticRule.AgreementUnitUnknown, Report);
            CheckUnits(agreement.Signatories, path + ".signatories", units, DiagnosticRule.AgreementUnitUnknown, Report);
            for (var t = 0; t < agreement.Targets.Length; t++)
            {
                if (!targetIds.Contains(agreement.Targets[t]))
                {
                    Report(DiagnosticRule.AgreementTargetUnknown, $"{path}.targets[{t}]", $"Expected the id of one of the plan's targets, but found \"{agreement.Targets[t]}\".", Known(targetIds));
                }
            }
        }
        return new ValidationResult([.. found]);
    }

    /// <summary>
    /// Validates observations against a plan: declared indicators and zones, units, duplicates, zone
    /// totals, and published growth rates that contradict a nominal indicator's levels.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observations">The observations.</param>
    /// <param name="locate">Gives the location of the observation at an index (a CSV line, a JSON path); null reports <c>$[index]</c>.</param>
    /// <returns>The diagnostics.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="observations"/> is null.</exception>
    public static ValidationResult ValidateObservations(Plan plan, IReadOnlyList<Observation> observations, Func<int, DiagnosticLocation>? locate = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(observations);
        locate ??= i => new DiagnosticLocation(jsonPath: $"$.observations[{i}]");
        // The checks of a streamed file, fed from memory: one set of rules for every size.
        var found = new List<Diagnostic>();
        using var checker = new ObservationChecker(plan);
        checker.Check(observations, (i, _) => locate(i), found.Add);
        checker.Complete(found.Add);
        return new ValidationResult([.. found]);
    }

    /// <summary>
    /// Checks one observation against a plan, the rules that need no other row: its indicator and
    /// zone are declared (DP2002, DP2003), its level is in the indicator's dimension (DP2004) and its
    /// growth is above −100% (DP1405). A
    /// reader of a file of any size runs it row by row; <see cref="ValidateObservations(Plan, IReadOnlyList{Observation}, Func{int, DiagnosticLocation}?)"/>
    /// adds the rules across rows (duplicates, zone totals, growth against levels).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="observation">The observation.</param>
    /// <param name="location">Where it was read from.</param>
    /// <returns>Its diagnostics; empty when it is fine.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Diagnostic> CheckObservation(Plan plan, Observation observation, DiagnosticLocation location)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(observation);
        Preconditions.CheckNotNull(location);
        List<Diagnostic>? found = null;
        // Each diagnostic carries its values, so that a catalogue words it in its language (Catalogue.Describe).
        void Report(DiagnosticRule rule, DiagnosticMessage message, DiagnosticMessage? hint) => (found ??= []).Add(new Diagnostic(rule, message, location, hint));
        var indicator = plan.FindIndicator(observation.Indicator);
        if (indicator is null)
        {
            Report(DiagnosticRule.ObservationIndicatorUnknown, $"Expected an indicator of plan \"{plan.Id}\", but found \"{observation.Indicator}\".", Known(plan.Indicators.Select(x => x.Code)));
        }
        else if (observation.Level is { } level && !level.Unit.IsCompatibleWith(indicator.Unit))
        {
            Report(DiagnosticRule.ObservationUnitMismatch, $"Expected a level of \"{observation.Indicator}\" in {indicator.Unit} (or another magnitude of {indicator.Unit.Dimension}), but found {level.Unit}.", null);
        }
        if (observation.Zone.ZoneCode is { } zone && plan.FindZone(zone) is null)
        {
            Report(DiagnosticRule.ObservationZoneUnknown, $"Expected a zone of region \"{plan.Region.Code}\", but found \"{zone}\".", Known(plan.Zones.Select(z => z.Code)));
        }
        if (observation.Growth is { Value: <= -100m } growth)
        {
            // A fall of 100% or more leaves nothing: no rate can be chained or averaged on it ("fell 150%" is a typing error).
            Report(DiagnosticRule.BaselineGrowthOutOfRange, $"Expected a growth rate above −100%, but found {growth}.", null);
        }
        return found ?? (IReadOnlyList<Diagnostic>)[];
    }

    /// <summary>
    /// Checks the current row of a reader against a plan by the rules of
    /// <see cref="CheckObservation(Plan, Observation, DiagnosticLocation)"/>, with the same diagnostics, but
    /// without making an observation or a location for a row that is fine: for a file of millions of rows.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="reader">A reader on a row that could be read (its <see cref="ObservationReader.Problem"/> is null).</param>
    /// <returns>The row's diagnostics; empty when it is fine.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The reader is not on a row, or the row could not be read.</exception>
    public static IReadOnlyList<Diagnostic> CheckRecord(Plan plan, ObservationReader reader)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(reader);
        var record = reader.Current;
        var indicator = plan.FindIndicator(record.Indicator);
        var fine = indicator is not null
            && (record.Level is not { } level || level.Unit.IsCompatibleWith(indicator.Unit))
            && (record.Zone.IsEmpty || plan.FindZone(record.Zone) is not null)
            && record.Growth is not { Value: <= -100m };
        return fine ? [] : CheckObservation(plan, reader.CreateObservation(), reader.CurrentLocation);
    }

    /// <summary>
    /// Validates observations read leniently against a plan (see
    /// <see cref="ValidateObservations(Plan, IReadOnlyList{Observation}, Func{int, DiagnosticLocation}?)"/>),
    /// reporting each at the place it was read from (a CSV line, a JSON path).
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="read">The observations and their locations.</param>
    /// <returns>The diagnostics of the validation (those of the reading are in <see cref="ObservationReadResult.Diagnostics"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ValidationResult ValidateObservations(Plan plan, ObservationReadResult read)
    {
        Preconditions.CheckNotNull(read);
        return ValidateObservations(plan, read.Observations, i => read.Locations[i]);
    }

    private static void CheckTargetFigures(Target target, Indicator? indicator, string path, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        foreach (var problem in TargetKinds.For(target).CheckFigure(target, indicator))
        {
            report(problem.Rule, path + "." + problem.Member, problem.Message, problem.Hint);
        }
    }

    /// <summary>Whether a target's figure is a level of its period (not an increase, nor a rate).</summary>
    private static bool IsLevel(Target target) => TargetKinds.For(target).SumsFollowingLevels;

    /// <summary>The zones' shares of a region's level target of a flow (目标分解) cover it: their sum is at least the target.</summary>
    private static void CheckShares(Plan plan, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        // The shares grouped once by the target they are shares of: linear in the targets.
        var sharesOf = plan.Targets.Where(t => t.ShareOf is not null && IsLevel(t) && t.Amount is not null)
            .GroupBy(t => t.ShareOf!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        if (sharesOf.Count == 0)
        {
            return;
        }
        for (var i = 0; i < plan.Targets.Length; i++)
        {
            var whole = plan.Targets[i];
            if (!IsLevel(whole) || whole.Amount is not { } total || !whole.Zone.IsRegion || !sharesOf.TryGetValue(whole.Id, out var candidates)
                || plan.FindIndicator(whole.Indicator)?.Accumulation != Accumulation.Flow)
            {
                continue;
            }
            var shares = candidates.Where(t => t.Amount!.Value.Unit.IsCompatibleWith(total.Unit)).ToList();
            if (shares.Count == 0)
            {
                continue;
            }
            var sum = shares.Select(t => t.Amount!.Value).Aggregate((a, b) => a + b);
            if (sum < total)
            {
                report(DiagnosticRule.SharesShort, $"$.targets[{i}]",
                    $"Expected the zones' shares of \"{whole.Id}\" ({string.Join(", ", shares.Select(t => t.Id))}) to add up to at least {total}, but they add up to {sum}.", null);
            }
        }
    }

    private static void Unique<T>(ImmutableArray<T> items, Func<T, string> key, string listPath, string member, DiagnosticRule rule, DiagnosticMessage what, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < items.Length; i++)
        {
            var value = key(items[i]);
            if (!first.TryAdd(value, i))
            {
                report(rule, $"{listPath}[{i}].{member}", $"Expected a unique {what}, but \"{value}\" is also at {listPath}[{first[value]}].", null);
            }
        }
    }

    private static void CheckZone(Plan plan, ZoneScope zone, string path, DiagnosticRule rule, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        if (zone.ZoneCode is { } code && plan.FindZone(code) is null)
        {
            report(rule, path, $"Expected a zone of region \"{plan.Region.Code}\", but found \"{code}\".", Known(plan.Zones.Select(z => z.Code)));
        }
    }

    private static void CheckUnits(ImmutableArray<string> codes, string listPath, HashSet<string> units, DiagnosticRule rule, Action<DiagnosticRule, string, DiagnosticMessage, DiagnosticMessage?> report)
    {
        for (var i = 0; i < codes.Length; i++)
        {
            if (!units.Contains(codes[i]))
            {
                report(rule, $"{listPath}[{i}]", $"Expected the code of a declared responsible unit, but found \"{codes[i]}\".", Known(units));
            }
        }
    }

    /// <summary>A hint naming the first twelve codes known, or none when there are none.</summary>
    private static DiagnosticMessage? Known(IEnumerable<string> codes)
    {
        var list = string.Join(", ", codes.Take(12));
        if (list.Length == 0)
        {
            return null;
        }
        return $"known: {list}";
    }
}
