using System.Collections.Immutable;

namespace DevPlan.Core.Diagnostics;

// The catalogue of rules, as the type's well-known instances (as Encoding.UTF8 is Encoding's). Codes are
// stable and never reused: DP0xxx loading, DP1xxx plan rules, DP2xxx observations against a plan, DP3xxx
// observation files. All is declared after the rules it lists, in this part, so that it is initialized after them.
public sealed partial record DiagnosticRule
{
    /// <summary>DP0001 (error): An element the model rejects is left out (lenient load).</summary>
    public static DiagnosticRule ElementRejected { get; } = new("DP0001", DiagnosticSeverity.Error, "An element the model rejects is left out (lenient load)", "a completion target with \"value\": 5; a growth target whose unit is not percent");
    /// <summary>DP1001 (error): Indicator codes are unique.</summary>
    public static DiagnosticRule DuplicateIndicator { get; } = new("DP1001", DiagnosticSeverity.Error, "Indicator codes are unique", "two indicators with code \"gdp\"");
    /// <summary>DP1002 (error): Zone codes are unique.</summary>
    public static DiagnosticRule DuplicateZone { get; } = new("DP1002", DiagnosticSeverity.Error, "Zone codes are unique", "two zones with code \"east\"");
    /// <summary>DP1003 (error): Target ids are unique.</summary>
    public static DiagnosticRule DuplicateTarget { get; } = new("DP1003", DiagnosticSeverity.Error, "Target ids are unique", "two targets with id \"t01\"");
    /// <summary>DP1004 (error): Responsible unit codes are unique.</summary>
    public static DiagnosticRule DuplicateUnit { get; } = new("DP1004", DiagnosticSeverity.Error, "Responsible unit codes are unique", "two units with code \"parks\"");
    /// <summary>DP1005 (error): Agreement ids are unique.</summary>
    public static DiagnosticRule DuplicateAgreement { get; } = new("DP1005", DiagnosticSeverity.Error, "Agreement ids are unique", "two agreements with id \"a1\"");
    /// <summary>DP1006 (error): Action numbers are unique.</summary>
    public static DiagnosticRule DuplicateAction { get; } = new("DP1006", DiagnosticSeverity.Error, "Action numbers are unique", "two actions numbered 3");
    /// <summary>DP1007 (error): Measure numbers are unique within an action.</summary>
    public static DiagnosticRule DuplicateMeasure { get; } = new("DP1007", DiagnosticSeverity.Error, "Measure numbers are unique within an action", "action 2 with two measures numbered 1");
    /// <summary>DP1008 (error): Strategic goal codes are unique.</summary>
    public static DiagnosticRule DuplicateGoal { get; } = new("DP1008", DiagnosticSeverity.Error, "Strategic goal codes are unique", "two goals with code \"growth-pole\"");
    /// <summary>DP1009 (error): Declared unit codes are unique.</summary>
    public static DiagnosticRule DuplicateUnitDefinition { get; } = new("DP1009", DiagnosticSeverity.Error, "Declared unit codes are unique", "two units declared with code \"patent-per-10k\"");
    /// <summary>DP1101 (error): A target's indicator is declared.</summary>
    public static DiagnosticRule TargetIndicatorUnknown { get; } = new("DP1101", DiagnosticSeverity.Error, "A target's indicator is declared", "a target of \"cpi\" in a plan without a \"cpi\" indicator");
    /// <summary>DP1102 (error): A target's zone is a zone of the region.</summary>
    public static DiagnosticRule TargetZoneUnknown { get; } = new("DP1102", DiagnosticSeverity.Error, "A target's zone is a zone of the region", "a target for zone \"west\" in a region without it");
    /// <summary>DP1103 (error): A baseline's indicator is declared.</summary>
    public static DiagnosticRule BaselineIndicatorUnknown { get; } = new("DP1103", DiagnosticSeverity.Error, "A baseline's indicator is declared", "a baseline of \"cpi\" without a \"cpi\" indicator");
    /// <summary>DP1104 (error): A baseline's zone is a zone of the region.</summary>
    public static DiagnosticRule BaselineZoneUnknown { get; } = new("DP1104", DiagnosticSeverity.Error, "A baseline's zone is a zone of the region", "a baseline for zone \"west\"");
    /// <summary>DP1105 (error): A measure's zone is a zone of the region.</summary>
    public static DiagnosticRule MeasureZoneUnknown { get; } = new("DP1105", DiagnosticSeverity.Error, "A measure's zone is a zone of the region", "a measure for zone \"west\"");
    /// <summary>DP1106 (error): A measure's responsible units are declared.</summary>
    public static DiagnosticRule MeasureUnitUnknown { get; } = new("DP1106", DiagnosticSeverity.Error, "A measure's responsible units are declared", "a measure carried by \"finance-bureau\" without such a unit");
    /// <summary>DP1107 (error): An agreement's targets exist.</summary>
    public static DiagnosticRule AgreementTargetUnknown { get; } = new("DP1107", DiagnosticSeverity.Error, "An agreement's targets exist", "an agreement covering target \"t99\"");
    /// <summary>DP1108 (error): An agreement's issuers and signatories are declared units.</summary>
    public static DiagnosticRule AgreementUnitUnknown { get; } = new("DP1108", DiagnosticSeverity.Error, "An agreement's issuers and signatories are declared units", "an agreement signed by \"bureau-x\" without such a unit");
    /// <summary>DP1109 (error): The plan's issuers are declared units.</summary>
    public static DiagnosticRule IssuerUnknown { get; } = new("DP1109", DiagnosticSeverity.Error, "The plan's issuers are declared units", "\"issuers\": [\"committee\"] without such a unit");
    /// <summary>DP1110 (error): A relative target names a declared indicator to compare with.</summary>
    public static DiagnosticRule RelativeIndicatorUnknown { get; } = new("DP1110", DiagnosticSeverity.Error, "A relative target names a declared indicator to compare with", "\"higher than GDP growth\" without \"relativeTo\": \"gdp\"");
    /// <summary>DP1111 (error): A zone target's share names a whole-region target of the same indicator and period.</summary>
    public static DiagnosticRule ShareOfUnknown { get; } = new("DP1111", DiagnosticSeverity.Error, "A zone target's share names a whole-region target of the same indicator and period", "\"shareOf\": \"t99\" without such a target");
    /// <summary>DP1603 (warning): The zones' shares of a region's level target add up to at least the target.</summary>
    public static DiagnosticRule SharesShort { get; } = new("DP1603", DiagnosticSeverity.Warning, "The zones' shares of a region's level target add up to at least the target", "zone shares of 300 and 400 亿元 under a region target of 800 亿元");
    /// <summary>DP1201 (error): A level target is in its indicator's dimension.</summary>
    public static DiagnosticRule TargetUnitMismatch { get; } = new("DP1201", DiagnosticSeverity.Error, "A level target is in its indicator's dimension", "a foreign-capital target in 10^8 CNY for an indicator in 10^8 USD");
    /// <summary>DP1202 (error): A baseline level is in its indicator's dimension.</summary>
    public static DiagnosticRule BaselineUnitMismatch { get; } = new("DP1202", DiagnosticSeverity.Error, "A baseline level is in its indicator's dimension", "a GDP baseline in 10^4 person");
    /// <summary>DP1301 (error): A target's period lies within the plan year.</summary>
    public static DiagnosticRule TargetPeriodOutsidePlan { get; } = new("DP1301", DiagnosticSeverity.Error, "A target's period lies within the plan's years (its year, or its span)", "a 2025 target in a 2024 plan");
    /// <summary>DP1302 (error): A baseline's period lies within the baseline year, before the targets.</summary>
    public static DiagnosticRule BaselinePeriodNotBefore { get; } = new("DP1302", DiagnosticSeverity.Error, "A baseline's period ends before the plan's years", "a 2024 baseline in a 2024 plan");
    /// <summary>DP1303 (error): A target's named baseline year lies before its period.</summary>
    public static DiagnosticRule TargetBaselineYearNotBefore { get; } = new("DP1303", DiagnosticSeverity.Error, "A target's named baseline year lies before its period", "a 2021–2025 target measured from 2022");
    /// <summary>DP1401 (error): A growth target is above −100%.</summary>
    public static DiagnosticRule GrowthTargetOutOfRange { get; } = new("DP1401", DiagnosticSeverity.Error, "A growth target is above −100%", "a growth target of −120%");
    /// <summary>DP1402 (error): A reduction target is between 0 and 100%.</summary>
    public static DiagnosticRule ReductionTargetOutOfRange { get; } = new("DP1402", DiagnosticSeverity.Error, "A reduction target is between 0 and 100%", "a reduction target of 150%");
    /// <summary>DP1403 (error): A level in percent (a share) is between 0 and 100.</summary>
    public static DiagnosticRule ShareOutOfRange { get; } = new("DP1403", DiagnosticSeverity.Error, "A level in percent (a share) is between 0 and 100", "an urbanisation-rate target of 130%");
    /// <summary>DP1404 (warning): A stretch figure (力争) lies beyond the base figure in the better direction.</summary>
    public static DiagnosticRule StretchNotBeyondBase { get; } = new("DP1404", DiagnosticSeverity.Warning, "A stretch figure (力争) lies beyond the base figure in the better direction", "growth about 7%, striving for 6.5%");
    /// <summary>DP1405 (error): A published growth rate is above −100%.</summary>
    public static DiagnosticRule BaselineGrowthOutOfRange { get; } = new("DP1405", DiagnosticSeverity.Error, "A published growth rate is above −100%", "a baseline growth of −100%; an observation \"fell 150%\"");
    /// <summary>DP1406 (error): A reduction target bounds the fall in its better direction.</summary>
    public static DiagnosticRule BoundAgainstDirection { get; } = new("DP1406", DiagnosticSeverity.Error, "A reduction target bounds the fall in its better direction", "energy intensity (lower is better) to fall by at most 2%");
    /// <summary>DP1501 (warning): A growth target at comparable prices has a published baseline growth or level.</summary>
    public static DiagnosticRule ComparableTargetWithoutBaseline { get; } = new("DP1501", DiagnosticSeverity.Warning, "A growth target at comparable prices has a published baseline growth or level", "a GDP growth target with no 2023 GDP baseline");
    /// <summary>DP1502 (warning): A target that names its baseline year has a baseline of that year.</summary>
    public static DiagnosticRule TargetBaselineYearMissing { get; } = new("DP1502", DiagnosticSeverity.Warning, "A target that names its baseline year has a baseline of that year", "a life-expectancy target measured from 2019 with only a 2020 baseline");
    /// <summary>DP1601 (error): A zone's level does not exceed the region's.</summary>
    public static DiagnosticRule ZoneExceedsRegion { get; } = new("DP1601", DiagnosticSeverity.Error, "A zone's level does not exceed the region's", "east 900 亿元 against a region total of 800 亿元");
    /// <summary>DP1602 (warning): The zones' levels together do not exceed the region's.</summary>
    public static DiagnosticRule ZonesExceedRegion { get; } = new("DP1602", DiagnosticSeverity.Warning, "The zones' levels together do not exceed the region's", "zones summing to 1900 亿元 against a region total of 1767.3 亿元");
    /// <summary>DP1701 (warning): A declared indicator agrees with the standard catalogue.</summary>
    public static DiagnosticRule IndicatorContradictsCatalogue { get; } = new("DP1701", DiagnosticSeverity.Warning, "A declared indicator agrees with the standard catalogue", "a \"cpi\" indicator declared higher-is-better");
    /// <summary>DP1702 (error): A plan's standard indicators are indicators of the standard catalogue.</summary>
    public static DiagnosticRule StandardIndicatorUnknown { get; } = new("DP1702", DiagnosticSeverity.Error, "A plan's standard indicators are indicators of the standard catalogue", "\"standardIndicators\": [\"gdpp\"]");
    /// <summary>DP2001 (warning): One figure per indicator, zone and period; the last given is used.</summary>
    public static DiagnosticRule DuplicateObservation { get; } = new("DP2001", DiagnosticSeverity.Warning, "One figure per indicator, zone and period; the last given is used", "two 2024 GDP figures for the whole region");
    /// <summary>DP2002 (error): An observation's indicator is declared in the plan.</summary>
    public static DiagnosticRule ObservationIndicatorUnknown { get; } = new("DP2002", DiagnosticSeverity.Error, "An observation's indicator is declared in the plan", "a figure for \"cpi\" against a plan without it");
    /// <summary>DP2003 (error): An observation's zone is a zone of the region.</summary>
    public static DiagnosticRule ObservationZoneUnknown { get; } = new("DP2003", DiagnosticSeverity.Error, "An observation's zone is a zone of the region", "a figure for zone \"west\"");
    /// <summary>DP2004 (error): An observation's level is in its indicator's dimension.</summary>
    public static DiagnosticRule ObservationUnitMismatch { get; } = new("DP2004", DiagnosticSeverity.Error, "An observation's level is in its indicator's dimension", "jobs reported in 10^8 CNY");
    /// <summary>DP2005 (warning): A nominal indicator's published growth agrees with its levels (within 0.1 pp).</summary>
    public static DiagnosticRule GrowthContradictsLevels { get; } = new("DP2005", DiagnosticSeverity.Warning, "A nominal indicator's published growth agrees with its levels (within 0.1 pp)", "retail sales 110 after 100 published as +4%");
    /// <summary>DP3001 (error): A CSV field has the expected form.</summary>
    public static DiagnosticRule CsvFieldInvalid { get; } = new("DP3001", DiagnosticSeverity.Error, "A CSV field has the expected form", "a period \"2024-Q5\" or a value \"1,5\"");
    /// <summary>DP3002 (error): A CSV row has as many fields as the header.</summary>
    public static DiagnosticRule CsvRowRagged { get; } = new("DP3002", DiagnosticSeverity.Error, "A CSV row has as many fields as the header", "a row of 5 fields under a header of 9");
    /// <summary>DP3003 (warning): Every CSV column is known; an unknown one is ignored.</summary>
    public static DiagnosticRule CsvColumnUnknown { get; } = new("DP3003", DiagnosticSeverity.Warning, "Every CSV column is known; an unknown one is ignored", "a column \"remarks\"");
    /// <summary>DP3004 (error): A CSV row has a value, a growth or a completion flag.</summary>
    public static DiagnosticRule CsvRowWithoutFigure { get; } = new("DP3004", DiagnosticSeverity.Error, "A CSV row has a value, a growth or a completion flag", "a row with only indicator and period");
    /// <summary>DP3101 (error): A workbook cell has the expected form.</summary>
    public static DiagnosticRule WorkbookCellInvalid { get; } = new("DP3101", DiagnosticSeverity.Error, "A workbook cell has the expected form", "a period \"2024-Q5\" in a cell, or a number shown with more decimals than decimal holds");
    /// <summary>DP3103 (warning): Every column of a sheet is known; an unknown one is ignored.</summary>
    public static DiagnosticRule WorkbookColumnUnknown { get; } = new("DP3103", DiagnosticSeverity.Warning, "Every column of a sheet is known; an unknown one is ignored", "a column \"remarks\"");
    /// <summary>DP3104 (error): A sheet's row has a value, a growth or a completion flag.</summary>
    public static DiagnosticRule WorkbookRowWithoutFigure { get; } = new("DP3104", DiagnosticSeverity.Error, "A sheet's row has a value, a growth or a completion flag", "a row with only indicator and period");
    /// <summary>DP3201 (error): A Parquet value has the expected form.</summary>
    public static DiagnosticRule ParquetValueInvalid { get; } = new("DP3201", DiagnosticSeverity.Error, "A Parquet value has the expected form", "a period \"2024-M13\", or a period_start that is not the period's first day");
    /// <summary>DP3203 (warning): Every Parquet column is known; an unknown one is ignored.</summary>
    public static DiagnosticRule ParquetColumnUnknown { get; } = new("DP3203", DiagnosticSeverity.Warning, "Every Parquet column is known; an unknown one is ignored", "a column \"remarks\"");
    /// <summary>DP3204 (error): A Parquet row has a value, a growth or a completion flag.</summary>
    public static DiagnosticRule ParquetRowWithoutFigure { get; } = new("DP3204", DiagnosticSeverity.Error, "A Parquet row has a value, a growth or a completion flag", "a row with only indicator and period");

