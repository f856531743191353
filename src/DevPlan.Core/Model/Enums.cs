namespace DevPlan.Core;

// One enum per concept; they are small enough to read together. JSON writes each member in camelCase.

/// <summary>The position of a zone within its region, as plans name them (中、东、北…).</summary>
public enum ZonePosition
{
    /// <summary>Central (中).</summary>
    Central,

    /// <summary>East (东).</summary>
    East,

    /// <summary>West (西).</summary>
    West,

    /// <summary>North (北).</summary>
    North,

    /// <summary>South (南).</summary>
    South,

    /// <summary>North-east (东北).</summary>
    NorthEast,

    /// <summary>North-west (西北).</summary>
    NorthWest,

    /// <summary>South-east (东南).</summary>
    SouthEast,

    /// <summary>South-west (西南).</summary>
    SouthWest,

    /// <summary>A position not named by a compass direction.</summary>
    Other,
}

/// <summary>Whether a higher or a lower value of an indicator is better; attainment tests mirror on it.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (GDP, jobs).</summary>
    HigherIsBetter,

    /// <summary>Less is better (unemployment, energy intensity).</summary>
    LowerIsBetter,
}

/// <summary>The price basis on which an indicator's growth rate is published.</summary>
public enum GrowthBasis
{
    /// <summary>
    /// At comparable (constant) prices (可比价): the growth cannot be derived from current-price levels,
    /// so published growth rates are used as published.
    /// </summary>
    Comparable,

    /// <summary>Nominal, at current prices (often on a comparable scope, 可比口径).</summary>
    Nominal,
}

/// <summary>How an indicator's values accumulate over time and across zones.</summary>
public enum Accumulation
{
    /// <summary>A flow, summed over the period (value added, investment, new jobs).</summary>
    Flow,

    /// <summary>A stock, measured at a point in time; the last value of a period stands for it (population, deposits).</summary>
    Stock,

    /// <summary>A ratio of two flows or stocks (energy intensity, unemployment rate); aggregates through numerator and denominator.</summary>
    Ratio,
}

/// <summary>What a target asks for.</summary>
public enum TargetKind
{
    /// <summary>A growth rate in percent over the same period of the previous year (增长7%).</summary>
    GrowthRate,

    /// <summary>An absolute level for the period (7.7亿美元, 1.65万人).</summary>
    Level,

    /// <summary>A reduction in percent (下降2.5%): met when the reduction is at least the figure.</summary>
    Reduction,

    /// <summary>A task judged completed or not, with no figure (完成能耗强度降低任务).</summary>
    Completion,
}

/// <summary>How a target's figure is to be read (the wording of the plan).</summary>
public enum TargetQualifier
{
    /// <summary>"About X" (X左右): two-sided and soft, judged within a tolerance band.</summary>
    About,

    /// <summary>"At least X" (X以上, 不低于): an inclusive floor.</summary>
    AtLeast,

    /// <summary>"At most X" (控制在X以内, 不高于): an inclusive ceiling.</summary>
    AtMost,

    /// <summary>Exactly X (a figure given without a qualifier word, judged as a floor in the indicator's better direction).</summary>
    Exactly,
}

/// <summary>The legal nature of a target.</summary>
public enum TargetNature
{
    /// <summary>Expected, guiding (预期性), as the economic targets are.</summary>
    Expected,

    /// <summary>Binding (约束性), as energy and environment targets are; an assessment may let it veto.</summary>
    Binding,
}

/// <summary>The status of an observation (SDMX OBS_STATUS).</summary>
public enum ObservationStatus
{
    /// <summary>Normal value (SDMX <c>A</c>).</summary>
    Normal,

    /// <summary>Provisional value (SDMX <c>P</c>).</summary>
    Provisional,

    /// <summary>Estimated value (SDMX <c>E</c>).</summary>
    Estimated,

    /// <summary>Forecast value (SDMX <c>F</c>).</summary>
    Forecast,

    /// <summary>Break in series (SDMX <c>B</c>).</summary>
    Break,

    /// <summary>Imputed value (SDMX <c>I</c>).</summary>
    Imputed,

    /// <summary>Missing value (SDMX <c>O</c>).</summary>
    Missing,
}

/// <summary>The kind of a unit that carries or takes part in the plan's work.</summary>
public enum ResponsibleUnitKind
{
    /// <summary>A Party working committee (党工委).</summary>
    PartyCommittee,

    /// <summary>A management committee (管委会).</summary>
    ManagementCommittee,

    /// <summary>A government department (部门).</summary>
    Department,

    /// <summary>An industrial park (园区).</summary>
    Park,

    /// <summary>A subdistrict (街道).</summary>
    Subdistrict,

    /// <summary>An enterprise (企业).</summary>
    Enterprise,

    /// <summary>Another kind of unit.</summary>
    Other,
}

/// <summary>The kind of a document a plan draws on.</summary>
public enum DocumentKind
{
    /// <summary>A news report of a meeting or conference.</summary>
    NewsReport,

    /// <summary>A government work report.</summary>
    WorkReport,

    /// <summary>An action plan (行动计划).</summary>
    ActionPlan,

    /// <summary>A statistical bulletin (统计公报).</summary>
    StatisticalBulletin,

    /// <summary>Another kind of document.</summary>
    Other,
}
