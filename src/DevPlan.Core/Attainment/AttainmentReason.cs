namespace DevPlan.Core.Attainment;

/// <summary>Why a target could not be judged, or a note on how it was judged. Codes are stable.</summary>
public enum AttainmentReason
{
    /// <summary>Judged normally.</summary>
    None,

    /// <summary>No observation matches the target's indicator, zone and period.</summary>
    NoObservation,

    /// <summary>The indicator grows at comparable prices and no growth rate was published; it is not derived from current-price levels.</summary>
    ComparablePricesNeedPublishedGrowth,

    /// <summary>The observation has neither a published growth rate nor the two levels to compute one.</summary>
    MissingGrowth,

    /// <summary>The level a year earlier is zero or negative, where growth is undefined.</summary>
    NonPositiveBase,

    /// <summary>A level target's observation has no level.</summary>
    MissingLevel,

    /// <summary>A completion target's observation does not say whether the task was completed.</summary>
    CompletionNeedsYesNo,

    /// <summary>The task is not reported completed yet, and a task is judged at the end of its period.</summary>
    TaskDueAtPeriodEnd,

    /// <summary>The observation's period does not lie within the target's period.</summary>
    ObservationOutsidePeriod,

    /// <summary>The plan has no indicator with the target's code.</summary>
    UnknownIndicator,

    /// <summary>
    /// The indicator is a flow and its figures cover only part of the target's period after its start
    /// (a December figure for the year): a flow's target needs the figure from the start of the period.
    /// </summary>
    NoFigureFromPeriodStart,

    /// <summary>A qualitative aim with no figure (保持在合理区间): judged only by a recorded assessment, and none is recorded.</summary>
    QualitativeAim,

    /// <summary>A multi-year target chains the years' figures, and a year from the start of its span to the latest figure is missing.</summary>
    MissingYear,

    /// <summary>The target is measured from the baseline, and the plan has no baseline figure of the indicator before the target's period.</summary>
    MissingBaseline,

    /// <summary>A relative target's other indicator has no figure for the same years.</summary>
    MissingRelatedFigure,

    /// <summary>A year's growth is −100% or less (the level fell to nothing or below), where rates cannot be chained or averaged.</summary>
    GrowthOfMinus100OrLess,

    /// <summary>A figure computed from the data (a chain, a sum, a ratio, a conversion) lies outside the range of exact decimal arithmetic.</summary>
    OutOfRange,

    /// <summary>The target's span has ended, and the figures of its last years are missing (<see cref="TargetAssessment.MissingYear"/> names the first).</summary>
    FiguresEndBeforePeriodEnd,

    /// <summary>A bound must hold in every year of the span, and the figure of a year is missing (<see cref="TargetAssessment.MissingYear"/> names it).</summary>
    MissingYearOfBound,

    /// <summary>
    /// The target is set year by year in the annual plans (<see cref="TargetKind.SetEachYear"/>), and no annual
    /// plan of its years with a judged growth target of its indicator was given with it.
    /// </summary>
    NoAnnualTargets,
}