    /// <summary>Gets every rule, in code order.</summary>
    public static ImmutableArray<DiagnosticRule> All { get; } =
    [
        ElementRejected,
        DuplicateIndicator, DuplicateZone, DuplicateTarget, DuplicateUnit, DuplicateAgreement, DuplicateAction, DuplicateMeasure, DuplicateGoal, DuplicateUnitDefinition,
        TargetIndicatorUnknown, TargetZoneUnknown, BaselineIndicatorUnknown, BaselineZoneUnknown, MeasureZoneUnknown, MeasureUnitUnknown,
        AgreementTargetUnknown, AgreementUnitUnknown, IssuerUnknown,
        TargetUnitMismatch, BaselineUnitMismatch,
        TargetPeriodOutsidePlan, BaselinePeriodNotBefore, TargetBaselineYearNotBefore, RelativeIndicatorUnknown, ShareOfUnknown, SharesShort,
        GrowthTargetOutOfRange, ReductionTargetOutOfRange, ShareOutOfRange, StretchNotBeyondBase, BaselineGrowthOutOfRange, BoundAgainstDirection,
        ComparableTargetWithoutBaseline, TargetBaselineYearMissing,
        ZoneExceedsRegion, ZonesExceedRegion,
        IndicatorContradictsCatalogue, StandardIndicatorUnknown,
        DuplicateObservation, ObservationIndicatorUnknown, ObservationZoneUnknown, ObservationUnitMismatch, GrowthContradictsLevels,
        CsvFieldInvalid, CsvRowRagged, CsvColumnUnknown, CsvRowWithoutFigure,
        WorkbookCellInvalid, WorkbookColumnUnknown, WorkbookRowWithoutFigure,
        ParquetValueInvalid, ParquetColumnUnknown, ParquetRowWithoutFigure,
    ];
}
