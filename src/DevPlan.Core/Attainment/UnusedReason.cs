namespace DevPlan.Core.Attainment;

/// <summary>Why an observation offered to an evaluation was not used by any target.</summary>
public enum UnusedReason
{
    /// <summary>No target of the plan concerns its indicator and zone (nor compares with it).</summary>
    NoTarget,

    /// <summary>Its period lies outside every period of its indicator's targets (a year before the plan, or after it).</summary>
    OutsideTargetPeriods,

    /// <summary>Its period ends after the as-of date: it was not yet known then.</summary>
    AfterAsOf,

    /// <summary>A figure that covers more was used: a later year-to-date figure, the year's figure, or the years of a span.</summary>
    Superseded,

    /// <summary>A later row of the same indicator, zone and period replaced it (a revision).</summary>
    Revised,

    /// <summary>It was not yet published by the as-of date: its release date is later, or its indicator's release lag had not passed since its period ended.</summary>
    NotYetReleased,
}
